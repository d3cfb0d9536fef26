/**
 * The Gantt timeline view: phases as bands, candidates as bars (critical ones
 * highlighted), milestones as diamonds with their due date and late mark, gates as
 * flags at the phase finish, a today line and dependency arrows in separate lanes
 * (`gantt-arrows.ts`). Deferred candidates get a hatched stub in a separate group, never a bar.
 * A tracked plan (spec §9) adds ghost baseline bars, slips and a status-date line (`gantt-tracking.ts`).
 *
 * Zoom: the chart for each level (week / month / quarter) is rendered here; the one
 * shown first is live, and all three travel in `<template data-zoom-template>` elements
 * that the webview script swaps in (inert template content is not counted or focusable).
 * Print: a copy laid out for the page (`gantt-print.ts`) replaces the live chart on paper.
 *
 * Size: each chart is bounded whatever the plan's span (`timeAxis`): at most 16,000 px of
 * timeline and minor ticks at least 36 px apart. A span too long for the zoom's own ticks
 * (weeks over decades, quarters over millennia) is drawn with coarser ones (years, 5 years, …),
 * which the SVG names in `data-tick-interval` and a note above the row labels.
 */
import type { PlanAnalysis } from '../analysis/plan-analysis.js';
import { renderFrame } from './gantt-chart.js';
import { buildFrame, screenLabelWidth } from './gantt-frame.js';
import { buildRows, defaultZoom, timeAxis, timeDomain, type GanttRow } from './gantt-layout.js';
import { renderGanttPrint } from './gantt-print.js';
import { html, type SafeHtml } from './html.js';
import { renderTeamLoad } from './team-load-view.js';
import { emptyNote, viewSection, ZOOM_LEVELS, type RenderContext, type ZoomLevel } from './view-common.js';

function renderChart(ctx: RenderContext, rows: GanttRow[], domain: [Date, Date] | null, zoom: ZoomLevel): SafeHtml {
    const axis = domain ? timeAxis(domain, zoom) : null;
    return renderFrame(buildFrame({ ctx, zoom, axis, rows, print: false, labelW: screenLabelWidth(rows) }));
}

/** The Gantt section, with the chart at the initial zoom, templates for all three levels and the printed copy. */
export function renderGanttView(ctx: RenderContext): SafeHtml {
    const analysis: PlanAnalysis = ctx.analysis;
    const rows = buildRows(analysis);
    if (rows.length === 0) return viewSection('gantt', 'Timeline', emptyNote('No phases, candidates or milestones yet.'));
    // The compared version's dates (its ghost bars) stay on the chart too.
    const domain = timeDomain(analysis, [...ctx.comparison?.earlier.values() ?? []].flatMap(d => [d.start, d.finish]));
    const zoom = ctx.zoom ?? defaultZoom(domain);
    const buttons = ZOOM_LEVELS.map(level => html`<button type="button" class="zoom" data-zoom-level="${level}" aria-pressed="${level === zoom ? 'true' : 'false'}">${level[0]!.toUpperCase() + level.slice(1)}</button>`);
    const templates = ZOOM_LEVELS.map(level => html`<template data-zoom-template="${level}">${renderChart(ctx, rows, domain, level)}</template>`);
    const note = domain ? html`` : emptyNote('Nothing is scheduled: the plan has no start date.');
    const body = html`<div class="gantt-tools"><div class="toolbar" role="group" aria-label="Zoom">${buttons}</div><button type="button" class="print-button" data-print title="Print the roadmap, or save it as PDF (landscape A4 or Letter)">Print or save as PDF…</button></div>
${note}<div class="gantt-scroll" data-gantt-live>${renderChart(ctx, rows, domain, zoom)}</div>
${templates}${renderGanttPrint(ctx, rows, domain)}
<p class="legend"><span class="key key-bar"></span> candidate <span class="key key-critical"></span> critical path <span class="key key-deferred"></span> deferred <span class="key key-milestone">◆</span> milestone <span class="key key-late">◆</span> late <span class="key key-gate">⚑</span> gate <span class="key key-arrow"></span> dependency${analysis.calendar ? html` <span class="key key-non-working"></span> not a working day` : ''}${(analysis.freezes ?? []).length > 0 ? html` <span class="key key-freeze"></span> change freeze` : ''}${ctx.comparison ? html` <span class="key key-baseline"></span> last commit (${ctx.comparison.revision})` : analysis.plan?.status ? html` <span class="key key-baseline"></span> baseline` : html``}${analysis.plan?.status ? html` <span class="key key-status">│</span> status date` : html``}</p>
${renderTeamLoad(ctx)}`;
    return viewSection('gantt', 'Timeline', body, html`data-zoom="${zoom}"`);
}
