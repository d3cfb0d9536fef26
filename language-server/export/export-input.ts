/**
 * What every exporter reads (spec §12): the analysis (the pinned JSON's numbers), the plan
 * model where an export needs what the analysis does not carry (a phase's own duration,
 * a milestone's `when` candidates), and the two facts that come from outside the plan.
 */
import type { PlanAnalysis } from '../analysis/plan-analysis.js';
import type { PlanModel } from '../model/plan-model.js';
import { formatIsoDay } from '../analysis/calendar.js';

export interface ExportInput {
    analysis: PlanAnalysis;
    model: PlanModel;
    /**
     * The plan part of iCalendar UIDs: the plan's name, or `<plan>.<scenario>` for a
     * scenario (spec §14.7).
     */
    planId: string;
    /** When the export is made (iCalendar's DTSTAMP); the only use of the clock, read by the caller. */
    stamp: Date;
}

/** Milliseconds in a day: ISO dates are UTC midnights. */
export const DAY_MS = 86_400_000;

/**
 * An analysis date (`YYYY-MM-DD`, or with more year digits for absurd durations) → whole days
 * since 1970-01-01; 0 for text that is not a date (the analysis never gives one).
 */
export function isoDayOf(iso: string): number {
    const match = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(iso);
    if (!match) return 0;
    const date = new Date(0);
    date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    return Number.isNaN(date.getTime()) ? 0 : Math.round(date.getTime() / DAY_MS);
}

/** `2027-01-04` → the UTC midnight of that day. */
export function utcDate(iso: string): Date {
    return new Date(isoDayOf(iso) * DAY_MS);
}

/** Whole calendar days from `from` to `to` (ISO dates). */
export function daysBetweenIso(from: string, to: string): number {
    return isoDayOf(to) - isoDayOf(from);
}

/** `2027-01-04` + `days` → ISO date. */
export function addDaysIso(iso: string, days: number): string {
    return formatIsoDay(isoDayOf(iso) + days);
}

/** A date an iCalendar DATE or a spreadsheet can hold: years 1000 to 9999. */
export function isFourDigitYear(iso: string): boolean {
    return /^[1-9]\d{3}-/.test(iso);
}

/** The candidates that have a schedule (funded, in a plan with a start), in rank order. */
export function scheduledCandidates(analysis: PlanAnalysis) {
    return analysis.candidates.filter((c): c is typeof c & { start: string; finish: string } => c.start !== null && c.finish !== null);
}

/**
 * A spreadsheet shows a text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
 * as a formula; a leading `'` makes it plain text (spec §12, OWASP "CSV injection").
 */
export function neutraliseFormula(text: string): string {
    return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** An export the plan cannot give (a usage problem: the CLI prints it as one line, exit 2). */
export class ExportError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'ExportError';
    }
}
