/**
 * The printed timeline: the whole span fitted to the page's width, split into parts that each fit
 * a landscape page (A4 or US Letter) with the time axis and the label column repeated.
 *
 * Each part is an SVG laid out `PRINT_WIDTH` px wide, which the print stylesheet scales to the
 * paper's printable width. Rows are packed a phase at a time (a phase taller than a page is split
 * between rows); the labels wrap onto up to three lines. Arrows are drawn inside a part; a
 * predecessor printed in another part is named after the successor's bar (`Name ← Pred`).
 * On screen this block is hidden; in print it replaces the live chart.
 */
import { buildFrame, PRINT_LABEL_W, PRINT_RIGHT_PAD, PRINT_WIDTH, AXIS_H } from './gantt-frame.js';
import { isScheduled, timeAxis, type GanttRow } from './gantt-layout.js';
import { renderFrame } from './gantt-chart.js';
import { html, type SafeHtml } from './html.js';
import type { RenderContext } from './view-common.js';

/**
 * The tallest part, in layout pixels: a landscape page's printable height (A4: 190 mm = 718 px,
 * shrunk by 277/259 because the A4 page scales the 980 px layout up to its wider printable width),
 * less room for the view's heading on the first page.
 */
const FIRST_PART_MAX = 520;
const PART_MAX = 640;

/** [start, end) row ranges, a phase (or group) at a time, each within its height budget. */
export function splitRows(rows: readonly GanttRow[], heights: readonly number[], firstMax = FIRST_PART_MAX, nextMax = PART_MAX): [number, number][] {
    const sections: [number, number][] = [];
    rows.forEach((row, i) => {
        if (i === 0 || row.type === 'phase' || row.type === 'group') sections.push([i, i + 1]);
        else sections[sections.length - 1]![1] = i + 1;
    });
    const parts: [number, number][] = [];
    const budget = (): number => (parts.length === 0 ? firstMax : nextMax) - AXIS_H - 8;
    let start = 0;
    let used = 0;
    const close = (end: number): void => {
        if (end > start) parts.push([start, end]);
        start = end;
        used = 0;
    };
    for (const [from, to] of sections) {
        const size = heights.slice(from, to).reduce((a, b) => a + b, 0);
        if (used > 0 && used + size > budget()) close(from);
        for (let i = from; i < to; i++) {
            if (used > 0 && used + heights[i]! > budget()) close(i);
            used += heights[i]!;
        }
    }
    close(rows.length);
    return parts;
}

/** The rows of one part, with each phase's band clamped to the part. */
function partRows(rows: readonly GanttRow[], start: number, end: number): GanttRow[] {
    return rows.slice(start, end).map(row => row.type === 'phase' ? { ...row, lastRow: Math.min(row.lastRow, end - 1) - start } : row);
}

/** The predecessors of each candidate in the part that are drawn in another part. */
function offPagePredecessors(ctx: RenderContext, part: readonly GanttRow[]): Map<string, string[]> {
    const here = new Set(part.flatMap(row => row.type === 'candidate' ? [row.candidate.name] : []));
    const scheduled = new Set(ctx.analysis.candidates.filter(isScheduled).map(c => c.name));
    const result = new Map<string, string[]>();
    for (const row of part) {
        if (row.type !== 'candidate') continue;
        const away = [...new Set(row.candidate.after)].filter(p => scheduled.has(p) && !here.has(p));
        if (away.length > 0) result.set(row.candidate.name, away);
    }
    return result;
}

export function renderGanttPrint(ctx: RenderContext, rows: GanttRow[], domain: [Date, Date] | null): SafeHtml {
    const labelW = PRINT_LABEL_W;
    const axis = domain ? timeAxis(domain, 'month', { width: PRINT_WIDTH - labelW - PRINT_RIGHT_PAD, minTickSpacing: 24 }) : null;
    const whole = buildFrame({ ctx, zoom: 'month', axis, rows, print: true, labelW });
    const parts = splitRows(rows, whole.heights).map(([start, end], k, all) => {
        const part = partRows(rows, start, end);
        const frame = buildFrame({ ctx, zoom: 'month', axis, rows: part, print: true, labelW, offPagePreds: offPagePredecessors(ctx, part) });
        const caption = all.length > 1 ? html`<figcaption class="muted">${`Timeline, part ${k + 1} of ${all.length}`}</figcaption>` : html``;
        return html`<figure class="gantt-print-part">${caption}${renderFrame(frame)}</figure>`;
    });
    return html`<div class="gantt-print" aria-hidden="true">${parts}</div>`;
}
