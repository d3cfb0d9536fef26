/**
 * The geometry of one Gantt chart: the label column's width, each row's top and height, the
 * label text of each row (fitted on one line on screen, wrapped in print) and the chart's size.
 *
 * Screen: one row per line, 28 px; the label column is as wide as the longest label needs, between
 * 220 and 380 px, and a longer label is cut with an ellipsis (its full text stays in the row's
 * `<title>` and in `data-label`, which the webview uses to re-fit it when the user drags the
 * column wider).
 * Print: the chart is laid out for the page (`PRINT_WIDTH` px, scaled to the paper's width by CSS),
 * the label column is 300 px and a label wraps onto up to three lines, its row growing to fit.
 */
import type { GanttRow, TimeAxis } from './gantt-layout.js';
import { textWidth, wrapText } from './text-metrics.js';
import type { RenderContext, ZoomLevel } from './view-common.js';

export const ROW_H = 28;
export const AXIS_H = 52;
export const BAR_PAD = 6;
export const LABEL_FONT = 12;
export const PRINT_FONT = 11;
const PRINT_LINE = 12.5;
const SCREEN_LABEL_MIN = 220;
const SCREEN_LABEL_MAX = 380;
export const PRINT_LABEL_W = 300;
/** The width a printed chart is laid out for: landscape US Letter's printable width (259 mm at 96 px/in). */
export const PRINT_WIDTH = 980;
export const SCREEN_RIGHT_PAD = 90;
export const PRINT_RIGHT_PAD = 12;

export interface Frame {
    ctx: RenderContext;
    zoom: ZoomLevel;
    axis: TimeAxis | null;
    rows: GanttRow[];
    /** Row index of each candidate with a bar. */
    rowOf: Map<string, number>;
    print: boolean;
    labelW: number;
    fontPx: number;
    tops: number[];
    heights: number[];
    /** The label of each row, as lines. */
    labels: string[][];
    /** The full label text of each row. */
    fullLabels: string[];
    width: number;
    height: number;
    /** In print, the predecessors of a candidate drawn in another part of the chart. */
    offPagePreds: Map<string, string[]>;
}

/** The text in a row's label column. */
export function rowLabel(row: GanttRow): string {
    switch (row.type) {
        case 'phase': return row.phase.title || row.phase.name;
        case 'group': return row.label;
        case 'candidate':
        case 'unscheduled': return row.candidate.title || row.candidate.name;
        case 'milestone': return `◆ ${row.milestone.title || row.milestone.name}`;
    }
}

/** Phase and group labels start at the column's edge and are bold; the rest is indented. */
export function labelIndent(row: GanttRow): number {
    return row.type === 'phase' || row.type === 'group' ? 8 : 20;
}

export function isBold(row: GanttRow): boolean {
    return row.type === 'phase' || row.type === 'group';
}

/** The screen label column: wide enough for the longest label, within bounds. */
export function screenLabelWidth(rows: readonly GanttRow[]): number {
    const widest = Math.max(0, ...rows.map(row => labelIndent(row) + textWidth(rowLabel(row), LABEL_FONT, isBold(row)) + 12));
    return Math.round(Math.min(SCREEN_LABEL_MAX, Math.max(SCREEN_LABEL_MIN, widest)));
}

export interface FrameInput {
    ctx: RenderContext;
    zoom: ZoomLevel;
    axis: TimeAxis | null;
    rows: GanttRow[];
    print: boolean;
    labelW: number;
    offPagePreds?: Map<string, string[]>;
}

export function buildFrame(input: FrameInput): Frame {
    const { rows, print, labelW } = input;
    const fontPx = print ? PRINT_FONT : LABEL_FONT;
    const fullLabels = rows.map(rowLabel);
    const labels = rows.map((row, i) => wrapText(fullLabels[i]!, labelW - labelIndent(row) - 8, fontPx, print ? 3 : 1, isBold(row)));
    const heights = labels.map(lines => print ? Math.max(ROW_H - 4, Math.ceil(lines.length * PRINT_LINE + 8)) : ROW_H);
    const tops: number[] = [];
    let y = AXIS_H;
    for (const h of heights) { tops.push(y); y += h; }
    const rowOf = new Map<string, number>();
    rows.forEach((row, i) => { if (row.type === 'candidate') rowOf.set(row.candidate.name, i); });
    const width = print ? PRINT_WIDTH : labelW + (input.axis?.width ?? 480) + SCREEN_RIGHT_PAD;
    return {
        ctx: input.ctx, zoom: input.zoom, axis: input.axis, rows, rowOf, print, labelW, fontPx, tops, heights,
        labels, fullLabels, width, height: y + 8, offPagePreds: input.offPagePreds ?? new Map(),
    };
}

/** The y of a text baseline centred in row `i` for line `line` of `lines`. */
export function lineY(frame: Frame, i: number, line = 0, lines = 1): number {
    const step = frame.print ? PRINT_LINE : frame.fontPx + 2;
    const mid = frame.tops[i]! + frame.heights[i]! / 2;
    return mid - ((lines - 1) * step) / 2 + line * step + frame.fontPx / 3;
}

export function rowMid(frame: Frame, i: number): number {
    return frame.tops[i]! + frame.heights[i]! / 2;
}
