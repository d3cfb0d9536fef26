/**
 * The cash-flow view (spec §2, Cash flows / NPV / Payback): per year, the funded
 * candidates' flows stacked (benefits up, costs down), the portfolio's net flow, the
 * cumulative line and the payback point; then a table of every candidate's flows.
 *
 * Long horizons: the chart and the table show at most 31 columns, whatever the horizon.
 * Up to 30 years (years 0..30) each year has its own column. Beyond, year 0 (the investment)
 * keeps its own column and years 1..H are grouped into periods of k years, k the smallest of
 * 2, 5, 10, 20, 50, 100, … that needs at most 30 periods (the last one may be shorter): a
 * period's bar and cell show the sum of its undiscounted flows, its cumulative point the
 * cumulative flow at the period's last year, and the payback point sits where it falls between
 * those points. A note under the chart says how the years are grouped. NPV, IRR, payback and
 * ROI are always those of the whole series.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatMoney, formatMoneyShort, formatPercent, formatYears } from './format.js';
import { cashflowSeries, type CashflowSeries } from './cashflow-series.js';
import { html, px, type SafeHtml } from './html.js';
import { textWidth } from './text-metrics.js';
import { classes, clickable, emptyNote, viewSection, type RenderContext } from './view-common.js';

const LEFT = 80;
/** The band above the plot holds the payback label, so that it never covers a bar or another label. */
const TOP = 34;
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

/** A column of the chart and the table: one year, or the years `from`..`to` summed. */
export interface Period {
    from: number;
    to: number;
}

/** Columns of yearly detail: years 0..30. */
export const MAX_CASHFLOW_COLUMNS = 31;
const PERIOD_LENGTHS = [2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

/** The columns for a series of `years` years (0..years−1): each year up to 31 of them, otherwise year 0 and periods. */
export function cashflowPeriods(years: number): Period[] {
    if (years <= MAX_CASHFLOW_COLUMNS) return Array.from({ length: years }, (_, t) => ({ from: t, to: t }));
    const rest = years - 1;
    const slots = MAX_CASHFLOW_COLUMNS - 1;
    const k = PERIOD_LENGTHS.find(k => Math.ceil(rest / k) <= slots) ?? Math.ceil(rest / slots);
    const periods: Period[] = [{ from: 0, to: 0 }];
    for (let from = 1; from < years; from += k) periods.push({ from, to: Math.min(years - 1, from + k - 1) });
    return periods;
}

/** The sum of the flows in a period, kept finite (a sum of huge years could overflow). */
function periodSum(flows: readonly number[], p: Period): number {
    let sum = 0;
    for (let t = p.from; t <= p.to && t < flows.length; t++) {
        const v = flows[t];
        if (v !== undefined && Number.isFinite(v)) sum += v;
    }
    return Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, sum));
}

function periodName(p: Period): string {
    return p.from === p.to ? `year ${p.from}` : `years ${p.from}–${p.to}`;
}

function periodLabel(p: Period): string {
    return p.from === p.to ? `Year ${p.from}` : `${p.from}–${p.to}`;
}

function periodHead(p: Period): string {
    return p.from === p.to ? `Y${p.from}` : `Y${p.from}–${p.to}`;
}

/** Under the chart when years are grouped: how. */
function groupingNote(periods: readonly Period[], years: number): SafeHtml {
    if (periods.length === years) return html``;
    const k = periods[1] ? periods[1].to - periods[1].from + 1 : 1;
    return html`<p class="note muted">${`Years 1–${years - 1} are shown in periods of ${k} years (at most ${MAX_CASHFLOW_COLUMNS} columns): each column is the sum of its years' undiscounted flows.`}</p>`;
}

/** The payback point on the zero line, its label in the band above the plot, joined by a leader line. */
function renderPayback(cx: number, cy: number, label: string, svgW: number): SafeHtml {
    const w = textWidth(label, 12, true);
    const tx = Math.max(LEFT, Math.min(svgW - w - 4, cx - w / 2));
    return html`<g class="payback"><title>${label}</title><line class="leader" x1="${px(cx)}" x2="${px(cx)}" y1="${TOP - 10}" y2="${px(cy - 6)}"/><circle cx="${px(cx)}" cy="${px(cy)}" r="6"/><text x="${px(tx)}" y="${TOP - 14}">${label}</text></g>`;
}

function renderChart(ctx: RenderContext, series: CashflowSeries[], periods: Period[]): SafeHtml {
    const portfolio = ctx.analysis.portfolio;
    const cumByYear = cumulative(portfolio.cashflows);
    const flows = periods.map(p => periodSum(portfolio.cashflows, p));
    const cols = periods.map((_, i) => i);
    const cum = periods.map(p => cumByYear[p.to] ?? 0);
    const fundedFlows = series.map(s => periods.map(p => periodSum(s.cashflows, p)));
    const stackedUp = cols.map(i => fundedFlows.reduce((s, f) => s + Math.max(0, f[i] ?? 0), 0));
    const stackedDown = cols.map(i => fundedFlows.reduce((s, f) => s + Math.min(0, f[i] ?? 0), 0));
    const extent = finite([0, ...flows, ...cum, ...stackedUp, ...stackedDown]);
    const y = scaleLinear().domain([Math.min(...extent), Math.max(...extent)]).nice().range([TOP + PLOT_H, TOP]);
    const width = Math.max(480, cols.length * YEAR_W);
    const x = scaleBand<number>().domain(cols).range([LEFT, LEFT + width]).paddingInner(0.3).paddingOuter(0.15);
    const centre = (i: number): number => (x(i) ?? LEFT) + x.bandwidth() / 2;
    // A year (possibly fractional) to x: piecewise linear through each column's last year at its centre.
    const yearAt = (year: number): number => {
        if (year <= periods[0]!.to) return centre(0);
        for (let i = 1; i < periods.length; i++) {
            const prevEnd = periods[i - 1]!.to;
            const end = periods[i]!.to;
            if (year <= end) return centre(i - 1) + (centre(i) - centre(i - 1)) * (year - prevEnd) / (end - prevEnd);
        }
        return centre(periods.length - 1);
    };
    const f = ctx.format;
    const money = (v: number | null): string => formatMoney(v, ctx.currency, f);

    const ticks = y.ticks(6).map(v => html`<line class="${classes('grid', v === 0 && 'zero')}" x1="${LEFT}" x2="${px(LEFT + width)}" y1="${px(y(v))}" y2="${px(y(v))}"/><text class="tick" x="${LEFT - 6}" y="${px(y(v) + 4)}" text-anchor="end">${formatMoneyShort(v, ctx.currency, f)}</text>`);
    const yearLabels = cols.map(i => html`<text class="tick" x="${px(centre(i))}" y="${TOP + PLOT_H + 18}" text-anchor="middle">${periodLabel(periods[i]!)}</text>`);
    const segments: SafeHtml[] = [];
    for (const i of cols) {
        let up = 0;
        let down = 0;
        series.forEach((s, j) => {
            const v = fundedFlows[j]![i];
            if (v === undefined || !Number.isFinite(v) || v === 0) return;
            const from = v > 0 ? up : down;
            const to = from + v;
            if (v > 0) up = to; else down = to;
            const y0 = y(Math.max(from, to));
            const y1 = y(Math.min(from, to));
            segments.push(html`<rect class="segment ${s.slot} ${v > 0 ? 'benefit' : 'cost'}" x="${px(x(i) ?? 0)}" y="${px(y0)}" width="${px(x.bandwidth())}" height="${px(Math.max(0.5, y1 - y0))}"><title>${`${s.label}, ${periodName(periods[i]!)}: ${money(v)}`}</title></rect>`);
        });
    }
    const net = cols.map(i => html`<g class="net"><title>${`Portfolio, ${periodName(periods[i]!)}: net ${money(flows[i] ?? null)}, cumulative ${money(cum[i] ?? null)}`}</title><line x1="${px((x(i) ?? 0) - 3)}" x2="${px((x(i) ?? 0) + x.bandwidth() + 3)}" y1="${px(y(flows[i] ?? 0))}" y2="${px(y(flows[i] ?? 0))}"/></g>`);
    const line = cum.map((v, i) => `${i === 0 ? 'M' : 'L'}${px(centre(i))},${px(y(v))}`).join(' ');
    const dots = cum.map((v, i) => html`<circle class="cumulative-dot" cx="${px(centre(i))}" cy="${px(y(v))}" r="3.5"><title>${`Cumulative after year ${periods[i]!.to}: ${money(v)}`}</title></circle>`);
    const pb = portfolio.paybackYears;
    const svgW = LEFT + width + 20;
    const payback = pb !== null && Number.isFinite(pb) ? renderPayback(yearAt(pb), y(0), `Payback ${formatYears(pb, f)}`, svgW) : html``;
    const height = TOP + PLOT_H + BOTTOM;
    return html`<div class="chart-scroll"><svg class="cashflow-chart" width="${px(svgW)}" height="${height}" viewBox="0 0 ${px(svgW)} ${height}" role="group" aria-label="Portfolio cash flow per ${periods.every(p => p.from === p.to) ? 'year' : 'period'}">
<g class="axis" aria-hidden="true">${ticks}${yearLabels}</g><g class="segments">${segments}</g>${net}
<path class="cumulative" d="${line}"/>${dots}${payback}</svg></div>`;
}

function renderTable(ctx: RenderContext, slotOf: Map<string, string>, periods: Period[]): SafeHtml {
    const f = ctx.format;
    const p = ctx.analysis.portfolio;
    const head = html`<tr><th scope="col">Candidate</th>${periods.map(q => html`<th scope="col" class="num"${q.from === q.to ? '' : html` title="${`Sum of ${periodName(q)}`}"`}>${periodHead(q)}</th>`)}<th scope="col" class="num">NPV</th><th scope="col" class="num">IRR</th><th scope="col" class="num">Payback</th><th scope="col" class="num">ROI</th></tr>`;
    const figures = (npv: number, irr: number | null, payback: number | null, roi: number | null): SafeHtml =>
        html`<td class="num">${formatMoney(npv, ctx.currency, f)}</td><td class="num">${formatPercent(irr, 1, f)}</td><td class="num">${formatYears(payback, f)}</td><td class="num">${formatPercent(roi, 1, f)}</td>`;
    const amount = (flows: readonly number[], q: Period): number | null =>
        q.from === q.to ? flows[q.from] ?? null : q.to < flows.length ? periodSum(flows, q) : null;
    const cells = (flows: readonly number[]): SafeHtml[] => periods.map(q => html`<td class="num">${formatMoneyShort(amount(flows, q), ctx.currency, f)}</td>`);
    const rows = [...ctx.analysis.candidates].sort((a, b) => a.rank - b.rank).map(c => html`<tr class="${classes('candidate-row', !c.funded && 'deferred')}" ${clickable(ctx, c.name, 'candidate')} title="${`${c.name} — ${c.title}${c.funded ? '' : ' (deferred)'}`}"><th scope="row"><span class="key ${slotOf.get(c.name) ?? 'none'}"></span>${c.title || c.name}${c.funded ? '' : ' (deferred)'}</th>${cells(c.cashflows)}${figures(c.npv, c.irr, c.paybackYears, c.roi)}</tr>`);
    const total = html`<tr class="portfolio-row"><th scope="row">Portfolio (funded)</th>${cells(p.cashflows)}${figures(p.npv, p.irr, p.paybackYears, p.roi)}</tr>`;
    return html`<div class="table-scroll"><table class="cashflow-table"><thead>${head}</thead><tbody>${rows}${total}</tbody></table></div>`;
}

/** The cash-flow section: the portfolio chart, a summary line, and the per-candidate table. */
export function renderCashflowView(ctx: RenderContext): SafeHtml {
    const p = ctx.analysis.portfolio;
    if (p.cashflows.length === 0 && ctx.analysis.candidates.length === 0) {
        return viewSection('cashflow', 'Cash flow', emptyNote('No cash flows yet.'));
    }
    const series = cashflowSeries(ctx.analysis.candidates.filter(c => c.funded));
    const slotOf = new Map(series.flatMap(s => s.members.map(c => [c.name, s.slot] as const)));
    const f = ctx.format;
    const summary = html`<p class="summary">Portfolio NPV <strong>${formatMoney(p.npv, ctx.currency, f)}</strong> · IRR <strong>${formatPercent(p.irr, 1, f)}</strong> · payback <strong>${formatYears(p.paybackYears, f)}</strong> · ROI <strong>${formatPercent(p.roi, 1, f)}</strong> · discount ${formatPercent(ctx.analysis.plan?.discountRate ?? null, 1, f)}</p>`;
    const periods = cashflowPeriods(p.cashflows.length);
    const chart = p.cashflows.length > 0 ? renderChart(ctx, series, periods) : emptyNote('No funded cash flows.');
    const perWhat = periods.length === p.cashflows.length ? 'year' : 'period';
    return viewSection('cashflow', 'Cash flow', html`${summary}${chart}${groupingNote(periods, p.cashflows.length)}<ul class="legend series-legend" aria-label="Series">${series.map(s => html`<li><span class="key ${s.slot}"></span>${s.label}</li>`)}</ul><p class="legend"><span class="key key-cumulative"></span> cumulative <span class="key key-net"></span> net per ${perWhat} <span class="key key-payback"></span> payback point</p>${renderTable(ctx, slotOf, periods)}`);
}
