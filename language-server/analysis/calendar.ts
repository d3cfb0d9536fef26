/**
 * ISO-day arithmetic (spec §1 dates and durations, §2 Schedule).
 *
 * An `IsoDay` is a whole number of days since 1970-01-01 (UTC). Calendar-month
 * arithmetic goes through date-fns on a `UTCDate`, so no result ever depends on
 * the local time zone of the machine (DST changes included).
 *
 * Every function here is total: it never throws and never returns NaN or Infinity.
 * Results are clamped to the range a JavaScript `Date` can represent
 * (±100 000 000 days around 1970, about ±273 790 years).
 */
import { addMonths } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import type { Duration, IsoDay } from '../model/plan-model.js';

const MS_PER_DAY = 86_400_000;

/** The earliest and latest representable ISO days (the limits of `Date`). */
export const MIN_ISO_DAY: IsoDay = -100_000_000;
export const MAX_ISO_DAY: IsoDay = 100_000_000;

/** Days assumed per month for the fractional part of a `N months` duration. */
export const DAYS_PER_MONTH_FRACTION = 30;

/** Clamps to a whole, representable ISO day; NaN becomes 0 (1970-01-01). */
export function clampIsoDay(day: number): IsoDay {
    if (Number.isNaN(day)) return 0;
    return Math.min(MAX_ISO_DAY, Math.max(MIN_ISO_DAY, Math.floor(day)));
}

function finiteOrZero(value: number): number {
    return Number.isFinite(value) ? value : 0;
}

/** Spec §1 dates: the parser lives with the other literal parsers (model/units.ts). */
import { parseIsoDay } from '../model/units.js';

export { parseIsoDay };

function pad(value: number, width: number): string {
    return String(value).padStart(width, '0');
}

/**
 * Formats an ISO day as `YYYY-MM-DD` (UTC). Years outside 0000–9999 (only reachable
 * through absurd durations) print with as many digits as needed and a leading `-` when negative.
 */
export function formatIsoDay(day: IsoDay): string {
    const date = new Date(clampIsoDay(day) * MS_PER_DAY);
    const year = date.getUTCFullYear();
    const yearText = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
    return `${yearText}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Whole days from `a` to `b` (b − a), positive when `b` is later. */
export function daysBetween(a: IsoDay, b: IsoDay): number {
    return clampIsoDay(b) - clampIsoDay(a);
}

/** Days from `before` to `after` (ISO dates, as the analysis reports them); null when either is missing or not a date. */
export function dateChangeDays(before: string | null, after: string | null): number | null {
    const from = before === null ? null : parseIsoDay(before);
    const to = after === null ? null : parseIsoDay(after);
    return from === null || to === null ? null : daysBetween(from, to);
}

/** Adds whole calendar months, clamping to the month end (2027-01-31 + 1 month = 2027-02-28). */
function addWholeMonths(day: IsoDay, months: number): IsoDay {
    if (months === 0) return day;
    const result = addMonths(new UTCDate(day * MS_PER_DAY), months).getTime();
    if (Number.isFinite(result)) return clampIsoDay(Math.round(result / MS_PER_DAY));
    // Beyond the range of Date: saturate in the direction of travel.
    return months > 0 ? MAX_ISO_DAY : MIN_ISO_DAY;
}

/** A duration's months split into whole months and leftover days (see `addDuration`). */
function monthParts(amount: number): { months: number; days: number } {
    // Anything longer than the whole representable range saturates; this keeps date-fns in range.
    const bounded = Math.max(-4_000_000, Math.min(4_000_000, amount));
    const months = Math.trunc(bounded);
    return { months, days: Math.round((bounded - months) * DAYS_PER_MONTH_FRACTION) };
}

/**
 * `day` + `duration` (spec §1 durations):
 * - `days` (weeks are already 7 × N days): the amount is rounded to whole days with
 *   `Math.round` (1.5 weeks = 10.5 days → 11 days);
 * - `months`: whole calendar months, clamped to the month end (2027-01-31 + 1 month =
 *   2027-02-28); a fractional part counts 30 days per month, rounded
 *   (2027-01-04 + 1.5 months = 2027-02-04 + 15 days = 2027-02-19).
 * Non-finite amounts count as 0; results are clamped to the representable range.
 */
export function addDuration(day: IsoDay, duration: Duration): IsoDay {
    const start = clampIsoDay(day);
    const amount = finiteOrZero(duration.amount);
    if (duration.unit === 'months') {
        const { months, days } = monthParts(amount);
        return clampIsoDay(addWholeMonths(start, months) + days);
    }
    return clampIsoDay(start + Math.round(Math.max(-4e8, Math.min(4e8, amount))));
}

/**
 * The latest start `s` with `addDuration(s, duration) ≤ day`: the backward-pass inverse
 * of `addDuration` (spec §2 Schedule, late start = late finish − duration).
 * For day durations this is `day − days`. For months it differs from naive subtraction
 * at month ends: 2027-02-28 − 1 month = 2027-01-31, because 2027-01-31 + 1 month is 2027-02-28.
 * Assumes a non-negative duration (the schedule never uses negative ones).
 */
export function subtractDuration(day: IsoDay, duration: Duration): IsoDay {
    const finish = clampIsoDay(day);
    const amount = finiteOrZero(duration.amount);
    if (duration.unit !== 'months') {
        return clampIsoDay(finish - Math.round(Math.max(-4e8, Math.min(4e8, amount))));
    }
    const { months, days } = monthParts(amount);
    // addDuration = (whole months) then (+ days), so invert the days first.
    const target = clampIsoDay(finish - days);
    let start = addWholeMonths(target, -months);
    // Month-end clamping makes addWholeMonths non-injective: step to the latest start that still fits.
    // Months differ by at most 3 days, so this loop runs at most a few times.
    for (let step = 0; step < 4 && start < MAX_ISO_DAY; step++) {
        if (addWholeMonths(start + 1, months) > target) break;
        start += 1;
    }
    return start;
}
