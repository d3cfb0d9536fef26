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

    it('walks a chain of 5,000 steps without recursion', () => {
        const candidates = Array.from({ length: 5000 }, (_, i) => candidate({ name: `C${i}`, duration: weeks(1), after: i === 0 ? [] : [`C${i - 1}`] }));
        const [chain] = chainsOf({ candidates });
        expect(chain).toHaveLength(5000);
        expect(chain![0]).toBe('C0');
        expect(chain![4999]).toBe('C4999');
    });

    it('stops at 50 chains when the branches multiply', () => {
        // Ten layers of two parallel candidates, each after both of the layer before: 2^10 chains.
        const candidates = Array.from({ length: 20 }, (_, i) => candidate({
            name: `L${Math.floor(i / 2)}${i % 2 ? 'b' : 'a'}`, duration: weeks(1),
            after: i < 2 ? [] : [`L${Math.floor(i / 2) - 1}a`, `L${Math.floor(i / 2) - 1}b`],
        }));
        expect(chainsOf({ candidates })).toHaveLength(50);
    });

    it('is empty without a schedule', () => {
        const result = analyzePlan(model({ plan: plan({ startDay: null }), candidates: [candidate({ name: 'A', duration: weeks(1) })] }));
        expect(result.analysis.criticalChains).toEqual([]);
    });
});
