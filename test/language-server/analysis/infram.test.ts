import { describe, expect, it } from 'vitest';
import { analyzeInfram, inframStage, type ScheduledAdvance } from '../../../language-server/analysis/infram.js';
import { scheduleWork } from '../../../language-server/analysis/schedule.js';
import { DiagnosticCode } from '../../../language-server/protocol/diagnostic-codes.js';
import { advance, day, infram, riversideInput, source } from '../../helpers/schedule-builders.js';
import { worded } from '../../helpers/findings.js';

const riversideScores = { 1: 100, 2: 95, 3: 88, 4: 76, 5: 61, 6: 30, 7: 10 };

function scheduled(candidate: string, stage: number, percent: number, finish: string | null): ScheduledAdvance {
    return { candidate, advance: advance(stage, percent), finishDay: finish === null ? null : day(finish) };
}

describe('inframStage', () => {
    it('is the highest stage whose stages 1..s all score at least 70%', () => {
        expect(inframStage([1, 0.95, 0.88, 0.76, 0.61, 0.3, 0.1])).toBe(4);
        expect(inframStage([0.69, 1, 1, 1, 1, 1, 1])).toBe(0);
        expect(inframStage([1, 1, 1, 1, 1, 1, 1])).toBe(7);
        expect(inframStage([0.6 + 0.1, 0.61 + 0.09, 0, 0, 0, 0, 0])).toBe(2);
    });
});

describe('analyzeInfram (spec §2 INFRAM, §3 infram-goal-missed)', () => {
    it('the Riverside plan: stage 4, projected 5 after CoreNetwork, goal 6 missed', () => {
        const schedule = scheduleWork(riversideInput());
        const coreFinish = schedule.candidates.get('CoreNetwork')!.finishDay;
        const advances = [{ candidate: 'CoreNetwork', advance: advance(5, 10), finishDay: coreFinish }];
        const { analysis, findings } = analyzeInfram(infram(riversideScores, { stage: 6, by: '2029-12-31' }), advances, day('2027-01-04'));
        expect(analysis).toMatchObject({ stage: 4, projectedStage: 5, goalStage: 6, goalReachedOn: null, goalBy: '2029-12-31' });
        expect(analysis!.projectedScores[4]).toBeCloseTo(0.71, 12);
        expect(analysis!.scores).toEqual([1, 0.95, 0.88, 0.76, 0.61, 0.3, 0.1]);
        expect(findings.map(worded)).toEqual([{
            severity: 'warning',
            code: DiagnosticCode.InframGoalMissed,
            message: 'INFRAM goal stage 6 by 2029-12-31 is missed: the plan reaches stage 5',
            source: source(77),
        }]);
    });

    it('reaches the goal on the finish day of the advance that completes it', () => {
        const advances = [scheduled('Late', 6, 40, '2028-06-01'), scheduled('Early', 5, 10, '2027-04-12'), scheduled('Later', 7, 90, '2029-01-01')];
        const { analysis, findings } = analyzeInfram(infram(riversideScores, { stage: 6, by: '2029-12-31' }), advances, day('2027-01-04'));
        expect(analysis).toMatchObject({ projectedStage: 7, goalReachedOn: '2028-06-01' });
        expect(findings).toEqual([]);
    });

    it('warns when the goal is reached after its by date', () => {
        const advances = [scheduled('A', 5, 10, '2027-04-12'), scheduled('B', 6, 40, '2030-03-01')];
        const { analysis, findings } = analyzeInfram(infram(riversideScores, { stage: 6, by: '2029-12-31' }), advances, day('2027-01-04'));
        expect(analysis!.goalReachedOn).toBe('2030-03-01');
        expect(findings.map(f => worded(f).message)).toEqual(['INFRAM goal stage 6 by 2029-12-31 is missed: stage 6 is reached on 2030-03-01']);
    });

    it('counts advances finishing on the same day together', () => {
        const advances = [scheduled('A', 6, 40, '2028-01-01'), scheduled('B', 5, 10, '2028-01-01')];
        const { analysis } = analyzeInfram(infram(riversideScores, { stage: 6, by: '2029-12-31' }), advances, day('2027-01-04'));
        expect(analysis!.goalReachedOn).toBe('2028-01-01');
    });

    it('a goal met before any work is reached on the plan start', () => {
        const { analysis, findings } = analyzeInfram(infram(riversideScores, { stage: 3, by: '2026-01-01' }), [], day('2027-01-04'));
        expect(analysis).toMatchObject({ stage: 4, projectedStage: 4, goalReachedOn: '2027-01-04' });
        expect(findings).toEqual([]);
    });

    it('missing stages score 0 and advances are capped at 100%', () => {
        const { analysis } = analyzeInfram(infram({ 1: 95, 3: 90 }), [scheduled('A', 1, 50, '2027-05-01'), scheduled('B', 2, 80, '2027-06-01')], day('2027-01-04'));
        expect(analysis).toMatchObject({ stage: 1, projectedStage: 3, goalStage: null, goalReachedOn: null, goalBy: null });
        expect(analysis!.scores).toEqual([0.95, 0, 0.9, 0, 0, 0, 0]);
        expect(analysis!.projectedScores.slice(0, 3)).toEqual([1, 0.8, 0.9]);
    });

    it('ignores advances of stages outside 1..7', () => {
        const { analysis } = analyzeInfram(infram(riversideScores), [scheduled('A', 9, 50, '2027-05-01'), scheduled('B', 0, 50, '2027-05-01')], null);
        expect(analysis!.projectedScores).toEqual(analysis!.scores);
    });

    it('without a schedule: projects all funded advances, dates nothing, and stays silent if the goal would be met', () => {
        const goal = { stage: 5, by: '2029-12-31' };
        const met = analyzeInfram(infram(riversideScores, goal), [scheduled('A', 5, 10, null)], null);
        expect(met.analysis).toMatchObject({ projectedStage: 5, goalReachedOn: null });
        expect(met.findings).toEqual([]);
        const missed = analyzeInfram(infram(riversideScores, { stage: 6, by: '2029-12-31' }), [scheduled('A', 5, 10, null)], null);
        expect(missed.findings).toHaveLength(1);
    });

    it('returns nothing without an infram block', () => {
        expect(analyzeInfram(null, [], day('2027-01-04'))).toEqual({ analysis: null, findings: [] });
    });
});
