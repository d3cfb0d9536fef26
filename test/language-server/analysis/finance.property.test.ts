import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
    computeIrr, computeNpv, computePayback, computeRoi, financeFigures, findIrrRoots,
} from '../../../language-server/analysis/finance.js';
import { candidateCashflows } from '../../../language-server/analysis/cashflows.js';
import { competitionRanks, scoreCandidates } from '../../../language-server/analysis/scoring.js';
import type { Flow } from '../../../language-server/model/plan-model.js';
import { benefitOnce, benefitYearly, candidate, costOnce, costYearly, criterion, model } from '../../helpers/model-builders.js';
import { relativeNpv, signChanges } from '../../helpers/numbers.js';

const RUNS = { numRuns: 300 };

const moneyFlows = fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 2, maxLength: 30 })
    .filter(flows => flows.some(v => v > 0) && flows.some(v => v < 0));

const extreme = fc.oneof(
    fc.constantFrom(0, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, 1, -1),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -1000, max: 1000 }),
);
const anyFlows = fc.oneof(
    fc.array(extreme, { maxLength: 12 }),
    fc.array(extreme, { minLength: 90, maxLength: 101 }),
);

function finiteOrNull(value: number | null): boolean {
    return value === null || Number.isFinite(value);
}

describe('finance properties', () => {
    it('NPV at every IRR root is ~0 relative to the flow scale', () => {
        fc.assert(fc.property(moneyFlows, flows => {
            const { irr, roots } = computeIrr(flows);
            for (const r of roots) {
                expect(r).toBeGreaterThan(-1);
                expect(relativeNpv(flows, r)).toBeLessThan(1e-8);
            }
            if (irr !== null) expect(roots).toContain(irr);
        }), RUNS);
    });

    it('one sign change gives exactly one IRR (Descartes)', () => {
        fc.assert(fc.property(
            fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 60 }),
            (investment, returns) => {
                fc.pre(returns.some(v => v > 0));
                const flows = [-investment, ...returns];
                expect(signChanges(flows)).toBe(1);
                const { irr, roots } = computeIrr(flows);
                expect(roots).toHaveLength(1);
                expect(irr).toBe(roots[0]);
            }), RUNS);
    });

    it('the reported IRR is the root closest to 10%', () => {
        fc.assert(fc.property(moneyFlows, flows => {
            const { irr, roots } = computeIrr(flows);
            if (irr === null) return;
            for (const r of roots) expect(Math.abs(irr - 0.1)).toBeLessThanOrEqual(Math.abs(r - 0.1));
        }), RUNS);
    });

    it('never returns NaN or Infinity, even for 0, ±1e308, denormals and 100-year flows', () => {
        fc.assert(fc.property(anyFlows, fc.double({ min: -0.999, max: 100, noNaN: true }), (flows, rate) => {
            expect(Number.isFinite(computeNpv(flows, rate))).toBe(true);
            const { irr, roots } = computeIrr(flows);
            expect(finiteOrNull(irr)).toBe(true);
            expect(roots.every(Number.isFinite)).toBe(true);
            expect(findIrrRoots(flows).every(Number.isFinite)).toBe(true);
            expect(finiteOrNull(computePayback(flows))).toBe(true);
            const positive = flows.map(v => Math.abs(v));
            expect(finiteOrNull(computeRoi(positive[0] ?? 0, positive[1] ?? 0))).toBe(true);
        }), { numRuns: 200 });
    });

    it('financeFigures of any candidate stays finite or null', () => {
        const amount = fc.constantFrom(0, 1, 450_000, 1e308);
        const year = fc.option(fc.integer({ min: -2, max: 102 }), { nil: null });
        const flow: fc.Arbitrary<Flow> = fc.oneof(
            fc.tuple(amount, year).map(([a, y]) => costOnce(a, y)),
            fc.tuple(amount, year).map(([a, y]) => benefitOnce(a, y)),
            fc.tuple(amount, fc.integer({ min: 0, max: 100 })).map(([a, from]) => costYearly(a, { from })),
            fc.tuple(amount, fc.double({ min: -0.5, max: 5, noNaN: true })).map(([a, growing]) => benefitYearly(a, { growing })),
        );
        fc.assert(fc.property(fc.array(flow, { maxLength: 6 }), fc.integer({ min: 0, max: 100 }), (flows, horizon) => {
            const figures = financeFigures(candidateCashflows(flows, horizon, 0.03), 0.08);
            expect(figures.cashflows.every(Number.isFinite)).toBe(true);
            expect(Number.isFinite(figures.npv)).toBe(true);
            expect(finiteOrNull(figures.irr) && finiteOrNull(figures.paybackYears) && finiteOrNull(figures.roi)).toBe(true);
        }), { numRuns: 150 });
    });
});

describe('ranking properties', () => {
    it('competitionRanks is a valid competition ranking', () => {
        fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 20 }), values => {
            const ranks = competitionRanks(values);
            values.forEach((v, i) => expect(ranks[i]).toBe(1 + values.filter(w => w > v).length));
        }), RUNS);
    });

    it('scoreCandidates ranks by priority index with ties shared', () => {
        const names = ['A', 'B', 'C'];
        const scoreArb = fc.record({ A: fc.integer({ min: 1, max: 5 }), B: fc.integer({ min: 1, max: 5 }), C: fc.integer({ min: 1, max: 5 }) });
        fc.assert(fc.property(
            fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
            fc.array(scoreArb, { maxLength: 12 }),
            (weights, candidateScores) => {
                const scored = scoreCandidates(model({
                    criteria: names.map((n, i) => criterion(n, weights[i]! / 100)),
                    candidates: candidateScores.map((s, i) => candidate({ name: `X${i}`, scores: s })),
                }));
                const clearlyAbove = (a: number, b: number) => a - b > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
                for (const s of scored) {
                    expect(Number.isFinite(s.priorityIndex)).toBe(true);
                    expect(s.rank).toBe(1 + scored.filter(o => clearlyAbove(o.priorityIndex, s.priorityIndex)).length);
                }
            }), RUNS);
    });
});
