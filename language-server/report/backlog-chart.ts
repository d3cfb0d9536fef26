/**
 * The EHR backlog over time (spec §9, EHR catch-up): the backlog from the plan's start to the
 * horizon as a line, with the catch-up date marked. Drawn only when the analysis followed the
 * backlog over time (a start date, a vendor interval and a cycle).
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import type { CadenceAnalysis } from '../analysis/plan-analysis.js';
import { formatDate, formatNumber } from './format.js';
import { html, px, type SafeHtml } from './html.js';
import { parseIsoDate, type RenderContext } from './view-common.js';

const LEFT = 56;
const TOP = 14;
const PLOT_W = 420;
const PLOT_H = 110;
const yearFormat = utcFormat('%Y');

/**
 * Whether the cadence uses the spec §9 lines (`behind`, or a dated cycle, which bends the backlog
 * curve): only then do the faces show the backlog over time, so a Part I plan looks as before.
 */
export function tracksCatchUp(c: CadenceAnalysis): boolean {
    return c.backlogAtHorizon !== null && (c.behind > 0 || c.backlogCurve.length > 2);
}

/** One line of words: the backlog at the start, the catch-up date and the backlog at the horizon. */
export function catchUpSummary(ctx: RenderContext, c: CadenceAnalysis): SafeHtml {
    if (!tracksCatchUp(c) || c.backlogAtHorizon === null) return html``;
    const f = ctx.format;
    const caught = c.caughtUpOn !== null
        ? html` · <span class="status pass caught-up">caught up on ${formatDate(c.caughtUpOn)}</span>`
        : c.behind > 0 ? html` · <span class="status fail">never caught up within the horizon</span>` : html``;
    return html`<p class="catch-up">Behind ${formatNumber(c.behind, 2, f)} at the start${caught} · backlog at the horizon ${formatNumber(c.backlogAtHorizon, 2, f)}</p>`;
}

/** The backlog line chart; empty when there is no curve. */
export function renderBacklogChart(ctx: RenderContext, c: CadenceAnalysis): SafeHtml {
    if (!tracksCatchUp(c)) return html``;
    const points = c.backlogCurve.flatMap(p => {
        const day = parseIsoDate(p.on);
        return day && Number.isFinite(p.backlog) ? [{ day, backlog: p.backlog }] : [];
    });
    if (points.length < 2) return html``;
    const f = ctx.format;
    const x = scaleUtc().domain([points[0]!.day, points[points.length - 1]!.day]).range([LEFT, LEFT + PLOT_W]);
    const y = scaleLinear().domain([0, Math.max(1, ...points.map(p => p.backlog))]).nice().range([TOP + PLOT_H, TOP]);
    const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(x(p.day))},${px(y(p.backlog))}`).join(' ');
    const ticks = y.ticks(3).map(v => html`<line class="grid" x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${px(y(v))}" y2="${px(y(v))}"/><text class="tick" x="${LEFT - 6}" y="${px(y(v) + 4)}" text-anchor="end">${formatNumber(v, 1, f)}</text>`);
    const years = x.ticks(6).map(d => html`<text class="tick" x="${px(x(d))}" y="${TOP + PLOT_H + 16}" text-anchor="middle">${yearFormat(d)}</text>`);
    const caught = parseIsoDate(c.caughtUpOn);
    const mark = caught
        ? html`<g class="caught-up-mark"><title>${`Caught up on ${formatDate(c.caughtUpOn)}`}</title><line x1="${px(x(caught))}" x2="${px(x(caught))}" y1="${TOP}" y2="${TOP + PLOT_H}"/><text x="${px(x(caught) + 4)}" y="${TOP + 10}">${`caught up ${formatDate(c.caughtUpOn)}`}</text></g>`
        : html``;
    const height = TOP + PLOT_H + 26;
    const width = LEFT + PLOT_W + 150;
    return html`<div class="chart-scroll"><svg class="backlog-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="group" aria-label="${`${c.name}: backlog over time`}"><g class="axis" aria-hidden="true">${ticks}${years}</g><path class="line backlog" d="${path}"/>${mark}</svg></div>`;
}
