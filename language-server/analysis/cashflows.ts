/**
 * Yearly cash flows of a candidate from its `cost` and `benefit` lines (spec §2, Cash flows).
 */
import type { Flow, YearlyFlow } from '../model/plan-model.js';

/** Money per year 0..H, in currency units. Costs and benefits are positive magnitudes. */
export interface CashflowSeries {
    costs: number[];
    benefits: number[];
    /** benefits − costs, per year. */
    net: number[];
}

/**
 * The longest horizon analysed. A larger (or non-finite) horizon is an input mistake
 * the validator reports; analysis caps it so it never allocates absurd arrays.
 */
export const MAX_HORIZON_YEARS = 1000;

/** Keeps a money amount finite: NaN → 0, ±Infinity → ±Number.MAX_VALUE. */
export function saturate(value: number): number {
    if (Number.isNaN(value)) return 0;
    if (value === Infinity) return Number.MAX_VALUE;
    if (value === -Infinity) return -Number.MAX_VALUE;
    return value;
}

/** The number of whole years H actually analysed for a horizon (0..MAX_HORIZON_YEARS). */
export function horizonOf(horizonYears: number): number {
    if (!Number.isFinite(horizonYears) || horizonYears <= 0) return 0;
    return Math.min(MAX_HORIZON_YEARS, Math.floor(horizonYears));
}

function zeros(length: number): number[] {
    return new Array<number>(length).fill(0);
}

function add(series: number[], year: number, amount: number): void {
    // Years outside 0..H (or not whole) are outside the plan's horizon and are ignored.
    if (!Number.isInteger(year) || year < 0 || year >= series.length) return;
    series[year] = saturate(series[year]! + saturate(amount));
}

/** The amount of a yearly line in year t (spec §2): costs grow with inflation, benefits with `growing`. */
function yearlyAmount(flow: YearlyFlow, t: number, from: number, inflationRate: number): number {
    return flow.kind === 'cost'
        ? flow.amount * Math.pow(1 + inflationRate, t - 1)
        : flow.amount * Math.pow(1 + flow.growthRate, t - from);
}

/**
 * Cash flows of one candidate for years 0..H (arrays of length H+1), spec §2 Cash flows:
 * - `cost X once [in year N]` → X in year N (default 0);
 * - `cost X yearly [from N] [to M]` → X·(1+inflation)^(t−1) for t = N (default 1) .. M (default H);
 * - `benefit X once [in year N]` → X in year N (default 1);
 * - `benefit X yearly [from N] [to M] [growing g]` → X·(1+g)^(t−N) for t = N (default 1) .. M (default H).
 * Amounts are in currency units, rates are fractions. Years outside 0..H are ignored.
 * Values that would overflow saturate at ±Number.MAX_VALUE, so the result is always finite.
 */
export function candidateCashflows(flows: Flow[], horizonYears: number, inflationRate: number): CashflowSeries {
    const length = horizonOf(horizonYears) + 1;
    const costs = zeros(length);
    const benefits = zeros(length);
    const inflation = Number.isFinite(inflationRate) ? inflationRate : 0;
    for (const flow of flows) {
        const target = flow.kind === 'cost' ? costs : benefits;
        if (flow.timing === 'once') {
            add(target, flow.year ?? (flow.kind === 'cost' ? 0 : 1), flow.amount);
            continue;
        }
        const from = flow.fromYear ?? 1;
        const to = flow.toYear ?? length - 1;
        if (!Number.isFinite(from) || !Number.isFinite(to)) continue;
        const first = Math.max(0, Math.ceil(from));
        const last = Math.min(length - 1, Math.floor(to));
        for (let t = first; t <= last; t++) {
            add(target, t, yearlyAmount(flow, t, from, inflation));
        }
    }
    const net = benefits.map((b, t) => saturate(b - costs[t]!));
    return { costs, benefits, net };
}

/**
 * Element-wise sum of several cash-flow series (the portfolio, spec §2).
 * The result has the length of the longest series, or `years` when that is longer
 * (so an empty portfolio still has H+1 zero years).
 */
export function sumSeries(series: CashflowSeries[], years = 0): CashflowSeries {
    const length = Math.max(Math.max(0, Math.floor(years)), ...series.map(s => s.net.length));
    const total: CashflowSeries = { costs: zeros(length), benefits: zeros(length), net: zeros(length) };
    for (const s of series) {
        for (let t = 0; t < length; t++) {
            total.costs[t] = saturate(total.costs[t]! + (s.costs[t] ?? 0));
            total.benefits[t] = saturate(total.benefits[t]! + (s.benefits[t] ?? 0));
        }
    }
    total.net = total.benefits.map((b, t) => saturate(b - total.costs[t]!));
    return total;
}
