/**
 * A candidate's actuals (spec §9, §14 item 12): which `started`, `finished` and `progress` lines
 * can be used, the `invalid-value` findings for those that cannot, and the dates they fix in the
 * schedule (actual and forecast dates), derived from the baseline schedule.
 */
import type { Candidate, IsoDay } from '../model/plan-model.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';
import { formatIsoDay } from './calendar.js';
import type { Finding } from './plan-analysis.js';
import type { ScheduleCandidate, ScheduledItem } from './schedule.js';
import { ALL_DAYS, addWorkingDays, countWorkingDays, subtractWorkingDays, type WorkCalendar } from './working-calendar.js';

/** The actuals of one candidate that the schedule uses; null where a line is missing or invalid. */
export interface UsableActuals {
    startedDay: IsoDay | null;
    finishedDay: IsoDay | null;
    /** A fraction 0..1; null when not given (counts as 0%) or unusable. */
    progress: number | null;
}

type InvalidActual = Extract<Finding, { code: 'invalid-value' }>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function invalid(facts: DistributiveOmit<InvalidActual, 'code' | 'severity' | 'source'>, source: Finding['source']): Finding {
    return { severity: severityOf[DiagnosticCode.InvalidValue], code: DiagnosticCode.InvalidValue, ...facts, source } as Finding;
}

/**
 * Judges each candidate's actual lines against each other and the status date (spec §9):
 * `progress` needs the plan's `status` and a `started` date and must be 0%..100%; a `started` or
 * `finished` date must not be after the status date; `finished` must not be before `started`.
 * An invalid line is reported (`invalid-value`, on its value) and left out.
 */
export function judgeActuals(candidates: readonly Candidate[], statusDay: IsoDay | null): { actuals: Map<string, UsableActuals>; findings: Finding[] } {
    const findings: Finding[] = [];
    const actuals = new Map<string, UsableActuals>();
    const status = statusDay === null ? '' : formatIsoDay(statusDay);
    for (const candidate of candidates) {
        const { started, finished, progress } = candidate;
        if (!started && !finished && !progress) continue;
        let startedDay = started?.day ?? null;
        let finishedDay = finished?.day ?? null;
        let progressValue = progress?.value ?? null;
        if (started && statusDay !== null && started.day > statusDay) {
            findings.push(invalid({ actual: 'started-after-status', date: formatIsoDay(started.day), status }, started.source));
            startedDay = null;
        }
        if (finished && statusDay !== null && finished.day > statusDay) {
            findings.push(invalid({ actual: 'finished-after-status', date: formatIsoDay(finished.day), status }, finished.source));
            finishedDay = null;
        } else if (finished && startedDay !== null && finished.day < startedDay) {
            findings.push(invalid({ actual: 'finished-before-started', date: formatIsoDay(finished.day), started: formatIsoDay(startedDay) }, finished.source));
            finishedDay = null;
        }
        if (progress) {
            if (progress.value < 0 || progress.value > 1) {
                findings.push(invalid({ actual: 'progress-out-of-range', progress: progress.value }, progress.source));
                progressValue = null;
            } else if (statusDay === null) {
                findings.push(invalid({ actual: 'progress-without-status', progress: progress.value }, progress.source));
                progressValue = null;
            } else if (!started) {
                findings.push(invalid({ actual: 'progress-without-started', progress: progress.value }, progress.source));
                progressValue = null;
            }
        }
        actuals.set(candidate.name, { startedDay, finishedDay, progress: progressValue });
    }
    return { actuals, findings };
}

/** `x` rounded to a whole number, halves up (spec §9); a tiny tolerance absorbs binary noise (0.5 stays 0.5). */
export function roundHalfUp(x: number): number {
    return Math.floor(x + 0.5 + 1e-9);
}

/** A started, unfinished candidate: its actual start, the status date (null: none) and its progress (0 when not given). */
export interface StartedWork {
    startDay: IsoDay;
    statusDay: IsoDay | null;
    progress: number;
}

/**
 * A started, unfinished candidate's finish for a planned duration of D days (spec §9, §14 items 8
 * and 12): `status + round((1 − progress) × D)`, never before S + 1 day; without a status date S + D.
 * Under a working calendar (§11) D and the days added are working days. The deterministic schedule
 * gives D from the baseline, the simulation a drawn D.
 */
export function startedFinishDay(work: StartedWork, plannedDays: number, cal: WorkCalendar = ALL_DAYS): IsoDay {
    if (work.statusDay === null) return addWorkingDays(cal, work.startDay, plannedDays);
    const forecast = addWorkingDays(cal, work.statusDay, roundHalfUp((1 - work.progress) * plannedDays));
    return Math.max(forecast, addWorkingDays(cal, work.startDay, 1));
}

/** The candidate's started work when it has started and not finished; null otherwise. */
export function startedWork(actual: UsableActuals | undefined, statusDay: IsoDay | null): StartedWork | null {
    if (!actual || actual.finishedDay !== null || actual.startedDay === null) return null;
    return { startDay: actual.startedDay, statusDay, progress: actual.progress ?? 0 };
}

/**
 * The dates a candidate's actuals fix in the schedule (spec §9, §14 item 12), with D its planned
 * duration in days (baseline start to baseline finish; working days under a calendar, §11):
 * - finished F: it ran from its `started` date (or F − D) to F;
 * - started S, unfinished: it finishes at `status + round((1 − progress) × D)`, never before S + 1
 *   day; without a status date at S + D;
 * - not started: with a status date it starts no earlier than that day.
 */
export function actualScheduleFields(
    actual: UsableActuals | undefined, baseline: ScheduledItem | undefined, statusDay: IsoDay | null, cal: WorkCalendar = ALL_DAYS,
): Pick<ScheduleCandidate, 'fixed' | 'notBeforeDay'> {
    const plannedDays = baseline ? countWorkingDays(cal, baseline.startDay, baseline.finishDay) : 0;
    if (actual?.finishedDay !== null && actual?.finishedDay !== undefined) {
        const finishDay = actual.finishedDay;
        return { fixed: { startDay: actual.startedDay ?? subtractWorkingDays(cal, finishDay, plannedDays), finishDay, final: true } };
    }
    const started = startedWork(actual, statusDay);
    if (started) return { fixed: { startDay: started.startDay, finishDay: startedFinishDay(started, plannedDays, cal) } };
    return { notBeforeDay: statusDay };
}

/** Whether the candidate has started (by a usable `started` or `finished` line). */
export function hasStarted(actual: UsableActuals | undefined): boolean {
    return actual !== undefined && (actual.startedDay !== null || actual.finishedDay !== null);
}
