/**
 * The working calendar behind the Gantt bars (spec §11): non-working days shaded (weekends at
 * the week and month zooms, where a day is wide enough to see; holidays at every zoom) and
 * change-freeze windows as labelled bands across the whole chart.
 * Pure string rendering; the days come from the analysis's `calendar` and `freezes`.
 */
import type { PlanAnalysis } from '../analysis/plan-analysis.js';
import { formatDate } from './format.js';
import type { TimeAxis } from './gantt-layout.js';
import { html, joinHtml, px, truncate, type SafeHtml } from './html.js';
import { textWidth } from './text-metrics.js';
import { parseIsoDate, svgTitle, type ZoomLevel } from './view-common.js';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Weekends are shaded only where a day is at least this wide, and over at most this many days. */
const MIN_DAY_PX = 1.5;
const MAX_SHADED_DAYS = 20_000;

/** Where the layer draws: x of a date (chart coordinates), and the rows' vertical extent. */
export interface LayerFrame {
    axis: TimeAxis;
    left: number;
    top: number;
    bottom: number;
    zoom: ZoomLevel;
}

function xOfDay(frame: LayerFrame, day: number): number {
    return frame.left + frame.axis.scale(new Date(day * DAY_MS));
}

function dayOf(iso: string | null | undefined): number | null {
    const d = parseIsoDate(iso);
    return d ? Math.round(d.getTime() / DAY_MS) : null;
}

function band(frame: LayerFrame, from: number, toInclusive: number, cls: string, title: string[]): SafeHtml {
    const x1 = xOfDay(frame, from);
    const x2 = xOfDay(frame, toInclusive + 1);
    return html`<rect class="${cls}" x="${px(x1)}" y="${px(frame.top)}" width="${px(Math.max(1, x2 - x1))}" height="${px(frame.bottom - frame.top)}">${svgTitle(title)}</rect>`;
}

/** Runs of non-working weekdays (weekends) inside the domain, when a day is wide enough. */
function weekendRuns(frame: LayerFrame, workdays: readonly string[]): SafeHtml[] {
    if (frame.zoom === 'quarter') return [];
    const [d0, d1] = frame.axis.scale.domain() as [Date, Date];
    const first = Math.round(d0.getTime() / DAY_MS);
    const last = Math.round(d1.getTime() / DAY_MS);
    const span = last - first;
    if (span <= 0 || span > MAX_SHADED_DAYS || frame.axis.width / span < MIN_DAY_PX) return [];
    const working = new Set(workdays);
    const runs: SafeHtml[] = [];
    let runStart: number | null = null;
    for (let day = first; day <= last; day++) {
        const off = day < last && !working.has(WEEKDAYS[new Date(day * DAY_MS).getUTCDay()]!);
        if (off && runStart === null) runStart = day;
        if (!off && runStart !== null) {
            runs.push(band(frame, runStart, day - 1, 'non-working weekend', ['Not a working day']));
            runStart = null;
        }
    }
    return runs;
}

/** The non-working days of the plan's calendar; nothing when every day works. */
export function renderNonWorkingDays(analysis: PlanAnalysis, frame: LayerFrame): SafeHtml {
    const calendar = analysis.calendar;
    if (!calendar) return html``;
    const holidays = calendar.holidays.flatMap(h => {
        const from = dayOf(h.from), to = dayOf(h.to);
        if (from === null || to === null) return [];
        const title = h.from === h.to ? `Holiday ${formatDate(h.from)}` : `Holidays ${formatDate(h.from)} → ${formatDate(h.to)}`;
        return [band(frame, from, to, 'non-working holiday', [title])];
    });
    return html`<g class="calendar-layer" aria-hidden="true">${joinHtml(weekendRuns(frame, calendar.workdays))}${joinHtml(holidays)}</g>`;
}

/** Each change-freeze window as a band across the rows, labelled with its name at the top. */
export function renderFreezeBands(analysis: PlanAnalysis, frame: LayerFrame): SafeHtml {
    const bands = (analysis.freezes ?? []).flatMap(freeze => {
        const from = dayOf(freeze.from), to = dayOf(freeze.to);
        if (from === null || to === null) return [];
        const title = [`Change freeze ${freeze.name} — ${freeze.title}`, `${formatDate(freeze.from)} → ${formatDate(freeze.to)}: nothing goes live`];
        const x = xOfDay(frame, from);
        // The name is written inside the band when it fits (week and month zooms); the tooltip always has it.
        const label = `❄ ${truncate(freeze.name, 24)}`;
        const fits = xOfDay(frame, to + 1) - x >= textWidth(label, 11, true) + 6;
        const text = fits ? html`<text class="freeze-label" x="${px(x + 3)}" y="${px(frame.top + 11)}">${label}</text>` : html``;
        return [html`<g class="freeze-band" data-freeze="${freeze.name}">${band(frame, from, to, 'freeze-rect', title)}${text}</g>`];
    });
    return bands.length > 0 ? html`<g class="freezes">${joinHtml(bands)}</g>` : html``;
}
