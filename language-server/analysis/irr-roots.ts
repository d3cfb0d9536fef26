/**
 * The real roots of NPV as a function of the rate (spec §2, IRR), found on the polynomial in
 * x = 1/(1+r) with scaled coefficients: a grid fine enough for every bend, bisection inside each
 * sign change, and a look for roots that touch zero without crossing it. Memoised per exact flow
 * vector (issue 21). Also the scaling that `finance.ts` shares with it.
 */
import { saturate } from './cashflows.js';

/** The largest power of two ≤ max |value| (0 when every value is 0): dividing by it is exact. */
export function scaleOf(values: number[]): number {
    let max = 0;
    for (const v of values) max = Math.max(max, Math.abs(v));
    return max === 0 ? 0 : Math.pow(2, Math.floor(Math.log2(max)));
}

/** The values kept finite (`saturate`). */
export function finiteValues(values: number[]): number[] {
    return values.map(saturate);
}

/** Coefficients c_0..c_n of NPV as a polynomial in x = 1/(1+r), without zero ends, largest |c| near 1. */
function polynomialOf(flows: number[]): number[] {
    const values = finiteValues(flows);
    const scale = scaleOf(values);
    if (scale === 0) return [];
    const c = values.map(v => v / scale);
    let first = 0;
    let last = c.length - 1;
    // Leading zero flows only multiply the polynomial by x^k (a root at x = 0, r = ∞); trailing ones change nothing.
    // Trimmed after scaling: a flow below 2^−1074 of the largest one underflows to 0, and a zero end would make the
    // root bounds infinite (its roots are rates that overflow or round to −100%, which are left out anyway).
    while (c[first] === 0) first++;
    while (c[last] === 0) last--;
    return c.slice(first, last + 1);
}

/**
 * NPV's polynomial at x = e^u, divided by x^n when x > 1: same sign and zeros as NPV,
 * and bounded by the number of coefficients, so it never overflows.
 */
function scaledValue(c: number[], u: number, abs = false): number {
    const n = c.length - 1;
    let acc = 0;
    if (u <= 0) {
        const x = Math.exp(u);
        for (let t = n; t >= 0; t--) acc = acc * x + (abs ? Math.abs(c[t]!) : c[t]!);
    } else {
        const y = Math.exp(-u);
        for (let t = 0; t <= n; t++) acc = acc * y + (abs ? Math.abs(c[t]!) : c[t]!);
    }
    return acc;
}

/** ln of Fujiwara's bound on the positive roots of Σ c_t x^t (c_n ≠ 0), computed in logs so it cannot overflow. */
function logRootBound(c: number[]): number {
    const n = c.length - 1;
    const lead = Math.log(Math.abs(c[n]!));
    let best = -Infinity;
    for (let k = 1; k <= n; k++) {
        const ck = c[n - k]!;
        if (ck !== 0) best = Math.max(best, (Math.log(Math.abs(ck)) - lead) / k);
    }
    return Math.LN2 + best;
}

function bisect(c: number[], a: number, b: number): number {
    let fa = scaledValue(c, a);
    for (let i = 0; i < 400; i++) {
        const m = (a + b) / 2;
        if (m <= a || m >= b) break;
        const fm = scaledValue(c, m);
        if (fm === 0) return m;
        if (Math.sign(fm) === Math.sign(fa)) { a = m; fa = fm; } else { b = m; }
    }
    return (a + b) / 2;
}

/**
 * Roots hidden inside a grid cell whose ends have the same sign `side`: golden-section search
 * for the extremum of the value towards zero on [a, b]. If it crosses zero there are two close
 * simple roots (each bisected); if it only touches zero (within rounding) a double root.
 */
function hiddenRoots(c: number[], a: number, b: number, side: number): number[] {
    const phi = (Math.sqrt(5) - 1) / 2;
    const g = (u: number): number => side * scaledValue(c, u);
    let lo = a;
    let hi = b;
    // One new evaluation per step: the surviving inner point is kept.
    let m1 = hi - phi * (hi - lo);
    let m2 = lo + phi * (hi - lo);
    let g1 = g(m1);
    let g2 = g(m2);
    for (let i = 0; i < 200 && hi - lo > 1e-14 * Math.max(1, Math.abs(lo)); i++) {
        if (g1 <= g2) {
            hi = m2;
            m2 = m1;
            g2 = g1;
            m1 = hi - phi * (hi - lo);
            g1 = g(m1);
        } else {
            lo = m1;
            m1 = m2;
            g1 = g2;
            m2 = lo + phi * (hi - lo);
            g2 = g(m2);
        }
    }
    const mid = (lo + hi) / 2;
    const gMid = g(mid);
    // The lowest point seen: a probe below zero proves two crossings even when the last one is not.
    const [u, value] = [[mid, gMid], [m1, g1], [m2, g2]].reduce((best, p) => (p[1]! < best[1]! ? p : best)) as [number, number];
    if (value < 0) return [bisect(c, a, u), bisect(c, u, b)];
    return value <= 1e-12 * scaledValue(c, u, true) ? [u] : [];
}

/** NPV's scaled value at u (as `scaledValue`) and the spread of the years that carry it. */
interface Sample {
    value: number;
    /**
     * The standard deviation of t under the weights |c_t|·x^t: the scale on which the value changes
     * shape is about 1/spread in u (multiplying by e^(m·u) moves no zero, so only the spread counts).
     */
    spread: number;
}

/**
 * `scaledValue` and the spread in one Horner pass (four accumulators, same cost as one evaluation in practice).
 * Written into `into`, which the scan reuses for every grid point (no object per point).
 */
function sample(c: number[], u: number, into: Sample): Sample {
    const n = c.length - 1;
    let value = 0;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    if (u <= 0) {
        const x = Math.exp(u);
        for (let t = n; t >= 0; t--) {
            const ct = c[t]!;
            const a = Math.abs(ct);
            value = value * x + ct;
            s0 = s0 * x + a;
            s1 = s1 * x + t * a;
            s2 = s2 * x + t * t * a;
        }
    } else {
        // Weights |c_t|·y^(n−t) = |c_t|·x^t / x^n: the same distribution of t, so the same spread.
        const y = Math.exp(-u);
        for (let t = 0; t <= n; t++) {
            const ct = c[t]!;
            const a = Math.abs(ct);
            value = value * y + ct;
            s0 = s0 * y + a;
            s1 = s1 * y + t * a;
            s2 = s2 * y + t * t * a;
        }
    }
    const mean = s1 / s0;
    const spread = Math.sqrt(s2 / s0 - mean * mean);
    into.value = value;
    into.spread = Number.isFinite(spread) ? spread : 0;
    return into;
}

/** Grid steps per unit of 1/spread: the grid resolves every bend of the value, so dips show as local minima. */
const STEPS_PER_SPREAD = 32;
/** At most this many grid points, whatever the length of the series or the width of the bounds. */
const MAX_GRID_POINTS = 20000;
/** Coefficient evaluations the whole grid may cost: long series get at most 4,000,000 / length points (about 4,000 for 1,000 years). */
const GRID_WORK = 4_000_000;
/** Coefficient evaluations spent on the uniform part of the grid: long series get a coarser uniform grid, refined where the spread is large. */
const UNIFORM_GRID_WORK = 400_000;
const MIN_UNIFORM_POINTS = 256;

/**
 * All roots in u = ln x on [lo, hi], scanning up from lo: sign changes between grid points are bisected,
 * and each local minimum of |value| is searched for roots hidden between two grid points. The grid is
 * adaptive: the step is 1/(32·spread) where the value bends quickly, up to a uniform step elsewhere
 * (4000 + 100 per decade of bounds for short series, fewer for long ones so that the uniform part costs
 * about 400,000 coefficient evaluations), and never below (hi − lo)/20000 nor below what keeps the whole
 * grid under 4,000,000 coefficient evaluations: at most 20,000 points whatever the length (about 4,000
 * for 1,000 years). The scan stops once `maxRoots` roots (Descartes' bound, counting double roots
 * twice) are found.
 */
function scanRoots(c: number[], lo: number, hi: number, maxRoots: number): number[] {
    const width = hi - lo;
    const decades = width / Math.LN10;
    const uniform = Math.min(MAX_GRID_POINTS, Math.ceil(4000 + 100 * decades));
    const coarse = Math.max(MIN_UNIFORM_POINTS, Math.min(uniform, Math.floor(UNIFORM_GRID_WORK / c.length)));
    const hMax = width / coarse;
    const hMin = width / Math.max(coarse, Math.min(MAX_GRID_POINTS, Math.floor(GRID_WORK / c.length)));
    const us: number[] = [];
    const vs: number[] = [];
    const roots: number[] = [];
    let found = 0;
    // Examines grid point i once its right neighbour (if any) is known.
    const examine = (i: number): void => {
        const v = vs[i]!;
        if (v === 0) { roots.push(us[i]!); found++; return; }
        const prev = vs[i - 1];
        if (prev !== undefined && prev !== 0 && Math.sign(prev) !== Math.sign(v)) {
            roots.push(bisect(c, us[i - 1]!, us[i]!));
            found++;
        }
        const next = vs[i + 1];
        const isLocalMin = prev !== undefined && next !== undefined
            && Math.sign(prev) === Math.sign(v) && Math.sign(next) === Math.sign(v)
            && Math.abs(v) <= Math.abs(prev) && Math.abs(v) <= Math.abs(next);
        if (isLocalMin) {
            const hidden = hiddenRoots(c, us[i - 1]!, us[i + 1]!, Math.sign(v));
            roots.push(...hidden);
            found += hidden.length === 1 ? 2 : hidden.length;
        }
    };
    let u = lo;
    const s: Sample = { value: 0, spread: 0 };
    for (;;) {
        sample(c, u, s);
        us.push(u);
        vs.push(s.value);
        if (us.length >= 2) {
            examine(us.length - 2);
            if (found >= maxRoots) return roots;
        }
        if (u >= hi) break;
        const step = Math.min(hMax, Math.max(hMin, 1 / (STEPS_PER_SPREAD * s.spread)));
        u = u + step >= hi - hMin / 2 ? hi : u + step;
    }
    examine(us.length - 1);
    return roots;
}

function signChanges(c: number[]): number {
    let changes = 0;
    let previous = 0;
    for (const v of c) {
        if (v === 0) continue;
        if (previous !== 0 && Math.sign(v) !== previous) changes++;
        previous = Math.sign(v);
    }
    return changes;
}

/**
 * Every real rate r > −1 (a fraction) with NPV(r) = 0, ascending (spec §2, IRR).
 * NPV is a polynomial in x = 1/(1+r); its positive roots lie inside Fujiwara's bounds.
 * With no sign change in the flows there is no root, with one exactly one (Descartes), found by
 * bisection without a scan; otherwise an adaptive logarithmic grid (`scanRoots`: at most 20,000
 * points, about 4,000 for a 1,000-year series, and stopping once the Descartes bound of roots is
 * found) brackets each sign change, and each dip towards zero between grid points is searched for
 * two close roots or a double root (such as [1, −2, 1] at 0%). Cost: one sign change, a few hundred
 * evaluations; many, a bounded number of evaluations whatever the length (a 1,000-year series takes
 * milliseconds). Roots closer than 1e-9 (relative, in ln x) are merged.
 * Rates that round to −1 or overflow are left out.
 */
export function findIrrRoots(flows: number[]): number[] {
    const key = flowsKey(flows);
    let roots = rootsByFlows.get(key);
    if (roots === undefined) {
        roots = scanIrrRoots(flows);
        if (rootsByFlows.size >= MEMO_LIMIT) rootsByFlows.delete(rootsByFlows.keys().next().value!);
        rootsByFlows.set(key, roots);
    }
    return [...roots];
}

/**
 * The roots of each flow vector seen lately (issue 21): an edit re-analyses the whole plan, most
 * candidates' flows are unchanged, and so are the flows of every candidate a scenario or the
 * sensitivity leaves alone. A pure function's memo: the same flows give the same roots.
 */
const rootsByFlows = new Map<string, readonly number[]>();
const MEMO_LIMIT = 50_000;

/** The exact flows as a key (`String` round-trips every double; −0 kept apart from 0). */
function flowsKey(flows: readonly number[]): string {
    let key = '';
    for (const v of flows) key += (Object.is(v, -0) ? '-0' : String(v)) + ',';
    return key;
}

function scanIrrRoots(flows: number[]): number[] {
    const c = polynomialOf(flows);
    if (c.length < 2) return [];
    const changes = signChanges(c);
    if (changes === 0) return [];
    const hi = logRootBound(c) + 0.01;
    const lo = -logRootBound([...c].reverse()) - 0.01;
    let us: number[];
    const fLo = scaledValue(c, lo);
    const fHi = scaledValue(c, hi);
    if (changes === 1 && fLo !== 0 && fHi !== 0 && Math.sign(fLo) !== Math.sign(fHi)) {
        us = [bisect(c, lo, hi)];
    } else {
        us = scanRoots(c, lo, hi, changes);
    }
    us.sort((a, b) => b - a);
    const merged: number[] = [];
    for (const u of us) {
        const last = merged[merged.length - 1];
        if (last === undefined || Math.abs(last - u) > 1e-9 * Math.max(1, Math.abs(u))) merged.push(u);
    }
    // u descending is r ascending, since r = e^(−u) − 1.
    return merged.map(u => Math.expm1(-u)).filter(r => Number.isFinite(r) && r > -1);
}
