/**
 * The tornado chart of the sensitivity drivers (spec §10): for each driver, a bar from the
 * portfolio NPV at its low value to the NPV at its high value, around the plan's NPV, widest
 * swing on top; and the break-even benefit change.
 */
import { scaleLinear } from 'd3-scale';
import type { SensitivityDriver } from '../analysis/plan-analysis.js';
import { formatMoney, formatMoneyShort, formatPercent } from './format.js';
import { html, px, type SafeHtml } from './html.js';
import { classes, viewSection, type RenderContext } from './view-common.js';

const LABEL_W = 150;
const BAR_W = 440;
const ROW_H = 34;
const TOP = 22;
const SIDE_PAD = 90;

const DRIVER_LABELS: Record<string, string> = { discount: 'Discount rate', inflation: 'Inflation', benefits: 'Benefits', costs: 'Costs' };

function finite(v: number | null): v is number {
    return v !== null && Number.isFinite(v);
}

/** `6%` for rates, `× 80%` for scale factors. */
function driverValue(ctx: RenderContext, d: SensitivityDriver, value: number): string {
    return d.driver === 'discount' || d.driver === 'inflation' ? formatPercent(value, 2, ctx.format) : `× ${formatPercent(value, 0, ctx.format)}`;
}

function swing(d: SensitivityDriver): number {
    return finite(d.npvLow) && finite(d.npvHigh) ? Math.abs(d.npvHigh - d.npvLow) : 0;
}

/** The tornado section: drivers sorted by swing, the plan's NPV as the axis, the break-even below. */
export function renderSensitivityView(ctx: RenderContext): SafeHtml {
    const { sensitivity, portfolio } = ctx.analysis;
    const npv = Number.isFinite(portfolio.npv) ? portfolio.npv : 0;
    const drivers = [...sensitivity.drivers].sort((a, b) => swing(b) - swing(a));
    const values = drivers.flatMap(d => [d.npvLow, d.npvHigh]).filter(finite);
    const x = scaleLinear().domain([Math.min(npv, 0, ...values), Math.max(npv, 0, ...values)]).nice().range([0, BAR_W]);
    const base = LABEL_W + SIDE_PAD + x(npv);
    const zero = LABEL_W + SIDE_PAD + x(0);
    const rows = drivers.map((d, i) => {
        const y = TOP + i * ROW_H;
        const side = (value: number | null, at: number, which: 'low' | 'high') => {
            if (!finite(value)) return html``;
            const x1 = LABEL_W + SIDE_PAD + x(value);
            const left = Math.min(base, x1);
            const anchor = x1 < base ? 'end' : 'start';
            const labelX = x1 < base ? x1 - 4 : x1 + 4;
            return html`<rect class="${classes('tornado-bar', which, value < npv ? 'down' : 'up')}" x="${px(left)}" y="${px(y + 5)}" width="${px(Math.abs(x1 - base))}" height="${px(ROW_H - 10)}"/><text class="value-label" x="${px(labelX)}" y="${px(y + ROW_H / 2 + 4)}" text-anchor="${anchor}">${driverValue(ctx, d, at)}: ${formatMoneyShort(value, ctx.currency, ctx.format)}</text>`;
        };
        const tip = `${DRIVER_LABELS[d.driver] ?? d.driver}: ${driverValue(ctx, d, d.low)} → NPV ${formatMoney(d.npvLow, ctx.currency, ctx.format)}; `
            + `${driverValue(ctx, d, d.high)} → NPV ${formatMoney(d.npvHigh, ctx.currency, ctx.format)}`;
        return html`<g class="tornado-row" data-driver="${d.driver}"><title>${tip}</title><text class="row-label" x="8" y="${px(y + ROW_H / 2 + 4)}">${DRIVER_LABELS[d.driver] ?? d.driver}</text>${side(d.npvLow, d.low, 'low')}${side(d.npvHigh, d.high, 'high')}</g>`;
    });
    const height = TOP + drivers.length * ROW_H + 10;
    const width = LABEL_W + SIDE_PAD * 2 + BAR_W;
    const chart = html`<div class="chart-scroll"><svg class="tornado-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Portfolio NPV at each driver's low and high value">
<line class="grid zero" x1="${px(zero)}" x2="${px(zero)}" y1="${TOP - 4}" y2="${height}"/><line class="tornado-base" x1="${px(base)}" x2="${px(base)}" y1="${TOP - 4}" y2="${height}"/>
<text class="tick" x="${px(base)}" y="12" text-anchor="middle">NPV ${formatMoneyShort(npv, ctx.currency, ctx.format)}</text>${rows}</svg></div>`;
    const breakEven = sensitivity.breakEvenBenefitChange;
    const note = html`<p class="summary break-even">Break-even benefit change: <strong>${formatPercent(breakEven, 1, ctx.format)}</strong>${finite(breakEven)
        ? html` <span class="muted">— every benefit may change by this much before the portfolio NPV reaches 0.</span>`
        : html` <span class="muted">— no benefits to change.</span>`}</p>`;
    return viewSection('sensitivity', 'Sensitivity', html`${chart}${note}<p class="legend muted">Discount and inflation ± 2 points, benefits and costs × 80% and × 120%, on the funded candidates and schedule.</p>`);
}
