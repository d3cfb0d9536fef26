/**
 * Vendor release cadence against the team's internal upgrade cycle (spec §2, Cadence).
 */
import type { Cadence, IsoDay } from '../model/plan-model.js';
import type { CadenceAnalysis, Finding } from './plan-analysis.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';
import { addDuration, formatIsoDay } from './calendar.js';
import { simulateBacklog, type CycleSpan } from './cadence-catch-up.js';

/** Where the plan's time runs: its start (null = not scheduled) and horizon in years. */
export interface CadenceTimeline {
    startDay: IsoDay | null;
    horizonYears: number;
}

const WEEKS_PER_YEAR = 52;

function positive(value: number | null): number | null {
    return value !== null && Number.isFinite(value) && value > 0 ? value : null;
}

function perYear(weeks: number | null): number | null {
    if (weeks === null) return null;
    const rate = WEEKS_PER_YEAR / weeks;
    return Number.isFinite(rate) ? rate : null;
}

/**
 * The internal cycles in force over time: the undated cycle from the start, then each dated one
 * (spec §9). Without an undated cycle the first dated one applies from the start.
 */
function cyclesOf(c: Cadence, startDay: IsoDay): CycleSpan[] {
    const base = positive(c.internalMaxWeeks ?? c.internalMinWeeks);
    const dated = c.laterCycles.map(cycle => ({ fromDay: cycle.fromDay, slowestWeeks: cycle.maxWeeks }));
    return base === null ? dated : [{ fromDay: startDay, slowestWeeks: base }, ...dated];
}

/**
 * Releases per year (spec §2, Cadence): vendorPerYear = 52 / vendor interval weeks;
 * absorbedPerYear = 52 / slowest internal cycle weeks (the upper end of `internal cycle A to B weeks`,
 * or A when only one end is known); backlogPerYear = vendorPerYear − absorbedPerYear when the slowest
 * cycle is longer than the vendor interval, else 0. With dated cycles (spec §9) these use the cycle in
 * force at the end of the horizon (without a start date: the last one). A missing or non-positive input
 * makes the figures that depend on it null. A `cadence-backlog` warning is found when the backlog is
 * positive; with a start date the backlog is followed over time (`caughtUpOn`, `backlogAtHorizon`), and
 * `cadence-never-catches-up` is found when a backlog at the start is not caught up within the horizon.
 */
export function analyzeCadence(c: Cadence, timeline: CadenceTimeline = { startDay: null, horizonYears: 5 }): { analysis: CadenceAnalysis; findings: Finding[] } {
    const vendorWeeks = positive(c.vendorIntervalWeeks);
    const startDay = timeline.startDay;
    const horizonDay = startDay === null ? null : addDuration(startDay, { amount: 12 * timeline.horizonYears, unit: 'months' });
    const cycles = cyclesOf(c, startDay ?? 0);
    const inForce = horizonDay === null ? cycles.at(-1) : cycles.filter((cycle, i) => i === 0 || cycle.fromDay <= horizonDay).at(-1);
    const slowestWeeks = positive(inForce?.slowestWeeks ?? null);
    const vendorPerYear = perYear(vendorWeeks);
    const absorbedPerYear = perYear(slowestWeeks);
    let backlogPerYear: number | null = null;
    if (vendorWeeks !== null && slowestWeeks !== null && vendorPerYear !== null && absorbedPerYear !== null) {
        backlogPerYear = slowestWeeks > vendorWeeks ? vendorPerYear - absorbedPerYear : 0;
    }
    const behind = c.behind?.releases ?? 0;
    const backlog = startDay !== null && horizonDay !== null && vendorWeeks !== null && cycles.length > 0
        ? simulateBacklog({ startDay, horizonDay, vendorWeeks, cycles, behind }) : null;
    const analysis: CadenceAnalysis = {
        name: c.name, vendorPerYear, absorbedPerYear, backlogPerYear,
        caughtUpOn: backlog?.caughtUpDay === null || !backlog ? null : formatIsoDay(backlog.caughtUpDay),
        backlogAtHorizon: backlog?.backlogAtHorizon ?? null,
        title: c.title, behind,
        backlogCurve: (backlog?.curve ?? []).map(point => ({ on: formatIsoDay(Math.round(point.day)), backlog: point.backlog })),
    };
    const findings: Finding[] = [];
    if (backlog && c.behind && behind > 0 && backlog.caughtUpDay === null) {
        findings.push({
            severity: severityOf[DiagnosticCode.CadenceNeverCatchesUp],
            code: DiagnosticCode.CadenceNeverCatchesUp,
            cadence: c.name, behind, backlogAtHorizon: backlog.backlogAtHorizon, horizon: formatIsoDay(horizonDay!),
            source: c.behind.source,
        });
    }
    if (backlogPerYear !== null && backlogPerYear > 0) {
        findings.push({
            severity: severityOf[DiagnosticCode.CadenceBacklog], code: DiagnosticCode.CadenceBacklog, source: c.source,
            cadence: c.name, backlogPerYear, vendorPerYear: vendorPerYear!, absorbedPerYear: absorbedPerYear!, slowestWeeks: slowestWeeks!,
        });
    }
    return { analysis, findings };
}
