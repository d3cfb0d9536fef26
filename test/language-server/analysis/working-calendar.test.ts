/**
 * The working calendar (spec §11, §14 items 9–10), on hand-built calendars. Dates in comments:
 * 2027-01-04 is a Monday; 2027-07-05 (Mon) and 2027-12-24..26 (Fri–Sun) are holidays.
 */
import { describe, expect, it } from 'vitest';
import { moveOutOfFreezes } from '../../../language-server/analysis/change-freeze.js';
import { goLiveDay } from '../../../language-server/analysis/go-live.js';
import {
    ALL_DAYS, countWorkingDays, finishOfWork, isoWeekday, isWorkingDay, latestStartOfWork, makeCalendar, nextWorkingDay,
    startAfterLag,
} from '../../../language-server/analysis/working-calendar.js';
import { day, days, iso, months, weeks } from '../../helpers/schedule-builders.js';

const monFri = makeCalendar([1, 2, 3, 4, 5], [
    { fromDay: day('2027-07-05'), toDay: day('2027-07-05') },
    { fromDay: day('2027-12-24'), toDay: day('2027-12-26') },
]);
const inWeeks = (n: number) => ({ ...weeks(n), inWeeks: true });

describe('working days', () => {
    it('knows weekdays, weekends and holidays (single days and ranges)', () => {
        expect(isoWeekday(day('2027-01-04'))).toBe(1);
        expect(isoWeekday(day('2027-01-10'))).toBe(7);
        expect(isWorkingDay(monFri, day('2027-01-08'))).toBe(true);
        expect(isWorkingDay(monFri, day('2027-01-09'))).toBe(false);
        expect(isWorkingDay(monFri, day('2027-07-05'))).toBe(false);
        expect(isWorkingDay(monFri, day('2027-12-24'))).toBe(false);
        expect(isWorkingDay(monFri, day('2027-12-27'))).toBe(true);
    });

    it('counts working days in [from, to)', () => {
        // 2027-12-20 .. 2028-01-02: Mon 20 – Thu 23 (4), Fri 24 a holiday, Mon 27 – Fri 31 (5).
        expect(countWorkingDays(monFri, day('2027-12-20'), day('2028-01-03'))).toBe(9);
        // A whole year: 261 weekdays in 2027, less the two weekday holidays (5 July, 24 December).
        expect(countWorkingDays(monFri, day('2027-01-01'), day('2028-01-01'))).toBe(259);
        expect(countWorkingDays(monFri, day('2027-01-08'), day('2027-01-08'))).toBe(0);
    });

    it('moves a start to the first working day on or after it', () => {
        expect(iso(nextWorkingDay(monFri, day('2027-01-02')))).toBe('2027-01-04');
        expect(iso(nextWorkingDay(monFri, day('2027-07-03')))).toBe('2027-07-06');
        expect(iso(nextWorkingDay(monFri, day('2027-12-23')))).toBe('2027-12-23');
    });

    it('ends work on the first working day after its last day of work', () => {
        expect(iso(finishOfWork(monFri, day('2027-01-04'), days(5)))).toBe('2027-01-11');
        // Thu 1 and Fri 2 July; Monday 5 July is a holiday.
        expect(iso(finishOfWork(monFri, day('2027-07-01'), days(2)))).toBe('2027-07-06');
        // A Saturday start moves to Monday; 2 weeks are 10 working days.
        expect(iso(finishOfWork(monFri, day('2027-01-02'), inWeeks(2)))).toBe('2027-01-18');
        expect(iso(finishOfWork(monFri, day('2027-01-04'), days(0)))).toBe('2027-01-04');
    });

    it('counts months as calendar months, then moves to the next working day', () => {
        // 2027-01-29 + 1 month = Sunday 2027-02-28 → Monday 2027-03-01.
        expect(iso(finishOfWork(monFri, day('2027-01-29'), months(1)))).toBe('2027-03-01');
        expect(iso(finishOfWork(monFri, day('2027-01-04'), months(1)))).toBe('2027-02-04');
    });

    it('inverts finishOfWork for the backward pass', () => {
        // Work on Fri 2 and Tue 6 July finishes on Wednesday 7 July.
        expect(iso(latestStartOfWork(monFri, day('2027-07-07'), days(2)))).toBe('2027-07-02');
        for (let d = day('2027-06-01'); d < day('2028-02-01'); d += 3) {
            const start = nextWorkingDay(monFri, d);
            const finish = finishOfWork(monFri, start, days(7));
            expect(latestStartOfWork(monFri, finish, days(7))).toBe(start);
        }
    });

    it('is calendar-day arithmetic when every day works (Part I unchanged)', () => {
        expect(ALL_DAYS.allDays).toBe(true);
        expect(iso(finishOfWork(ALL_DAYS, day('2027-01-02'), weeks(10)))).toBe('2027-03-13');
        expect(iso(finishOfWork(ALL_DAYS, day('2027-04-12'), months(3)))).toBe('2027-07-12');
        expect(countWorkingDays(ALL_DAYS, day('2027-01-01'), day('2028-01-01'))).toBe(365);
    });
});

describe('lags and leads', () => {
    const finish = day('2027-12-23');
    it('waits N working days after the finish; weeks are workdays-per-week days', () => {
        // Fri 24 is a holiday, then the weekend: + 1 day → Monday 27.
        expect(iso(startAfterLag(monFri, finish, { sign: 1, duration: days(1) }))).toBe('2027-12-27');
        // + 1 week = 5 working days counted from the finish: Thu 23, Mon 27 – Thu 30 → Friday 31.
        expect(iso(startAfterLag(monFri, finish, { sign: 1, duration: inWeeks(1) }))).toBe('2027-12-31');
    });
    it('starts N working days before the finish for a lead', () => {
        expect(iso(startAfterLag(monFri, finish, { sign: -1, duration: days(3) }))).toBe('2027-12-20');
        expect(iso(startAfterLag(monFri, day('2027-07-06'), { sign: -1, duration: days(1) }))).toBe('2027-07-02');
    });
    it('adds calendar months for a lag in months, then moves to a working day (§14 item 10)', () => {
        // 2027-11-24 + 1 month = Friday 2027-12-24, a holiday → Monday 2027-12-27.
        expect(iso(startAfterLag(monFri, day('2027-11-24'), { sign: 1, duration: months(1) }))).toBe('2027-12-27');
    });
});

describe('go-live and change freezes', () => {
    const yearEnd = { fromDay: day('2027-12-15'), toDay: day('2028-01-05') };
    it('goes live on the last working day before the finish, never before the start', () => {
        expect(iso(goLiveDay(day('2027-07-01'), day('2027-07-06'), monFri))).toBe('2027-07-02');
        expect(iso(goLiveDay(day('2027-07-01'), day('2027-07-06')))).toBe('2027-07-05');
        expect(iso(goLiveDay(day('2027-07-01'), day('2027-07-01'), monFri))).toBe('2027-07-01');
    });
    it('moves a go-live inside the window to the first working day after it, the finish one working day later', () => {
        // Go-live Mon 20 December (finish Tue 21): after the window ending Wed 5 January → Thu 6, finish Fri 7.
        const move = moveOutOfFreezes(day('2027-12-01'), day('2027-12-21'), [yearEnd], monFri)!;
        expect([iso(move.fromGoLive), iso(move.toGoLive), iso(move.finishDay)]).toEqual(['2027-12-20', '2028-01-06', '2028-01-07']);
    });
    it('treats both edges of the window as inside', () => {
        expect(iso(moveOutOfFreezes(day('2027-12-01'), day('2027-12-16'), [yearEnd], monFri)!.fromGoLive)).toBe('2027-12-15');
        expect(moveOutOfFreezes(day('2027-12-01'), day('2027-12-16'), [yearEnd], monFri)).not.toBeNull();
        expect(iso(moveOutOfFreezes(day('2027-12-01'), day('2028-01-06'), [yearEnd], monFri)!.fromGoLive)).toBe('2028-01-05');
    });
    it('leaves a go-live outside every window alone', () => {
        expect(moveOutOfFreezes(day('2027-12-01'), day('2027-12-15'), [yearEnd], monFri)).toBeNull(); // go-live Tue 14th
        expect(moveOutOfFreezes(day('2027-12-01'), day('2028-01-07'), [yearEnd], monFri)).toBeNull(); // go-live Thu 6th
    });
    it('repeats the move until the go-live is outside every window (§14 item 9)', () => {
        const january = { fromDay: day('2028-01-06'), toDay: day('2028-01-10') };
        const move = moveOutOfFreezes(day('2027-12-01'), day('2027-12-21'), [january, yearEnd], monFri)!;
        expect(move.windows).toEqual([1, 0]);
        expect([iso(move.toGoLive), iso(move.finishDay)]).toEqual(['2028-01-11', '2028-01-12']);
    });
});
