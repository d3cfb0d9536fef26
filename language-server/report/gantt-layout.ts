/**
 * Layout of the Gantt timeline: which rows in which order, the time domain, and the
 * axis ticks for each zoom level. Scales and ticks come from d3-scale / d3-time /
 * d3-time-format in UTC (`scaleUtc` is d3's `scaleTime` on UTC days), because plan
 * dates are calendar days with no time zone.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { CandidateAnalysis, MilestoneAnalysis, PhaseAnalysis, PlanAnalysis } from '../analysis/plan-analysis.js';
import { parseIsoDate, type ZoomLevel } from './view-common.js';

export type GanttRow =
    | { type: 'phase'; phase: PhaseAnalysis; lastRow: number }
    | { type: 'group'; label: string }
    | { type: 'candidate'; candidate: CandidateAnalysis }
    | { type: 'milestone'; milestone: MilestoneAnalysis }
    | { type: 'unscheduled'; candidate: CandidateAnalysis };

/** A candidate gets a bar when it is funded and has both dates. */
export function isScheduled(c: CandidateAnalysis): boolean {
    return c.funded && parseIsoDate(c.start) !== null && parseIsoDate(c.finish) !== null;
}

function byStartThenRank(a: CandidateAnalysis, b: CandidateAnalysis): number {
    return (a.start ?? '').localeCompare(b.start ?? '') || a.rank - b.rank || a.name.localeCompare(b.name);
}

/**
 * Rows in display order: each phase (header row, its scheduled candidates by start,
 * its milestones), then scheduled candidates outside any phase, then milestones of
 * unknown phases, then the deferred and unscheduled candidates by rank.
 */
export function buildRows(analysis: PlanAnalysis): GanttRow[] {
    const rows: GanttRow[] = [];
    const scheduled = analysis.candidates.filter(isScheduled);
    const phaseNames = new Set(analysis.phases.map(p => p.name));
    for (const phase of analysis.phases) {
        const header: GanttRow = { type: 'phase', phase, lastRow: rows.length };
        rows.push(header);
        for (const c of scheduled.filter(c => c.phase === phase.name).sort(byStartThenRank)) {
            rows.push({ type: 'candidate', candidate: c });
        }
        for (const m of analysis.milestones.filter(m => m.phase === phase.name)) {
            rows.push({ type: 'milestone', milestone: m });
        }
        header.lastRow = rows.length - 1;
    }
    const loose = scheduled.filter(c => c.phase === null || !phaseNames.has(c.phase)).sort(byStartThenRank);
    const looseMilestones = analysis.milestones.filter(m => !phaseNames.has(m.phase));
    if (loose.length > 0 || looseMilestones.length > 0) {
        rows.push({ type: 'group', label: 'Not in a phase' });
        for (const c of loose) rows.push({ type: 'candidate', candidate: c });
        for (const m of looseMilestones) rows.push({ type: 'milestone', milestone: m });
    }
    const unscheduled = analysis.candidates.filter(c => !isScheduled(c)).sort((a, b) => a.rank - b.rank);
    if (unscheduled.length > 0) {
        rows.push({ type: 'group', label: 'Deferred or not scheduled' });
        for (const c of unscheduled) rows.push({ type: 'unscheduled', candidate: c });
    }
    return rows;
}

/** The dates shown on the timeline; null when nothing has a date. */
export function timeDomain(analysis: PlanAnalysis, extraDates: Iterable<string | null> = []): [Date, Date] | null {
    const dates: Date[] = [];
    const add = (iso: string | null | undefined): void => {
        const d = parseIsoDate(iso);
        if (d) dates.push(d);
    };
    add(analysis.plan?.start);
    add(analysis.plan?.status);
    for (const p of analysis.phases) { add(p.start); add(p.finish); add(p.baselineStart); add(p.baselineFinish); }
    for (const c of analysis.candidates.filter(isScheduled)) { add(c.start); add(c.finish); add(c.baselineStart); add(c.baselineFinish); }
    for (const m of analysis.milestones) { add(m.due); add(m.achieved); }
    for (const iso of extraDates) add(iso);
    if (dates.length === 0) return null;
    const min = new Date(Math.min(...dates.map(d => d.getTime())));
    const max = new Date(Math.max(...dates.map(d => d.getTime())));
    return [utcMonth.floor(min), utcMonth.ceil(utcDay.offset(max, 1))];
}

/** Pixels per day at each zoom level (before the width cap). */
/** Quarter: 0.45 px a day, so that a five-year plan fits a 1,400 px wide window with its labels. */
const PX_PER_DAY: Record<ZoomLevel, number> = { week: 6, month: 2.4, quarter: 0.45 };
const MIN_CHART_WIDTH = 480;
/**
 * The widest chart, whatever the span: a longer span is compressed to this width (fewer pixels per
 * day) instead of growing the page. At the natural scales it holds about 7 years by week, 18 by
 * month and 97 by quarter.
 */
export const MAX_CHART_WIDTH = 16000;
/** Minor ticks closer than this (in pixels) would overlap their labels: a coarser interval is used. */
const MIN_TICK_SPACING = 36;
/** A major label needs this much room (`2027`, `Sep 2027` is drawn only at the domain start). */
const MIN_MAJOR_LABEL_SPACING = 64;

/** The default zoom for a span: week up to 6 months, month up to 3 years, quarter beyond. */
export function defaultZoom(domain: [Date, Date] | null): ZoomLevel {
    if (!domain) return 'month';
    const days = utcDay.count(domain[0], domain[1]);
    return days <= 183 ? 'week' : days <= 3 * 366 ? 'month' : 'quarter';
}

export interface AxisTick {
    x: number;
    label: string;
}

export interface TimeAxis {
    scale: ScaleTime<number, number>;
    width: number;
    minor: AxisTick[];
    major: AxisTick[];
    /** The minor tick interval, in words: `week`, `month`, `quarter`, `year`, `5 years`, … */
    interval: string;
    /**
     * Null at the zoom level's own interval; otherwise why the axis shows a coarser one
     * (the span does not fit the width cap at that level), for the axis to say so.
     */
    coarsened: string | null;
}

interface TickLevel {
    /** The interval in words. */
    name: string;
    /** Its typical length in days, to estimate the tick spacing. */
    days: number;
    minor: CountableTimeInterval;
    minorStep: number;
    minorFormat: string;
    major: CountableTimeInterval;
    majorStep: number;
    majorFormat: string;
}

const YEAR_DAYS = 365.2425;

function yearLevel(step: number, majorStep: number): TickLevel {
    return {
        name: step === 1 ? 'year' : `${step} years`, days: step * YEAR_DAYS,
        minor: utcYear, minorStep: step, minorFormat: '%Y', major: utcYear, majorStep, majorFormat: '%Y',
    };
}

/**
 * The tick levels from fine to coarse. Each zoom starts at its own level (week, month, quarter) and
 * moves to a coarser one only while its minor ticks would be closer than MIN_TICK_SPACING; dates run
 * from year 0001 to 9999, so 1,000-year ticks always fit the capped width.
 */
const TICK_LEVELS: readonly TickLevel[] = [
    { name: 'week', days: 7, minor: utcMonday, minorStep: 1, minorFormat: '%d', major: utcMonth, majorStep: 1, majorFormat: '%b %Y' },
    { name: 'month', days: 30.44, minor: utcMonth, minorStep: 1, minorFormat: '%b', major: utcYear, majorStep: 1, majorFormat: '%Y' },
    { name: 'quarter', days: 91.31, minor: utcMonth, minorStep: 3, minorFormat: 'Q%q', major: utcYear, majorStep: 1, majorFormat: '%Y' },
    yearLevel(1, 10), yearLevel(2, 10), yearLevel(5, 50), yearLevel(10, 100), yearLevel(20, 100),
    yearLevel(50, 500), yearLevel(100, 1000), yearLevel(200, 1000), yearLevel(500, 5000), yearLevel(1000, 10000),
];

const ZOOM_LEVEL_INDEX: Record<ZoomLevel, number> = { week: 0, month: 1, quarter: 2 };

function every(interval: CountableTimeInterval, step: number): TimeInterval | null {
    return step === 1 ? interval : interval.every(step);
}

/** A fixed width for the axis (a printed page), instead of the zoom level's pixels per day. */
export interface AxisFit {
    width: number;
    minTickSpacing?: number;
}

/**
 * The time scale and ticks of one zoom level, x measured from the chart's left edge.
 * Bounded whatever the span: the width is at most MAX_CHART_WIDTH pixels and the minor ticks at
 * least MIN_TICK_SPACING apart (so at most MAX_CHART_WIDTH / MIN_TICK_SPACING ≈ 444 of them, and
 * fewer major ones); a span too long for the zoom's own interval gets a coarser one, named in `coarsened`.
 */
export function timeAxis(domain: [Date, Date], zoom: ZoomLevel, fit?: AxisFit): TimeAxis {
    const days = Math.max(1, utcDay.count(domain[0], domain[1]));
    const width = fit ? Math.max(1, fit.width) : Math.min(MAX_CHART_WIDTH, Math.max(MIN_CHART_WIDTH, Math.round(days * PX_PER_DAY[zoom])));
    const minSpacing = fit?.minTickSpacing ?? MIN_TICK_SPACING;
    const scale = scaleUtc().domain(domain).range([0, width]);
    const pxPerDay = width / days;
    const own = ZOOM_LEVEL_INDEX[zoom];
    let index = own;
    while (index < TICK_LEVELS.length - 1 && TICK_LEVELS[index]!.days * pxPerDay < minSpacing) index++;
    const level = TICK_LEVELS[index]!;
    const minorInterval = every(level.minor, level.minorStep);
    const majorInterval = every(level.major, level.majorStep);
    const minorFormat = utcFormat(level.minorFormat);
    const majorFormat = utcFormat(level.majorFormat);
    const minor = minorInterval ? scale.ticks(minorInterval).map(d => ({ x: scale(d), label: minorFormat(d) })) : [];
    const majorDates = majorInterval ? scale.ticks(majorInterval) : [];
    // The first major label sits at the domain start when no major tick falls there.
    // (Unless the first major tick is too close for both labels to fit.)
    const first = majorDates[0];
    if (!first || (first.getTime() > domain[0].getTime() && scale(first) - scale(domain[0]) >= MIN_MAJOR_LABEL_SPACING)) majorDates.unshift(domain[0]);
    const major = majorDates.map(d => ({ x: scale(d), label: majorFormat(d) }));
    const coarsened = index === own ? null : `Ticks every ${level.name}: the timeline is too long to show each ${TICK_LEVELS[own]!.name}`;
    return { scale, width, minor, major, interval: level.name, coarsened };
}

