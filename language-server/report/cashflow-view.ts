/**
 * The cash-flow view (spec §2, Cash flows / NPV / Payback): per year, the funded
 * candidates' flows stacked (benefits up, costs down), the portfolio's net flow, the
 * cumulative line and the payback point; then a table of every candidate's flows.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { CandidateAnalysis } from '../analysis/plan-analysis.js';
import { formatMoney, formatMoneyShort, formatPercent, formatYears } from './format.js';
import { html, px, truncate, type SafeHtml } from './html.js';
import { classes, clickable, colourSlot, emptyNote, viewSection, type RenderContext } from './view-common.js';

const LEFT = 80;
const TOP = 16;
const PLOT_H = 260;
const BOTTOM = 36;
const YEAR_W = 84;

function finite(values: readonly number[]): number[] {
    return values.filter(v => Number.isFinite(v));
}

function cumulative(flows: readonly number[]): number[] {
    let sum = 0;
    return flows.map(v => (sum += Number.isFinite(v) ? v : 0));
}

function renderChart(ctx: RenderContext, funded: CandidateAnalysis[], slotOf: Map<string, number>): SafeHtml {
    const portfolio = ctx.analysis.portfolio;
    const flows = portfolio.cashflows;
    const years = flows.map((_, t) => t);
    const cum = cumulative(flows);
    const stackedUp = years.map(t => funded.reduce((s, c) => s + Math.max(0, c.cashflows[t] ?? 0), 0));
    const stackedDown = years.map(t => funded.reduce((s, c) => s + Math.min(0, c.cashflows[t] ?? 0), 0));
    const extent = finite([0, ...flows, ...cum, ...stackedUp, ...stackedDown]);
    const y = scaleLinear().domain([Math.min(...extent), Math.max(...extent)]).nice().range([TOP + PLOT_H, TOP]);
    const width = Math.max(480, years.length * YEAR_W);
    const x = scaleBand<number>().domain(years).range([LEFT, LEFT + width]).paddingInner(0.3).paddingOuter(0.15);
    const centre = (t: number): number => (x(t) ?? LEFT) + x.bandwidth() / 2;
    const yearAt = scaleLinear().domain([0, Math.max(1, years.length - 1)]).range([centre(0), centre(Math.max(1, years.length - 1))]);
    const f = ctx.format;
    const money = (v: number | null): string => formatMoney(v, ctx.currency, f);

    const ticks = y.ticks(6).map(v => html`<line class="${classes('grid', v === 0 && 'zero')}" x1="${LEFT}" x2="${px(LEFT + width)}" y1="${px(y(v))}" y2="${px(y(v))}"/><text class="tick" x="${LEFT - 6}" y="${px(y(v) + 4)}" text-anchor="end">${formatMoneyShort(v, ctx.currency, f)}</text>`);
    const yearLabels = years.map(t => html`<text class="tick" x="${px(centre(t))}" y="${TOP + PLOT_H + 18}" text-anchor="middle">Year ${t}</text>`);
    const segments: SafeHtml[] = [];
    for (const t of years) {
        let up = 0;
        let down = 0;
        for (const c of funded) {
            const v = c.cashflows[t];
            if (v === undefined || !Number.isFinite(v) || v === 0) continue;
            const from = v > 0 ? up : down;
            const to = from + v;
            if (v > 0) up = to; else down = to;
            const y0 = y(Math.max(from, to));
            const y1 = y(Math.min(from, to));
            segments.push(html`<rect class="segment ${colourSlot(slotOf.get(c.name) ?? 0)} ${v > 0 ? 'benefit' : 'cost'}" x="${px(x(t) ?? 0)}" y="${px(y0)}" width="${px(x.bandwidth())}" height="${px(Math.max(0.5, y1 - y0))}"><title>${`${c.name}, year ${t}: ${money(v)}`}</title></rect>`);
        }
    }
    const net = years.map(t => html`<g class="net"><title>${`Portfolio, year ${t}: net ${money(flows[t] ?? null)}, cumulative ${money(cum[t] ?? null)}`}</title><line x1="${px((x(t) ?? 0) - 3)}" x2="${px((x(t) ?? 0) + x.bandwidth() + 3)}" y1="${px(y(flows[t] ?? 0))}" y2="${px(y(flows[t] ?? 0))}"/></g>`);
    const line = cum.map((v, t) => `${t === 0 ? 'M' : 'L'}${px(centre(t))},${px(y(v))}`).join(' ');
    const dots = cum.map((v, t) => html`<circle class="cumulative-dot" cx="${px(centre(t))}" cy="${px(y(v))}" r="3.5"><title>${`Cumulative after year ${t}: ${money(v)}`}</title></circle>`);
    const pb = portfolio.paybackYears;
    const payback = pb !== null && Number.isFinite(pb)
        ? html`<g class="payback"><title>${`Payback after ${formatYears(pb, f)}`}</title><circle cx="${px(yearAt(pb))}" cy="${px(y(0))}" r="6"/><text x="${px(yearAt(pb) + 9)}" y="${px(y(0) - 8)}">Payback ${formatYears(pb, f)}</text></g>`
        : html``;
    const height = TOP + PLOT_H + BOTTOM;
    const svgW = LEFT + width + 20;
    return html`<div class="chart-scroll"><svg class="cashflow-chart" width="${px(svgW)}" height="${height}" viewBox="0 0 ${px(svgW)} ${height}" role="group" aria-label="Portfolio cash flow per year">
<g class="axis" aria-hidden="true">${ticks}${yearLabels}</g><g class="segments">${segments}</g>${net}
<path class="cumulative" d="${line}"/>${dots}${payback}</svg></div>`;
}

function renderTable(ctx: RenderContext, slotOf: Map<string, number>): SafeHtml {
    const f = ctx.format;
    const p = ctx.analysis.portfolio;
    const years = p.cashflows.map((_, t) => t);
    const head = html`<tr><th scope="col">Candidate</th>${years.map(t => html`<th scope="col" class="num">Y${t}</th>`)}<th scope="col" class="num">NPV</th><th scope="col" class="num">IRR</th><th scope="col" class="num">Payback</th><th scope="col" class="num">ROI</th></tr>`;
    const figures = (npv: number, irr: number | null, payback: number | null, roi: number | null): SafeHtml =>
        html`<td class="num">${formatMoney(npv, ctx.currency, f)}</td><td class="num">${formatPercent(irr, 1, f)}</td><td class="num">${formatYears(payback, f)}</td><td class="num">${formatPercent(roi, 1, f)}</td>`;
    const rows = [...ctx.analysis.candidates].sort((a, b) => a.rank - b.rank).map(c => html`<tr class="${classes('candidate-row', !c.funded && 'deferred')}" ${clickable(ctx, c.name, 'candidate')} title="${`${c.name} — ${c.title}${c.funded ? '' : ' (deferred)'}`}"><th scope="row"><span class="key ${colourSlot(slotOf.get(c.name) ?? 0)}"></span>${truncate(c.title || c.name, 40)}${c.funded ? '' : ' (deferred)'}</th>${years.map(t => html`<td class="num">${formatMoneyShort(c.cashflows[t] ?? null, ctx.currency, f)}</td>`)}${figures(c.npv, c.irr, c.paybackYears, c.roi)}</tr>`);
    const total = html`<tr class="portfolio-row"><th scope="row">Portfolio (funded)</th>${years.map(t => html`<td class="num">${formatMoneyShort(p.cashflows[t] ?? null, ctx.currency, f)}</td>`)}${figures(p.npv, p.irr, p.paybackYears, p.roi)}</tr>`;
    return html`<div class="table-scroll"><table class="cashflow-table"><thead>${head}</thead><tbody>${rows}${total}</tbody></table></div>`;
}

/** The cash-flow section: the portfolio chart, a summary line, and the per-candidate table. */
export function renderCashflowView(ctx: RenderContext): SafeHtml {
    const p = ctx.analysis.portfolio;
    if (p.cashflows.length === 0 && ctx.analysis.candidates.length === 0) {
        return viewSection('cashflow', 'Cash flow', emptyNote('No cash flows yet.'));
    }
    const slotOf = new Map(ctx.analysis.candidates.map((c, i) => [c.name, i]));
    const funded = ctx.analysis.candidates.filter(c => c.funded);
    const f = ctx.format;
    const summary = html`<p class="summary">Portfolio NPV <strong>${formatMoney(p.npv, ctx.currency, f)}</strong> · IRR <strong>${formatPercent(p.irr, 1, f)}</strong> · payback <strong>${formatYears(p.paybackYears, f)}</strong> · ROI <strong>${formatPercent(p.roi, 1, f)}</strong> · discount ${formatPercent(ctx.analysis.plan?.discountRate ?? null, 1, f)}</p>`;
    const chart = p.cashflows.length > 0 ? renderChart(ctx, funded, slotOf) : emptyNote('No funded cash flows.');
    return viewSection('cashflow', 'Cash flow', html`${summary}${chart}<p class="legend"><span class="key key-cumulative"></span> cumulative <span class="key key-net"></span> net per year <span class="key key-payback"></span> payback point</p>${renderTable(ctx, slotOf)}`);
}
