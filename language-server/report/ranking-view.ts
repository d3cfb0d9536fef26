/**
 * The priority ranking view (spec §2, Scoring): one horizontal bar per candidate in
 * rank order, stacked from the weighted score terms (normalised weight × score), so the
 * bar length is the priority index. Deferred candidates are greyed.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { CandidateAnalysis } from '../analysis/plan-analysis.js';
import { formatMoney, formatNumber, formatPercent } from './format.js';
import { html, px, type SafeHtml } from './html.js';
import { fitText, textWidth } from './text-metrics.js';
import { candidateTooltip, classes, clickable, colourSlot, emptyNote, svgTitle, viewSection, type RenderContext } from './view-common.js';

/** The label column: as wide as the longest `#rank title` needs, within bounds; longer ones end in `…`. */
const LABEL_MIN = 200;
const LABEL_MAX = 400;
const LABEL_FONT = 12;
const BAR_W = 460;
const AXIS_H = 24;
const ROW_H = 28;
const RIGHT_PAD = 120;

function criterionOrder(ctx: RenderContext): string[] {
    const names = ctx.analysis.criteria.map(c => c.name);
    for (const c of ctx.analysis.candidates) {
        for (const t of c.scoreBreakdown) if (!names.includes(t.criterion)) names.push(t.criterion);
    }
    return names;
}

function renderLegend(ctx: RenderContext, order: string[]): SafeHtml {
    const titleOf = new Map(ctx.analysis.criteria.map(c => [c.name, c]));
    const items = order.map((name, i) => {
        const c = titleOf.get(name);
        const weight = c ? ` ${formatPercent(c.normalisedWeight, 1, ctx.format)}` : '';
        return html`<li><span class="key ${colourSlot(i)}"></span>${c?.title || name}${weight}</li>`;
    });
    return html`<ul class="legend criteria-legend" aria-label="Criteria and normalised weights">${items}</ul>`;
}

function rankLabel(ctx: RenderContext, c: CandidateAnalysis): string {
    return `#${formatNumber(c.rank, 0, ctx.format)} ${c.title || c.name}`;
}

function renderRow(ctx: RenderContext, c: CandidateAnalysis, y: number, h: number, x: (v: number) => number, order: string[], labelW: number): SafeHtml {
    let offset = 0;
    const segments: SafeHtml[] = [];
    const terms = [...c.scoreBreakdown].sort((a, b) => order.indexOf(a.criterion) - order.indexOf(b.criterion));
    for (const t of terms) {
        if (!Number.isFinite(t.product) || t.product <= 0) continue;
        const x0 = x(offset);
        const x1 = x(offset + t.product);
        offset += t.product;
        segments.push(html`<rect class="segment ${colourSlot(order.indexOf(t.criterion))}" x="${px(labelW + x0)}" y="${px(y)}" width="${px(Math.max(0, x1 - x0))}" height="${px(h)}"><title>${`${t.criterion}: weight ${formatPercent(t.weight, 1, ctx.format)} × score ${formatNumber(t.score, 2, ctx.format)} = ${formatNumber(t.product, 2, ctx.format)}`}</title></rect>`);
    }
    if (segments.length === 0 && Number.isFinite(c.priorityIndex) && c.priorityIndex > 0) {
        segments.push(html`<rect class="segment total" x="${labelW}" y="${px(y)}" width="${px(x(c.priorityIndex))}" height="${px(h)}"/>`);
    }
    const tooltip = [...candidateTooltip(ctx, c), ...c.scoreBreakdown.map(t =>
        `  ${t.criterion}: ${formatPercent(t.weight, 1, ctx.format)} × ${formatNumber(t.score, 2, ctx.format)} = ${formatNumber(t.product, 2, ctx.format)}`)];
    const end = labelW + x(Number.isFinite(c.priorityIndex) ? c.priorityIndex : 0);
    const label = fitText(rankLabel(ctx, c), labelW - 16, LABEL_FONT);
    return html`<g class="${classes('rank-row', !c.funded && 'deferred', c.critical && 'critical')}" ${clickable(ctx, c.name, 'candidate')}>${svgTitle(tooltip)}<text class="row-label" x="8" y="${px(y + h / 2 + 4)}">${label}</text>${segments}<text class="value-label" x="${px(end + 6)}" y="${px(y + h / 2 + 4)}">${formatNumber(c.priorityIndex, 2, ctx.format)}${c.funded ? '' : ' · deferred'} · NPV ${formatMoney(c.npv, ctx.currency, ctx.format)}</text></g>`;
}

/** On paper, where no tooltip can show them: the full titles of the labels cut short, by rank. */
function printLegend(cut: readonly string[]): SafeHtml {
    if (cut.length === 0) return html``;
    return html`<div class="print-only label-legend"><p class="muted">Full titles of the shortened labels:</p><ul>${cut.map(l => html`<li>${l}</li>`)}</ul></div>`;
}

/** The ranking section: stacked score bars in rank order and a criteria legend. */
export function renderRankingView(ctx: RenderContext): SafeHtml {
    const candidates = [...ctx.analysis.candidates].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
    if (candidates.length === 0) return viewSection('ranking', 'Priority ranking', emptyNote('No candidates yet.'));
    const order = criterionOrder(ctx);
    const maxScore = Math.max(1, ...candidates.map(c => Number.isFinite(c.priorityIndex) ? c.priorityIndex : 0),
        ...candidates.flatMap(c => c.scoreBreakdown.map(t => Number.isFinite(t.score) ? t.score : 0)));
    const x = scaleLinear().domain([0, maxScore]).nice().range([0, BAR_W]);
    const labels = candidates.map(c => rankLabel(ctx, c));
    const labelW = Math.round(Math.min(LABEL_MAX, Math.max(LABEL_MIN, ...labels.map(l => textWidth(l, LABEL_FONT) + 16))));
    const cut = labels.filter(l => textWidth(l, LABEL_FONT) > labelW - 16);
    const height = AXIS_H + candidates.length * ROW_H + 8;
    const y = scaleBand<string>().domain(candidates.map(c => c.name)).range([AXIS_H, height - 8]).paddingInner(0.25).paddingOuter(0.1);
    const ticks = x.ticks(5).map(t => html`<line class="grid" x1="${px(labelW + x(t))}" x2="${px(labelW + x(t))}" y1="${AXIS_H - 4}" y2="${px(height - 8)}"/><text class="tick" x="${px(labelW + x(t))}" y="${AXIS_H - 8}" text-anchor="middle">${formatNumber(t, 1, ctx.format)}</text>`);
    const rows = candidates.map(c => renderRow(ctx, c, y(c.name) ?? 0, y.bandwidth(), v => x(v), order, labelW));
    const width = labelW + BAR_W + RIGHT_PAD + 80;
    const body = html`${renderLegend(ctx, order)}<div class="chart-scroll"><svg class="ranking-chart" width="${width}" height="${px(height)}" viewBox="0 0 ${width} ${px(height)}" role="group" aria-label="Priority index by candidate">
<g class="axis" aria-hidden="true">${ticks}</g>${rows}</svg></div>${printLegend(cut)}`;
    return viewSection('ranking', 'Priority ranking', body);
}
