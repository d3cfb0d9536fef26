/**
 * The balanced scorecard (spec §9): the perspectives in a fixed order, each with its objectives
 * and their KPIs (baseline, current, target, met, and the measurements as a small trend line
 * against the target); the financial perspective always carries the portfolio's NPV, IRR,
 * payback and ROI. KPIs that no objective with a perspective names are listed last.
 */
import { scaleLinear } from 'd3-scale';
import type { KpiAnalysis, ObjectiveAnalysis } from '../analysis/plan-analysis.js';
import { formatDate, formatKpiValue, formatMoney, formatPercent, formatYears, MISSING } from './format.js';
import { html, joinHtml, px, type SafeHtml } from './html.js';
import { classes, clickable, type RenderContext } from './view-common.js';

export const PERSPECTIVES = [
    ['financial', 'Financial'],
    ['clinical', 'Clinical'],
    ['patient', 'Patient'],
    ['operational', 'Operational'],
    ['strategic', 'Strategic'],
] as const;

const TREND_W = 96;
const TREND_H = 24;

export function status(value: boolean | null, yes: string, no: string): SafeHtml {
    if (value === null) return html`<span class="status unknown">${MISSING} unknown</span>`;
    return value ? html`<span class="status pass">✓ ${yes}</span>` : html`<span class="status fail">✗ ${no}</span>`;
}

function value(ctx: RenderContext, amount: number | null, kpi: KpiAnalysis): string {
    return formatKpiValue(amount, kpi, ctx.format);
}

/** The measurements as a polyline, with the target as a dashed line; empty without two finite points. */
function trendLine(ctx: RenderContext, k: KpiAnalysis): SafeHtml {
    const points = k.measurements.filter(m => Number.isFinite(m.value));
    if (points.length < 2) return html``;
    const values = points.map(m => m.value);
    if (k.target && Number.isFinite(k.target.value)) values.push(k.target.value);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const y = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range([TREND_H - 3, 3]);
    const x = (i: number) => 3 + (i * (TREND_W - 6)) / (points.length - 1);
    const path = points.map((m, i) => `${i === 0 ? 'M' : 'L'}${px(x(i))},${px(y(m.value))}`).join(' ');
    const target = k.target && Number.isFinite(k.target.value)
        ? html`<line class="trend-target" x1="0" x2="${TREND_W}" y1="${px(y(k.target.value))}" y2="${px(y(k.target.value))}"/>` : html``;
    const tip = points.map(m => `${formatDate(m.on)}: ${value(ctx, m.value, k)}`).join('\n');
    return html`<svg class="trend" width="${TREND_W}" height="${TREND_H}" viewBox="0 0 ${TREND_W} ${TREND_H}" role="img" aria-label="${`${k.name} measurements`}"><title>${tip}</title>${target}<path class="trend-line" d="${path}"/>${points.map((m, i) => html`<circle class="trend-point" cx="${px(x(i))}" cy="${px(y(m.value))}" r="2"/>`)}</svg>`;
}

function kpiRow(ctx: RenderContext, k: KpiAnalysis): SafeHtml {
    const target = k.target ? `${k.target.comparator} ${value(ctx, k.target.value, k)}` : MISSING;
    const current = k.current !== null ? html`${value(ctx, k.current, k)} <span class="muted">${formatDate(k.currentOn)}</span>` : html`${MISSING}`;
    const tip = `${k.name} — ${k.title}\nBaseline ${value(ctx, k.baseline, k)} → target ${target}\nCurrent ${value(ctx, k.current, k)} (${formatDate(k.currentOn)})`;
    return html`<tr class="${classes('kpi-row', k.targetMet === true && 'met', k.targetMet === false && 'unmet')}" ${clickable(ctx, k.name, 'kpi')} title="${tip}"><th scope="row">${k.title || k.name} <span class="muted">${k.name}</span></th><td class="num">${value(ctx, k.baseline, k)}</td><td class="num current">${current}</td><td class="num">${target}</td><td>${status(k.targetMet, 'target met', 'not met yet')}</td><td class="trend-cell">${trendLine(ctx, k)}</td></tr>`;
}

function kpiTable(ctx: RenderContext, kpis: KpiAnalysis[]): SafeHtml {
    if (kpis.length === 0) return html``;
    return html`<div class="table-scroll"><table class="kpi-table"><thead><tr><th scope="col">KPI</th><th scope="col" class="num">Baseline</th><th scope="col" class="num">Current</th><th scope="col" class="num">Target</th><th scope="col">Status</th><th scope="col">Trend</th></tr></thead><tbody>${kpis.map(k => kpiRow(ctx, k))}</tbody></table></div>`;
}

function objectiveBlock(ctx: RenderContext, objective: ObjectiveAnalysis, kpiByName: Map<string, KpiAnalysis>): SafeHtml {
    const kpis = objective.kpis.flatMap(name => kpiByName.get(name) ?? []);
    return html`<div class="objective" data-objective="${objective.name}"><h4>${objective.title || objective.name} <span class="muted">${objective.name}</span></h4>${kpis.length > 0 ? kpiTable(ctx, kpis) : html`<p class="muted">No KPIs.</p>`}</div>`;
}

function portfolioFigures(ctx: RenderContext): SafeHtml {
    const p = ctx.analysis.portfolio;
    const f = ctx.format;
    return html`<dl class="portfolio-figures"><div><dt>Portfolio NPV</dt><dd>${formatMoney(p.npv, ctx.currency, f)}</dd></div><div><dt>IRR</dt><dd>${formatPercent(p.irr, 1, f)}</dd></div><div><dt>Payback</dt><dd>${formatYears(p.paybackYears, f)}</dd></div><div><dt>ROI</dt><dd>${formatPercent(p.roi, 1, f)}</dd></div></dl>`;
}

/** The scorecard: one `<section class="perspective">` per perspective, then the KPIs of no perspective. */
export function renderScorecard(ctx: RenderContext): SafeHtml {
    const { kpis, objectives } = ctx.analysis;
    const kpiByName = new Map(kpis.map(k => [k.name, k]));
    const placed = new Set<string>();
    const perspectives = PERSPECTIVES.flatMap(([id, label]) => {
        const own = objectives.filter(o => o.perspective === id);
        if (id !== 'financial' && own.length === 0) return [];
        for (const o of own) for (const k of o.kpis) placed.add(k);
        return [html`<section class="perspective" data-perspective="${id}"><h3>${label}</h3>${id === 'financial' ? portfolioFigures(ctx) : html``}${own.map(o => objectiveBlock(ctx, o, kpiByName))}</section>`];
    });
    const rest = kpis.filter(k => !placed.has(k.name));
    const others = rest.length > 0
        ? html`<section class="perspective" data-perspective="none"><h3>${placed.size > 0 ? 'Other KPIs' : 'KPIs'}</h3>${kpiTable(ctx, rest)}</section>` : html``;
    return html`<div class="scorecard">${joinHtml(perspectives)}${others}</div>`;
}
