/**
 * The Gantt timeline view: phases as bands, candidates as bars (critical ones
 * highlighted), milestones as diamonds with their due date and late mark, gates as
 * flags at the phase finish, a today line and dependency arrows. A tracked plan (spec §9) adds,
 * behind each bar whose dates moved, its baseline as a ghost bar, the slip after the name, a
 * status-date line, and gates judged as of the status date (pass, fail, or not yet due). Deferred candidates
 * get a hatched stub in a separate group, never a bar.
 *
 * Zoom: the chart for each level (week / month / quarter) is rendered here; the one
 * shown first is live, and all three travel in `<template data-zoom-template>` elements
 * that the webview script swaps in (inert template content is not counted or focusable).
 *
 * Size: each chart is bounded whatever the plan's span (`timeAxis`): at most 16,000 px of
 * timeline and minor ticks at least 36 px apart. A span too long for the zoom's own ticks
 * (weeks over decades, quarters over millennia) is drawn with coarser ones (years, 5 years, …),
 * which the SVG names in `data-tick-interval` and a note above the row labels.
 */
import type { CandidateAnalysis, GateAnalysis, MilestoneAnalysis, PlanAnalysis } from '../analysis/plan-analysis.js';
import { formatDate, formatDays, formatNumber, formatSlip } from './format.js';
import { buildRows, defaultZoom, isScheduled, timeAxis, timeDomain, type GanttRow, type TimeAxis } from './gantt-layout.js';
import { html, joinHtml, px, truncate, type SafeHtml } from './html.js';
import {
    candidateTooltip, classes, clickable, emptyNote, parseIsoDate, svgTitle, viewSection,
    ZOOM_LEVELS, type RenderContext, type ZoomLevel
} from './view-common.js';

const LABEL_W = 250;
const ROW_H = 28;
const AXIS_H = 44;
const RIGHT_PAD = 170;
const BAR_PAD = 6;

interface Frame {
    ctx: RenderContext;
    zoom: ZoomLevel;
    axis: TimeAxis | null;
    rows: GanttRow[];
    rowOf: Map<string, number>;
}

function xOf(frame: Frame, iso: string | null): number | null {
    const d = parseIsoDate(iso);
    return d && frame.axis ? LABEL_W + frame.axis.scale(d) : null;
}

function rowTop(i: number): number {
    return AXIS_H + i * ROW_H;
}

function renderAxis(frame: Frame, height: number): SafeHtml {
    const axis = frame.axis;
    if (!axis) return html``;
    const minor = axis.minor.map(t => html`<line class="grid" x1="${px(LABEL_W + t.x)}" x2="${px(LABEL_W + t.x)}" y1="${AXIS_H - 14}" y2="${px(height)}"/><text class="tick" x="${px(LABEL_W + t.x + 3)}" y="${AXIS_H - 4}">${t.label}</text>`);
    const major = axis.major.map(t => html`<line class="grid major" x1="${px(LABEL_W + t.x)}" x2="${px(LABEL_W + t.x)}" y1="4" y2="${px(height)}"/><text class="tick major" x="${px(LABEL_W + t.x + 3)}" y="16">${t.label}</text>`);
    return html`<g class="axis" aria-hidden="true">${minor}${major}<line class="axis-line" x1="${LABEL_W}" x2="${px(LABEL_W + axis.width)}" y1="${AXIS_H}" y2="${AXIS_H}"/></g>${renderAxisNote(frame)}`;
}

/** Above the row labels, when the span is too long for the zoom's own ticks: which interval the axis shows instead. */
function renderAxisNote(frame: Frame): SafeHtml {
    const axis = frame.axis;
    if (!axis?.coarsened) return html``;
    return html`<g class="axis-note">${svgTitle([axis.coarsened])}<text class="tick" x="8" y="16">${`Ticks every ${axis.interval}`}</text><text class="tick" x="8" y="${AXIS_H - 4}">${`(too long for ${frame.zoom} ticks)`}</text></g>`;
}

function renderLabel(frame: Frame, i: number, row: GanttRow): SafeHtml {
    const y = px(rowTop(i) + ROW_H / 2 + 4);
    switch (row.type) {
        case 'phase':
            return html`<g class="row-label phase-label" ${clickable(frame.ctx, row.phase.name, 'phase')}>${svgTitle([`Phase ${row.phase.name} — ${row.phase.title}`, `${formatDate(row.phase.start)} → ${formatDate(row.phase.finish)}`])}<text x="8" y="${y}">${truncate(row.phase.title || row.phase.name, 34)}</text></g>`;
        case 'group':
            return html`<text class="row-label group-label" x="8" y="${y}">${row.label}</text>`;
        case 'candidate':
        case 'unscheduled': {
            const c = row.candidate;
            return html`<g class="${classes('row-label', !c.funded && 'deferred')}" ${clickable(frame.ctx, c.name, 'candidate')}>${svgTitle(candidateTooltip(frame.ctx, c))}<text x="20" y="${y}">${truncate(c.title || c.name, 32)}</text></g>`;
        }
        case 'milestone':
            return html`<g class="row-label" ${clickable(frame.ctx, row.milestone.name, 'milestone')}>${svgTitle(milestoneTooltip(frame, row.milestone))}<text x="20" y="${y}">◆ ${truncate(row.milestone.title || row.milestone.name, 30)}</text></g>`;
    }
}

function milestoneTooltip(frame: Frame, m: MilestoneAnalysis): string[] {
    const lines = [`Milestone ${m.name} — ${m.title}`, `Due: ${formatDate(m.due)}`, `Achieved: ${formatDate(m.achieved)}`];
    if (m.lateDays > 0) lines.push(`Late by ${formatDays(m.lateDays, frame.ctx.format)}`);
    return lines;
}

/**
 * A gate's state as of the status date (spec §9), or today's date without one: `not-due` while its
 * phase has not finished by then; otherwise `pass`, `fail` or `unknown` on the values it is judged
 * on. With neither date, the plan-time judgement on the values alone.
 */
export function gateState(frame: { ctx: RenderContext }, gate: GateAnalysis, finish: string | null): 'pass' | 'fail' | 'unknown' | 'not-due' {
    const asOf = frame.ctx.analysis.plan?.status ?? frame.ctx.today;
    if (asOf !== null && (finish === null || finish > asOf)) return 'not-due';
    return gate.passes === null ? 'unknown' : gate.passes ? 'pass' : 'fail';
}

function gateTooltip(frame: Frame, gate: GateAnalysis, state: string): string[] {
    const asOf = frame.ctx.analysis.plan?.status ?? frame.ctx.today;
    const words = state === 'not-due' ? `not yet due as of ${formatDate(asOf)}` : state === 'unknown' ? 'unknown' : state === 'pass' ? 'passing' : 'not passing';
    const f = frame.ctx.format;
    return [`Gate of phase ${gate.phase}: ${words}`,
        ...gate.conditions.map(c => `${c.kpi} ${c.comparator} ${formatNumber(c.value, 4, f)} (baseline ${formatNumber(c.baseline, 4, f)}${c.current !== null ? `, current ${formatNumber(c.current, 4, f)}` : ''}) ${c.passes === null ? '?' : c.passes ? '✓' : '✗'}`)];
}

function renderPhaseBand(frame: Frame, i: number, row: Extract<GanttRow, { type: 'phase' }>): SafeHtml {
    const x1 = xOf(frame, row.phase.start);
    const x2 = xOf(frame, row.phase.finish);
    if (x1 === null || x2 === null) return html``;
    const top = rowTop(i) + 2;
    const height = (row.lastRow - i + 1) * ROW_H - 4;
    return html`<g class="${classes('phase-band', row.phase.critical && 'critical')}" ${clickable(frame.ctx, row.phase.name, 'phase')}>${svgTitle([`Phase ${row.phase.name} — ${row.phase.title}`, `${formatDate(row.phase.start)} → ${formatDate(row.phase.finish)}`, `Float: ${formatDays(row.phase.totalFloatDays, frame.ctx.format)}`])}<rect x="${px(x1)}" y="${px(top)}" width="${px(Math.max(2, x2 - x1))}" height="${px(height)}" rx="4"/><text class="band-label" x="${px(x1 + 6)}" y="${px(rowTop(i) + ROW_H / 2 + 4)}">${truncate(row.phase.name, 40)}</text></g>`;
}

function renderGate(frame: Frame, i: number, gate: GateAnalysis, finish: string | null): SafeHtml {
    const x = xOf(frame, finish);
    if (x === null) return html``;
    const y = rowTop(i) + 4;
    const status = gateState(frame, gate, finish);
    return html`<g class="gate ${status}" ${clickable(frame.ctx, gate.phase, 'gate')}>${svgTitle(gateTooltip(frame, gate, status))}<line x1="${px(x)}" x2="${px(x)}" y1="${px(y)}" y2="${px(y + ROW_H - 8)}"/><path d="M${px(x)},${px(y)} h12 l-4,5 l4,5 h-12 z"/></g>`;
}

function renderRow(frame: Frame, i: number, row: GanttRow): SafeHtml {
    const top = rowTop(i);
    const mid = top + ROW_H / 2;
    switch (row.type) {
        case 'phase': {
            const gate = frame.ctx.analysis.gates.find(g => g.phase === row.phase.name);
            return gate ? renderGate(frame, i, gate, row.phase.finish) : html``;
        }
        case 'group':
            return html``;
        case 'candidate': {
            const c = row.candidate;
            const x1 = xOf(frame, c.start) ?? LABEL_W;
            const x2 = xOf(frame, c.finish) ?? x1;
            const moved = c.baselineStart !== null && (c.baselineStart !== c.start || c.baselineFinish !== c.finish);
            const label = moved || c.tracking !== 'planned' ? `${c.name} · ${formatSlip(c.slipDays, frame.ctx.format)}` : c.name;
            return html`<g class="${classes('bar', c.critical && 'critical', c.tracking !== 'planned' && c.tracking, (c.slipDays ?? 0) > 0 && 'slipped')}" ${clickable(frame.ctx, c.name, 'candidate')}>${svgTitle(candidateTooltip(frame.ctx, c))}${moved ? renderGhost(frame, top, c) : html``}<rect class="bar-rect" x="${px(x1)}" y="${px(top + BAR_PAD)}" width="${px(Math.max(3, x2 - x1))}" height="${ROW_H - 2 * BAR_PAD}" rx="3"/><text class="bar-label" x="${px(Math.max(x2, x1 + 3, xOf(frame, c.baselineFinish) ?? 0) + 5)}" y="${px(mid + 4)}">${label}</text></g>`;
        }
        case 'unscheduled': {
            const c = row.candidate;
            const label = c.funded ? 'not scheduled' : 'deferred';
            return html`<g class="${classes('stub', c.funded ? 'unscheduled' : 'deferred')}" ${clickable(frame.ctx, c.name, 'candidate')}>${svgTitle(candidateTooltip(frame.ctx, c))}<rect class="stub-rect" x="${LABEL_W + 2}" y="${px(top + BAR_PAD)}" width="64" height="${ROW_H - 2 * BAR_PAD}" rx="3"/><text class="stub-label" x="${LABEL_W + 72}" y="${px(mid + 4)}">${c.name} · ${label}</text></g>`;
        }
        case 'milestone': {
            const m = row.milestone;
            const due = xOf(frame, m.due);
            const at = xOf(frame, m.achieved) ?? due;
            if (at === null) return html``;
            const late = m.lateDays > 0;
            const dueMark = due !== null ? html`<line class="milestone-due" x1="${px(due)}" x2="${px(due)}" y1="${px(top + 3)}" y2="${px(top + ROW_H - 3)}"/>` : html``;
            const note = `${m.name} · due ${formatDate(m.due)}${late ? ` · late ${formatDays(m.lateDays, frame.ctx.format)}` : ''}${m.achieved === null ? ' · not scheduled' : ''}`;
            return html`<g class="${classes('milestone', late && 'late', m.achieved === null && 'unscheduled')}" ${clickable(frame.ctx, m.name, 'milestone')}>${svgTitle(milestoneTooltip(frame, m))}${dueMark}<path d="M${px(at)},${px(mid - 8)} l8,8 l-8,8 l-8,-8 z"/><text class="milestone-label" x="${px(Math.max(at, due ?? at) + 12)}" y="${px(mid + 4)}">${note}</text></g>`;
        }
    }
}

/** The baseline of a moved bar, as a ghost bar behind it (spec §9). */
function renderGhost(frame: Frame, top: number, c: CandidateAnalysis): SafeHtml {
    const b1 = xOf(frame, c.baselineStart);
    const b2 = xOf(frame, c.baselineFinish);
    if (b1 === null || b2 === null) return html``;
    const tip = `Baseline ${formatDate(c.baselineStart)} → ${formatDate(c.baselineFinish)} · ${formatSlip(c.slipDays, frame.ctx.format)}`;
    return html`<rect class="baseline-bar" data-baseline-start="${c.baselineStart ?? ''}" data-baseline-finish="${c.baselineFinish ?? ''}" x="${px(b1)}" y="${px(top + 2)}" width="${px(Math.max(3, b2 - b1))}" height="${ROW_H - 4}" rx="3"><title>${tip}</title></rect>`;
}

/** The status date (spec §9): the day the actuals are as of. */
function renderStatusLine(frame: Frame, height: number): SafeHtml {
    const status = frame.ctx.analysis.plan?.status ?? null;
    const x = xOf(frame, status);
    if (x === null) return html``;
    return html`<g class="status-date" data-status="${status ?? ''}" aria-label="Status date"><title>${`Status date: ${formatDate(status)}`}</title><line x1="${px(x)}" x2="${px(x)}" y1="${AXIS_H - 14}" y2="${px(height)}"/><text x="${px(x + 3)}" y="${AXIS_H - 28}">${`Status ${formatDate(status)}`}</text></g>`;
}

function renderArrows(frame: Frame): SafeHtml {
    const byName = new Map(frame.ctx.analysis.candidates.filter(isScheduled).map(c => [c.name, c]));
    const arrows: SafeHtml[] = [];
    for (const c of byName.values()) {
        for (const p of new Set(c.after)) {
            const pred = byName.get(p);
            const fromRow = frame.rowOf.get(p);
            const toRow = frame.rowOf.get(c.name);
            if (!pred || fromRow === undefined || toRow === undefined) continue;
            const x1 = xOf(frame, pred.finish) ?? 0;
            const x2 = xOf(frame, c.start) ?? 0;
            // An L-shaped connector: down from the end of the predecessor's bar, then across to the successor.
            const down = toRow > fromRow;
            const y1 = rowTop(fromRow) + (down ? ROW_H - BAR_PAD : BAR_PAD);
            const y2 = rowTop(toRow) + ROW_H / 2;
            const xDrop = Math.max(LABEL_W + 1, x1 - 3);
            const critical = pred.critical && c.critical;
            arrows.push(html`<path class="${classes('dep-arrow', critical && 'critical')}" data-from="${p}" data-to="${c.name}" d="M${px(xDrop)},${px(y1)} V${px(y2)} H${px(Math.max(x2, xDrop + 6))}" marker-end="url(#hitp-arrowhead)"><title>${`${p} → ${c.name}`}</title></path>`);
        }
    }
    return joinHtml(arrows);
}

function renderToday(frame: Frame, height: number): SafeHtml {
    const today = parseIsoDate(frame.ctx.today);
    if (!today || !frame.axis) return html``;
    const [d0, d1] = frame.axis.scale.domain() as [Date, Date];
    if (today < d0 || today > d1) return html``;
    const x = LABEL_W + frame.axis.scale(today);
    return html`<g class="today" aria-label="Today"><title>${`Today: ${frame.ctx.today ?? ''}`}</title><line x1="${px(x)}" x2="${px(x)}" y1="${AXIS_H - 14}" y2="${px(height)}"/><text x="${px(x + 3)}" y="${AXIS_H - 16}">Today</text></g>`;
}

function renderChart(ctx: RenderContext, rows: GanttRow[], domain: [Date, Date] | null, zoom: ZoomLevel): SafeHtml {
    const axis = domain ? timeAxis(domain, zoom) : null;
    const rowOf = new Map<string, number>();
    rows.forEach((row, i) => { if (row.type === 'candidate') rowOf.set(row.candidate.name, i); });
    const frame: Frame = { ctx, zoom, axis, rows, rowOf };
    const height = AXIS_H + rows.length * ROW_H + 8;
    const width = LABEL_W + (axis?.width ?? 480) + RIGHT_PAD;
    const stripes = rows.map((_, i) => i % 2 === 1 ? html`<rect class="row-stripe" x="0" y="${px(rowTop(i))}" width="${px(width)}" height="${ROW_H}"/>` : html``);
    const bands = rows.map((row, i) => row.type === 'phase' ? renderPhaseBand(frame, i, row) : html``);
    return html`<svg class="gantt-chart" data-zoom="${zoom}"${axis ? html` data-tick-interval="${axis.interval}"` : ''} width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}" role="group" aria-label="Timeline by ${zoom}">
<defs><marker id="hitp-arrowhead" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path class="arrowhead" d="M0,0 L8,4 L0,8 z"/></marker><pattern id="hitp-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"/><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>
${stripes}${renderAxis(frame, height)}${bands}
<g class="labels">${rows.map((row, i) => renderLabel(frame, i, row))}</g>
<g class="arrows">${renderArrows(frame)}</g>
<g class="rows">${rows.map((row, i) => renderRow(frame, i, row))}</g>
${renderToday(frame, height)}${renderStatusLine(frame, height)}
</svg>`;
}

/** The Gantt section, with the chart at the initial zoom and templates for all three levels. */
export function renderGanttView(ctx: RenderContext): SafeHtml {
    const analysis: PlanAnalysis = ctx.analysis;
    const rows = buildRows(analysis);
    if (rows.length === 0) return viewSection('gantt', 'Timeline', emptyNote('No phases, candidates or milestones yet.'));
    const domain = timeDomain(analysis);
    const zoom = ctx.zoom ?? defaultZoom(domain);
    const buttons = ZOOM_LEVELS.map(level => html`<button type="button" class="zoom" data-zoom-level="${level}" aria-pressed="${level === zoom ? 'true' : 'false'}">${level[0]!.toUpperCase() + level.slice(1)}</button>`);
    const templates = ZOOM_LEVELS.map(level => html`<template data-zoom-template="${level}">${renderChart(ctx, rows, domain, level)}</template>`);
    const note = domain ? html`` : emptyNote('Nothing is scheduled: the plan has no start date.');
    const body = html`<div class="toolbar" role="group" aria-label="Zoom">${buttons}</div>
${note}<div class="gantt-scroll" data-gantt-live>${renderChart(ctx, rows, domain, zoom)}</div>
${templates}
<p class="legend"><span class="key key-bar"></span> candidate <span class="key key-critical"></span> critical path <span class="key key-deferred"></span> deferred <span class="key key-milestone">◆</span> milestone <span class="key key-late">◆</span> late <span class="key key-gate">⚑</span> gate${ctx.analysis.plan?.status ? html` <span class="key key-baseline"></span> baseline <span class="key key-status">│</span> status date` : html``}</p>`;
    return viewSection('gantt', 'Timeline', body, html`data-zoom="${zoom}"`);
}
