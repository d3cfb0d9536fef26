import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, nearestName } from '../../../language-server/validation/did-you-mean.js';

describe('damerauLevenshtein (optimal string alignment)', () => {
    it.each([
        ['', '', 0], ['abc', 'abc', 0], ['abc', 'abd', 1], ['abc', 'ab', 1], ['ab', 'abc', 1],
        ['ab', 'ba', 1], ['CoreNetwrok', 'CoreNetwork', 1], ['ca', 'abc', 3], ['kitten', 'sitting', 3],
    ])('%s → %s is %i', (a, b, distance) => {
        expect(damerauLevenshtein(a, b)).toBe(distance);
        expect(damerauLevenshtein(b, a)).toBe(distance);
    });

    it('stops at the limit', () => {
        expect(damerauLevenshtein('abcdef', 'uvwxyz', 2)).toBe(3);
        expect(damerauLevenshtein('a', 'abcdef', 2)).toBe(3);
    });
});

describe('nearestName', () => {
    it('ignores case, prefers the smallest distance, then the name that sorts first', () => {
        expect(nearestName('corenetwork', ['DbMigration', 'CoreNetwork'])).toBe('CoreNetwork');
        expect(nearestName('Wifi', ['Wifi6', 'WiFi'])).toBe('WiFi');
        expect(nearestName('Abd', ['Abc', 'Abe'])).toBe('Abc');
    });

    it('offers nothing beyond distance 2, nor the name itself', () => {
        expect(nearestName('CoreNet', ['CoreNetwork'])).toBeUndefined();
        expect(nearestName('A', ['A'])).toBeUndefined();
    });
});
