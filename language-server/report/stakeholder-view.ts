/**
 * The stakeholder view: the classic influence / interest grid (3 × 3, influence rows
 * from high to low, interest columns from low to high), each stakeholder a chip in its
 * cell; stakeholders without both ratings are listed apart.
 */
import type { StakeholderAnalysis } from '../analysis/plan-analysis.js';
import type { Level } from '../model/plan-model.js';
import { html, type SafeHtml } from './html.js';
import { classes, clickable, emptyNote, viewSection, type RenderContext } from './view-common.js';

const LEVELS: readonly Level[] = ['low', 'medium', 'high'];

/** The usual advice for each corner of the grid. */
function advice(influence: Level, interest: Level): string {
    const highInfluence = influence !== 'low';
    const highInterest = interest !== 'low';
    if (highInfluence && highInterest) return 'Manage closely';
    if (highInfluence) return 'Keep satisfied';
    if (highInterest) return 'Keep informed';
    return 'Monitor';
}

function chip(ctx: RenderContext, s: StakeholderAnalysis): SafeHtml {
    const tip = `${s.name} — ${s.title}\nRole: ${s.role ?? '—'}\nInfluence: ${s.influence ?? '—'} · interest: ${s.interest ?? '—'}`;
    return html`<li class="${classes('stakeholder', s.role === 'sponsor' && 'sponsor')}" ${clickable(ctx, s.name, 'stakeholder')} title="${tip}"><span class="chip-title">${s.title || s.name}</span> <span class="chip-role">${s.role ?? 'no role'}</span></li>`;
}

/** The stakeholder section. */
export function renderStakeholderView(ctx: RenderContext): SafeHtml {
    const all = ctx.analysis.stakeholders;
    if (all.length === 0) return viewSection('stakeholders', 'Stakeholders', emptyNote('No stakeholders yet.'));
    const rated = all.filter(s => s.influence !== null && s.interest !== null);
    const unrated = all.filter(s => s.influence === null || s.interest === null);
    const cells: SafeHtml[] = [];
    for (const influence of [...LEVELS].reverse()) {
        cells.push(html`<div class="grid-axis row-axis">${influence}</div>`);
        for (const interest of LEVELS) {
            const here = rated.filter(s => s.influence === influence && s.interest === interest);
            cells.push(html`<div class="grid-cell influence-${influence} interest-${interest}" aria-label="${`Influence ${influence}, interest ${interest}`}"><span class="cell-advice">${advice(influence, interest)}</span><ul class="chips">${here.map(s => chip(ctx, s))}</ul></div>`);
        }
    }
    const colAxis = html`<div class="grid-corner"></div>${LEVELS.map(l => html`<div class="grid-axis col-axis">${l}</div>`)}`;
    const sponsors = all.filter(s => s.role === 'sponsor').length;
    const note = sponsors === 0 ? html`<p class="warning-note">No sponsor named.</p>` : html``;
    const rest = unrated.length > 0 ? html`<h3>Not rated</h3><ul class="chips unrated">${unrated.map(s => chip(ctx, s))}</ul>` : html``;
    const body = html`${note}<div class="stakeholder-grid" role="group" aria-label="Stakeholders by influence (rows) and interest (columns)">
<div class="grid-title influence-title">Influence ↑</div><div class="grid-title interest-title">Interest →</div>
${colAxis}${cells}</div>${rest}`;
    return viewSection('stakeholders', 'Stakeholders', body);
}
