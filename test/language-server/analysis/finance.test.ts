import { describe, expect, it } from 'vitest';
import {
    computeIrr, computeNpv, computePayback, computeRoi, financeFigures, findIrrRoots,
} from '../../../language-server/analysis/finance.js';
import { candidateCashflows, sumSeries } from '../../../language-server/analysis/cashflows.js';
import { riversideCandidates } from '../../helpers/model-builders.js';
import { expectClose } from '../../helpers/numbers.js';

const DB_MIGRATION = [-900000, 400000, 420000, 441000, 463050, 486202.5];
const CORE_NETWORK = [-450000, -30000, 89100, 88173, 87218.19, 86234.7357];
const PORTFOLIO = [-1350000, 370000, 509100, 529173, 550268.19, 572437.24];

/** Checks the figures of some net flows (rates as fractions; null = undefined). */
function check(flows: number[], expected: { rate?: number; npv?: number; irr?: number | null; payback?: number | null }): void {
    if (expected.npv !== undefined) expectClose(computeNpv(flows, expected.rate ?? 0), expected.npv);
    if (expected.irr === null) expect(computeIrr(flows).irr).toBeNull();
    else if (expected.irr !== undefined) expectClose(computeIrr(flows).irr, expected.irr);
    if (expected.payback === null) expect(computePayback(flows)).toBeNull();
    else if (expected.payback !== undefined) expectClose(computePayback(flows), expected.payback);
}

/** NPV evaluated directly, for confirming published IRRs. */
function directNpv(flows: number[], rate: number): number {
    return flows.reduce((sum, cf, t) => sum + cf / Math.pow(1 + rate, t), 0);
}

describe('Riverside (spec §4)', () => {
    it('DbMigration: npv 851789.518, irr 0.381875, payback 2.181406', () => {
        check(DB_MIGRATION, { rate: 0.08, npv: 851789.518, irr: 0.381875, payback: 2.181406 });
    });

    it('CoreNetwork: npv −208596.43, irr −0.08628, no payback', () => {
        check(CORE_NETWORK, { rate: 0.08, npv: -208596.43, irr: -0.08628025099948111, payback: null });
        expectClose(computeIrr(CORE_NETWORK).irr, -0.08628, 1e-5);
    });

    it('portfolio: npv 643193.085, irr 0.235033, payback 2.889879', () => {
        check(PORTFOLIO, { rate: 0.08, npv: 643193.085, irr: 0.235033, payback: 2.889879 });
    });

    it('ROI uses gross costs and benefits: 1.455836, −0.212177, 0.782481', () => {
        const [core, db] = riversideCandidates();
        const coreSeries = candidateCashflows(core!.flows, 5, 0.03);
        const dbSeries = candidateCashflows(db!.flows, 5, 0.03);
        const figures = (s: typeof coreSeries) => financeFigures(s, 0.08);
        expectClose(figures(dbSeries).roi, 1.455836);
        expectClose(figures(coreSeries).roi, -0.212177);
        const portfolio = figures(sumSeries([coreSeries, dbSeries]));
        expectClose(portfolio.roi, 0.782481);
        expectClose(portfolio.npv, 643193.085);
        expectClose(portfolio.irr, 0.235033);
        expectClose(portfolio.paybackYears, 2.889879);
        expect(portfolio.irrRoots).toHaveLength(1);
        expect(portfolio.cashflows).toHaveLength(6);
    });
});

describe('NPV oracles', () => {
    it('matches numpy-financial test_npv_decimal: npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000])', () => {
        // numpy/numpy-financial, numpy_financial/tests/test_financial.py, TestFinancial.test_npv_decimal:
        // Decimal('122.894854950942692161628715').
        expectClose(computeNpv([-15000, 1500, 2500, 3500, 4500, 6000], 0.05), 122.894854950942692161628715, 1e-12);
    });

    it('matches Brigham & Ehrhardt, Financial Management: Theory and Practice, problem 11-1 (NPV $7,486.68)', () => {
        // Cost $52,125, $12,000 a year for 8 years, cost of capital 12%.
        expectClose(computeNpv([-52125, ...Array<number>(8).fill(12000)], 0.12), 7486.68, 1e-6);
    });

    it('does not discount the first flow and is the plain sum at rate 0', () => {
        expect(computeNpv([5], 0.5)).toBe(5);
        expect(computeNpv([-1, 2, 3], 0)).toBe(4);
        expect(computeNpv([], 0.08)).toBe(0);
        expect(computeNpv([0, 0, 0], 0.08)).toBe(0);
    });

    it('returns 0 for a rate at or below −100% (reported by the validator) and saturates overflow', () => {
        expect(computeNpv([-1, 2], -1)).toBe(0);
        expect(computeNpv([-1, 2], Number.NaN)).toBe(0);
        expect(computeNpv([1e308, 1e308, 1e308], 0)).toBe(Number.MAX_VALUE);
        expectClose(computeNpv([1e308, -1e308, 1e308], 0), 1e308);
    });
});

describe('IRR oracles', () => {
    // numpy/numpy-financial, numpy_financial/tests/test_financial.py, TestIrr.test_basic_values
    // (asserted there to 2 decimals). Each value is confirmed here by evaluating NPV at it:
    // the published rounding must leave NPV within a small fraction of the investment.
    const numpyFinancial: [number[], number][] = [
        [[-150000, 15000, 25000, 35000, 45000, 60000], 0.0524],
        [[-100, 0, 0, 74], -0.0955],
        [[-100, 39, 59, 55, 20], 0.28095],
        [[-100, 100, 0, -7], -0.0833],
        [[-100, 100, 0, 7], 0.06206],
        [[-5, 10.5, 1, -8, 1], 0.0886],
        // TestIrr.test_trailing_zeros.
        [[-5, 10.5, 1, -8, 1, 0, 0, 0], 0.0886],
    ];
    for (const [flows, published] of numpyFinancial) {
        it(`irr([${flows.join(', ')}]) ≈ ${published} (numpy-financial)`, () => {
            const investment = Math.abs(flows[0]!);
            expect(Math.abs(directNpv(flows, published))).toBeLessThan(1e-3 * investment);
            const { irr } = computeIrr(flows);
            expect(Math.abs(irr! - published)).toBeLessThan(5e-5);
            expect(Math.abs(directNpv(flows, irr!))).toBeLessThan(1e-9 * investment);
        });
    }

    it('finds the root near −100% of numpy-financial TestIrr.test_gh_15', () => {
        const flows = [
            -3000.0, 2.3926932267015667e-07, 4.1672087103345505e-16, 5.3965110036378706e-25, 5.1962551071806174e-34,
            3.7202955645436402e-43, 1.9804961711632469e-52, 7.8393517651814181e-62, 2.3072565113911438e-71,
            5.0491839233308912e-81, 8.2159177668499263e-91, 9.9403244366963527e-101, 8.942410813633967e-111,
            5.9816122646481191e-121, 2.9750309031844241e-131, 1.1002067043497954e-141, 3.0252876563518021e-152,
            6.1854121948207909e-163, 9.4032980015353301e-174, 1.0629218520017728e-184, 8.9337141847171845e-196,
            5.5830607698467935e-207, 2.5943122036622652e-218, 8.9635842466507006e-230, 2.3027710094332358e-241,
            4.3987510596745562e-253, 6.2476630372575209e-265, 6.598046841695288e-277, 5.1811095266842017e-289,
            3.0250999925830644e-301, 1.3133070599585015e-313,
        ];
        expectClose(computeIrr(flows).irr, -0.9999999990596069, 1e-9);
    });

    it('returns null for flows that never change sign (numpy-financial TestIrr.test_numpy_gh_6744)', () => {
        expect(computeIrr([-1, -2, -3])).toEqual({ irr: null, roots: [] });
    });

    // Microsoft Support, "IRR function" (Excel), example: initial cost −70,000 and net income
    // 12,000, 15,000, 18,000, 21,000, 26,000. Published (rounded): 8.66% after five years,
    // −2.12% after four, −44.35% after two (with guess −10%).
    it('matches the Excel IRR documentation example', () => {
        const flows = [-70000, 12000, 15000, 18000, 21000, 26000];
        expect(Math.round(computeIrr(flows).irr! * 10000) / 100).toBe(8.66);
        expect(Math.round(computeIrr(flows.slice(0, 5)).irr! * 10000) / 100).toBe(-2.12);
        expect(Math.round(computeIrr(flows.slice(0, 3)).irr! * 10000) / 100).toBe(-44.35);
    });

    it('matches Brigham & Ehrhardt problem 11-2 (IRR 16%)', () => {
        expect(Math.round(computeIrr([-52125, ...Array<number>(8).fill(12000)]).irr! * 100)).toBe(16);
    });
});

describe('multiple and degenerate IRRs', () => {
    it('finds all of 0%, 100% and 200% for [-1, 6, -11, 6] and reports the one closest to 10%', () => {
        const { irr, roots } = computeIrr([-1, 6, -11, 6]);
        expect(roots).toHaveLength(3);
        [0, 1, 2].forEach((r, i) => expect(Math.abs(roots[i]! - r)).toBeLessThan(1e-9));
        expect(Math.abs(irr!)).toBeLessThan(1e-9);
    });

    it('lists both roots of [-100, 100, 0, -7] and picks −8.33% (closer to 10% than −67.9%)', () => {
        const { irr, roots } = computeIrr([-100, 100, 0, -7]);
        expect(roots).toHaveLength(2);
        expectClose(roots[0], -0.6788943736323867, 1e-9);
        expectClose(irr, -0.08329966618493256, 1e-9);
    });

    it('lists the three roots of [-5, 10.5, 1, -8, 1]', () => {
        const roots = findIrrRoots([-5, 10.5, 1, -8, 1]);
        expect(roots).toHaveLength(3);
        [-0.8702012474847411, 0.08859833852775534, 0.7095595276861841].forEach((r, i) => expectClose(roots[i], r, 1e-9));
    });

    it('picks the lower of two roots equally close to 10%', () => {
        // (x − 1/1.05)(x − 1/1.15) in x = 1/(1+r): roots at 5% and 15%.
        const a = 1 / 1.05;
        const b = 1 / 1.15;
        const { irr, roots } = computeIrr([a * b, -(a + b), 1]);
        expect(roots).toHaveLength(2);
        expectClose(irr, 0.05, 1e-9);
    });

    it('finds a double root that only touches zero: [1, −2, 1] has IRR 0%', () => {
        const { irr, roots } = computeIrr([1, -2, 1]);
        expect(roots).toHaveLength(1);
        expect(Math.abs(irr!)).toBeLessThan(1e-7);
    });

    it('is null when the flows change sign but NPV has no real root: [1, −1, 1]', () => {
        expect(computeIrr([1, -1, 1])).toEqual({ irr: null, roots: [] });
    });

    it('is null for all-zero, empty, and one-signed flows', () => {
        expect(computeIrr([]).irr).toBeNull();
        expect(computeIrr([0, 0, 0]).irr).toBeNull();
        expect(computeIrr([1, 2, 0]).irr).toBeNull();
        expect(computeIrr([-5, 0, -1]).irr).toBeNull();
    });

    it('ignores leading zero years: [0, −100, 110] has IRR 10%', () => {
        expectClose(computeIrr([0, -100, 110]).irr, 0.1, 1e-12);
    });
});

describe('payback', () => {
    it('matches Brigham & Ehrhardt problem 11-5: $52,125 then $12,000 a year → 4.34 years', () => {
        // Financial Management: Theory and Practice, ch. 11: payback = 4 + 4,125 / 12,000.
        expectClose(computePayback([-52125, ...Array<number>(8).fill(12000)]), 4 + 4125 / 12000);
    });

    it('matches a worked example: 10,000 then 3,000 a year → 3.33 years', () => {
        // calcdomain.com/payback-period, "Worked Example" (simple payback after Brealey, Myers & Allen):
        // cumulative 3,000; 6,000; 9,000 after years 1–3, remaining 1,000, so 3 + 1,000 / 3,000.
        expectClose(computePayback([-10000, 3000, 3000, 3000, 3000, 3000]), 3 + 1000 / 3000);
    });

    it('pays back exactly at a whole year when the cumulative flow reaches 0', () => {
        // A textbook exercise (cumulative −20,000, −14,000, −8,000, 0): "exactly 3.0 years", 2 + 8,000 / 8,000.
        expect(computePayback([-20000, 6000, 6000, 8000, 8000])).toBe(3);
    });

    it('pays back at 0 when the first non-zero flow is positive (no investment to recover)', () => {
        expect(computePayback([3, -5, 10])).toBe(0);
        expect(computePayback([0, 4, -1])).toBe(0);
        expect(computePayback([0, 0])).toBe(0);
    });

    it('starts at the first non-zero flow: leading zero years are not a payback', () => {
        // Under water from year 1 (cumulative −5), back above zero in year 2: 1 + 5 / 10.
        expect(computePayback([0, -5, 10])).toBe(1.5);
        // Money only goes out: never pays back.
        expect(computePayback([0, -20, -20, -20])).toBeNull();
    });

    it('takes the first year the cumulative flow turns non-negative', () => {
        expect(computePayback([-10, 10, -20, 30])).toBe(1);
    });

    it('is null when it never pays back or there are no flows', () => {
        expect(computePayback([-10, 1, 1])).toBeNull();
        expect(computePayback([])).toBeNull();
    });

    it('absorbs float noise in the cumulative sum', () => {
        expect(computePayback([-0.3, 0.1, 0.2])).toBeCloseTo(2, 12);
    });

    it('handles amounts near the largest double', () => {
        expectClose(computePayback([-1e308, 5e307, 1e308]), 1.5);
    });
});

describe('ROI', () => {
    it('is (benefits − costs) / costs', () => {
        expectClose(computeRoi(150, 100), 0.5);
        expectClose(computeRoi(0, 100), -1);
    });

    it('is null without costs or with non-finite totals', () => {
        expect(computeRoi(100, 0)).toBeNull();
        expect(computeRoi(Number.NaN, 1)).toBeNull();
        expect(computeRoi(1, Infinity)).toBeNull();
        expect(computeRoi(1e308, 1e-308)).toBeNull();
    });
});
