/**
 * Money follows the schedule (spec §5): anchored cost and benefit lines take the plan years of
 * their candidate's final dates (levelling included); unanchored lines stay where they are written.
 */
import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../language-server/analysis/analyze-plan.js';
import { parseIsoDay } from '../../../language-server/analysis/calendar.js';
import type { Flow } from '../../../language-server/model/plan-model.js';
import {
    anchored, benefitOnce, benefitYearly, candidate, costOnce, costYearly, criterion, model, plan,
} from '../../helpers/model-builders.js';

const START = parseIsoDay('2027-01-04')!;

/** The cash flows of `Work`, which runs after `Prep` (whose length moves it), carrying `flows`. */
function flowsOfWork(prepMonths: number, flows: Flow[], inflationRate = 0): number[] {
    const result = analyzePlan(model({
        plan: plan({ startDay: START, horizonYears: 6, inflationRate }),
        criteria: [criterion('Value', 1)],
        candidates: [
            candidate({ name: 'Prep', scores: { Value: 3 }, duration: { amount: prepMonths, unit: 'months' } }),
            candidate({ name: 'Work', scores: { Value: 3 }, duration: { amount: 6, unit: 'months' }, after: ['Prep'], flows }),
        ],
    }));
    return result.analysis.candidates.find(c => c.name === 'Work')!.cashflows;
}

const ANCHORED: Flow[] = [
    anchored(costOnce(600_000), 'start'),
    anchored(costOnce(80_000), 'go-live'),
    anchored(costYearly(40_000), 'go-live'),
    anchored(benefitYearly(300_000, { growing: 0.04 }), 'go-live'),
    anchored(benefitOnce(50_000), 'go-live'),
];
const UNANCHORED: Flow[] = [costOnce(100_000), costYearly(10_000, { from: 2 }), benefitYearly(70_000, { from: 3, growing: 0.02 })];

describe('anchored flows (spec §5)', () => {
    it('places the Telehealth lines of §5 in the years of its start and go-live', () => {
        // Prep takes 12 months: Work runs 2028-01-04 → 2028-07-04, go-live 2028-07-03 in plan year 1.
        // Year 1: −600k at start, −80k and +50k at go-live; from year 2: −40k and +300k·1.04^(t−2).
        expect(flowsOfWork(12, ANCHORED)).toEqual([
            0, -630_000, 260_000, 312_000 - 40_000, 300_000 * 1.04 ** 2 - 40_000, 300_000 * 1.04 ** 3 - 40_000, 300_000 * 1.04 ** 4 - 40_000,
        ].map(v => expect.closeTo(v, 6)));
    });

    it('moves anchored flows by exactly one year when the work moves a year later, and leaves unanchored ones', () => {
        const early = flowsOfWork(1, ANCHORED);
        const late = flowsOfWork(13, ANCHORED);
        expect(late[0]).toBe(0);
        for (let t = 1; t < late.length; t++) expect(late[t]).toBeCloseTo(early[t - 1]!, 6);
        expect(flowsOfWork(13, UNANCHORED)).toEqual(flowsOfWork(1, UNANCHORED));
        // Together: the sum of the two, each moving (or not) on its own.
        const mixed = flowsOfWork(13, [...ANCHORED, ...UNANCHORED]);
        const unanchored = flowsOfWork(13, UNANCHORED);
        mixed.forEach((v, t) => expect(v).toBeCloseTo(late[t]! + unanchored[t]!, 6));
    });

    it('keeps the inflation index of a yearly cost counted from plan year 1', () => {
        // Go-live in plan year 1 (Prep 12 months): the cost runs from year 2 at 40k·1.1^(t−1).
        const flows = flowsOfWork(12, [anchored(costYearly(40_000), 'go-live')], 0.1);
        expect(flows.slice(0, 4)).toEqual([0, 0, -44_000, -48_400].map(v => expect.closeTo(v, 6)));
    });

    it('follows the levelled schedule', () => {
        // Capacity 1 FTE: B (rank 2) waits for A's 13 months, so its go-live moves from year 0 to year 1.
        const analyse = (capacityFte: number | null) => analyzePlan(model({
            plan: plan({ startDay: START, horizonYears: 3, capacityFte }),
            criteria: [criterion('Value', 1)],
            candidates: [
                candidate({ name: 'A', scores: { Value: 5 }, duration: { amount: 13, unit: 'months' }, effortFte: 1 }),
                candidate({ name: 'B', scores: { Value: 1 }, duration: { amount: 1, unit: 'months' }, effortFte: 1,
                    flows: [anchored(benefitOnce(10_000), 'go-live')] }),
            ],
        })).analysis.candidates.find(c => c.name === 'B')!;
        expect(analyse(null).cashflows).toEqual([10_000, 0, 0, 0]);
        expect(analyse(null).goLive).toEqual({ day: '2027-02-03', planYear: 0 });
        expect(analyse(1).cashflows).toEqual([0, 10_000, 0, 0]);
        expect(analyse(1).goLive).toEqual({ day: '2028-03-03', planYear: 1 });
    });

    it('places anchored flows at the defaults of §2 when the candidate is not scheduled', () => {
        const result = analyzePlan(model({
            plan: plan({ startDay: null, horizonYears: 3 }),
            criteria: [criterion('Value', 1)],
            candidates: [candidate({ name: 'W', scores: { Value: 3 }, flows: ANCHORED })],
        })).analysis.candidates[0]!;
        // cost once → year 0, benefit once → year 1, yearly → from year 1.
        expect(result.cashflows).toEqual([-680_000, 300_000 - 40_000 + 50_000, 312_000 - 40_000, 300_000 * 1.04 ** 2 - 40_000]
            .map(v => expect.closeTo(v, 6)));
        expect(result.goLive).toBeNull();
    });
});
