/**
 * Drawing of one Gantt chart (`Frame`, from `gantt-frame.ts`) as SVG: phases as bands,
 * candidates as bars (critical ones highlighted), milestones as diamonds with their due date and
 * late mark, gates as flags at the phase finish, a today line and dependency arrows in separate
 * lanes (`gantt-arrows.ts`). Deferred candidates get a hatched stub, never a bar. The same code
 * draws the screen charts and the printed parts (`frame.print`: no focus or click targets).
 *
 * Labels: every row label carries its full text in `data-label` and in its `<title>`; on screen
 * the webview re-fits them when the user drags the label column's edge (`data-label-resizer`),
 * moving the `data-timeline` group.
 */
import type { CandidateAnalysis, GateAnalysis, MilestoneAnalysis } from '../analysis/plan-analysis.js';
import { renderFreezeBands, renderNonWorkingDays, type LayerFrame } from './calendar-layer.js';
import { formatDate, formatDays, formatLag, formatPercent } from './format.js';
import { routeArrows, type ArrowRequest } from './gantt-arrows.js';
import { AXIS_H, BAR_PAD, labelIndent, lineY, ROW_H, rowMid, type Frame } from './gantt-frame.js';
import { isScheduled, type GanttRow } from './gantt-layout.js';
import { html, joinHtml, px, truncate, type SafeHtml } from './html.js';
import { textWidth } from './text-metrics.js';
import { candidateTooltip, classes, clickable, parseIsoDate, svgTitle } from './view-common.js';
import { gateState, gateTooltip, renderGhost, renderStatusLine, slipLabel, trackingClasses } from './gantt-tracking.js';

const BAR_H = ROW_H - 2 * BAR_PAD;

function xOf(frame: Frame, iso: string | null): number | null {
    const d = parseIsoDate(iso);
    return d && frame.axis ? frame.labelW + frame.axis.scale(d) : null;
}

/** `clickable` on screen; nothing on paper (the printed copy is neither focusable nor selectable). */
function interactive(frame: Frame, name: string, kind: Parameters<typeof clickable>[2]): SafeHtml | string {
    return frame.print ? '' : clickable(frame.ctx, name, kind);
}

/** A bar's label: the candidate's name, and in print its predecessors drawn on another part of the chart. */
function barLabel(frame: Frame, c: CandidateAnalysis): string {
    const offPage = frame.offPagePreds.get(c.name);
    return slipLabel(frame, c, offPage && offPage.length > 0 ? `${c.name} ← ${offPage.join(', ')}` : c.name);
}

function milestoneNote(frame: Frame, m: MilestoneAnalysis): string {
    // Spec §8: the simulated chance of being on time, where the milestone sits on the timeline.
    const chance = frame.ctx.analysis.simulation?.milestones.find(s => s.name === m.name);
    const onTime = chance ? ` · ${formatPercent(chance.onTimeProbability, 0, frame.ctx.format)} on time` : '';
    return `${m.name} · due ${formatDate(m.due)}${m.lateDays > 0 ? ` · late ${formatDays(m.lateDays, frame.ctx.format)}` : ''}${m.achieved === null ? ' · not scheduled' : ''}${onTime}`;
}

/** The text drawn beside a row's bar or diamond, and the span it sits beside. */
function besideSpan(frame: Frame, row: GanttRow): { x1: number; x2: number; text: string } | null {
    if (row.type === 'candidate') {
        const x1 = xOf(frame, row.candidate.start) ?? frame.labelW;
        return { x1, x2: Math.max(xOf(frame, row.candidate.finish) ?? x1, x1 + 3), text: barLabel(frame, row.candidate) };
    }
    if (row.type === 'milestone') {
        const due = xOf(frame, row.milestone.due);
        const at = xOf(frame, row.milestone.achieved) ?? due;
        if (at === null) return null;
        return { x1: Math.min(at, due ?? at) - 8, x2: Math.max(at, due ?? at) + 7, text: milestoneNote(frame, row.milestone) };
    }
    return null;
}

/**
 * The screen chart's width: wide enough for every text beside a bar or diamond that fits on
 * neither side within the default width (a long note near the end of a short plan).
 */
function widenForLabels(frame: Frame): Frame {
    if (frame.print) return frame;
    let width = frame.width;
    for (const row of frame.rows) {
        const span = besideSpan(frame, row);
        if (!span) continue;
        const w = textWidth(span.text, frame.fontPx, true);
        if (span.x1 - 5 - w < frame.labelW + 2) width = Math.max(width, span.x2 + 5 + w + 6);
    }
    return width === frame.width ? frame : { ...frame, width: Math.ceil(width) };
}

/** A text beside a bar or marker: right of it when it fits, otherwise left of it. */
function beside(frame: Frame, x1: number, x2: number, text: string): { x: number; anchor: string } {
    const w = textWidth(text, frame.fontPx, true);
    if (x2 + 5 + w <= frame.width - 4 || x1 - 5 - w < frame.labelW + 2) return { x: x2 + 5, anchor: 'start' };
    return { x: x1 - 5, anchor: 'end' };
}

function renderAxis(frame: Frame): SafeHtml {
    const axis = frame.axis;
    if (!axis) return html``;
    const x0 = frame.labelW;
    const right = frame.width - 2;
    const fits = (x: number, label: string, bold: boolean): boolean => x0 + x + 3 + textWidth(label, 11, bold) <= right;
    const minor = axis.minor.filter(t => fits(t.x, t.label, false)).map(t => html`<line class="grid" x1="${px(x0 + t.x)}" x2="${px(x0 + t.x)}" y1="${AXIS_H - 14}" y2="${px(frame.height)}"/><text class="tick" x="${px(x0 + t.x + 3)}" y="${AXIS_H - 4}">${t.label}</text>`);
    const major = axis.major.filter(t => fits(t.x, t.label, true)).map(t => html`<line class="grid major" x1="${px(x0 + t.x)}" x2="${px(x0 + t.x)}" y1="4" y2="${px(frame.height)}"/><text class="tick major" x="${px(x0 + t.x + 3)}" y="14">${t.label}</text>`);
    return html`<g class="axis" aria-hidden="true">${minor}${major}<line class="axis-line" x1="${x0}" x2="${px(x0 + axis.width)}" y1="${AXIS_H}" y2="${AXIS_H}"/></g>`;
}

/** Above the row labels, when the span is too long for the zoom's own ticks: which interval the axis shows instead. */
function renderAxisNote(frame: Frame): SafeHtml {
    const axis = frame.axis;
    // On paper the axis is always fitted to the page: its interval needs no excuse.
    if (!axis?.coarsened || frame.print) return html``;
    return html`<g class="axis-note">${svgTitle([axis.coarsened])}<text class="tick" x="8" y="16">${`Ticks every ${axis.interval}`}</text><text class="tick" x="8" y="${AXIS_H - 4}">${`(too long for ${frame.zoom} ticks)`}</text></g>`;
}

/** A row label's text: one line on screen (with its full text for re-fitting), wrapped lines in print. */
function labelText(frame: Frame, i: number, row: GanttRow): SafeHtml {
    const x = labelIndent(row);
    const lines = frame.labels[i]!;
    if (lines.length === 1) {
        return html`<text x="${x}" y="${px(lineY(frame, i))}" data-label="${frame.fullLabels[i]!}">${lines[0]!}</text>`;
    }
    const spans = lines.map((line, k) => html`<tspan x="${x}" y="${px(lineY(frame, i, k, lines.length))}">${line}</tspan>`);
    return html`<text x="${x}" y="${px(lineY(frame, i, 0, lines.length))}" data-label="${frame.fullLabels[i]!}">${spans}</text>`;
}

function phaseTooltip(row: Extract<GanttRow, { type: 'phase' }>): string[] {
    return [`Phase ${row.phase.name} — ${row.phase.title}`, `${formatDate(row.phase.start)} → ${formatDate(row.phase.finish)}`];
}

function renderLabel(frame: Frame, i: number, row: GanttRow): SafeHtml {
    const text = labelText(frame, i, row);
    switch (row.type) {
        case 'phase':
            return html`<g class="row-label phase-label" ${interactive(frame, row.phase.name, 'phase')}>${svgTitle(phaseTooltip(row))}${text}</g>`;
        case 'group':
            return html`<g class="row-label group-label">${text}</g>`;
        case 'candidate':
        case 'unscheduled': {
            const c = row.candidate;
            return html`<g class="${classes('row-label', !c.funded && 'deferred')}" ${interactive(frame, c.name, 'candidate')}>${svgTitle(candidateTooltip(frame.ctx, c))}${text}</g>`;
        }
        case 'milestone':
            return html`<g class="row-label" ${interactive(frame, row.milestone.name, 'milestone')}>${svgTitle(milestoneTooltip(frame, row.milestone))}${text}</g>`;
    }
}

function milestoneTooltip(frame: Frame, m: MilestoneAnalysis): string[] {
    const lines = [`Milestone ${m.name} — ${m.title}`, `Due: ${formatDate(m.due)}`, `Achieved: ${formatDate(m.achieved)}`];
    if (m.lateDays > 0) lines.push(`Late by ${formatDays(m.lateDays, frame.ctx.format)}`);
    const chance = frame.ctx.analysis.simulation?.milestones.find(s => s.name === m.name);
    if (chance) lines.push(`On time in ${formatPercent(chance.onTimeProbability, 1, frame.ctx.format)} of simulated runs · P80 ${formatDate(chance.achievedP80)}`);
    return lines;
}

function renderPhaseBand(frame: Frame, i: number, row: Extract<GanttRow, { type: 'phase' }>): SafeHtml {
    const x1 = xOf(frame, row.phase.start);
    const x2 = xOf(frame, row.phase.finish);
    if (x1 === null || x2 === null) return html``;
    const last = Math.min(row.lastRow, frame.rows.length - 1);
    const top = frame.tops[i]! + 2;
    const height = frame.tops[last]! + frame.heights[last]! - frame.tops[i]! - 4;
    return html`<g class="${classes('phase-band', row.phase.critical && 'critical')}" ${interactive(frame, row.phase.name, 'phase')}>${svgTitle([...phaseTooltip(row), `Float: ${formatDays(row.phase.totalFloatDays, frame.ctx.format)}`])}<rect x="${px(x1)}" y="${px(top)}" width="${px(Math.max(2, x2 - x1))}" height="${px(height)}" rx="4"/><text class="band-label" x="${px(x1 + 6)}" y="${px(lineY(frame, i))}">${truncate(row.phase.name, 40)}</text></g>`;
}

function renderGate(frame: Frame, i: number, gate: GateAnalysis, finish: string | null): SafeHtml {
    const x = xOf(frame, finish);
    if (x === null) return html``;
    const y = rowMid(frame, i) - ROW_H / 2 + 4;
    const status = gateState(frame.ctx, gate, finish);
    return html`<g class="gate ${status}" ${interactive(frame, gate.phase, 'gate')}>${svgTitle(gateTooltip(frame.ctx, gate, status))}<line x1="${px(x)}" x2="${px(x)}" y1="${px(y)}" y2="${px(y + ROW_H - 8)}"/><path d="M${px(x)},${px(y)} h12 l-4,5 l4,5 h-12 z"/></g>`;
}

function renderRow(frame: Frame, i: number, row: GanttRow): SafeHtml {
    const mid = rowMid(frame, i);
    const barTop = mid - BAR_H / 2;
    const textY = mid + frame.fontPx / 3;
    switch (row.type) {
        case 'phase': {
            const gate = frame.ctx.analysis.gates.find(g => g.phase === row.phase.name);
            return gate ? renderGate(frame, i, gate, row.phase.finish) : html``;
        }
        case 'group':
            return html``;
        case 'candidate': {
            const c = row.candidate;
            const x1 = xOf(frame, c.start) ?? frame.labelW;
            const x2 = Math.max(xOf(frame, c.finish) ?? x1, x1 + 3);
            const label = barLabel(frame, c);
            const at = beside(frame, x1, x2, label);
            return html`<g class="${classes('bar', c.critical && 'critical', ...trackingClasses(c))}" ${interactive(frame, c.name, 'candidate')}>${svgTitle(candidateTooltip(frame.ctx, c))}${renderGhost(frame, iso => xOf(frame, iso), mid, c)}<rect class="bar-rect" x="${px(x1)}" y="${px(barTop)}" width="${px(x2 - x1)}" height="${BAR_H}" rx="3"/><text class="bar-label" x="${px(at.x)}" y="${px(textY)}" text-anchor="${at.anchor}">${label}</text></g>`;
        }
        case 'unscheduled': {
            const c = row.candidate;
            const label = c.funded ? 'not scheduled' : 'deferred';
            return html`<g class="${classes('stub', c.funded ? 'unscheduled' : 'deferred')}" ${interactive(frame, c.name, 'candidate')}>${svgTitle(candidateTooltip(frame.ctx, c))}<rect class="stub-rect" x="${frame.labelW + 2}" y="${px(barTop)}" width="64" height="${BAR_H}" rx="3"/><text class="stub-label" x="${frame.labelW + 72}" y="${px(textY)}">${c.name} · ${label}</text></g>`;
        }
        case 'milestone': {
            const m = row.milestone;
            const due = xOf(frame, m.due);
            const at = xOf(frame, m.achieved) ?? due;
            if (at === null) return html``;
            const late = m.lateDays > 0;
            const dueMark = due !== null ? html`<line class="milestone-due" x1="${px(due)}" x2="${px(due)}" y1="${px(mid - ROW_H / 2 + 3)}" y2="${px(mid + ROW_H / 2 - 3)}"/>` : html``;
            const note = milestoneNote(frame, m);
            const pos = beside(frame, Math.min(at, due ?? at) - 8, Math.max(at, due ?? at) + 7, note);
            return html`<g class="${classes('milestone', late && 'late', m.achieved === null && 'unscheduled')}" ${interactive(frame, m.name, 'milestone')}>${svgTitle(milestoneTooltip(frame, m))}${dueMark}<path d="M${px(at)},${px(mid - 8)} l8,8 l-8,8 l-8,-8 z"/><text class="milestone-label" x="${px(pos.x)}" y="${px(textY)}" text-anchor="${pos.anchor}">${note}</text></g>`;
        }
    }
}

function renderArrows(frame: Frame): SafeHtml {
    const byName = new Map(frame.ctx.analysis.candidates.filter(isScheduled).map(c => [c.name, c]));
    const requests: (ArrowRequest & { critical: boolean; lag: string })[] = [];
    for (const c of byName.values()) {
        const toRow = frame.rowOf.get(c.name);
        if (toRow === undefined) continue;
        for (const p of new Set(c.after)) {
            const pred = byName.get(p);
            const fromRow = frame.rowOf.get(p);
            if (!pred || fromRow === undefined) continue;
            const left = xOf(frame, c.start) ?? frame.labelW;
            const mid = rowMid(frame, toRow);
            // From the predecessor's bottom edge (top edge when the successor is drawn above it), below its label.
            const y1 = rowMid(frame, fromRow) + (toRow >= fromRow ? BAR_H / 2 : -BAR_H / 2);
            requests.push({
                from: p, to: c.name, x1: Math.max(frame.labelW + 1, xOf(frame, pred.finish) ?? frame.labelW), y1,
                left, right: Math.max(xOf(frame, c.finish) ?? left, left + 3), top: mid - BAR_H / 2, bottom: mid + BAR_H / 2, y2: mid,
                critical: pred.critical && c.critical,
                lag: formatLag(c.afterLags?.[c.after.indexOf(p)], frame.ctx.format),
            });
        }
    }
    const routed = routeArrows(requests);
    return joinHtml(routed.map((a, k) => {
        const request = requests[k]!;
        const lag = request.lag;
        const path = html`<path class="${classes('dep-arrow', request.critical && 'critical', lag && 'lagged')}" data-from="${a.from}" data-to="${a.to}"${lag ? html` data-lag="${lag}"` : ''} d="${a.d}" marker-end="url(#hitp-arrowhead)"><title>${lag ? `${a.from} → ${a.to} (${lag})` : `${a.from} → ${a.to}`}</title></path>`;
        // A lag or lead marks its arrow: dashed, with a knot where it leaves the predecessor and the
        // lag in its tooltip (a text label would collide with bar labels at the coarser zooms).
        return lag ? html`${path}<circle class="lag-knot" data-from="${a.from}" data-to="${a.to}" cx="${px(request.x1)}" cy="${px(request.y1)}" r="3"><title>${`${a.from} → ${a.to}: ${lag}`}</title></circle>` : path;
    }));
}

function renderToday(frame: Frame): SafeHtml {
    const today = parseIsoDate(frame.ctx.today);
    if (!today || !frame.axis) return html``;
    const [d0, d1] = frame.axis.scale.domain() as [Date, Date];
    if (today < d0 || today > d1) return html``;
    const x = frame.labelW + frame.axis.scale(today);
    const anchor = x + 3 + textWidth('Today', 12, true) > frame.width - 2 ? html` text-anchor="end"` : '';
    return html`<g class="today" aria-label="Today"><title>${`Today: ${frame.ctx.today ?? ''}`}</title><line x1="${px(x)}" x2="${px(x)}" y1="${AXIS_H - 14}" y2="${px(frame.height)}"/><text x="${px(anchor ? x - 3 : x + 3)}" y="${AXIS_H - 20}"${anchor}>Today</text></g>`;
}

const DEFS = html`<defs><marker id="hitp-arrowhead" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path class="arrowhead" d="M0,0 L8,4 L0,8 z"/></marker><pattern id="hitp-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"/><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>`;

/** One chart as SVG: labels on the left, the timeline (axis, bands, arrows, bars, today) in `data-timeline`. */
export function renderFrame(laidOut: Frame): SafeHtml {
    const frame = widenForLabels(laidOut);
    const { width, height, rows } = frame;
    const stripes = rows.map((_, i) => i % 2 === 1 ? html`<rect class="row-stripe" x="0" y="${px(frame.tops[i]!)}" width="${px(width)}" height="${px(frame.heights[i]!)}"/>` : html``);
    const bands = rows.map((row, i) => row.type === 'phase' ? renderPhaseBand(frame, i, row) : html``);
    const resizer = frame.print ? html`` : html`<rect class="label-resizer" data-label-resizer x="${frame.labelW - 4}" y="0" width="8" height="${px(height)}"><title>Drag to widen the labels</title></rect>`;
    const tickAttr = frame.axis ? html` data-tick-interval="${frame.axis.interval}"` : '';
    const layer: LayerFrame | null = frame.axis ? { axis: frame.axis, left: frame.labelW, top: AXIS_H, bottom: height, zoom: frame.zoom } : null;
    return html`<svg class="gantt-chart" data-zoom="${frame.zoom}"${tickAttr} data-label-width="${frame.labelW}" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}" role="group" aria-label="Timeline by ${frame.zoom}">
${DEFS}<g class="stripes">${stripes}</g>${renderAxisNote(frame)}
<g class="timeline" data-timeline>${layer ? renderNonWorkingDays(frame.ctx.analysis, layer) : ''}${renderAxis(frame)}${layer ? renderFreezeBands(frame.ctx.analysis, layer) : ''}${bands}
<g class="arrows">${renderArrows(frame)}</g>
<g class="rows">${rows.map((row, i) => renderRow(frame, i, row))}</g>
${renderToday(frame)}${renderStatusLine(frame, iso => xOf(frame, iso))}</g>
<g class="labels">${rows.map((row, i) => renderLabel(frame, i, row))}</g>${resizer}
</svg>`;
}

