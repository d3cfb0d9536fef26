/**
 * Issue 21: the analysis memoises two pure functions, the IRR roots of a flow vector and the
 * plan years after a start day. A memoised answer must be the computed one, whatever came before.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addYears } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { computeIrr, findIrrRoots } from '../../../language-server/analysis/finance.js';
import { addPlanYears, planYearOf } from '../../../language-server/analysis/go-live.js';
import { clampIsoDay } from '../../../language-server/analysis/calendar.js';
import { day } from '../../helpers/schedule-builders.js';

const MS_PER_DAY = 86_400_000;

describe('memoised IRR roots (issue 21)', () => {
    it('gives the same roots on every call, and a caller that changes its copy changes nothing', () => {
        const flows = [-82000, 87000, -6180, 147563, 154217, 160385, 166800];
        const first = findIrrRoots(flows);
        first.push(99);
        first[0] = 42;
        expect(findIrrRoots(flows)).toEqual(findIrrRoots([...flows]));
        expect(findIrrRoots(flows)).not.toContain(99);
        expect(computeIrr(flows).roots).toEqual(findIrrRoots(flows));
    });

    it('keeps flows that differ only in the last digit or the sign of a zero apart', () => {
        // Two sign changes with real roots near 0% and near 100%, against a vector with one more cent.
        const a = [-100, 250, -151];
        const b = [-100, 250, -151.00000000000003];
        expect(findIrrRoots(a)).not.toEqual(findIrrRoots(b));
        expect(findIrrRoots([0, -100, 110])).toEqual(findIrrRoots([-0, -100, 110]));
    });

    it('answers as a fresh computation would, in any order of calls (random flows, each asked twice)', () => {
        const flowsArb = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 9 });
        fc.assert(fc.property(fc.array(flowsArb, { minLength: 1, maxLength: 8 }), vectors => {
            const once = vectors.map(v => findIrrRoots(v));
            const again = [...vectors].reverse().map(v => findIrrRoots(v)).reverse();
            expect(again).toEqual(once);
            for (const roots of once) for (const r of roots) expect(Number.isFinite(r) && r > -1).toBe(true);
        }), { numRuns: 200 });
    });
});

describe('memoised plan years (issue 21)', () => {
    it('equals date-fns addYears for every start and year, leap days included', () => {
        fc.assert(fc.property(fc.integer({ min: day('1999-01-01'), max: day('2060-12-31') }), fc.integer({ min: 0, max: 260 }), (start, years) => {
            const expected = years === 0 ? start : clampIsoDay(Math.round(addYears(new UTCDate(start * MS_PER_DAY), years).getTime() / MS_PER_DAY));
            expect(addPlanYears(start, years)).toBe(expected);
            expect(addPlanYears(start, years)).toBe(expected);
        }), { numRuns: 2000 });
        expect(addPlanYears(day('2028-02-29'), 1)).toBe(day('2029-02-28'));
        expect(addPlanYears(day('2028-02-29'), 4)).toBe(day('2032-02-29'));
        expect(planYearOf(day('2028-02-29'), day('2029-02-28'))).toBe(1);
    });
});
