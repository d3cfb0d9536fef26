import { describe, expect, it } from 'vitest';
import { analyzeMilestones } from '../../../language-server/analysis/milestones.js';
import { scheduleWork, type ScheduledItem } from '../../../language-server/analysis/schedule.js';
import { DiagnosticCode } from '../../../language-server/protocol/diagnostic-codes.js';
import { day, milestone, modelPhase, riversideInput, source } from '../../helpers/schedule-builders.js';
import { worded } from '../../helpers/findings.js';

function item(start: string, finish: string): ScheduledItem {
    return { startDay: day(start), finishDay: day(finish), totalFloatDays: 0, critical: true };
}

describe('analyzeMilestones (spec §2 Schedule, §3 milestone-late)', () => {
    it('the Riverside milestone EhrFast is achieved 2027-07-12, on time', () => {
        const schedule = scheduleWork(riversideInput());
        const phases = [modelPhase('Design'), modelPhase('Pilot', [milestone('EhrFast', 'Pilot', '2027-09-30', ['DbMigration'])])];
        const { milestones, findings } = analyzeMilestones(phases, schedule.candidates, schedule.phases);
        expect(milestones).toEqual([{ name: 'EhrFast', due: '2027-09-30', achieved: '2027-07-12', lateDays: 0, title: 'EhrFast', phase: 'Pilot' }]);
        expect(findings).toEqual([]);
    });

    it('is achieved at the latest finish of its when candidates and warns with the days late', () => {
        const candidates = new Map([['A', item('2027-08-01', '2027-10-12')], ['B', item('2027-08-01', '2027-09-01')]]);
        const late = milestone('EhrFast', 'Pilot', '2027-09-30', ['B', 'A'], 12);
        const { milestones, findings } = analyzeMilestones([modelPhase('Pilot', [late])], candidates);
        expect(milestones[0]).toMatchObject({ achieved: '2027-10-12', lateDays: 12 });
        expect(findings.map(worded)).toEqual([{
            severity: 'warning',
            code: DiagnosticCode.MilestoneLate,
            message: 'Milestone EhrFast is 12 days late: due 2027-09-30, achieved 2027-10-12',
            source: source(12),
        }]);
    });

    it('says "1 day" for one day late', () => {
        const candidates = new Map([['A', item('2027-08-01', '2027-10-01')]]);
        const { findings } = analyzeMilestones([modelPhase('P', [milestone('M', 'P', '2027-09-30', ['A'])])], candidates);
        expect(worded(findings[0]!).message).toBe('Milestone M is 1 day late: due 2027-09-30, achieved 2027-10-01');
    });

    it('without when, is achieved at its phase finish', () => {
        const phases = new Map([['P', item('2027-01-04', '2027-03-01')]]);
        const { milestones, findings } = analyzeMilestones([modelPhase('P', [milestone('M', 'P', '2027-02-01', [])])], new Map(), phases);
        expect(milestones[0]).toMatchObject({ achieved: '2027-03-01', lateDays: 28 });
        expect(findings).toHaveLength(1);
    });

    it('is not achieved (null, 0 days late, silent) when a when candidate or the phase is unscheduled', () => {
        const candidates = new Map([['A', item('2027-08-01', '2027-12-01')]]);
        const phases = [modelPhase('P', [milestone('M', 'P', '2027-09-30', ['A', 'Deferred']), milestone('N', 'P', '2027-09-30', [])])];
        const { milestones, findings } = analyzeMilestones(phases, candidates);
        expect(milestones.map(m => [m.name, m.achieved, m.lateDays])).toEqual([['M', null, 0], ['N', null, 0]]);
        expect(findings).toEqual([]);
    });

    it('is not late when achieved early or on the due day', () => {
        const candidates = new Map([['A', item('2027-08-01', '2027-09-30')]]);
        const { milestones, findings } = analyzeMilestones([modelPhase('P', [milestone('M', 'P', '2027-09-30', ['A'])])], candidates);
        expect(milestones[0]!.lateDays).toBe(0);
        expect(findings).toEqual([]);
    });
});
