/**
 * Numeric assertions for analysis tests: relative tolerance as in spec §4 (1e-6).
 */
import { expect } from 'vitest';

/** Asserts |actual − expected| ≤ rel · max(|expected|, tiny), and that actual is a finite number. */
export function expectClose(actual: number | null | undefined, expected: number, rel = 1e-6): void {
    expect(actual, `expected a number close to ${expected}`).toBeTypeOf('number');
    const value = actual as number;
    expect(Number.isFinite(value), `expected a finite number, got ${value}`).toBe(true);
    const tolerance = rel * Math.max(Math.abs(expected), 1e-12);
    expect(Math.abs(value - expected), `${value} differs from ${expected} by more than ${tolerance}`)
        .toBeLessThanOrEqual(tolerance);
}

/** Asserts two arrays have the same length and are element-wise close. */
export function expectAllClose(actual: number[], expected: number[], rel = 1e-6): void {
    expect(actual.length).toBe(expected.length);
    actual.forEach((value, i) => expectClose(value, expected[i]!, rel));
}

/** Asserts a value is null or a finite number (never NaN, ±Infinity or undefined). */
export function expectFiniteOrNull(value: number | null | undefined): void {
    expect(value === null || (typeof value === 'number' && Number.isFinite(value)), `got ${value}`).toBe(true);
}

/**
 * |NPV(r)| / Σ |CF_t|·(1+r)^−t, evaluated in logs so that rates near −100% cannot overflow:
 * 0 at an exact root, about machine precision at a computed one.
 */
export function relativeNpv(flows: number[], rate: number): number {
    const logX = -Math.log1p(rate);
    const terms = flows.map((cf, t) => ({ cf, log: cf === 0 ? -Infinity : Math.log(Math.abs(cf)) + t * logX }));
    const top = Math.max(...terms.map(term => term.log));
    let signed = 0;
    let magnitude = 0;
    for (const { cf, log } of terms) {
        const size = Math.exp(log - top);
        signed += Math.sign(cf) * size;
        magnitude += size;
    }
    return Math.abs(signed) / magnitude;
}

/** How many times the sign of the non-zero flows changes (Descartes: an upper bound on the IRR roots). */
export function signChanges(flows: number[]): number {
    const signs = flows.filter(v => v !== 0).map(Math.sign);
    return signs.slice(1).filter((s, i) => s !== signs[i]).length;
}
