/**
 * `hitp export --to csv` (spec §12): one row per candidate in rank order, RFC 4180 quoting
 * by csv-stringify (a well-kept writer: quotes, doubled quotes and line breaks inside fields
 * are its job, not ours), numbers as the JSON prints them, `null` as an empty field, and
 * every text field neutralised against formula injection.
 */
import { stringify } from 'csv-stringify/sync';
import type { CandidateAnalysis } from '../analysis/plan-analysis.js';
import { neutraliseFormula, type ExportInput } from './export-input.js';

/** The pinned header, in order. */
export const CSV_COLUMNS = [
    'name', 'title', 'rank', 'priorityIndex', 'funded', 'phase', 'start', 'finish',
    'totalFloatDays', 'critical', 'npv', 'irr', 'paybackYears', 'roi',
] as const satisfies readonly (keyof CandidateAnalysis)[];

/** One cell: numbers as `JSON.stringify` writes them, booleans `true`/`false`, null empty, text neutralised. */
function csvCell(value: unknown): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : '';
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    return neutraliseFormula(String(value));
}

export function exportCsv({ analysis }: ExportInput): string {
    const rows = analysis.candidates.map(candidate => CSV_COLUMNS.map(column => csvCell(candidate[column])));
    // RFC 4180: CRLF between records; a field is quoted when it holds a comma, a quote or a line break.
    return stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: 'windows' });
}
