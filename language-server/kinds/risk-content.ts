/**
 * The hover and the code lens of a risk (spec §7), for the element-kind registry.
 * Pure: every number comes from the analysis and becomes text through `report/format.ts`.
 */
import type { PlanAnalysis, RiskAnalysis } from '../analysis/plan-analysis.js';
import { formatDays, formatMoney, formatNumber, formatPercent, type FormatOptions } from '../report/format.js';

/** What a risk's hover needs. */
export interface RiskContext {
    analysis: PlanAnalysis;
    options: FormatOptions;
}

function currencyOf(analysis: PlanAnalysis): string {
    return analysis.plan?.currency ?? 'USD';
}

/** `4 weeks (28 days), $120,000`, `no delay, $120,000`, `28 days, no cost`. */
function impactText(risk: RiskAnalysis, currency: string, options: FormatOptions): string {
    const delay = risk.impactDays === null ? 'no delay' : formatDays(risk.impactDays, options);
    const cost = risk.impactCost === null ? 'no cost' : formatMoney(risk.impactCost, currency, options);
    return `${delay}, ${cost}`;
}

/** Spec §7: likelihood × impact, shared equally among the affected candidates. */
export function riskHover(risk: RiskAnalysis, context: RiskContext): string {
    const { analysis, options } = context;
    const currency = currencyOf(analysis);
    const heading = risk.title && risk.title !== risk.name ? `**${risk.name}** — ${risk.title} *(risk)*` : `**${risk.name}** *(risk)*`;
    const lines = [
        heading, '',
        `Likelihood **${formatPercent(risk.likelihood, 1, options)}** · impact ${impactText(risk, currency, options)}`, '',
        `Exposure **${formatMoney(risk.exposure, currency, options)}** · delay exposure **${formatNumber(risk.delayExposureDays, 1, options)} days**`
        + (risk.critical ? ' · on the **critical path**' : ''), '',
        '| Affected candidate | Share of exposure | Critical |', '|---|---:|---|',
    ];
    for (const name of risk.affects) {
        const candidate = analysis.candidates.find(c => c.name === name);
        const critical = candidate?.critical ? '**yes**' : candidate?.funded === false ? 'deferred' : 'no';
        lines.push(`| ${name} | ${formatMoney(risk.share, currency, options)} | ${critical} |`);
    }
    lines.push('');
    lines.push(`Owner ${risk.owner ?? '—'} · contingency ${formatMoney(risk.contingency, currency, options)}`);
    lines.push('', `Mitigation: ${risk.mitigation === null ? '**none**' : risk.mitigation}`);
    return lines.join('\n');
}

/** The risk code lens: `risk · 30% · exposure $36,000 · delay 8.4 days · critical`. */
export function riskLensTitle(risk: RiskAnalysis, analysis: PlanAnalysis, options: FormatOptions): string {
    const parts = [
        `likelihood ${formatPercent(risk.likelihood, 1, options)}`,
        `exposure ${formatMoney(risk.exposure, currencyOf(analysis), options)}`,
        `delay exposure ${formatNumber(risk.delayExposureDays, 1, options)} days`,
    ];
    if (risk.critical) parts.push('critical');
    if (risk.mitigation === null) parts.push('no mitigation');
    return parts.join(' · ');
}

