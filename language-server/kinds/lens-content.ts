/**
 * Code-lens titles: the one-line summaries above a candidate, a phase and the plan, from the
 * cached analysis. Pure: every number becomes text through `report/format.ts`.
 */
import type { CandidateAnalysis, PhaseAnalysis, PlanAnalysis } from '../analysis/plan-analysis.js';
import { formatDate, formatMoney, formatNumber, formatPercent, formatYears, type FormatOptions } from '../report/format.js';

/** `#1 · PI 3.95 · NPV $851,790 · IRR 38.2% · payback 2.2 y · critical`, or `… · deferred (over budget)`. */
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
    return parts.join(' · ');
}

/** `2027-02-01 → 2027-07-12 · critical`. */
export function phaseLensTitle(phase: PhaseAnalysis): string {
    const dates = `${formatDate(phase.start)} → ${formatDate(phase.finish)}`;
    return phase.critical ? `${dates} · critical` : dates;
}

/** `Portfolio NPV $643,193 · finish 2027-07-12`. */
export function planLensTitle(analysis: PlanAnalysis, options: FormatOptions): string {
    const currency = analysis.plan?.currency ?? 'USD';
    return `Portfolio NPV ${formatMoney(analysis.portfolio.npv, currency, options)} · finish ${formatDate(analysis.plan?.finish)}`;
}
