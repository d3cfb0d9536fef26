/**
 * The roadmap renderer: `PlanAnalysis` → one HTML fragment with nine views, shared by
 * the editor preview (through the `hitp/roadmap` request) and `hitp report`.
 *
 * Architecture invariants: pure string rendering (no DOM, no VS Code, no Node IO, no
 * clock — `today` is injected); no `<script>`, no inline event handler, no `style`
 * attribute and no external resource in the output (the webview CSP forbids them);
 * plan text is always escaped (`html.ts`); every number goes through `format.ts`.
 * Interactivity lives in `extension/webview/main.ts`, keyed on `data-element`,
 * `data-kind` and `data-zoom-level` attributes.
 */
import type { PlanAnalysis } from '../analysis/plan-analysis.js';
import { renderCadenceView } from './cadence-view.js';
import { renderCashflowView } from './cashflow-view.js';
import { renderComparison } from './compare-view.js';
import { formatDate, formatMoney, formatNumber, formatPercent } from './format.js';
import { renderGanttView } from './gantt-view.js';
import { html, type SafeHtml } from './html.js';
import { renderInframView } from './infram-view.js';
import { renderKpiView } from './kpi-view.js';
import { renderRankingView } from './ranking-view.js';
import { renderRiskView } from './risk-view.js';
import { renderScenarioPicker } from './scenario-picker.js';
import { renderScenarioView } from './scenario-view.js';
import { renderSensitivityView } from './sensitivity-view.js';
import { renderStakeholderView } from './stakeholder-view.js';
import { createContext, type RenderContext, type RoadmapOptions } from './view-common.js';

export type { PreviewKind, RoadmapOptions, SourceRange, ZoomLevel } from './view-common.js';
export { sourceKey } from './view-common.js';

/** The views in display order, with their navigation labels. */
export const ROADMAP_VIEWS = [
    ['gantt', 'Timeline'],
    ['ranking', 'Ranking'],
    ['cashflow', 'Cash flow'],
    ['stakeholders', 'Stakeholders'],
    ['kpis', 'KPIs'],
    ['infram', 'INFRAM'],
    ['cadence', 'Cadence'],
    ['risks', 'Risks'],
    ['scenarios', 'Scenarios'],
    ['sensitivity', 'Sensitivity'],
] as const;

export type RoadmapView = typeof ROADMAP_VIEWS[number][0];

function renderHeader(ctx: RenderContext): SafeHtml {
    const plan = ctx.analysis.plan;
    const f = ctx.format;
    if (!plan) return html`<header class="plan-header"><h1>Untitled plan</h1><p class="muted">No plan block yet.</p></header>`;
    const budget = plan.budget !== null ? html` · budget <strong>${formatMoney(plan.budget, ctx.currency, f)}</strong>` : html``;
    const capacity = plan.capacityFte !== null ? html` · capacity <strong>${formatNumber(plan.capacityFte, 1, f)} FTE</strong>` : html``;
    // One line per critical chain, start → finish (parallel chains read as parallel).
    const chains = ctx.analysis.criticalChains ?? [];
    const critical = chains.map(chain => html`<p class="critical-path">Critical chain: ${chain.join(' → ')}</p>`);
    return html`<header class="plan-header"><h1>${plan.title || plan.name}</h1>
<p class="facts"><span class="muted">${plan.name}</span> · <strong>${formatDate(plan.start)}</strong> → <strong>${formatDate(plan.finish)}</strong> · horizon ${formatNumber(plan.horizonYears, 0, f)} years · discount ${formatPercent(plan.discountRate, 1, f)} · inflation ${formatPercent(plan.inflationRate, 1, f)}${budget}${capacity} · ${plan.currency}</p>
${critical}</header>`;
}

function renderNav(): SafeHtml {
    return html`<nav class="view-nav" aria-label="Roadmap views"><ul>${ROADMAP_VIEWS.map(([id, label]) => html`<li><a href="#hitp-view-${id}">${label}</a></li>`)}</ul></nav>`;
}

/**
 * Renders the roadmap fragment of an analysed plan.
 * The result is a single `<div class="hitp-roadmap">` holding a header, a navigation
 * bar and one `<section data-view="…">` per view:
 * gantt, ranking, cashflow, stakeholders, kpis, infram, cadence, risks, scenarios, sensitivity.
 */
export function renderRoadmap(analysis: PlanAnalysis, options: RoadmapOptions = {}): string {
    const ctx = createContext(analysis, options);
    return html`<div class="hitp-roadmap" data-plan="${analysis.plan?.name ?? ''}">
${renderHeader(ctx)}
${renderComparison(ctx)}
${renderScenarioPicker(ctx)}
${renderNav()}
${renderGanttView(ctx)}
${renderRankingView(ctx)}
${renderCashflowView(ctx)}
${renderStakeholderView(ctx)}
${renderKpiView(ctx)}
${renderInframView(ctx)}
${renderCadenceView(ctx)}
${renderRiskView(ctx, options.simulating === true)}
${renderScenarioView(ctx)}
${renderSensitivityView(ctx)}
</div>`.value;
}
