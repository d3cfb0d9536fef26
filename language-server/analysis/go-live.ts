/**
 * A candidate's go-live (spec §5, §14 item 2): its last day of work, `finish − 1 day`, or under a
 * working calendar (§11) the last working day before its finish; never earlier than its start.
 */
import type { IsoDay } from '../model/plan-model.js';
import { ALL_DAYS, previousWorkingDay, type WorkCalendar } from './working-calendar.js';

export function goLiveDay(startDay: IsoDay, finishDay: IsoDay, calendar: WorkCalendar = ALL_DAYS): IsoDay {
    return Math.max(startDay, previousWorkingDay(calendar, finishDay - 1));
}
