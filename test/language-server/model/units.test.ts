import { describe, expect, it } from 'vitest';
import {
    durationInWeeks, isWholeNumber, parseAmount, parseDuration, parseNumber, parsePercent, parseQuantity, weeksOf,
} from '../../../language-server/model/units.js';

describe('parseNumber', () => {
    it.each([
        ['3', 3], ['-2.5', -2.5], ['0', 0], ['1e3', 1000], ['1e308', 1e308], ['2.5E-1', 0.25],
    ] as const)('reads %s as %d', (text, value) => {
        expect(parseNumber(text)).toBe(value);
    });

    it.each([['1e999'], ['-1e999'], [''], ['  '], ['abc'], ['NaN'], [undefined]])('gives null for %s (not a finite number)', text => {
        expect(parseNumber(text)).toBeNull();
    });
});

describe('parseAmount', () => {
    it.each([
        ['450k', 450_000], ['2.5M', 2_500_000], ['1B', 1_000_000_000], ['1200', 1200], ['0.5k', 500], ['-5k', -5000], ['0', 0],
    ] as const)('reads %s as %d', (text, value) => {
        expect(parseAmount(text)).toBe(value);
    });

    it.each([['1e999'], ['9'.repeat(400) + 'B'], ['k'], [''], [undefined]])('gives null for %s', text => {
        expect(parseAmount(text)).toBeNull();
    });
});

describe('parsePercent', () => {
    it.each([['8%', 0.08], ['100%', 1], ['0%', 0], ['-100%', -1], ['2.5%', 0.025]] as const)('reads %s as the fraction %d', (text, value) => {
        expect(parsePercent(text)).toBeCloseTo(value, 15);
    });

    it.each([['8'], ['%'], ['9'.repeat(400) + '%'], [undefined]])('gives null for %s', text => {
        expect(parsePercent(text)).toBeNull();
    });
});

describe('parseQuantity', () => {
    it.each([['2.5', 2.5], ['95%', 0.95], ['3k', 3000], ['-1', -1]] as const)('reads %s as %d', (text, value) => {
        expect(parseQuantity(text)).toBeCloseTo(value, 12);
    });

    it('gives null for missing or non-finite text', () => {
        expect(parseQuantity(undefined)).toBeNull();
        expect(parseQuantity('1e999')).toBeNull();
    });
});

describe('parseDuration', () => {
    it.each([
        ['10', 'weeks', { amount: 70, unit: 'days', inWeeks: true }],
        ['1', 'week', { amount: 7, unit: 'days', inWeeks: true }],
        ['5', 'days', { amount: 5, unit: 'days' }],
        ['1', 'day', { amount: 1, unit: 'days' }],
        ['3', 'months', { amount: 3, unit: 'months' }],
        ['1', 'month', { amount: 1, unit: 'months' }],
        ['1.5', 'weeks', { amount: 10.5, unit: 'days', inWeeks: true }],
        ['0', 'days', { amount: 0, unit: 'days' }],
    ] as const)('reads %s %s', (amount, unit, expected) => {
        expect(parseDuration(amount, unit)).toEqual(expected);
    });

    it.each([
        ['-3', 'weeks'], ['1e999', 'days'], ['3', 'fortnights'], ['3', undefined], [undefined, 'days'],
    ] as const)('gives null for %s %s (negative, non-finite or unknown unit)', (amount, unit) => {
        expect(parseDuration(amount, unit)).toBeNull();
    });
});

describe('weeks', () => {
    it('turns days and months into weeks (a month is 52/12 weeks)', () => {
        expect(durationInWeeks({ amount: 14, unit: 'days' })).toBe(2);
        expect(durationInWeeks({ amount: 3, unit: 'months' })).toBeCloseTo(13, 12);
        expect(weeksOf('15', 'weeks')).toBe(15);
        expect(weeksOf('12', 'months')).toBeCloseTo(52, 12);
        expect(weeksOf('-1', 'weeks')).toBeNull();
    });
});

describe('isWholeNumber', () => {
    it.each([[0, true], [5, true], [-2, true], [2.5, false], [null, false]] as const)('%s → %s', (value, expected) => {
        expect(isWholeNumber(value)).toBe(expected);
    });
});
