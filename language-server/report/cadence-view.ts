/**
 * The EHR cadence view (spec §2, Cadence): for each cadence, vendor releases against
 * the releases the team absorbs, accumulated over the plan horizon; the gap between
 * the two lines is the backlog.
 */
import { scaleLinear } from 'd3-scale';
import type { CadenceAnalysis } from '../analysis/plan-analysis.js';
import { formatNumber } from './format.js';
import { html, px, type SafeHtml } from './html.js';
import { classes, emptyNote, viewSection, type RenderContext } from './view-common.js';
import { catchUpSummary, renderBacklogChart } from './backlog-chart.js';

const LEFT = 56;
const TOP = 14;
const PLOT_W = 420;
const PLOT_H = 150;

function finiteOrNull(v: number | null): number | null {
    return v !== null && Number.isFinite(v) ? v : null;
}

/** Two label baselines at least `gap` apart (the vendor's above when they meet), so the end labels never overlap. */
function apart(a: number, b: number, gap: number): [number, number] {
    if (Math.abs(a - b) >= gap) return [a, b];
    const mid = (a + b) / 2;
    return a <= b ? [mid - gap / 2, mid + gap / 2] : [mid + gap / 2, mid - gap / 2];
}

function renderCadence(ctx: RenderContext, c: CadenceAnalysis, horizon: number): SafeHtml {
    const f = ctx.format;
    const vendor = finiteOrNull(c.vendorPerYear);
    const absorbed = finiteOrNull(c.absorbedPerYear);
    const backlog = finiteOrNull(c.backlogPerYear);
    const summary = html`<p class="summary"><strong>${c.title || c.name}</strong> <span class="muted">${c.name}</span>: vendor ${formatNumber(vendor, 2, f)} releases a year, absorbed ${formatNumber(absorbed, 2, f)} a year${backlog !== null && backlog > 0 ? html` · <span class="status fail">falls behind ${formatNumber(backlog, 2, f)} a year</span>` : html` · <span class="status pass">keeps up</span>`}</p>`;
    if (vendor === null || absorbed === null) return html`<div class="cadence">${summary}${catchUpSummary(ctx, c)}</div>`;
    const years = Array.from({ length: horizon + 1 }, (_, t) => t);
    const x = scaleLinear().domain([0, horizon]).range([LEFT, LEFT + PLOT_W]);
    const y = scaleLinear().domain([0, Math.max(1, vendor, absorbed) * horizon]).nice().range([TOP + PLOT_H, TOP]);
    const line = (perYear: number): string => years.map((t, i) => `${i === 0 ? 'M' : 'L'}${px(x(t))},${px(y(perYear * t))}`).join(' ');
    const low = Math.min(vendor, absorbed);
    const high = Math.max(vendor, absorbed);
    const gap = `${line(high)} L${px(x(horizon))},${px(y(low * horizon))} L${px(x(0))},${px(y(0))} Z`;
    const ticks = y.ticks(4).map(v => html`<line class="grid" x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${px(y(v))}" y2="${px(y(v))}"/><text class="tick" x="${LEFT - 6}" y="${px(y(v) + 4)}" text-anchor="end">${formatNumber(v, 0, f)}</text>`);
    const yearTicks = years.map(t => html`<text class="tick" x="${px(x(t))}" y="${TOP + PLOT_H + 20}" text-anchor="middle">Y${t}</text>`);
    const endY = apart(y(vendor * horizon) + 4, y(absorbed * horizon) + 4, 15);
    const points = years.slice(1).map(t => {
        const due = vendor * t;
        const done = absorbed * t;
        const tip = `After year ${t}: ${formatNumber(due, 1, f)} vendor releases, ${formatNumber(done, 1, f)} absorbed, backlog ${formatNumber(Math.max(0, due - done), 1, f)}`;
        return html`<g class="cadence-point" tabindex="0" aria-label="${tip}"><title>${tip}</title><circle class="vendor" cx="${px(x(t))}" cy="${px(y(due))}" r="3.5"/><circle class="absorbed" cx="${px(x(t))}" cy="${px(y(done))}" r="3.5"/></g>`;
    });
    const endBacklog = Math.max(0, (vendor - absorbed) * horizon);
    const height = TOP + PLOT_H + 30;
    const svgW = LEFT + PLOT_W + 150;
    return html`<div class="${classes('cadence', endBacklog > 0 && 'behind')}">${summary}${catchUpSummary(ctx, c)}${renderBacklogChart(ctx, c)}<div class="chart-scroll"><svg class="cadence-chart" width="${svgW}" height="${height}" viewBox="0 0 ${svgW} ${height}" role="group" aria-label="${`${c.name}: releases over ${horizon} years`}">
<g class="axis" aria-hidden="true">${ticks}${yearTicks}</g><path class="backlog-area" d="${gap}"/><path class="line vendor" d="${line(vendor)}"/><path class="line absorbed" d="${line(absorbed)}"/>${points}
<text class="end-label" x="${px(x(horizon) + 8)}" y="${px(endY[0])}">vendor ${formatNumber(vendor * horizon, 1, f)}</text><text class="end-label" x="${px(x(horizon) + 8)}" y="${px(endY[1])}">absorbed ${formatNumber(absorbed * horizon, 1, f)}</text>
</svg></div><p class="muted">Backlog after ${formatNumber(horizon, 0, f)} years: ${formatNumber(endBacklog, 1, f)} releases.</p></div>`;
}

/** The cadence section. */
export function renderCadenceView(ctx: RenderContext): SafeHtml {
    const cadences = ctx.analysis.cadences;
    if (cadences.length === 0) return viewSection('cadence', 'EHR cadence', emptyNote('No cadence yet.'));
    const horizon = Math.max(1, Math.round(ctx.analysis.plan?.horizonYears ?? 5));
    const body = html`${cadences.map(c => renderCadence(ctx, c, horizon))}<p class="legend"><span class="key key-vendor"></span> vendor releases <span class="key key-absorbed"></span> absorbed <span class="key key-backlog"></span> backlog</p>`;
    return viewSection('cadence', 'EHR cadence', body);
}
