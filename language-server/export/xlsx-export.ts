/**
 * `hitp export --to xlsx` (spec §12): a workbook for the board's spreadsheet, written by
 * write-excel-file (a maintained Open XML writer: cell types, styles and the zip container are
 * its job; about a tenth of exceljs's size in the bundle, see docs/decisions.md). Sheets
 * `Candidates`, `Cash flows`, `Schedule`, `KPIs` and, when there are any, `Risks`, each with a
 * bold, frozen header row; dates are real dates, money cells carry a number format with the
 * plan's currency, and every text is a string cell, never a formula (write-excel-file writes a
 * formula only for a cell of `type: 'Formula'`).
 */
import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from 'write-excel-file/node';
import type { PlanAnalysis } from '../analysis/plan-analysis.js';
import { CSV_COLUMNS } from './csv-export.js';
import { scheduledCandidates, utcDate, type ExportInput } from './export-input.js';

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CHF: 'CHF', CAD: 'CA$', AUD: 'A$', INR: '₹' };

/** Excel's number format for money in `currency`: `"$"#,##0.00`, or the code for one we have no symbol for. */
export function moneyFormat(currency: string): string {
    // The symbol sits inside a quoted literal; a quote inside it is dropped (codes are letters anyway).
    const symbol = (SYMBOLS[currency] ?? `${currency} `).replace(/"/g, '');
    return `"${symbol}"#,##0.00;-"${symbol}"#,##0.00`;
}

const DATE_FORMAT = 'yyyy-mm-dd';
const PERCENT_FORMAT = '0.0%';

type Cell = string | number | boolean | Date | null;
type Column = { header: string; width: number; format?: string };

type Workbook = Sheet<Buffer>[];

/** A cell: a value with its column's number format (or the row's own), empty for null and a non-finite number. */
function cell(value: Cell, format: string | undefined): XlsxCell {
    if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return null;
    if (value instanceof Date) return { value, type: Date, format: format ?? DATE_FORMAT };
    if (typeof value === 'string') return { value, type: String };
    return format !== undefined && typeof value === 'number' ? { value, type: Number, format } : value;
}

/** `formats[i][j]`: a number format for row `i`, column `j` instead of the column's. */
function addSheet(workbook: Workbook, name: string, columns: Column[], rows: Cell[][], formats?: (string | undefined)[][]): void {
    workbook.push({
        sheet: name,
        columns: columns.map(column => ({ width: column.width })),
        stickyRowsCount: 1,
        data: [
            columns.map(column => ({ value: column.header, type: String, fontWeight: 'bold' as const })),
            ...rows.map((row, i) => row.map((value, j) => cell(value, formats?.[i]?.[j] ?? columns[j]?.format))),
        ],
    });
}

const date = (iso: string | null): Date | null => (iso === null ? null : utcDate(iso));

function candidatesSheet(workbook: Workbook, analysis: PlanAnalysis, money: string): void {
    const formats: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {
        priorityIndex: '0.00', start: DATE_FORMAT, finish: DATE_FORMAT, npv: money, irr: PERCENT_FORMAT, paybackYears: '0.00', roi: PERCENT_FORMAT,
    };
    const columns = CSV_COLUMNS.map(key => ({ header: key, width: key === 'title' ? 40 : 14, format: formats[key] }));
    const rows = analysis.candidates.map(c => CSV_COLUMNS.map((key): Cell => (key === 'start' || key === 'finish' ? date(c[key]) : c[key])));
    addSheet(workbook, 'Candidates', columns, rows);
}

function cashflowSheet(workbook: Workbook, analysis: PlanAnalysis, money: string): void {
    const years = analysis.portfolio.cashflows.length;
    const columns: Column[] = [{ header: 'Candidate', width: 18 }, { header: 'Title', width: 40 }];
    for (let year = 0; year < years; year++) columns.push({ header: `Year ${year}`, width: 14, format: money });
    const rows: Cell[][] = analysis.candidates.map(c => [c.name, c.title, ...c.cashflows]);
    rows.push(['Portfolio', 'Funded candidates', ...analysis.portfolio.cashflows]);
    addSheet(workbook, 'Cash flows', columns, rows);
}

function scheduleSheet(workbook: Workbook, analysis: PlanAnalysis): void {
    const columns: Column[] = [
        { header: 'Kind', width: 10 }, { header: 'Name', width: 18 }, { header: 'Title', width: 40 }, { header: 'Phase', width: 14 },
        { header: 'Start', width: 12, format: DATE_FORMAT }, { header: 'Finish', width: 12, format: DATE_FORMAT },
        { header: 'Total float (days)', width: 12 }, { header: 'Critical', width: 9 },
    ];
    const rows: Cell[][] = [
        ...analysis.phases.map((p): Cell[] => ['phase', p.name, p.title, null, date(p.start), date(p.finish), p.totalFloatDays, p.critical]),
        ...scheduledCandidates(analysis).map((c): Cell[] => ['candidate', c.name, c.title, c.phase, date(c.start), date(c.finish), c.totalFloatDays, c.critical]),
    ];
    addSheet(workbook, 'Schedule', columns, rows);
}

function kpiSheet(workbook: Workbook, analysis: PlanAnalysis): void {
    const columns: Column[] = [
        { header: 'Name', width: 18 }, { header: 'Title', width: 40 }, { header: 'Unit', width: 8 }, { header: 'Baseline', width: 10 },
        { header: 'Comparator', width: 10 }, { header: 'Target', width: 10 }, { header: 'Target met', width: 10 },
    ];
    // Percentage KPIs hold fractions: their baseline and target show as percentages, row by row.
    const percent = [undefined, undefined, undefined, PERCENT_FORMAT, undefined, PERCENT_FORMAT];
    addSheet(workbook, 'KPIs', columns, analysis.kpis.map(k => [
        k.name, k.title, k.unit ?? (k.percent ? '%' : null), k.baseline, k.target?.comparator ?? null, k.target?.value ?? null, k.targetMet,
    ]), analysis.kpis.map(k => (k.percent ? percent : [])));
}

function riskSheet(workbook: Workbook, analysis: PlanAnalysis, money: string): void {
    const columns: Column[] = [
        { header: 'Name', width: 18 }, { header: 'Title', width: 40 }, { header: 'Affects', width: 24 },
        { header: 'Likelihood', width: 10, format: PERCENT_FORMAT }, { header: 'Impact (days)', width: 10 }, { header: 'Impact cost', width: 14, format: money },
        { header: 'Exposure', width: 14, format: money }, { header: 'Delay exposure (days)', width: 12, format: '0.0' },
        { header: 'Owner', width: 14 }, { header: 'Mitigation', width: 40 }, { header: 'Contingency', width: 14, format: money }, { header: 'Critical', width: 9 },
    ];
    addSheet(workbook, 'Risks', columns, analysis.risks.map(r => [
        r.name, r.title, r.affects.join(', '), r.likelihood, r.impactDays, r.impactCost, r.exposure, r.delayExposureDays,
        r.owner, r.mitigation, r.contingency, r.critical,
    ]));
}

export async function exportXlsx({ analysis }: ExportInput): Promise<Uint8Array> {
    const workbook: Workbook = [];
    const money = moneyFormat(analysis.plan?.currency ?? 'USD');
    candidatesSheet(workbook, analysis, money);
    cashflowSheet(workbook, analysis, money);
    scheduleSheet(workbook, analysis);
    kpiSheet(workbook, analysis);
    if (analysis.risks.length > 0) riskSheet(workbook, analysis, money);
    return new Uint8Array(await writeXlsxFile(workbook).toBuffer());
}
