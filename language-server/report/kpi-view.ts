/**
 * The KPI scorecard: each KPI's baseline → target and whether the baseline already
 * meets it; then each phase gate with its conditions, passing or not on the baselines.
 */
import type { GateAnalysis, KpiAnalysis } from '../analysis/plan-analysis.js';
import { formatKpiValue, MISSING } from './format.js';
import { html, type SafeHtml } from './html.js';
import { classes, clickable, emptyNote, viewSection, type RenderContext } from './view-common.js';

function status(value: boolean | null, yes: string, no: string): SafeHtml {
    if (value === null) return html`<span class="status unknown">${MISSING} unknown</span>`;
    return value ? html`<span class="status pass">✓ ${yes}</span>` : html`<span class="status fail">✗ ${no}</span>`;
}

function kpiValue(ctx: RenderContext, value: number | null, kpi: KpiAnalysis | undefined): string {
    return formatKpiValue(value, kpi ?? { percent: false }, ctx.format);
}

function kpiRow(ctx: RenderContext, k: KpiAnalysis): SafeHtml {
    const target = k.target ? `${k.target.comparator} ${kpiValue(ctx, k.target.value, k)}` : MISSING;
    const tip = `${k.name} — ${k.title}\nBaseline ${kpiValue(ctx, k.baseline, k)} → target ${target}`;
    return html`<tr class="${classes('kpi-row', k.targetMet === true && 'met', k.targetMet === false && 'unmet')}" ${clickable(ctx, k.name, 'kpi')} title="${tip}"><th scope="row">${k.title || k.name} <span class="muted">${k.name}</span></th><td class="num">${kpiValue(ctx, k.baseline, k)}</td><td class="arrow" aria-hidden="true">→</td><td class="num">${target}</td><td>${status(k.targetMet, 'target met', 'not met yet')}</td></tr>`;
}

function gateRow(ctx: RenderContext, g: GateAnalysis): SafeHtml {
    const kpiOf = (name: string) => ctx.analysis.kpis.find(k => k.name === name);
    const conditions = g.conditions.map(c => html`<li class="${classes('condition', c.passes === true && 'pass', c.passes === false && 'fail')}">${c.kpi} ${c.comparator} ${kpiValue(ctx, c.value, kpiOf(c.kpi))} <span class="muted">(baseline ${kpiValue(ctx, c.baseline, kpiOf(c.kpi))})</span> ${status(c.passes, 'passes', 'fails')}</li>`);
    const tip = `Gate of phase ${g.phase}\n${g.conditions.map(c => `${c.kpi} ${c.comparator} ${kpiValue(ctx, c.value, kpiOf(c.kpi))}`).join('\n')}`;
    return html`<tr class="${classes('gate-row', g.passes === true && 'pass', g.passes === false && 'fail')}" ${clickable(ctx, g.phase, 'gate')} title="${tip}"><th scope="row">${g.phase}</th><td><ul class="conditions">${conditions}</ul></td><td>${status(g.passes, 'passing', 'not passing')}</td></tr>`;
}

/** The KPI section. */
export function renderKpiView(ctx: RenderContext): SafeHtml {
    const { kpis, gates } = ctx.analysis;
    if (kpis.length === 0 && gates.length === 0) return viewSection('kpis', 'KPIs and gates', emptyNote('No KPIs or gates yet.'));
    const kpiTable = kpis.length > 0
        ? html`<div class="table-scroll"><table class="kpi-table"><thead><tr><th scope="col">KPI</th><th scope="col" class="num">Baseline</th><th scope="col"><span class="sr-only">to</span></th><th scope="col" class="num">Target</th><th scope="col">Status</th></tr></thead><tbody>${kpis.map(k => kpiRow(ctx, k))}</tbody></table></div>`
        : emptyNote('No KPIs yet.');
    const gateTable = gates.length > 0
        ? html`<h3>Phase gates</h3><div class="table-scroll"><table class="gate-table"><thead><tr><th scope="col">Phase</th><th scope="col">Conditions</th><th scope="col">On the baselines</th></tr></thead><tbody>${gates.map(g => gateRow(ctx, g))}</tbody></table></div>`
        : html``;
    return viewSection('kpis', 'KPIs and gates', html`${kpiTable}${gateTable}`);
}
