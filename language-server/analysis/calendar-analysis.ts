/**
 * The faces of spec §11 in the analysis: the working calendar of a plan, the `freeze-moved`
 * findings, and the `teams` JSON (capacity, peak and utilisation of each team's pool).
 */
import type { Candidate, IsoDay, Lag, PlanModel } from '../model/plan-model.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';
import { formatIsoDay } from './calendar.js';
import type { LoadProfile } from './levelling.js';
import type { CalendarAnalysis, Finding, FreezeAnalysis, LagAnalysis, TeamAnalysis } from './plan-analysis.js';
import type { ScheduleResult } from './schedule.js';
import { ALL_DAYS, countWorkingDays, makeCalendar, type WorkCalendar } from './working-calendar.js';

const WEEKDAY_NAMES = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The plan's working calendar; every day works without `workdays` and `holiday`. */
export function calendarOf(model: PlanModel): WorkCalendar {
    const plan = model.plan;
    if (!plan || (!plan.workdays && (plan.holidays ?? []).length === 0)) return ALL_DAYS;
    return makeCalendar(plan.workdays, plan.holidays ?? []);
}

/** The calendar as the roadmap and the editor show it; null when every day works. */
export function calendarAnalysis(calendar: WorkCalendar, startDay: IsoDay | null, finishDay: IsoDay | null): CalendarAnalysis | null {
    if (calendar.allDays) return null;
    return {
        workdays: [1, 2, 3, 4, 5, 6, 7].filter(d => calendar.weekdays[d]).map(d => WEEKDAY_NAMES[d]!),
        holidays: calendar.holidays.map(([from, to]) => ({ from: formatIsoDay(from), to: formatIsoDay(to) })),
        workdaysPerWeek: calendar.perWeek,
        planWorkingDays: startDay !== null && finishDay !== null ? countWorkingDays(calendar, startDay, finishDay) : null,
    };
}

/** Working days in [start, finish) of a scheduled item; null when not scheduled. */
export function workingDaysOf(calendar: WorkCalendar, item: { startDay: IsoDay; finishDay: IsoDay } | undefined): number | null {
    return item ? countWorkingDays(calendar, item.startDay, item.finishDay) : null;
}

/** The freeze windows with their working days and the candidates each one moved. */
export function freezesAnalysis(model: PlanModel, schedule: ScheduleResult, calendar: WorkCalendar): FreezeAnalysis[] {
    return (model.freezes ?? []).map((f, i) => ({
        name: f.name, title: f.title, from: formatIsoDay(f.fromDay), to: formatIsoDay(f.toDay),
        workingDays: countWorkingDays(calendar, f.fromDay, f.toDay + 1),
        moved: [...schedule.freezeMoves].filter(([, move]) => move.windows.includes(i)).map(([name]) => name),
    }));
}

/** A lag as the JSON shows it: sign, amount and unit as written. */
export function lagAnalysis(lag: Lag | null | undefined): LagAnalysis | null {
    if (!lag) return null;
    const { duration } = lag;
    const unit = duration.unit === 'months' ? 'months' : duration.inWeeks ? 'weeks' : 'days';
    return { sign: lag.sign, amount: unit === 'weeks' ? duration.amount / 7 : duration.amount, unit };
}

/** Info `freeze-moved` for each candidate whose go-live a change freeze moved (spec §11). */
export function freezeFindings(model: PlanModel, schedule: ScheduleResult): Finding[] {
    const freezes = model.freezes ?? [];
    const byName = new Map<string, Candidate>(model.candidates.map(c => [c.name, c]));
    const findings: Finding[] = [];
    for (const [name, move] of schedule.freezeMoves) {
        const candidate = byName.get(name);
        if (!candidate) continue;
        findings.push({
            severity: severityOf[DiagnosticCode.FreezeMoved], code: DiagnosticCode.FreezeMoved, source: candidate.source,
            candidate: name, fromGoLive: formatIsoDay(move.fromGoLive), toGoLive: formatIsoDay(move.toGoLive),
            freezes: move.windows.map(i => freezes[i]!).map(f => ({ name: f.name, from: formatIsoDay(f.fromDay), to: formatIsoDay(f.toDay) })),
        });
    }
    return findings;
}

/** Mean load ÷ capacity over the working days of [from, to) (spec §14 item 11); null without capacity or days. */
function utilisationOf(load: LoadProfile, capacityFte: number | null, calendar: WorkCalendar, from: IsoDay, to: IsoDay): number | null {
    const days = countWorkingDays(calendar, from, to);
    if (capacityFte === null || !(capacityFte > 0) || days === 0) return null;
    const steps = load.steps();
    let fteDays = 0;
    steps.forEach((step, j) => {
        const end = steps[j + 1]?.day ?? step.day;
        fteDays += step.loadFte * countWorkingDays(calendar, Math.max(from, step.day), Math.min(to, end));
    });
    const utilisation = fteDays / (days * capacityFte);
    return Number.isFinite(utilisation) ? utilisation : null;
}

/** The `teams` JSON: one entry per team, its load from the final schedule. */
export function teamsAnalysis(model: PlanModel, schedule: ScheduleResult, calendar: WorkCalendar, startDay: IsoDay | null): TeamAnalysis[] {
    return (model.teams ?? []).map((team, t) => {
        const load = schedule.loads[t + 1];
        const steps = load ? load.steps() : [];
        const peak = steps.reduce((max, step) => Math.max(max, step.loadFte), 0);
        // Absurd efforts (1e308 FTE twice) overflow: the peak is then unknown, never Infinity.
        const peakFte = Number.isFinite(peak) ? peak : null;
        const utilisation = load && startDay !== null ? utilisationOf(load, team.capacityFte, calendar, startDay, schedule.finishDay) : null;
        return {
            name: team.name, title: team.title, capacityFte: team.capacityFte, peakFte, utilisation,
            load: steps.filter(step => Number.isFinite(step.loadFte)).map(step => ({ date: formatIsoDay(step.day), fte: step.loadFte })),
        };
    });
}
