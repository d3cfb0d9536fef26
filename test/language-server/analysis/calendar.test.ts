import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
    addDuration, daysBetween, formatIsoDay, MAX_ISO_DAY, MIN_ISO_DAY, parseIsoDay, subtractDuration,
} from '../../../language-server/analysis/calendar.js';
import type { Duration } from '../../../language-server/model/plan-model.js';
import { day, days, months, weeks } from '../../helpers/schedule-builders.js';

function check(start: string, duration: Duration, expected: string): void {
    expect(formatIsoDay(addDuration(day(start), duration))).toBe(expected);
}

describe('parseIsoDay / formatIsoDay', () => {
    it('counts days from 1970-01-01 UTC', () => {
        expect(parseIsoDay('1970-01-01')).toBe(0);
        expect(parseIsoDay('1970-01-02')).toBe(1);
        expect(parseIsoDay('1969-12-31')).toBe(-1);
        expect(parseIsoDay('2000-03-01')).toBe(11017);
    });

    it('accepts real calendar dates only', () => {
        expect(parseIsoDay('2028-02-29')).not.toBeNull();
        for (const bad of ['2027-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '2027-01-00', '2027-1-04',
            '27-01-04', ' 2027-01-04', '2027-01-04 ', '2027-01-04T00:00', '2027/01/04', '', 'tomorrow']) {
            expect(parseIsoDay(bad), bad).toBeNull();
        }
    });

    it('does not map years 0–99 to the 1900s', () => {
        expect(formatIsoDay(parseIsoDay('0099-12-31')!)).toBe('0099-12-31');
        expect(formatIsoDay(parseIsoDay('0000-01-01')!)).toBe('0000-01-01');
    });

    it('round-trips every date', () => {
        fc.assert(fc.property(fc.integer({ min: -719_528, max: 2_932_896 }), n => {
            expect(parseIsoDay(formatIsoDay(n))).toBe(n);
        }), { numRuns: 200 });
    });

    it('formats non-finite or out-of-range days without NaN', () => {
        expect(formatIsoDay(Number.NaN)).toBe('1970-01-01');
        expect(formatIsoDay(Number.POSITIVE_INFINITY)).toMatch(/^\d+-\d\d-\d\d$/);
        expect(formatIsoDay(Number.NEGATIVE_INFINITY)).toMatch(/^-\d+-\d\d-\d\d$/);
    });

    it('daysBetween is b − a', () => {
        expect(daysBetween(day('2027-09-30'), day('2027-10-12'))).toBe(12);
        expect(daysBetween(day('2027-10-12'), day('2027-09-30'))).toBe(-12);
    });
});

describe('addDuration', () => {
    it('adds days and weeks (spec §1 riverside: 4 weeks, 10 weeks)', () => {
        check('2027-01-04', weeks(4), '2027-02-01');
        check('2027-02-01', weeks(10), '2027-04-12');
        check('2027-12-31', days(1), '2028-01-01');
    });

    it('rounds fractional days with Math.round (1.5 weeks = 10.5 days → 11)', () => {
        check('2027-01-01', weeks(1.5), '2027-01-12');
        check('2027-01-01', days(0.4), '2027-01-01');
    });

    it('adds calendar months, clamped to the month end', () => {
        check('2027-04-12', months(3), '2027-07-12');
        check('2027-01-31', months(1), '2027-02-28');
        check('2028-01-31', months(1), '2028-02-29');
        check('2027-03-31', months(1), '2027-04-30');
        check('2027-10-31', months(4), '2028-02-29');
    });

    it('counts the fraction of a month as 30 days, rounded', () => {
        check('2027-01-04', months(1.5), '2027-02-19');
        check('2027-01-04', months(0.1), '2027-01-07');
    });

    it('never returns NaN or Infinity, even for absurd amounts', () => {
        for (const duration of [days(1e300), months(1e300), days(Number.NaN), months(Number.POSITIVE_INFINITY), months(-1e12)]) {
            const result = addDuration(day('2027-01-04'), duration);
            expect(Number.isFinite(result)).toBe(true);
            expect(result).toBeGreaterThanOrEqual(MIN_ISO_DAY);
            expect(result).toBeLessThanOrEqual(MAX_ISO_DAY);
        }
        expect(addDuration(day('2027-01-04'), days(Number.NaN))).toBe(day('2027-01-04'));
        expect(addDuration(MAX_ISO_DAY, months(5))).toBe(MAX_ISO_DAY);
    });
});

describe('subtractDuration (latest start that still finishes in time)', () => {
    it('inverts day and month durations', () => {
        expect(formatIsoDay(subtractDuration(day('2027-07-12'), months(3)))).toBe('2027-04-12');
        expect(formatIsoDay(subtractDuration(day('2027-04-12'), weeks(10)))).toBe('2027-02-01');
    });

    it('returns the latest such start at month ends', () => {
        // 2027-01-31 + 1 month = 2027-02-28, so starting on the 31st still finishes by 2027-02-28.
        expect(formatIsoDay(subtractDuration(day('2027-02-28'), months(1)))).toBe('2027-01-31');
        expect(formatIsoDay(subtractDuration(day('2027-03-30'), months(1)))).toBe('2027-02-28');
    });

    it('is the greatest s with addDuration(s, d) ≤ day', () => {
        const duration = fc.oneof(
            fc.integer({ min: 0, max: 4000 }).map(days),
            fc.integer({ min: 0, max: 240 }).map(months),
            fc.double({ min: 0, max: 60, noNaN: true }).map(months),
        );
        fc.assert(fc.property(fc.integer({ min: -100_000, max: 100_000 }), duration, (d, dur) => {
            const s = subtractDuration(d, dur);
            expect(addDuration(s, dur)).toBeLessThanOrEqual(d);
            expect(addDuration(s + 1, dur)).toBeGreaterThan(d);
        }), { numRuns: 200 });
    });
});

describe('time-zone independence', () => {
    const saved = process.env.TZ;
    afterAll(() => { process.env.TZ = saved; });

    const cases: [string, Duration, string][] = [
        ['2027-03-14', months(1), '2027-04-14'], // US daylight saving time starts on 2027-03-14.
        ['2027-11-07', months(1), '2027-12-07'], // …and ends on 2027-11-07.
        ['2027-01-31', months(1), '2027-02-28'],
        ['2027-10-03', months(6), '2028-04-03'], // Lord Howe Island changes by 30 minutes on 2027-10-03.
        ['2027-03-01', days(30), '2027-03-31'],
    ];

    for (const zone of ['America/New_York', 'Australia/Lord_Howe', 'Pacific/Kiritimati']) {
        describe(zone, () => {
            beforeAll(() => { process.env.TZ = zone; });
            afterAll(() => { process.env.TZ = saved; });

            it('really runs in that zone', () => {
                // Midnight UTC on 2027-01-01 is 2026-12-31 in New York, 2027-01-01 further east.
                const local = new Date(Date.UTC(2027, 0, 1)).getDate();
                expect(local).toBe(zone === 'America/New_York' ? 31 : 1);
            });

            it('gives the same calendar results as in UTC', () => {
                for (const [start, duration, expected] of cases) {
                    expect(formatIsoDay(addDuration(day(start), duration)), `${start} + ${duration.amount}`).toBe(expected);
                    expect(formatIsoDay(subtractDuration(day(expected), duration))).toBe(start);
                }
                expect(parseIsoDay('2027-03-14')).toBe(day('2027-03-14'));
            });
        });
    }
});
