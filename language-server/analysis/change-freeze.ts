/**
 * Change freezes (spec §11, §14 item 9): a go-live inside a freeze window (inclusive) moves to
 * the first working day after the window, and the finish to the next working day after that;
 * the move repeats until the go-live lies outside every window. The start never moves.
 */
import type { IsoDay } from '../model/plan-model.js';
import { goLiveDay } from './go-live.js';
import { addWorkingDays, nextWorkingDay, type WorkCalendar } from './working-calendar.js';

/** An inclusive window of days in which nothing may go live. */
export interface FreezeWindow {
    fromDay: IsoDay;
    toDay: IsoDay;
}

export interface FreezeMove {
    /** The go-live before the move, and after it. */
    fromGoLive: IsoDay;
    toGoLive: IsoDay;
    /** The finish after the move (the working day after the new go-live). */
    finishDay: IsoDay;
    /** Indexes of the windows the go-live was moved out of, in the order they moved it. */
    windows: number[];
}

/**
 * The freeze move of work that runs [startDay, finishDay), or null when its go-live lies outside
 * every window. Windows that end before they start are ignored.
 */
export function moveOutOfFreezes(startDay: IsoDay, finishDay: IsoDay, windows: readonly FreezeWindow[], calendar: WorkCalendar): FreezeMove | null {
    if (windows.length === 0) return null;
    const fromGoLive = goLiveDay(startDay, finishDay, calendar);
    let goLive = fromGoLive;
    const crossed: number[] = [];
    // Each pass moves the go-live past at least one window, so it ends after at most one pass per window.
    for (let pass = 0; pass <= windows.length; pass++) {
        const hit = windows.findIndex(w => w.fromDay <= w.toDay && w.fromDay <= goLive && goLive <= w.toDay);
        if (hit < 0) break;
        crossed.push(hit);
        goLive = nextWorkingDay(calendar, windows[hit]!.toDay + 1);
    }
    if (crossed.length === 0) return null;
    return { fromGoLive, toGoLive: goLive, finishDay: addWorkingDays(calendar, goLive, 1), windows: crossed };
}
