/**
 * Where the plan stands against its baseline and gates (spec §9): baseline dates and slip of
 * candidates, phases and the plan, and the warnings `behind-schedule` and `gate-failing`.
 * The baseline is the same schedule computed with every actual line ignored (`analyze-plan.ts`).
 */
import type { Candidate, IsoDay, Phase } from '../model/plan-model.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';
import { formatIsoDay } from './calendar.js';
import type { UsableActuals } from './actuals.js';
import type { Finding, GateAnalysis, KpiAnalysis, TrackingState } from './plan-analysis.js';
import type { ScheduledItem } from './schedule.js';

export interface BaselineFields {
    baselineStart: string | null;
    baselineFinish: string | null;
    slipDays: number | null;
}

/** Baseline dates and slip (finish − baseline finish, in days; negative when early). */
export function baselineFields(item: ScheduledItem | undefined, baseline: ScheduledItem | undefined): BaselineFields {
    return {
        baselineStart: baseline ? formatIsoDay(baseline.startDay) : null,
        baselineFinish: baseline ? formatIsoDay(baseline.finishDay) : null,
        slipDays: item && baseline ? item.finishDay - baseline.finishDay : null,
    };
}

/** How far a candidate is, by its usable actuals. */
export function trackingState(actual: UsableActuals | undefined): TrackingState {
    if (actual?.finishedDay !== null && actual?.finishedDay !== undefined) return 'finished';
    return actual?.startedDay !== null && actual?.startedDay !== undefined ? 'started' : 'planned';
}

/**
 * `behind-schedule`: a started, unfinished candidate whose forecast finish is later than its
 * baseline finish, on its `progress` value (or its `started` date), naming both dates.
 */
export function behindScheduleFindings(
    candidates: readonly Candidate[], actuals: ReadonlyMap<string, UsableActuals>,
    schedule: ReadonlyMap<string, ScheduledItem>, baseline: ReadonlyMap<string, ScheduledItem>,
): Finding[] {
    return candidates.flatMap((candidate): Finding[] => {
        const actual = actuals.get(candidate.name);
        const forecast = schedule.get(candidate.name);
        const planned = baseline.get(candidate.name);
        if (trackingState(actual) !== 'started' || !forecast || !planned || forecast.finishDay <= planned.finishDay) return [];
        const source = (actual!.progress !== null ? candidate.progress?.source : undefined) ?? candidate.started?.source ?? candidate.source;
        return [{
            severity: severityOf[DiagnosticCode.BehindSchedule], code: DiagnosticCode.BehindSchedule, source,
            candidate: candidate.name, forecastFinish: formatIsoDay(forecast.finishDay), baselineFinish: formatIsoDay(planned.finishDay),
            slipDays: forecast.finishDay - planned.finishDay,
        }];
    });
}

/**
 * `gate-failing`: as of the status date, a phase has finished (its finish ≤ status) and one of its
 * gate conditions fails on the value it is judged on (current, else baseline); one finding per
 * failing condition, on that condition. `gates` is `evaluateGates(phases, …)`, in the same order.
 */
export function gateFailingFindings(
    phases: readonly Phase[], gates: readonly GateAnalysis[], kpis: readonly KpiAnalysis[],
    schedule: ReadonlyMap<string, ScheduledItem>, statusDay: IsoDay | null,
): Finding[] {
    if (statusDay === null) return [];
    const kpiByName = new Map(kpis.map(k => [k.name, k]));
    const findings: Finding[] = [];
    let g = 0;
    for (const phase of phases) {
        const finish = schedule.get(phase.name)?.finishDay;
        for (const gate of phase.gates) {
            const analysis = gates[g++];
            if (finish === undefined || finish > statusDay || !analysis) continue;
            gate.conditions.forEach((condition, i) => {
                const judged = analysis.conditions[i];
                const kpi = kpiByName.get(condition.kpi);
                if (!judged || judged.passes !== false || !kpi) return;
                const measured = judged.current !== null;
                findings.push({
                    severity: severityOf[DiagnosticCode.GateFailing], code: DiagnosticCode.GateFailing, source: condition.source,
                    phase: phase.name, status: formatIsoDay(statusDay), kpi: condition.kpi,
                    value: (measured ? judged.current : judged.baseline)!, measuredOn: measured ? kpi.currentOn ?? '' : null,
                    comparator: condition.comparator, gateValue: condition.value, percent: kpi.percent, unit: kpi.unit ?? null,
                });
            });
        }
    }
    return findings;
}
