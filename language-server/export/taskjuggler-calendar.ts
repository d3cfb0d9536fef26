/**
 * The working calendar and the lags of spec §11 in a TaskJuggler 3.7 project (spec §12, §14.14).
 *
 * Each working weekday works 24 hours (`dailyworkinghours 24`), so tj3's `1d` of `length` and
 * `gaplength` is one working day, as hitp counts them, and a task ends at the midnight after its
 * last day of work; holidays are `leaves holiday`. A plan where every day works keeps the 24/7
 * project of calendar days (`duration`). Lags: `+ N days` is `gaplength Nd`; a lead of N working
 * days before a predecessor of L working days is `onstart gaplength (L−N)d`. A lag in months, a
 * fractional one, a lead longer than its predecessor, or several lags to one predecessor have no
 * tj3 rule: the successor then gets a fixed start (`null` below).
 */
import { formatIsoDay, parseIsoDay } from '../analysis/calendar.js';
import { countWorkingDays, type WorkCalendar } from '../analysis/working-calendar.js';
import type { Lag } from '../model/plan-model.js';

const TJ_DAYS = ['', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The project's working-time lines (inside `project { }`). */
export function tjWorkingHours(cal: WorkCalendar): string[] {
    if (cal.allDays) return ['  dailyworkinghours 24', '  workinghours mon - sun 0:00 - 24:00'];
    const on = [1, 2, 3, 4, 5, 6, 7].filter(d => cal.weekdays[d]).map(d => TJ_DAYS[d]);
    const off = [1, 2, 3, 4, 5, 6, 7].filter(d => !cal.weekdays[d]).map(d => TJ_DAYS[d]);
    return ['  dailyworkinghours 24', `  workinghours ${on.join(', ')} 0:00 - 24:00`, ...(off.length > 0 ? [`  workinghours ${off.join(', ')} off`] : [])];
}

/** `leaves holiday` lines for the holidays inside the project's window [from, to). */
export function tjHolidays(cal: WorkCalendar, from: string, to: string): string[] {
    const first = parseIsoDay(from);
    const last = parseIsoDay(to);
    if (first === null || last === null) return [];
    return cal.holidays
        .map(([a, b]) => [Math.max(a, first), Math.min(b, last - 1)] as const)
        .filter(([a, b]) => a <= b)
        .map(([a, b], i) => `leaves holiday "Holiday ${i + 1}" ${formatIsoDay(a)} +${b - a + 1}d`);
}

/** Working days from `from` to `to` (ISO dates): a task's tj3 length. */
export function tjWorkingDays(cal: WorkCalendar, from: string, to: string): number {
    const a = parseIsoDay(from);
    const b = parseIsoDay(to);
    return a === null || b === null || b <= a ? 0 : countWorkingDays(cal, a, b);
}

/** `duration Nd` (calendar days) or `length Nd` (working days); `milestone` for none (tj3 refuses a zero length). */
export function tjLength(cal: WorkCalendar, days: number): string {
    return days > 0 ? `${cal.allDays ? 'duration' : 'length'} ${days}d` : 'milestone';
}

/** A lag in whole working days (negative for a lead), or null when tj3 has no rule for it. */
function lagDays(cal: WorkCalendar, lag: Lag): number | null {
    const { duration } = lag;
    if (duration.unit === 'months') return null;
    const days = duration.inWeeks ? (duration.amount / 7) * cal.perWeek : duration.amount;
    return Number.isInteger(days) && days >= 0 ? lag.sign * days : null;
}

/** How one predecessor is written: its `depends` entry (null: left out) and whether the successor needs a fixed start. */
export interface TjLink {
    depends: string | null;
    fixedStart: boolean;
}

/**
 * The link to predecessor `id` (of `predecessorDays` working days) from the lags of the `after`
 * references to it (null for a reference without one). Without a tj3 rule the successor gets a
 * fixed start, and the link stays plain unless it is a lead (tj3 would refuse the early start).
 */
export function tjLink(cal: WorkCalendar, id: string, lags: ReadonlyArray<Lag | null | undefined>, predecessorDays: number): TjLink {
    const noRule: TjLink = { depends: lags.some(lag => lag?.sign === -1) ? null : id, fixedStart: true };
    if (new Set(lags.map(lag => JSON.stringify(lag ?? null))).size !== 1) return noRule;
    const lag = lags[0];
    if (!lag) return { depends: id, fixedStart: false };
    const days = lagDays(cal, lag);
    if (days === null) return noRule;
    if (days >= 0) return { depends: days > 0 ? `${id} { gaplength ${days}d }` : id, fixedStart: false };
    const gap = predecessorDays + days;
    if (gap < 0) return noRule;
    return { depends: gap > 0 ? `${id} { onstart gaplength ${gap}d }` : `${id} { onstart }`, fixedStart: false };
}
