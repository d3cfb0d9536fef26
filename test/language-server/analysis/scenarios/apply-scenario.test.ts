/**
 * Spec §10: each scenario line as a pure transformation of a hand-built plan model.
 */
import { describe, expect, it } from 'vitest';
import { applyScenario, excludeCandidates, scaleFlows } from '../../../../language-server/analysis/scenarios/apply-scenario.js';
import { parseIsoDay } from '../../../../language-server/analysis/calendar.js';
import type { PlanModel, ScenarioChange } from '../../../../language-server/model/plan-model.js';
import { benefitYearly, cadence, candidate, costOnce, model, phase, plan, src } from '../../../helpers/model-builders.js';

const START = parseIsoDay('2027-01-31')!;

function base(): PlanModel {
    return model({
        plan: plan({ startDay: START }),
        candidates: [
            candidate({ name: 'A', duration: { amount: 70, unit: 'days' }, flows: [costOnce(100), benefitYearly(40)] }),
            candidate({ name: 'B', duration: { amount: 1, unit: 'months' }, after: ['A'] }),
            candidate({ name: 'C', after: ['B', 'D'] }),
            candidate({ name: 'D', after: ['C'] }),
            candidate({ name: 'E', duration: { amount: 10, unit: 'days' } }),
        ],
        phases: [phase('P', { includes: ['A', 'B', 'E'] })],
        cadences: [cadence('Ehr', 13, 12, 15), cadence('Lab', 26, 20, 30)],
    });
}

/** A scenario line without its source (Omit over each member of the union). */
type Change = ScenarioChange extends infer C ? C extends ScenarioChange ? Omit<C, 'source'> : never : never;

const scenario = (...changes: Change[]) =>
    ({ name: 'S', title: 'S', changes: changes.map(c => ({ ...c, source: src() }) as ScenarioChange), source: src() });

/** The base plan's analysis as far as `durations` reads it: A scheduled 2027-01-31 → 2027-04-11, the others not. */
const BASE = { analysis: { candidates: [{ name: 'A', start: '2027-01-31', finish: '2027-04-11' }] as never } };

describe('scenario lines as model transformations', () => {
    it('replaces the plan settings and leaves the original model alone', () => {
        const original = base();
        const changed = applyScenario(original, scenario(
            { kind: 'discount', rate: 0.1 }, { kind: 'inflation', rate: 0.05 }, { kind: 'budget', amount: 2e6 },
            { kind: 'capacity', fte: 3 }, { kind: 'start', day: START + 7 },
        ), BASE);
        expect(changed.plan).toMatchObject({ discountRate: 0.1, inflationRate: 0.05, budget: 2e6, capacityFte: 3, startDay: START + 7 });
        expect(changed.scenarios).toEqual([]);
        expect(original.plan).toMatchObject({ discountRate: 0.08, inflationRate: 0, budget: null, capacityFte: null, startDay: START });
    });

    it('scales one kind of flow only', () => {
        const changed = scaleFlows(base(), 'benefit', 0.8);
        expect(changed.candidates[0]!.flows.map(f => [f.kind, f.amount])).toEqual([['cost', 100], ['benefit', 32]]);
    });

    it('scales the base span of scheduled work and the from-the-start span of the rest, halves up', () => {
        const changed = applyScenario(base(), scenario({ kind: 'durations', change: 0.25 }), BASE);
        // A: 70 days as scheduled → 87.5 → 88. B (1 month from 2027-01-31 = 28 days) → 35. E: 10 → 12.5 → 13. C, D: no duration.
        expect(changed.candidates.map(c => c.duration)).toEqual([
            { amount: 88, unit: 'days' }, { amount: 35, unit: 'days' }, null, null, { amount: 13, unit: 'days' },
        ]);
    });

    it('excludes a candidate with every dependant, through cycles, and from the phases', () => {
        const changed = excludeCandidates(base(), ['B']);
        expect(changed.candidates.map(c => c.name)).toEqual(['A', 'E']);
        expect(changed.phases[0]!.includes).toEqual(['A', 'E']);
        expect(excludeCandidates(base(), ['Unknown']).candidates).toHaveLength(5);
    });

    it('scales a three-point estimate alike, and drops a risk left with no candidate (spec §14.5, §14.6)', () => {
        const original = base();
        original.candidates[4] = { ...original.candidates[4]!, durationRange: { optimisticDays: 7, mostLikelyDays: 10, pessimisticDays: 21 } };
        const risk = (name: string, affects: string[]) => ({
            name, title: name, affects, likelihood: 0.3, impactDays: 14, impactCost: null, owner: null, mitigation: null, contingency: null, source: src(),
        });
        original.risks = [risk('OnlyB', ['B']), risk('BAndE', ['B', 'E'])];
        const slower = applyScenario(original, scenario({ kind: 'durations', change: 0.5 }), BASE);
        expect(slower.candidates[4]!.durationRange).toEqual({ optimisticDays: 11, mostLikelyDays: 15, pessimisticDays: 32 });
        const without = excludeCandidates(original, ['B']);
        expect(without.risks.map(r => [r.name, r.affects])).toEqual([['BAndE', ['E']]]);
    });

    it("replaces one cadence's internal cycle", () => {
        const changed = applyScenario(base(), scenario({ kind: 'cycle', cadence: 'Ehr', minWeeks: 6, maxWeeks: 8 }), BASE);
        expect(changed.cadences.map(c => [c.name, c.internalMinWeeks, c.internalMaxWeeks])).toEqual([['Ehr', 6, 8], ['Lab', 20, 30]]);
    });

    it('does nothing to plan settings when there is no plan block', () => {
        const changed = applyScenario(model({ plan: null }), scenario({ kind: 'discount', rate: 0.1 }), BASE);
        expect(changed.plan).toBeNull();
    });
});
