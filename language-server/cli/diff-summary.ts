/**
 * `hitp diff` without `--json`: the changes in words for a board, every number through
 * `report/format.ts`, dates as ISO `YYYY-MM-DD`.
 */
import type { PlanDiff } from '../analysis/plan-diff.js';
import { candidateChangeLine } from '../report/diff-words.js';
import { formatDate, formatMoney, formatPercent, formatYears } from '../report/format.js';

function change(label: string, before: string, after: string): string {
    return before === after ? `${label}: ${after} (unchanged)` : `${label}: ${before} → ${after}`;
}

export function renderDiff(diff: PlanDiff, currency: string): string {
    const { before: b, after: a } = diff;
    const lines = [
        change('Finish', formatDate(b.finish), formatDate(a.finish)),
        change('Portfolio NPV', formatMoney(b.portfolio.npv, currency), formatMoney(a.portfolio.npv, currency)),
        change('Portfolio IRR', formatPercent(b.portfolio.irr), formatPercent(a.portfolio.irr)),
        change('Payback', formatYears(b.portfolio.paybackYears), formatYears(a.portfolio.paybackYears)),
        change('ROI', formatPercent(b.portfolio.roi), formatPercent(a.portfolio.roi)),
    ];
    if (diff.candidates.length === 0) lines.push('Candidates: no changes');
    for (const c of diff.candidates) lines.push(candidateChangeLine(c, currency));
    return lines.join('\n');
}
