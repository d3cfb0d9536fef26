/**
 * Go-live and plan years (spec §5): plan years count with date-fns `addYears` from the start,
 * so a plan starting on 29 February has anniversaries on 28 February, except in leap years.
 */
import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../../language-server/analysis/calendar.js';
import { addPlanYears, goLiveDay, planYearOf } from '../../../language-server/analysis/go-live.js';

const day = (text: string) => parseIsoDay(text)!;

describe('planYearOf', () => {
    it('is 0 from the start up to the day before the first anniversary, then counts whole years', () => {
        const start = day('2027-01-04');
        expect(planYearOf(start, day('2027-01-04'))).toBe(0);
        expect(planYearOf(start, day('2028-01-03'))).toBe(0);
        expect(planYearOf(start, day('2028-01-04'))).toBe(1);
        expect(planYearOf(start, day('2031-12-31'))).toBe(4);
        expect(planYearOf(start, day('2032-01-04'))).toBe(5);
    });

    it('is 0 for a day before the start', () => {
        expect(planYearOf(day('2027-01-04'), day('2026-06-01'))).toBe(0);
    });

    it('takes 28 February as the anniversary of a 29 February start, and 29 February again in leap years', () => {
        const start = day('2028-02-29');
        expect(formatIsoDay(addPlanYears(start, 1))).toBe('2029-02-28');
        expect(formatIsoDay(addPlanYears(start, 4))).toBe('2032-02-29');
        expect(planYearOf(start, day('2029-02-27'))).toBe(0);
        expect(planYearOf(start, day('2029-02-28'))).toBe(1);
        expect(planYearOf(start, day('2029-03-01'))).toBe(1);
        // 2032-02-28 is before start + 4 years (2032-02-29): still year 3.
        expect(planYearOf(start, day('2032-02-28'))).toBe(3);
        expect(planYearOf(start, day('2032-02-29'))).toBe(4);
    });

    it('counts from a 28 February start across a leap day', () => {
        const start = day('2027-02-28');
        expect(planYearOf(start, day('2028-02-27'))).toBe(0);
        expect(planYearOf(start, day('2028-02-28'))).toBe(1);
        expect(planYearOf(start, day('2028-02-29'))).toBe(1);
    });

    it('agrees with the definition (largest t with start + t years ≤ D) over many days', () => {
        const start = day('2028-02-29');
        for (let d = start - 3; d < start + 3000; d += 7) {
            const t = planYearOf(start, d);
            if (d >= start) expect(addPlanYears(start, t)).toBeLessThanOrEqual(d);
            expect(addPlanYears(start, t + 1)).toBeGreaterThan(d);
        }
    });
});

describe('goLiveDay', () => {
    it('is the last day of work: finish − 1 day', () => {
        expect(formatIsoDay(goLiveDay(day('2027-02-01'), day('2027-04-12')))).toBe('2027-04-11');
    });

    it('is never earlier than the start (work of zero length)', () => {
        expect(formatIsoDay(goLiveDay(day('2027-02-01'), day('2027-02-01')))).toBe('2027-02-01');
    });
});
