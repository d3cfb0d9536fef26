import { describe, expect, it } from 'vitest';
import { candidateCashflows, MAX_HORIZON_YEARS, sumSeries } from '../../../language-server/analysis/cashflows.js';
import type { Flow } from '../../../language-server/model/plan-model.js';
import { benefitOnce, benefitYearly, costOnce, costYearly, riversideCandidates } from '../../helpers/model-builders.js';
import { expectAllClose } from '../../helpers/numbers.js';

/** Compares the cost, benefit and net series of some flows for a horizon and inflation. */
function check(flows: Flow[], horizon: number, inflation: number,
    expected: { costs?: number[]; benefits?: number[]; net: number[] }): void {
    const series = candidateCashflows(flows, horizon, inflation);
    if (expected.costs) expectAllClose(series.costs, expected.costs);
    if (expected.benefits) expectAllClose(series.benefits, expected.benefits);
    expect(series.net.length).toBe(expected.net.length);
    series.net.forEach((v, i) => expect(Math.abs(v - expected.net[i]!)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected.net[i]!))));
}

describe('candidateCashflows (spec §2, Cash flows)', () => {
    it('reproduces DbMigration: 900k once, 400k yearly from year 1 growing 5%', () => {
        const [, db] = riversideCandidates();
        check(db!.flows, 5, 0.03, { net: [-900000, 400000, 420000, 441000, 463050, 486202.5] });
    });

    it('reproduces CoreNetwork: 450k once, 30k yearly with 3% inflation, 120k yearly from year 2', () => {
        const [core] = riversideCandidates();
        check(core!.flows, 5, 0.03, {
            costs: [450000, 30000, 30900, 31827, 32781.81, 33765.2643],
            benefits: [0, 0, 120000, 120000, 120000, 120000],
            net: [-450000, -30000, 89100, 88173, 87218.19, 86234.7357],
        });
    });

    it('puts a one-off cost in year 0 and a one-off benefit in year 1 by default', () => {
        check([costOnce(100), benefitOnce(40)], 2, 0, { costs: [100, 0, 0], benefits: [0, 40, 0], net: [-100, 40, 0] });
    });

    it('honours `in year N`', () => {
        check([costOnce(100, 2), benefitOnce(40, 0)], 2, 0, { net: [40, 0, -100] });
    });

    it('ignores years outside 0..H', () => {
        check([costOnce(100, 7), benefitOnce(40, -1), benefitYearly(10, { from: 4, to: 9 })], 5, 0, { net: [0, 0, 0, 0, 10, 10] });
    });

    it('inflates yearly costs from year 1, whatever year they start', () => {
        check([costYearly(100, { from: 3, to: 4 })], 5, 0.1, { costs: [0, 0, 0, 121, 133.1, 0], net: [0, 0, 0, -121, -133.1, 0] });
    });

    it('deflates a yearly cost that starts in year 0 (exponent t − 1 = −1)', () => {
        check([costYearly(110, { from: 0, to: 0 })], 1, 0.1, { net: [-100, 0] });
    });

    it('grows yearly benefits from their first year', () => {
        check([benefitYearly(100, { from: 2, growing: 0.1 })], 4, 0.5, { net: [0, 0, 100, 110, 121] });
    });

    it('produces nothing for an empty range (from after to)', () => {
        check([benefitYearly(100, { from: 4, to: 2 })], 5, 0, { net: [0, 0, 0, 0, 0, 0] });
    });

    it('adds lines of the same kind', () => {
        check([costOnce(10), costOnce(5), benefitYearly(3), benefitYearly(2, { to: 1 })], 2, 0, { net: [-15, 5, 3] });
    });

    it('has H+1 years, one year for horizon 0, and caps absurd horizons', () => {
        expect(candidateCashflows([], 0, 0).net).toEqual([0]);
        expect(candidateCashflows([], -3, 0).net).toEqual([0]);
        expect(candidateCashflows([], Number.NaN, 0).net).toEqual([0]);
        expect(candidateCashflows([], 1e12, 0).net.length).toBe(MAX_HORIZON_YEARS + 1);
    });

    it('stays finite for huge amounts and growth', () => {
        const series = candidateCashflows([costOnce(1e308), costOnce(1e308), benefitYearly(1e308, { growing: 10 })], 100, 5);
        for (const values of [series.costs, series.benefits, series.net]) {
            expect(values.every(Number.isFinite)).toBe(true);
        }
    });
});

describe('sumSeries', () => {
    it('adds the Riverside candidates into the portfolio flows (spec §4)', () => {
        const [core, db] = riversideCandidates();
        const total = sumSeries([candidateCashflows(core!.flows, 5, 0.03), candidateCashflows(db!.flows, 5, 0.03)]);
        expectAllClose(total.net, [-1350000, 370000, 509100, 529173, 550268.19, 572437.24]);
        expectAllClose(total.costs, [1350000, 30000, 30900, 31827, 32781.81, 33765.2643]);
    });

    it('gives H+1 zero years for an empty portfolio', () => {
        expect(sumSeries([], 6)).toEqual({ costs: [0, 0, 0, 0, 0, 0], benefits: [0, 0, 0, 0, 0, 0], net: [0, 0, 0, 0, 0, 0] });
        expect(sumSeries([]).net).toEqual([]);
    });

    it('pads shorter series with zeros', () => {
        const total = sumSeries([{ costs: [1], benefits: [0], net: [-1] }, { costs: [0, 0], benefits: [0, 5], net: [0, 5] }]);
        expect(total.net).toEqual([-1, 5]);
    });
});
