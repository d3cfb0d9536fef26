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
