/**
 * Code-lens titles: the one-line summaries above a candidate, a phase and the plan, from the
 * cached analysis. Pure: every number becomes text through `report/format.ts`.
 */
import type { CandidateAnalysis, PhaseAnalysis, PlanAnalysis } from '../analysis/plan-analysis.js';
import { formatDate, formatMoney, formatNumber, formatPercent, formatSlip, formatYears, type FormatOptions } from '../report/format.js';
import { trackingLensSuffix } from './tracking-content.js';

/**
 * `#1 · PI 3.95 · NPV $851,790 · IRR 38.2% · payback 2.2 y · critical`, or `… · deferred (over budget)`;
 * in a tracked plan (spec §9) followed by ` · forecast 2028-03-28 (190 days late)`.
 */
export function candidateLensTitle(candidate: CandidateAnalysis, analysis: PlanAnalysis, options: FormatOptions): string {
    const currency = analysis.plan?.currency ?? 'USD';
    const parts = [
        `#${candidate.rank}`,
        `PI ${formatNumber(candidate.priorityIndex, 2, options)}`,
        `NPV ${formatMoney(candidate.npv, currency, options)}`,
        `IRR ${formatPercent(candidate.irr, 1, options)}`,
        `payback ${formatYears(candidate.paybackYears, options)}`,
    ];
    if (candidate.riskExposure > 0) parts.push(`risk-adjusted NPV ${formatMoney(candidate.riskAdjustedNpv, currency, options)}`);
    if (!candidate.funded) parts.push('deferred (over budget)');
    else if (candidate.critical) parts.push('critical');
    return parts.join(' · ') + trackingLensSuffix(candidate, analysis.plan, options);
}

/** `2027-02-01 → 2027-07-12 · critical`, with the tracking suffix in a tracked plan. */
export function phaseLensTitle(phase: PhaseAnalysis, analysis: PlanAnalysis, options: FormatOptions): string {
    const dates = `${formatDate(phase.start)} → ${formatDate(phase.finish)}`;
    return (phase.critical ? `${dates} · critical` : dates) + trackingLensSuffix(phase, analysis.plan, options);
}

/** `Portfolio NPV $643,193 · finish 2027-07-12`, with the slip (spec §9) in a tracked plan: `… (190 days late)`. */
export function planLensTitle(analysis: PlanAnalysis, options: FormatOptions): string {
    const currency = analysis.plan?.currency ?? 'USD';
    const plan = analysis.plan;
    const slip = plan && (plan.status !== null || (plan.slipDays ?? 0) !== 0) ? ` (${formatSlip(plan.slipDays, options)})` : '';
    return `Portfolio NPV ${formatMoney(analysis.portfolio.npv, currency, options)} · finish ${formatDate(plan?.finish)}${slip}`;
}
