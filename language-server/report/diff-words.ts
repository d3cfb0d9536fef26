/**
 * A candidate's change between two versions of a plan in words (`+ X added: …`, `~ X: NPV $1 → $2`),
 * for `hitp diff` and the preview's comparison with the last commit. Every number through
 * `format.ts`; dates as ISO `YYYY-MM-DD`.
 */
import type { CandidateChange, CandidateFields, DiffField } from '../analysis/plan-diff.js';
import { sameValue } from '../analysis/plan-diff.js';
import { formatDate, formatMoney, formatNumber, formatPercent, type FormatOptions } from './format.js';

const LABELS: Record<DiffField, string> = {
    rank: 'rank', priorityIndex: 'priority index', funded: 'funding', npv: 'NPV', irr: 'IRR', start: 'start', finish: 'finish', critical: 'critical path',
};

function fieldText(field: DiffField, value: CandidateFields[DiffField], currency: string, options?: FormatOptions): string {
    switch (field) {
        case 'npv': return formatMoney(value as number | null, currency, options);
        case 'irr': return formatPercent(value as number | null, 1, options);
        case 'priorityIndex': return formatNumber(value as number | null, 2, options);
        case 'rank': return formatNumber(value as number | null, 0, options);
        case 'funded': return value ? 'funded' : 'deferred';
        case 'critical': return value ? 'critical' : 'not critical';
        default: return formatDate(value as string | null);
    }
}

function fieldsLine(fields: CandidateFields, currency: string, options?: FormatOptions): string {
    return (Object.keys(fields) as DiffField[]).map(f => `${LABELS[f]} ${fieldText(f, fields[f], currency, options)}`).join(', ');
}

/** One candidate's change: `+ X added: …`, `- X removed: was …` or `~ X: field before → after, …`. */
export function candidateChangeLine(c: CandidateChange, currency: string, options?: FormatOptions): string {
    if (c.change === 'added') return `+ ${c.name} added: ${fieldsLine(c.after!, currency, options)}`;
    if (c.change === 'removed') return `- ${c.name} removed: was ${fieldsLine(c.before!, currency, options)}`;
    const fields = (Object.keys(c.after!) as DiffField[]).filter(f => !sameValue(c.before![f], c.after![f]));
    return `~ ${c.name}: ${fields.map(f => `${LABELS[f]} ${fieldText(f, c.before![f], currency, options)} → ${fieldText(f, c.after![f], currency, options)}`).join(', ')}`;
}
