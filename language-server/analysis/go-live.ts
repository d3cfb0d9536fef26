/**
 * Go-live days and plan years (spec §5, Money follows the schedule).
 *
 * A candidate's go-live is its last day of work; the plan year of a date D is the largest
 * t ≥ 0 with `start + t years ≤ D`, where `start + t years` is computed directly from the
 * plan's start with date-fns `addYears` (29 February + 1 year = 28 February, + 4 years = 29 February).
 * Pure and total: never throws, never returns NaN.
 */
import { addYears } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import type { IsoDay } from '../model/plan-model.js';
import { clampIsoDay, MAX_ISO_DAY } from './calendar.js';
import { ALL_DAYS, previousWorkingDay, type WorkCalendar } from './working-calendar.js';

const MS_PER_DAY = 86_400_000;
/** The mean Gregorian year, for a first guess that `addYears` then corrects. */
const DAYS_PER_YEAR = 365.2425;

/**
 * A candidate's go-live (spec §5, §14.2): its last day of work, `finish − 1 day`, or under a
 * working calendar (§11) the last working day before its finish; never earlier than its start
 * (work of zero length goes live on its start day).
 */
export function goLiveDay(startDay: IsoDay, finishDay: IsoDay, calendar: WorkCalendar = ALL_DAYS): IsoDay {
    return Math.max(clampIsoDay(startDay), previousWorkingDay(calendar, clampIsoDay(finishDay) - 1));
}

/** `start + years` as an ISO day: date-fns `addYears` in UTC, clamped to the representable range. */
export function addPlanYears(startDay: IsoDay, years: number): IsoDay {
    if (years === 0) return clampIsoDay(startDay);
    if (!Number.isInteger(years) || years < 1 || years > MEMO_YEARS) return dateFnsPlanYears(startDay, years);
    let days = planYearsFrom.get(startDay);
    if (!days) {
        if (planYearsFrom.size >= MEMO_STARTS) planYearsFrom.clear();
        days = new Float64Array(MEMO_YEARS + 1).fill(Number.NaN);
        planYearsFrom.set(startDay, days);
    }
    if (Number.isNaN(days[years]!)) days[years] = dateFnsPlanYears(startDay, years);
    return days[years]!;
}

/**
 * `addPlanYears` of the first years after each start day seen lately (issue 21): every candidate's
 * start and go-live asks for the same few plan years, and each date-fns call builds dates.
 */
const planYearsFrom = new Map<IsoDay, Float64Array>();
const MEMO_YEARS = 200;
const MEMO_STARTS = 64;

function dateFnsPlanYears(startDay: IsoDay, years: number): IsoDay {
    const result = addYears(new UTCDate(clampIsoDay(startDay) * MS_PER_DAY), years).getTime();
    return Number.isFinite(result) ? clampIsoDay(Math.round(result / MS_PER_DAY)) : MAX_ISO_DAY;
}

/**
 * The plan year of `day` (spec §5): the largest t ≥ 0 with `addYears(start, t) ≤ day`;
 * 0 for a day before the start.
 */
export function planYearOf(startDay: IsoDay, day: IsoDay): number {
    const start = clampIsoDay(startDay);
    const target = clampIsoDay(day);
    if (target <= start) return 0;
    // The mean-year guess is off by at most one; step until the definition holds.
    let t = Math.max(0, Math.floor((target - start) / DAYS_PER_YEAR));
    while (t > 0 && addPlanYears(start, t) > target) t -= 1;
    while (addPlanYears(start, t + 1) <= target && t < 300_000) t += 1;
    return t;
}
