/**
 * What a tracked plan (spec §9) adds to the Gantt chart: behind each bar whose dates moved, its
 * baseline as a ghost bar, the slip after the bar's name, a status-date line, and gates judged as
 * of the status date (pass, fail, or not yet due).
 */
import type { CandidateAnalysis, GateAnalysis } from '../analysis/plan-analysis.js';
import { comparisonLabel, renderCommittedGhost } from './compare-view.js';
import { formatDate, formatNumber, formatSlip } from './format.js';
import { AXIS_H, ROW_H, type Frame } from './gantt-frame.js';
import { html, px, type SafeHtml } from './html.js';
import type { RenderContext } from './view-common.js';

type XOf = (iso: string | null) => number | null;

export type GateState = 'pass' | 'fail' | 'unknown' | 'not-due';

/**
 * A gate's state as of the status date, or today's date without one: `not-due` while its phase
 * has not finished by then; otherwise `pass`, `fail` or `unknown` on the values it is judged on.
 * With neither date, the plan-time judgement on the values alone.
 */
export function gateState(ctx: RenderContext, gate: GateAnalysis, finish: string | null): GateState {
    const asOf = ctx.analysis.plan?.status ?? ctx.today;
    if (asOf !== null && (finish === null || finish > asOf)) return 'not-due';
    return gate.passes === null ? 'unknown' : gate.passes ? 'pass' : 'fail';
}

export function gateTooltip(ctx: RenderContext, gate: GateAnalysis, state: GateState): string[] {
    const asOf = ctx.analysis.plan?.status ?? ctx.today;
    const words = state === 'not-due' ? `not yet due as of ${formatDate(asOf)}` : state === 'unknown' ? 'unknown' : state === 'pass' ? 'passing' : 'not passing';
    const f = ctx.format;
    return [`Gate of phase ${gate.phase}: ${words}`,
        ...gate.conditions.map(c => `${c.kpi} ${c.comparator} ${formatNumber(c.value, 4, f)} (baseline ${formatNumber(c.baseline, 4, f)}${c.current !== null ? `, current ${formatNumber(c.current, 4, f)}` : ''}) ${c.passes === null ? '?' : c.passes ? '✓' : '✗'}`)];
}

/** Whether the bar's dates differ from its baseline. */
export function hasMoved(c: CandidateAnalysis): boolean {
    return c.baselineStart !== null && (c.baselineStart !== c.start || c.baselineFinish !== c.finish);
}

/**
 * The bar's label with its slip when it moved or has actuals: `EhrUpgrade · 190 days late`;
 * compared with the last commit, how far its finish moved since instead.
 */
export function slipLabel(frame: Frame, c: CandidateAnalysis, label: string): string {
    if (frame.ctx.comparison) return comparisonLabel(frame.ctx, c, label);
    return hasMoved(c) || c.tracking !== 'planned' ? `${label} · ${formatSlip(c.slipDays, frame.ctx.format)}` : label;
}

/** The CSS classes a tracked bar adds: `finished` or `started`, and `slipped` when late. */
export function trackingClasses(c: CandidateAnalysis): (string | false)[] {
    return [c.tracking !== 'planned' && c.tracking, (c.slipDays ?? 0) > 0 && 'slipped'];
}

/** The baseline of a moved bar, as a ghost bar behind it, the row's full height. */
export function renderGhost(frame: Frame, xOf: XOf, mid: number, c: CandidateAnalysis): SafeHtml {
    // Compared with the last commit: the ghost is the committed schedule instead of the baseline.
    if (frame.ctx.comparison) return renderCommittedGhost(frame, xOf, mid, c);
    if (!hasMoved(c)) return html``;
    const b1 = xOf(c.baselineStart);
    const b2 = xOf(c.baselineFinish);
    if (b1 === null || b2 === null) return html``;
    const tip = `Baseline ${formatDate(c.baselineStart)} → ${formatDate(c.baselineFinish)} · ${formatSlip(c.slipDays, frame.ctx.format)}`;
    return html`<rect class="baseline-bar" data-baseline-start="${c.baselineStart ?? ''}" data-baseline-finish="${c.baselineFinish ?? ''}" x="${px(b1)}" y="${px(mid - ROW_H / 2 + 2)}" width="${px(Math.max(3, b2 - b1))}" height="${ROW_H - 4}" rx="3"><title>${tip}</title></rect>`;
}

/** The status date: the day the actuals are as of. */
export function renderStatusLine(frame: Frame, xOf: XOf): SafeHtml {
    const status = frame.ctx.analysis.plan?.status ?? null;
    const x = xOf(status);
    if (x === null) return html``;
    return html`<g class="status-date" data-status="${status ?? ''}" aria-label="Status date"><title>${`Status date: ${formatDate(status)}`}</title><line x1="${px(x)}" x2="${px(x)}" y1="${AXIS_H - 14}" y2="${px(frame.height)}"/><text x="${px(x + 3)}" y="${AXIS_H - 32}">${`Status ${formatDate(status)}`}</text></g>`;
}
