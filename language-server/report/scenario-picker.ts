/**
 * The scenario picker above the roadmap (spec §10): one button for the plan and one per
 * scenario; the pressed one is the case the page shows. The webview turns a press into a
 * request for that scenario's roadmap (the server computes it; the webview computes nothing).
 * Shown in the editor preview only: the standalone report has no server to ask. A scenario's
 * roadmap always says which scenario it shows.
 */
import { html, type SafeHtml } from './html.js';
import type { RenderContext } from './view-common.js';

export function renderScenarioPicker(ctx: RenderContext): SafeHtml {
    const { analysis } = ctx;
    const shown = analysis.plan?.scenario ?? null;
    const scenario = shown === null ? undefined : analysis.scenarios.find(s => s.name === shown);
    const banner = shown === null ? html`` : html`<p class="scenario-banner" role="status">Scenario <strong>${shown}</strong>${scenario && scenario.title !== shown ? html` — ${scenario.title}` : ''}: the whole roadmap with the scenario's changes applied.</p>`;
    if (!ctx.scenarioPicker || analysis.scenarios.length === 0) return banner;
    const button = (name: string, label: string) =>
        html`<button type="button" class="scenario-choice" data-scenario="${name}" aria-pressed="${String((shown ?? '') === name)}">${label}</button>`;
    return html`<div class="toolbar scenario-picker" role="group" aria-label="Show the roadmap of">${button('', 'The plan')}${analysis.scenarios.map(s => button(s.name, s.name))}</div>${banner}`;
}
