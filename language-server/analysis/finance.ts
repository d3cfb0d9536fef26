/**
 * Financial figures of a cash-flow series: NPV, IRR, payback and ROI (spec §2).
 *
 * Every function is total and returns finite numbers or null: inputs are first made
 * finite (NaN → 0, ±Infinity → ±Number.MAX_VALUE), and flows are divided by a power
 * of two near their largest magnitude before anything is summed, so amounts up to
 * ±1e308 neither overflow nor lose the interpolations and ratios that are scale-free.
 */
import type { FinanceFigures } from './plan-analysis.js';
import { saturate, type CashflowSeries } from './cashflows.js';
import { findIrrRoots, finiteValues, scaleOf } from './irr-roots.js';

export { findIrrRoots } from './irr-roots.js';

/** numpy-financial's `irr` reports the root closest to this guess (spec §2, IRR). */
export const IRR_GUESS = 0.1;

/** Two roots whose distances to the guess differ by less than this are equally close (computed roots carry ~1e-15 of rounding). */
const IRR_TIE = 1e-12;

/** A cumulative flow within this fraction of the largest flow counts as paid back (absorbs unit-parsing noise). */
const PAYBACK_TOLERANCE = 1e-12;

/**
 * Net present value Σ CF_t / (1+rate)^t, t = 0..n−1, with the first flow undiscounted
 * (numpy-financial `npv`, not Excel `NPV()`; spec §2, NPV). Flows in currency units, rate a fraction.
 * A result too large for a double saturates at ±Number.MAX_VALUE. A rate ≤ −100% (or not finite)
 * has no discount factor; the validator reports it as `invalid-value` and the NPV is then 0.
 */
export function computeNpv(flows: number[], rate: number): number {
    if (!Number.isFinite(rate) || rate <= -1) return 0;
    const values = finiteValues(flows);
    const scale = scaleOf(values);
    if (scale === 0) return 0;
    const x = 1 / (1 + rate);
    // Horner's rule on the scaled flows: NPV = Σ (CF_t/scale)·x^t, then times the scale.
    let acc = 0;
    for (let t = values.length - 1; t >= 0; t--) acc = acc * x + values[t]! / scale;
    return saturate(acc * scale);
}

/**
 * Internal rate of return (a fraction) with all roots (spec §2, IRR): null when the flows never
 * change sign (all ≥ 0 or all ≤ 0) or NPV has no real root; otherwise the root closest to 10%
 * (numpy-financial `irr`); of two roots equally close (within 1e-12, the rounding of a computed root),
 * the lower one.
 */
export function computeIrr(flows: number[]): { irr: number | null; roots: number[] } {
    const values = finiteValues(flows);
    if (!values.some(v => v > 0) || !values.some(v => v < 0)) return { irr: null, roots: [] };
    const roots = findIrrRoots(values);
    let irr: number | null = null;
    // Roots ascend, so a later root replaces the choice only when it is clearly closer.
    for (const r of roots) {
        if (irr === null || Math.abs(r - IRR_GUESS) < Math.abs(irr - IRR_GUESS) - IRR_TIE) irr = r;
    }
    return { irr, roots };
}

/**
 * Payback period in years (spec §2, Payback): the first year t whose cumulative net flow is ≥ 0,
 * interpolated linearly inside that year: (t−1) + (−cum_{t−1}) / CF_t.
 * The formula needs an investment to recover, so the search starts at the first year with a
 * non-zero flow (the spec is silent on leading zero years): when that flow is positive there
 * is nothing to recover and payback is 0 (all-zero flows too); a candidate whose money only
 * goes out from year 1 on (`cost 20k yearly`) never pays back. Null when the cumulative flow
 * stays negative through the last year or there are no flows. Cumulative sums within 1e-12 of
 * the largest flow count as zero.
 */
export function computePayback(net: number[]): number | null {
    const values = finiteValues(net);
    if (values.length === 0) return null;
    const scale = scaleOf(values);
    if (scale === 0) return 0;
    let first = 0;
    while (first < values.length && Math.abs(values[first]! / scale) <= PAYBACK_TOLERANCE) first++;
    if (first === values.length) return 0;
    let cumulative = values[first]! / scale;
    if (cumulative >= -PAYBACK_TOLERANCE) return 0;
    for (let t = first + 1; t < values.length; t++) {
        const flow = values[t]! / scale;
        const next = cumulative + flow;
        if (next >= -PAYBACK_TOLERANCE) {
            // flow > 0 here, since cumulative < 0 ≤ next (up to the tolerance), so the fraction is in (0, 1].
            return t - 1 + Math.min(1, -cumulative / flow);
        }
        cumulative = next;
    }
    return null;
}

/**
 * Return on investment (a fraction, spec §2 ROI): (Σ benefits − Σ costs) / Σ costs, undiscounted,
 * from gross totals (positive magnitudes, currency units). Null when costs are 0 or the ratio is not finite.
 */
export function computeRoi(totalBenefits: number, totalCosts: number): number | null {
    if (!Number.isFinite(totalBenefits) || !Number.isFinite(totalCosts) || totalCosts === 0) return null;
    let roi = (totalBenefits - totalCosts) / totalCosts;
    if (!Number.isFinite(roi)) roi = totalBenefits / totalCosts - 1;
    return Number.isFinite(roi) ? roi : null;
}

/**
 * All finance figures of one series (a candidate or the portfolio): the net flows as `cashflows`,
 * NPV at `discountRate` (a fraction), IRR and all its roots, payback years and ROI (spec §2).
 * Never NaN or Infinity; undefined quantities are null.
 */
export function financeFigures(series: CashflowSeries, discountRate: number): FinanceFigures & { irrRoots: number[] } {
    const net = finiteValues(series.net);
    const { irr, roots } = computeIrr(net);
    // Totals over scaled amounts, so that years of 1e308 do not overflow the sums (ROI is scale-free).
    const scale = scaleOf([...series.costs, ...series.benefits].map(saturate)) || 1;
    const sum = (values: number[]): number => values.reduce((a, v) => a + saturate(v) / scale, 0);
    return {
        cashflows: net,
        npv: computeNpv(net, discountRate),
        irr,
        irrRoots: roots,
        paybackYears: computePayback(net),
        roi: computeRoi(sum(series.benefits), sum(series.costs)),
    };
}
