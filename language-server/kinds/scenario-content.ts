/**
 * Editor faces of scenarios and sensitivity (spec §10): the code lens above a scenario, its
 * hover, and the sensitivity lines of the plan's hover. Pure: every number comes from the cached
 * `PlanAnalysis` and becomes text through `report/format.ts`.
 */
import type { PlanAnalysis, ScenarioAnalysis, SensitivityAnalysis } from '../analysis/plan-analysis.js';
import {
    formatDate, formatDaysChange, formatMoney, formatMoneyChange, formatPercent, formatYears, type FormatOptions
} from '../report/format.js';

/** `NPV $9,708 (-$39,927 against the plan) · finish 2027-05-07 (+25 days)`. */
export function scenarioLensTitle(scenario: ScenarioAnalysis, analysis: PlanAnalysis, options: FormatOptions): string {
    const currency = analysis.plan?.currency ?? 'USD';
    return `NPV ${formatMoney(scenario.portfolio.npv, currency, options)} (${formatMoneyChange(scenario.npvChange, currency, options)} against the plan)`
        + ` · finish ${finishText(scenario, options)}`;
}

function finishText(scenario: ScenarioAnalysis, options: FormatOptions): string {
    const change = scenario.finishChangeDays === null ? '' : ` (${formatDaysChange(scenario.finishChangeDays, options)})`;
    return `${formatDate(scenario.finish)}${change}`;
}

/** The scenario beside the plan: portfolio figures, finish, what is funded and deferred. */
export function scenarioHover(scenario: ScenarioAnalysis, analysis: PlanAnalysis, options: FormatOptions): string {
    const currency = analysis.plan?.currency ?? 'USD';
    const base = analysis.portfolio;
    const s = scenario.portfolio;
    const names = (list: string[]) => list.length === 0 ? 'none' : list.join(', ');
    const title = scenario.title && scenario.title !== scenario.name ? `**${scenario.name}** — ${scenario.title} *(scenario)*` : `**${scenario.name}** *(scenario)*`;
    return [
        title, '',
        '| | scenario | plan |', '|---|---:|---:|',
        `| Portfolio NPV | **${formatMoney(s.npv, currency, options)}** | ${formatMoney(base.npv, currency, options)} |`,
        `| IRR | ${formatPercent(s.irr, 1, options)} | ${formatPercent(base.irr, 1, options)} |`,
        `| Payback | ${formatYears(s.paybackYears, options)} | ${formatYears(base.paybackYears, options)} |`,
        `| ROI | ${formatPercent(s.roi, 1, options)} | ${formatPercent(base.roi, 1, options)} |`,
        `| Finish | ${formatDate(scenario.finish)} | ${formatDate(analysis.plan?.finish)} |`, '',
        `NPV change **${formatMoneyChange(scenario.npvChange, currency, options)}** · finish ${formatDaysChange(scenario.finishChangeDays, options)}`, '',
        `Funded (${scenario.funded.length}): ${names(scenario.funded)}`, '',
        `Deferred: ${names(scenario.deferred)}`,
    ].join('\n');
}

const DRIVER_WORDS: Record<string, string> = { discount: 'Discount', inflation: 'Inflation', benefits: 'Benefits', costs: 'Costs' };

/** `Break-even: benefits -30.3%` and the portfolio NPV at each driver's low and high value. */
export function sensitivityLines(sensitivity: SensitivityAnalysis, currency: string, options: FormatOptions): string[] {
    const value = (driver: string, v: number) => driver === 'discount' || driver === 'inflation'
        ? formatPercent(v, 2, options) : `× ${formatPercent(v, 0, options)}`;
    return [
        `Break-even benefit change **${formatPercent(sensitivity.breakEvenBenefitChange, 1, options)}** (the portfolio NPV reaches 0)`, '',
        ...sensitivity.drivers.map(d => `- ${DRIVER_WORDS[d.driver] ?? d.driver} ${value(d.driver, d.low)} → NPV ${formatMoney(d.npvLow, currency, options)}`
            + ` · ${value(d.driver, d.high)} → NPV ${formatMoney(d.npvHigh, currency, options)}`),
    ];
}
