/**
 * Cost and benefit lines placed on the final schedule (spec §5, §14.2–3): anchored lines
 * (`once at start`, `once at go-live`, `yearly from go-live`) get the plan years of their
 * candidate's work, and the findings `outside-horizon` and `benefit-before-go-live`.
 */
import type { Candidate, Flow, IsoDay } from '../model/plan-model.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';
import { formatIsoDay } from './calendar.js';
import { goLiveDay, planYearOf } from './go-live.js';
import type { Finding } from './plan-analysis.js';

/** Where a scheduled candidate's work sits in plan years. */
export interface WorkYears {
    /** The plan year in which its work starts. */
    startYear: number;
    goLiveDay: IsoDay;
    /** The plan year of its go-live, g. */
    goLiveYear: number;
}

/**
 * The plan years of a scheduled candidate's start and go-live, counted from the plan's declared
 * start (§14.1). `goLive` is the final go-live (§14.2: under a working calendar, or moved by a
 * change freeze, the schedule knows it); by default `finish − 1 day`.
 */
export function workYearsOf(planStartDay: IsoDay, item: { startDay: IsoDay; finishDay: IsoDay }, goLive: IsoDay = goLiveDay(item.startDay, item.finishDay)): WorkYears {
    return { startYear: planYearOf(planStartDay, item.startDay), goLiveDay: goLive, goLiveYear: planYearOf(planStartDay, goLive) };
}

/**
 * The flows with every anchor replaced by its plan year: `at start` → the start year,
 * `at go-live` → g, `from go-live` → g + 1. Without a schedule (`work` null: deferred, or a plan
 * without `start`) anchored flows keep the defaults of §2. Unanchored flows are returned as they are.
 */
export function placeFlows(flows: readonly Flow[], work: WorkYears | null): Flow[] {
    return flows.map(flow => {
        if (!flow.anchor) return flow;
        if (flow.timing === 'once') {
            const year = work === null ? null : flow.anchor === 'start' ? work.startYear : work.goLiveYear;
            return { ...flow, year, anchor: null };
        }
        return { ...flow, fromYear: work === null ? null : work.goLiveYear + 1, anchor: null };
    });
}

/** The first year of a placed flow, with the defaults of §2 (once: cost 0, benefit 1; yearly: 1). */
function firstYear(flow: Flow): number {
    if (flow.timing === 'once') return flow.year ?? (flow.kind === 'cost' ? 0 : 1);
    return flow.fromYear ?? 1;
}


/**
 * `outside-horizon` (a line whose year, or whole yearly range, lies after the horizon H, or an
 * anchored yearly range that ends before it starts) and `benefit-before-go-live` (an unanchored
 * benefit of a scheduled candidate that starts before g, once, or before g + 1, yearly).
 * `written` are the candidate's flows as written, `placed` the same flows after `placeFlows`.
 */
export function flowTimingFindings(candidate: Candidate, placed: readonly Flow[], work: WorkYears | null, horizon: number): Finding[] {
    const findings: Finding[] = [];
    candidate.flows.forEach((written, index) => {
        const flow = placed[index]!;
        const first = firstYear(flow);
        const last = flow.timing === 'yearly' ? flow.toYear ?? horizon : first;
        const outsideHorizon = first > horizon || (!!written.anchor && first > last);
        const beforeGoLive = written.kind === 'benefit' && !written.anchor && work !== null
            && first < (written.timing === 'once' ? work.goLiveYear : work.goLiveYear + 1);
        // Most lines have no finding: their finding objects are not built (issue 21, garbage per analysis).
        if (!outsideHorizon && !beforeGoLive) return;
        const at = { source: flow.timingSource ?? flow.source, candidate: candidate.name, kind: flow.kind, timing: flow.timing, firstYear: first };
        if (outsideHorizon) {
            const outside = { ...at, severity: severityOf[DiagnosticCode.OutsideHorizon], code: DiagnosticCode.OutsideHorizon, horizonYears: horizon };
            findings.push({ ...outside, lastYear: first > horizon ? null : last });
        }
        if (!beforeGoLive || work === null) return;
        findings.push({
            ...at, severity: severityOf[DiagnosticCode.BenefitBeforeGoLive], code: DiagnosticCode.BenefitBeforeGoLive,
            goLive: formatIsoDay(work.goLiveDay), goLiveYear: work.goLiveYear,
        });
    });
    return findings;
}
