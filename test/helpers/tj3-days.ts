/**
 * tj3's dates read as hitp's (spec §11 "a finish is the first working day after the last day of
 * work"): under a working calendar the exported project works 0:00–24:00 on working days, so tj3
 * ends a task, and places a zero-length task, at the midnight after its last day of work, which
 * may be a weekend or holiday; hitp's date is the next working day. Without a calendar it is the same day.
 */
import { formatIsoDay, parseIsoDay } from '../../language-server/analysis/calendar.js';
import type { CalendarAnalysis } from '../../language-server/analysis/plan-analysis.js';
import { makeCalendar, nextWorkingDay } from '../../language-server/analysis/working-calendar.js';

const WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function hitpDayOfTj3(calendar: CalendarAnalysis | null | undefined): (day: string | undefined) => string | undefined {
    if (!calendar) return day => day;
    const cal = makeCalendar(calendar.workdays.map(name => WEEKDAYS.indexOf(name)),
        calendar.holidays.map(h => ({ fromDay: parseIsoDay(h.from)!, toDay: parseIsoDay(h.to)! })));
    return day => (day === undefined ? undefined : formatIsoDay(nextWorkingDay(cal, parseIsoDay(day)!)));
}
