/**
 * `hitp diff` without `--json`: the changes in words for a board, every number through
 * `report/format.ts`, dates as ISO `YYYY-MM-DD`.
 */
import type { CandidateFields, DiffField, PlanDiff } from '../analysis/plan-diff.js';
import { sameValue } from '../analysis/plan-diff.js';
import { formatDate, formatMoney, formatNumber, formatPercent, formatYears } from '../report/format.js';

function change(label: string, before: string, after: string): string {
    return before === after ? `${label}: ${after} (unchanged)` : `${label}: ${before} → ${after}`;
}

function fieldText(field: DiffField, value: CandidateFields[DiffField], currency: string): string {
    switch (field) {
        case 'npv': return formatMoney(value as number | null, currency);
        case 'irr': return formatPercent(value as number | null);
        case 'priorityIndex': return formatNumber(value as number | null);
        case 'rank': return formatNumber(value as number | null, 0);
        case 'funded': return value ? 'funded' : 'deferred';
        case 'critical': return value ? 'critical' : 'not critical';
        default: return formatDate(value as string | null);
    }
}

const LABELS: Record<DiffField, string> = {
    rank: 'rank', priorityIndex: 'priority index', funded: 'funding', npv: 'NPV', irr: 'IRR', start: 'start', finish: 'finish', critical: 'critical path',
};

function fieldsLine(fields: CandidateFields, currency: string): string {
    return (Object.keys(fields) as DiffField[]).map(f => `${LABELS[f]} ${fieldText(f, fields[f], currency)}`).join(', ');
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
    for (const c of diff.candidates) {
        if (c.change === 'added') lines.push(`+ ${c.name} added: ${fieldsLine(c.after!, currency)}`);
        else if (c.change === 'removed') lines.push(`- ${c.name} removed: was ${fieldsLine(c.before!, currency)}`);
        else {
            const fields = (Object.keys(c.after!) as DiffField[]).filter(f => !sameValue(c.before![f], c.after![f]));
            lines.push(`~ ${c.name}: ${fields.map(f => `${LABELS[f]} ${fieldText(f, c.before![f], currency)} → ${fieldText(f, c.after![f], currency)}`).join(', ')}`);
        }
    }
    return lines.join('\n');
}
