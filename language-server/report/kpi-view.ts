/**
 * The KPI view: the balanced scorecard (spec §9, `scorecard-view.ts`), then each phase gate
 * with its conditions judged on the current values (else the baselines), and its state as of
 * the status date: passing, not passing, or not yet due.
 */
import type { GateAnalysis } from '../analysis/plan-analysis.js';
import { formatDate, formatKpiValue, MISSING } from './format.js';
import { gateState } from './gantt-tracking.js';
import { html, type SafeHtml } from './html.js';
import { renderScorecard, status } from './scorecard-view.js';
import { classes, clickable, emptyNote, viewSection, type RenderContext } from './view-common.js';

function gateRow(ctx: RenderContext, g: GateAnalysis): SafeHtml {
    const kpiOf = (name: string) => ctx.analysis.kpis.find(k => k.name === name) ?? { percent: false };
    const value = (name: string, amount: number | null) => formatKpiValue(amount, kpiOf(name), ctx.format);
    const conditions = g.conditions.map(c => html`<li class="${classes('condition', c.passes === true && 'pass', c.passes === false && 'fail')}">${c.kpi} ${c.comparator} ${value(c.kpi, c.value)} <span class="muted">(baseline ${value(c.kpi, c.baseline)}${c.current !== null ? `, current ${value(c.kpi, c.current)}` : ''})</span> ${status(c.passes, 'passes', 'fails')}</li>`);
    const tip = `Gate of phase ${g.phase}\n${g.conditions.map(c => `${c.kpi} ${c.comparator} ${value(c.kpi, c.value)}`).join('\n')}`;
    const finish = ctx.analysis.phases.find(p => p.name === g.phase)?.finish ?? null;
    const state = gateState(ctx, g, finish);
    const asOf = ctx.analysis.plan?.status ?? ctx.today;
    const shown = state === 'not-due'
        ? html`<span class="status not-due">${MISSING} not yet due (${formatDate(asOf)})</span>`
        : status(g.passes, 'passing', 'not passing');
    return html`<tr class="${classes('gate-row', state)}" data-gate-state="${state}" ${clickable(ctx, g.phase, 'gate')} title="${tip}"><th scope="row">${g.phase}</th><td><ul class="conditions">${conditions}</ul></td><td>${shown}</td></tr>`;
}

/** The KPI section. */
export function renderKpiView(ctx: RenderContext): SafeHtml {
    const { kpis, gates } = ctx.analysis;
    const heading = 'Balanced scorecard and gates';
    if (kpis.length === 0 && gates.length === 0 && ctx.analysis.objectives.every(o => o.perspective === null)) {
        return viewSection('kpis', heading, html`${renderScorecard(ctx)}${emptyNote('No KPIs or gates yet.')}`);
    }
    const asOf = ctx.analysis.plan?.status ?? null;
    const gateTable = gates.length > 0
        ? html`<h3>Phase gates</h3><div class="table-scroll"><table class="gate-table"><thead><tr><th scope="col">Phase</th><th scope="col">Conditions</th><th scope="col">${asOf ? `As of ${formatDate(asOf)}` : 'State'}</th></tr></thead><tbody>${gates.map(g => gateRow(ctx, g))}</tbody></table></div>`
        : html``;
    return viewSection('kpis', heading, html`${renderScorecard(ctx)}${gateTable}`);
}
