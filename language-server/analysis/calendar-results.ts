/**
 * Spec §11 in the analysis result (`plan-analysis.ts`, which re-exports them): lags as written,
 * teams with their load, the working calendar and the change freezes.
 */

/** A lag as written: `+ 2 weeks` → { sign: 1, amount: 2, unit: 'weeks' }. */
export interface LagAnalysis {
    sign: 1 | -1;
    amount: number;
    unit: 'days' | 'weeks' | 'months';
}

/** Spec §11 `teams`: capacity, peak summed effort, mean load ÷ capacity over the plan's working days. */
export interface TeamAnalysis {
    name: string;
    title: string;
    capacityFte: number | null;
    /** null only when the summed effort overflows (absurd efforts such as 1e308 FTE). */
    peakFte: number | null;
    utilisation: number | null;
    /** Extra: the summed effort as a step function (from each date on, until the next). */
    load: Array<{ date: string; fte: number }>;
}

/** Extra (spec §11): the working calendar, when some day is not a working day. */
export interface CalendarAnalysis {
    /** Weekday names (`Mon` … `Sun`) that work. */
    workdays: string[];
    holidays: Array<{ from: string; to: string }>;
    workdaysPerWeek: number;
    /** Working days in [plan start, plan finish); null without a schedule. */
    planWorkingDays: number | null;
}

export interface FreezeAnalysis {
    name: string;
    title: string;
    from: string;
    to: string;
    /** Working days inside the window, and the candidates whose go-live it moved. */
    workingDays: number;
    moved: string[];
}
