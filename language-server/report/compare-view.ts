/**
 * The preview's comparison with the last commit: a summary under the plan's header (portfolio NPV
 * and finish then → now, with the change, and each changed candidate in `hitp diff`'s words), and
 * behind each bar whose dates moved, its committed dates as a ghost bar (`renderCommittedGhost`).
 * Rendered only when the caller passes `RoadmapOptions.comparison`; every number through `format.ts`.
 */
import type { CandidateAnalysis } from '../analysis/plan-analysis.js';
import { sameValue } from '../analysis/plan-diff.js';
import { candidateChangeLine } from './diff-words.js';
import { formatDate, formatDaysChange, formatMoney, formatMoneyChange } from './format.js';
import { ROW_H, type Frame } from './gantt-frame.js';
import { html, px, type SafeHtml } from './html.js';
import type { RenderContext } from './view-common.js';

type XOf = (iso: string | null) => number | null;

/** `then → now (change)`, or `now (unchanged)`. */
function thenNow(before: string, after: string, change: string, unchanged: boolean): SafeHtml {
    return unchanged
        ? html`<strong>${after}</strong> (unchanged)`
        : html`<strong>${before}</strong> → <strong>${after}</strong> (<span class="change">${change}</span>)`;
}

/** The comparison's summary section; nothing outside a comparison. */
export function renderComparison(ctx: RenderContext): SafeHtml {
    const comparison = ctx.comparison;
    if (!comparison) return html``;
    const { diff, revision } = comparison;
    const f = ctx.format;
    const npv = thenNow(formatMoney(diff.before.portfolio.npv, ctx.currency, f), formatMoney(diff.after.portfolio.npv, ctx.currency, f),
        formatMoneyChange(comparison.npvChange, ctx.currency, f), sameValue(diff.before.portfolio.npv, diff.after.portfolio.npv));
    const finish = thenNow(formatDate(diff.before.finish), formatDate(diff.after.finish),
        formatDaysChange(comparison.finishChangeDays, f), diff.before.finish === diff.after.finish);
    const changes = diff.candidates.length === 0
        ? html`<p class="muted">No candidate changed since ${revision}.</p>`
        : html`<ul class="comparison-changes">${diff.candidates.map(c => html`<li data-candidate="${c.name}" data-change="${c.change}">${candidateChangeLine(c, ctx.currency, f)}</li>`)}</ul>`;
    return html`<section class="comparison" data-comparison="${revision}" aria-label="${`Compared with the last commit (${revision})`}">
<p class="comparison-facts">Compared with the last commit (<code>${revision}</code>): <span data-compare="npv">portfolio NPV ${npv}</span> · <span data-compare="finish">finish ${finish}</span></p>
${changes}</section>`;
}

/** Whether the candidate's bar moved since the compared version. */
function movedSince(ctx: RenderContext, c: CandidateAnalysis): boolean {
    const earlier = ctx.comparison?.earlier.get(c.name);
    return earlier !== undefined && earlier.start !== null && (earlier.start !== c.start || earlier.finish !== c.finish);
}

/** The bar's label with how far its finish moved since the compared version: `EhrUpgrade · finish +30 days since HEAD`. */
export function comparisonLabel(ctx: RenderContext, c: CandidateAnalysis, label: string): string {
    const earlier = ctx.comparison?.earlier.get(c.name);
    if (!earlier || !movedSince(ctx, c) || !earlier.finishChangeDays) return label;
    return `${label} · finish ${formatDaysChange(earlier.finishChangeDays, ctx.format)} since ${ctx.comparison!.revision}`;
}

/** The candidate's dates in the compared version, as a ghost bar behind its bar, when they differ from now. */
export function renderCommittedGhost(frame: Frame, xOf: XOf, mid: number, c: CandidateAnalysis): SafeHtml {
    const ctx = frame.ctx;
    const earlier = ctx.comparison?.earlier.get(c.name);
    if (!earlier || !movedSince(ctx, c)) return html``;
    const x1 = xOf(earlier.start);
    const x2 = xOf(earlier.finish);
    if (x1 === null || x2 === null) return html``;
    const tip = `${ctx.comparison!.revision}: ${formatDate(earlier.start)} → ${formatDate(earlier.finish)} · finish ${formatDaysChange(earlier.finishChangeDays, ctx.format)}`;
    return html`<rect class="baseline-bar committed-bar" data-committed-start="${earlier.start ?? ''}" data-committed-finish="${earlier.finish ?? ''}" x="${px(x1)}" y="${px(mid - ROW_H / 2 + 2)}" width="${px(Math.max(3, x2 - x1))}" height="${ROW_H - 4}" rx="3"><title>${tip}</title></rect>`;
}
