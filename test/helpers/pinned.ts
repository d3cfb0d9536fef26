/**
 * Compares a value with a pinned expectation (spec §4): every key of the expectation must be
 * present and equal; arrays must have the same length; numbers match within 1e-6 relative,
 * or within half a unit of the last digit the expectation shows (the spec prints some
 * figures rounded, e.g. IRR −0.08628).
 */
import { expect } from 'vitest';

function decimalsOf(value: number): number {
    const text = String(value);
    if (/e/i.test(text)) return 20;
    const dot = text.indexOf('.');
    return dot < 0 ? 0 : text.length - dot - 1;
}

export function numbersMatch(actual: number, expected: number): boolean {
    if (!Number.isFinite(actual)) return false;
    const relative = Math.abs(actual - expected) <= 1e-6 * Math.max(Math.abs(expected), Math.abs(actual));
    const shown = decimalsOf(expected) > 0 && Math.abs(actual - expected) <= 0.5 * 10 ** -decimalsOf(expected) + 1e-12;
    return relative || shown || actual === expected;
}

export function expectPinned(actual: unknown, expected: unknown, path = '$'): void {
    if (typeof expected === 'number') {
        expect(typeof actual, `${path} should be a number`).toBe('number');
        expect(numbersMatch(actual as number, expected), `${path}: ${String(actual)} should be ${expected}`).toBe(true);
    } else if (Array.isArray(expected)) {
        expect(Array.isArray(actual), `${path} should be an array`).toBe(true);
        expect((actual as unknown[]).length, `${path}.length`).toBe(expected.length);
        expected.forEach((item, i) => expectPinned((actual as unknown[])[i], item, `${path}[${i}]`));
    } else if (expected !== null && typeof expected === 'object') {
        expect(actual !== null && typeof actual === 'object', `${path} should be an object`).toBe(true);
        for (const [key, value] of Object.entries(expected)) {
            expect(Object.prototype.hasOwnProperty.call(actual, key), `${path}.${key} should exist`).toBe(true);
            expectPinned((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
        }
    } else {
        expect(actual, path).toBe(expected);
    }
}
