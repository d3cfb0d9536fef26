/**
 * AST → the tracking parts of the plan model (spec §9): the plan's `status`, a candidate's
 * `started`, `finished` and `progress`, a KPI's `measured … on …` and `review`, an objective's
 * `perspective`, and a cadence's dated `internal cycle … from D` lines and `behind N releases`.
 * Never throws on user input: an impossible date or a non-finite number is left out, and
 * `validation/value-rules.ts` (dates, numbers) or `analysis/actuals.ts` (actuals that contradict
 * each other or the status date) report it.
 */
import * as ast from '../generated/ast.js';
import { parseIsoDay } from './units.js';
import type { ActualDate, Candidate, Cadence, DatedCycle, Kpi, Measurement, Objective, Perspective, ReviewInterval } from './plan-model.js';
import { sourceOf } from './source-ref.js';
import { parseNumber, parsePercent, parseQuantity, weeksOf } from './units.js';

function lastOf<T>(items: T[]): T | undefined {
    return items[items.length - 1];
}

function actualDate(line: ast.StartedLine | ast.FinishedLine | undefined, uri?: string): ActualDate | null {
    const day = line?.date ? parseIsoDay(line.date) : null;
    return line && day !== null ? { day, source: sourceOf(line, 'date', uri) } : null;
}

/** The plan's `status D`; null when missing or not a real date. */
export function statusDayOf(settings: ast.PlanSetting[]): number | null {
    const status = lastOf(settings.filter(ast.isPlanStatus));
    return status?.date ? parseIsoDay(status.date) : null;
}

/** A candidate's actual lines (the last of each counts). */
export function candidateActuals(node: ast.Candidate, uri?: string): Pick<Candidate, 'started' | 'finished' | 'progress'> {
    const progressLine = lastOf(node.lines.filter(ast.isProgressLine));
    const progress = parsePercent(progressLine?.value);
    return {
        started: actualDate(lastOf(node.lines.filter(ast.isStartedLine)), uri),
        finished: actualDate(lastOf(node.lines.filter(ast.isFinishedLine)), uri),
        progress: progressLine && progress !== null ? { value: progress, source: sourceOf(progressLine, 'value', uri) } : null,
    };
}

/** A KPI's measurements (as written) and review interval. */
export function kpiTracking(node: ast.Kpi): Pick<Kpi, 'measurements' | 'review'> {
    const measurements: Measurement[] = node.lines.filter(ast.isKpiMeasured).flatMap(line => {
        const value = parseQuantity(line.value);
        const day = line.date ? parseIsoDay(line.date) : null;
        return value !== null && day !== null ? [{ day, value, source: sourceOf(line) }] : [];
    });
    const review = lastOf(node.lines.filter(ast.isKpiReview));
    return {
        measurements,
        review: review?.interval ? { interval: review.interval as ReviewInterval, source: sourceOf(review) } : null,
    };
}

/** An objective's `perspective`; null when not given. */
export function objectivePerspective(node: ast.Objective): Objective['perspective'] {
    return (lastOf(node.lines.filter(ast.isObjectivePerspective))?.perspective ?? null) as Perspective | null;
}

/** A cadence's undated cycle (the last one counts), dated cycles in date order, and `behind`. */
export function cadenceCycles(node: ast.Cadence): Pick<Cadence, 'laterCycles' | 'behind'> & { baseCycle: ast.InternalCycle | undefined } {
    const cycles = node.lines.filter(ast.isInternalCycle);
    const laterCycles: DatedCycle[] = cycles.filter(cycle => cycle.from !== undefined).flatMap(cycle => {
        const fromDay = parseIsoDay(cycle.from!);
        const minWeeks = weeksOf(cycle.min, cycle.unit);
        const maxWeeks = weeksOf(cycle.max, cycle.unit);
        return fromDay !== null && minWeeks !== null && maxWeeks !== null && minWeeks > 0 && maxWeeks > 0
            ? [{ fromDay, minWeeks, maxWeeks, source: sourceOf(cycle) }] : [];
    }).sort((a, b) => a.fromDay - b.fromDay);
    const behindLine = lastOf(node.lines.filter(ast.isCadenceBehind));
    const releases = parseNumber(behindLine?.releases);
    return {
        baseCycle: lastOf(cycles.filter(cycle => cycle.from === undefined)),
        laterCycles,
        behind: behindLine && releases !== null && releases >= 0 ? { releases, source: sourceOf(behindLine) } : null,
    };
}
