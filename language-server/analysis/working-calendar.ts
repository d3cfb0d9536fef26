/**
 * The working calendar (spec §11, §14 items 9–10): which days are working days, and durations
 * and lags counted in working days.
 *
 * - Working days are the weekdays of `workdays` (default all seven) minus the holidays.
 * - A start moves to the first working day on or after it.
 * - `N days` is N working days; `N weeks` is N × (workdays per week) working days; `N months` is
 *   calendar months, a result that is not a working day moving to the next working day.
 * - A finish is the first working day after the last day of work.
 *
 * With every weekday working and no holiday (`ALL_DAYS`), every function here equals the
 * calendar-day arithmetic of `calendar.ts`, so Part I's numbers are unchanged.
 * Counting and adding are O(log holidays): no function walks day by day over a long span.
 */
import type { Duration, IsoDay, Lag } from '../model/plan-model.js';
import { addDuration, clampIsoDay, MAX_ISO_DAY, MIN_ISO_DAY, subtractDuration } from './calendar.js';

/** ISO weekday of an ISO day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: IsoDay): number {
    return ((((day + 3) % 7) + 7) % 7) + 1;
}

export interface WorkCalendar {
    /** Index 1..7 (ISO weekday): true for a working weekday. Index 0 is unused. */
    readonly weekdays: readonly boolean[];
    /** Working weekdays per week (1..7). */
    readonly perWeek: number;
    /** Disjoint inclusive holiday ranges, sorted (overlapping or touching ranges merged). */
    readonly holidays: ReadonlyArray<readonly [IsoDay, IsoDay]>;
    /** Prefix sums: working weekdays lost to holidays[0..i) (days of a range that fall on working weekdays). */
    readonly lostBefore: readonly number[];
    /** True when every day is a working day: the calendar-day arithmetic of §2 applies. */
    readonly allDays: boolean;
}

/** The calendar of a plan without `workdays` and `holiday`: every day works. */
export const ALL_DAYS: WorkCalendar = makeCalendar(undefined, []);

/**
 * The calendar of `workdays` (ISO weekdays; empty or absent = all seven) and holiday ranges
 * (inclusive; overlapping ranges merge; a range that ends before it starts is ignored).
 */
export function makeCalendar(workdays: readonly number[] | undefined, holidays: ReadonlyArray<{ fromDay: IsoDay; toDay: IsoDay }>): WorkCalendar {
    const weekdays = new Array<boolean>(8).fill(false);
    const days = (workdays ?? []).filter(d => Number.isInteger(d) && d >= 1 && d <= 7);
    for (const d of days.length > 0 ? days : [1, 2, 3, 4, 5, 6, 7]) weekdays[d] = true;
    const perWeek = weekdays.filter(Boolean).length;
    const ranges = holidays
        .map(h => [clampIsoDay(h.fromDay), clampIsoDay(h.toDay)] as [number, number])
        .filter(([a, b]) => a <= b)
        .sort((x, y) => x[0] - y[0]);
    const merged: Array<[number, number]> = [];
    for (const [a, b] of ranges) {
        const last = merged[merged.length - 1];
        if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b); else merged.push([a, b]);
    }
    const partial = { weekdays, perWeek };
    const lostBefore = [0];
    for (const [a, b] of merged) lostBefore.push(lostBefore[lostBefore.length - 1]! + weekdaysIn(partial, a, b + 1));
    return { weekdays, perWeek, holidays: merged, lostBefore, allDays: perWeek === 7 && merged.length === 0 };
}

/** Working weekdays (ignoring holidays) in [from, to). */
function weekdaysIn(cal: { weekdays: readonly boolean[]; perWeek: number }, from: IsoDay, to: IsoDay): number {
    if (to <= from) return 0;
    const span = to - from;
    const weeks = Math.floor(span / 7);
    let count = weeks * cal.perWeek;
    for (let d = from + weeks * 7; d < to; d++) if (cal.weekdays[isoWeekday(d)]) count++;
    return count;
}

/** Index of the last holiday range starting on or before `day`, −1 when none. */
function rangeAtOrBefore(cal: WorkCalendar, day: IsoDay): number {
    let lo = 0, hi = cal.holidays.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cal.holidays[mid]![0] <= day) lo = mid + 1; else hi = mid;
    }
    return lo - 1;
}

function lostTotal(cal: WorkCalendar): number {
    return cal.lostBefore[cal.lostBefore.length - 1] ?? 0;
}

/** Working weekdays lost to holidays before `day` (holiday days < day). */
function lostBefore(cal: WorkCalendar, day: IsoDay): number {
    const i = rangeAtOrBefore(cal, day - 1);
    if (i < 0) return 0;
    const [a, b] = cal.holidays[i]!;
    return cal.lostBefore[i]! + weekdaysIn(cal, a, Math.min(b + 1, day));
}

export function isWorkingDay(cal: WorkCalendar, day: IsoDay): boolean {
    if (cal.allDays) return true;
    if (!cal.weekdays[isoWeekday(day)]) return false;
    const i = rangeAtOrBefore(cal, day);
    return i < 0 || cal.holidays[i]![1] < day;
}

/** Working days in [from, to); 0 when `to ≤ from`. */
export function countWorkingDays(cal: WorkCalendar, from: IsoDay, to: IsoDay): number {
    if (to <= from) return 0;
    if (cal.allDays) return to - from;
    return weekdaysIn(cal, from, to) - (lostBefore(cal, to) - lostBefore(cal, from));
}

/** The first working day on or after `day` (spec §11: a start moves forward to it). */
export function nextWorkingDay(cal: WorkCalendar, day: IsoDay): IsoDay {
    let d = clampIsoDay(day);
    if (cal.allDays) return d;
    for (let guard = 0; guard < 8 + 2 * cal.holidays.length && d < MAX_ISO_DAY; guard++) {
        if (!cal.weekdays[isoWeekday(d)]) { d++; continue; }
        const i = rangeAtOrBefore(cal, d);
        if (i >= 0 && cal.holidays[i]![1] >= d) { d = cal.holidays[i]![1] + 1; continue; }
        return d;
    }
    return d;
}

/** The last working day on or before `day`. */
export function previousWorkingDay(cal: WorkCalendar, day: IsoDay): IsoDay {
    let d = clampIsoDay(day);
    if (cal.allDays) return d;
    for (let guard = 0; guard < 8 + 2 * cal.holidays.length && d > MIN_ISO_DAY; guard++) {
        if (!cal.weekdays[isoWeekday(d)]) { d--; continue; }
        const i = rangeAtOrBefore(cal, d);
        if (i >= 0 && cal.holidays[i]![1] >= d) { d = cal.holidays[i]![0] - 1; continue; }
        return d;
    }
    return d;
}

/**
 * The working day reached after `n` working days counted from `day` (moved to a working day
 * first): `n` = 0 gives that day; `n` = 1 the next working day. This is the finish of work of
 * `n` working days that starts on `day`, and the start of a successor lagging `n` days.
 */
export function addWorkingDays(cal: WorkCalendar, day: IsoDay, n: number): IsoDay {
    const start = nextWorkingDay(cal, day);
    const count = Math.max(0, Math.round(Math.min(4e8, n)));
    if (count === 0 || cal.allDays) return clampIsoDay(start + count);
    // The smallest d with countWorkingDays(start, d) = count (the day after the last day of work),
    // then the next working day from d. Binary search between safe bounds.
    let lo = start + count;
    const hi0 = Math.min(MAX_ISO_DAY, start + Math.ceil((count + lostTotal(cal)) / cal.perWeek + 1) * 7);
    if (countWorkingDays(cal, start, hi0) < count) return MAX_ISO_DAY;
    let hi = hi0;
    while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        if (countWorkingDays(cal, start, mid) >= count) hi = mid; else lo = mid + 1;
    }
    return nextWorkingDay(cal, lo);
}

/** The working day `n` working days before `day` (the inverse of `addWorkingDays` on working days). */
export function subtractWorkingDays(cal: WorkCalendar, day: IsoDay, n: number): IsoDay {
    const count = Math.max(0, Math.round(Math.min(4e8, n)));
    if (cal.allDays) return clampIsoDay(day - count);
    if (count === 0) return nextWorkingDay(cal, day);
    // Work ending by `day` has its last day before the working day on or before `day`: the
    // largest s with countWorkingDays(s, end) ≥ count.
    const end = previousWorkingDay(cal, day);
    let hi = end - count;
    let lo = Math.max(MIN_ISO_DAY, end - Math.ceil((count + lostTotal(cal)) / cal.perWeek + 1) * 7);
    if (countWorkingDays(cal, lo, end) < count) return MIN_ISO_DAY;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (countWorkingDays(cal, mid, end) >= count) lo = mid; else hi = mid - 1;
    }
    return nextWorkingDay(cal, lo);
}

/** A day-unit duration in working days: weeks count workdays-per-week days each. */
function workingDaysOf(cal: WorkCalendar, duration: Duration): number {
    const amount = Number.isFinite(duration.amount) ? Math.max(0, duration.amount) : 0;
    return duration.inWeeks ? (amount / 7) * cal.perWeek : amount;
}

/** The finish of work of `duration` that starts on `start` (spec §11; §14 item 10 for months). */
export function finishOfWork(cal: WorkCalendar, start: IsoDay, duration: Duration): IsoDay {
    if (cal.allDays) return addDuration(start, duration);
    const from = nextWorkingDay(cal, start);
    if (duration.unit === 'months') return nextWorkingDay(cal, addDuration(from, duration));
    return addWorkingDays(cal, from, workingDaysOf(cal, duration));
}

/** The latest start whose `finishOfWork` is on or before `finish` (the backward pass). */
export function latestStartOfWork(cal: WorkCalendar, finish: IsoDay, duration: Duration): IsoDay {
    if (cal.allDays) return subtractDuration(finish, duration);
    if (duration.unit === 'months') return previousWorkingDay(cal, subtractDuration(finish, duration));
    const n = Math.round(workingDaysOf(cal, duration));
    if (n === 0) return previousWorkingDay(cal, finish);
    return subtractWorkingDays(cal, finish, n);
}

/**
 * The earliest start a lag allows after a predecessor's `finish` (spec §11 Lags, §14 item 10):
 * `+ N` waits N working days (months: calendar months, then the next working day); `- N` is a
 * lead of N working days before the finish. The caller keeps the result at or after the plan start.
 */
export function startAfterLag(cal: WorkCalendar, finish: IsoDay, lag: Lag | null | undefined): IsoDay {
    if (!lag) return finish;
    const { sign, duration } = lag;
    if (duration.unit === 'months') {
        const moved = addDuration(finish, { amount: sign * Math.max(0, duration.amount), unit: 'months' });
        return nextWorkingDay(cal, moved);
    }
    const n = workingDaysOf(cal, duration);
    return sign > 0 ? addWorkingDays(cal, finish, n) : subtractWorkingDays(cal, finish, n);
}

/** The latest predecessor finish whose `startAfterLag` is on or before `start` (the backward pass). */
export function latestFinishBeforeLag(cal: WorkCalendar, start: IsoDay, lag: Lag | null | undefined): IsoDay {
    if (!lag) return start;
    const { sign, duration } = lag;
    if (duration.unit === 'months') {
        return previousWorkingDay(cal, addDuration(start, { amount: -sign * Math.max(0, duration.amount), unit: 'months' }));
    }
    const n = workingDaysOf(cal, duration);
    return sign > 0 ? latestStartOfWork(cal, start, { amount: n, unit: 'days' }) : addWorkingDays(cal, start, n);
}
