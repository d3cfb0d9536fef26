/**
 * Critical chains (issue 13): each chain from the plan's start to its finish, one per parallel
 * strand of critical work, instead of one date-sorted list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../language-server/analysis/analyze-plan.js';
import { parse, hitp } from '../../helpers/services.js';
import { candidate, criterion, model, phase, plan } from '../../helpers/model-builders.js';

const weeks = (n: number) => ({ amount: 7 * n, unit: 'days' as const });
const chainsOf = (candidates: Parameters<typeof model>[0]) =>
    analyzePlan(model({ plan: plan({ startDay: 0 }), criteria: [criterion('V', 1)], ...candidates })).analysis.criticalChains;

describe('criticalChains', () => {
    it('lists parallel critical strands as separate chains, each start → finish', () => {
        expect(chainsOf({
            candidates: [
                candidate({ name: 'A', duration: weeks(4) }),
                candidate({ name: 'B', duration: weeks(2), after: ['A'] }),
                candidate({ name: 'C', duration: weeks(6) }),
                candidate({ name: 'D', duration: weeks(1) }),
            ],
        })).toEqual([['A', 'B'], ['C']]);
    });

    it('branches where two critical predecessors finish on the same day, and joins', () => {
        expect(chainsOf({
            candidates: [
                candidate({ name: 'A', duration: weeks(2) }),
                candidate({ name: 'B', duration: weeks(2) }),
                candidate({ name: 'C', duration: weeks(3), after: ['A', 'B'] }),
            ],
        })).toEqual([['A', 'C'], ['B', 'C']]);
    });

    it('passes through phases: a phase of its own duration is a step, a phase of candidates is not', () => {
        expect(chainsOf({
            candidates: [
                candidate({ name: 'Build', duration: weeks(3), phase: 'Rollout' }),
                candidate({ name: 'Train', duration: weeks(1), phase: 'Rollout' }),
            ],
            phases: [
                phase('Design', { duration: weeks(2) }),
                phase('Rollout', { after: [{ name: 'Design', source: { uri: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } }], includes: ['Build', 'Train'] }),
            ],
        })).toEqual([['Design', 'Build']]);
    });

    it('reads the riverside plan as one chain, Design → CoreNetwork → DbMigration (not the Pilot phase around them)', async () => {
        const document = await parse(readFileSync('examples/riverside.hitp', 'utf8'));
        const { analysis } = hitp.plan.PlanService.getPlanResult(document);
        expect(analysis.criticalPath).toEqual(['Design', 'CoreNetwork', 'Pilot', 'DbMigration']);
        expect(analysis.criticalChains).toEqual([['Design', 'CoreNetwork', 'DbMigration']]);
    });

    it('is empty without a schedule', () => {
        const result = analyzePlan(model({ plan: plan({ startDay: null }), candidates: [candidate({ name: 'A', duration: weeks(1) })] }));
        expect(result.analysis.criticalChains).toEqual([]);
    });
});
