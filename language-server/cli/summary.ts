/**
 * The human summary `hitp analyze FILE` (without --json) and `npm start` print:
 * ranked candidates with NPV / IRR / payback, the plan finish, the critical path, INFRAM
 * and cadence backlog. Every number goes through report/format.ts.
 */
import type { PlanAnalysis } from '../analysis/plan-analysis.js';
import { formatDate, formatDaysChange, formatMoney, formatMoneyChange, formatNumber, formatPercent, formatYears } from '../report/format.js';

interface SummaryDiagnostic {
    severity: string;
}

function pad(text: string, width: number): string {
    return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function padStart(text: string, width: number): string {
    return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

export function renderSummary(analysis: PlanAnalysis, diagnostics: SummaryDiagnostic[]): string {
    const currency = analysis.plan?.currency ?? 'USD';
    const lines: string[] = [];
    const count = (severity: string) => {
        const n = diagnostics.filter(d => d.severity === severity).length;
        return `${n} ${severity}${n === 1 ? '' : 's'}`;
    };
    lines.push(analysis.plan
        ? `${analysis.plan.name}: ${analysis.plan.title}${analysis.plan.scenario ? ` (scenario ${analysis.plan.scenario})` : ''}`
        : 'No plan block: scores and cash flows only (no start date, so nothing is scheduled).');
    lines.push(`${count('error')}, ${count('warning')}, ${count('info')}`);
    lines.push('');
    lines.push('Candidates by priority');
    const nameWidth = Math.max(9, ...analysis.candidates.map(c => c.name.length));
    lines.push(`  ${pad('#', 3)} ${pad('candidate', nameWidth)} ${padStart('PI', 5)} ${padStart('NPV', 14)} ${padStart('IRR', 8)} ${padStart('payback', 8)}  dates`);
    for (const c of analysis.candidates) {
        const dates = c.funded ? `${formatDate(c.start)} → ${formatDate(c.finish)}${c.critical ? '  critical' : ''}` : 'deferred (over budget)';
        lines.push(`  ${pad(String(c.rank), 3)} ${pad(c.name, nameWidth)} ${padStart(formatNumber(c.priorityIndex, 2), 5)} `
            + `${padStart(formatMoney(c.npv, currency), 14)} ${padStart(formatPercent(c.irr), 8)} ${padStart(formatYears(c.paybackYears), 8)}  ${dates}`);
    }
    lines.push('');
    const p = analysis.portfolio;
    lines.push(`Portfolio: NPV ${formatMoney(p.npv, currency)}, IRR ${formatPercent(p.irr)}, payback ${formatYears(p.paybackYears)}, ROI ${formatPercent(p.roi)}`);
    lines.push(`Plan: ${formatDate(analysis.plan?.start)} → ${formatDate(analysis.plan?.finish)}`);
    // One line per critical chain, from the plan's start to its finish.
    const chains = analysis.criticalChains ?? [];
    if (chains.length === 0) lines.push('Critical chains: —');
    else lines.push('Critical chains:', ...chains.map(chain => `  ${chain.join(' → ')}`));
    if (analysis.infram) {
        const i = analysis.infram;
        const goal = i.goalStage === null ? 'no goal' : `goal stage ${i.goalStage}${i.goalBy ? ` by ${i.goalBy}` : ''}: ${i.goalReachedOn ? `reached ${i.goalReachedOn}` : 'not reached'}`;
        lines.push(`INFRAM: stage ${i.stage} now, ${i.projectedStage} projected; ${goal}`);
    }
    for (const c of analysis.cadences) {
        lines.push(`Cadence ${c.name}: vendor ${formatNumber(c.vendorPerYear)} releases a year, absorbed ${formatNumber(c.absorbedPerYear)}, backlog ${formatNumber(c.backlogPerYear)} a year`);
    }
    for (const s of analysis.scenarios) {
        const finish = s.finishChangeDays === null ? formatDate(s.finish) : `${formatDate(s.finish)} (${formatDaysChange(s.finishChangeDays)})`;
        lines.push(`Scenario ${s.name}: NPV ${formatMoney(s.portfolio.npv, currency)} (${formatMoneyChange(s.npvChange, currency)} against the plan), `
            + `finish ${finish}, ${s.funded.length} funded`);
    }
    lines.push(`Break-even: every benefit may change by ${formatPercent(analysis.sensitivity.breakEvenBenefitChange)} before the portfolio NPV reaches 0`);
    return lines.join('\n');
}
