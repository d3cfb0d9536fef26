/**
 * `hitp export --to xlsx` (spec §12): a workbook for the board's spreadsheet, written by
 * exceljs (the maintained Open XML writer: shared strings, styles and the zip container are
 * its job). Sheets `Candidates`, `Cash flows`, `Schedule`, `KPIs` and, when there are any,
 * `Risks`; dates are real dates,
 * money cells carry a number format with the plan's currency, and every text is a string
 * cell, never a formula (exceljs writes a formula only from a `{ formula }` value).
 */
import type ExcelJS from 'exceljs';
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

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][]): void {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map(column => ({ header: column.header, width: column.width, style: column.format ? { numFmt: column.format } : {} }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) sheet.addRow(row.map(value => (typeof value === 'number' && !Number.isFinite(value) ? null : value)));
}

const date = (iso: string | null): Date | null => (iso === null ? null : utcDate(iso));

function candidatesSheet(workbook: ExcelJS.Workbook, analysis: PlanAnalysis, money: string): void {
    const formats: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {
        priorityIndex: '0.00', start: DATE_FORMAT, finish: DATE_FORMAT, npv: money, irr: PERCENT_FORMAT, paybackYears: '0.00', roi: PERCENT_FORMAT,
    };
    const columns = CSV_COLUMNS.map(key => ({ header: key, width: key === 'title' ? 40 : 14, format: formats[key] }));
    const rows = analysis.candidates.map(c => CSV_COLUMNS.map((key): Cell => (key === 'start' || key === 'finish' ? date(c[key]) : c[key])));
    addSheet(workbook, 'Candidates', columns, rows);
}

function cashflowSheet(workbook: ExcelJS.Workbook, analysis: PlanAnalysis, money: string): void {
    const years = analysis.portfolio.cashflows.length;
    const columns: Column[] = [{ header: 'Candidate', width: 18 }, { header: 'Title', width: 40 }];
    for (let year = 0; year < years; year++) columns.push({ header: `Year ${year}`, width: 14, format: money });
    const rows: Cell[][] = analysis.candidates.map(c => [c.name, c.title, ...c.cashflows]);
    rows.push(['Portfolio', 'Funded candidates', ...analysis.portfolio.cashflows]);
    addSheet(workbook, 'Cash flows', columns, rows);
}

function scheduleSheet(workbook: ExcelJS.Workbook, analysis: PlanAnalysis): void {
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

function kpiSheet(workbook: ExcelJS.Workbook, analysis: PlanAnalysis): void {
    const columns: Column[] = [
        { header: 'Name', width: 18 }, { header: 'Title', width: 40 }, { header: 'Unit', width: 8 }, { header: 'Baseline', width: 10 },
        { header: 'Comparator', width: 10 }, { header: 'Target', width: 10 }, { header: 'Target met', width: 10 },
    ];
    addSheet(workbook, 'KPIs', columns, analysis.kpis.map(k => [
        k.name, k.title, k.unit ?? (k.percent ? '%' : null), k.baseline, k.target?.comparator ?? null, k.target?.value ?? null, k.targetMet,
    ]));
    // Percentage KPIs hold fractions: show them as percentages, row by row.
    const sheet = workbook.getWorksheet('KPIs')!;
    analysis.kpis.forEach((k, index) => {
        if (!k.percent) return;
        for (const column of [4, 6]) sheet.getRow(index + 2).getCell(column).numFmt = PERCENT_FORMAT;
    });
}

function riskSheet(workbook: ExcelJS.Workbook, analysis: PlanAnalysis, money: string): void {
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

export async function exportXlsx({ analysis, stamp }: ExportInput): Promise<Uint8Array> {
    // Loaded on first use: exceljs is the largest part of the bundle, and other commands never need it.
    const { default: excel } = await import('exceljs');
    const workbook = new excel.Workbook();
    workbook.creator = 'hitp';
    workbook.created = stamp;
    workbook.modified = stamp;
    workbook.title = analysis.plan?.title ?? '';
    const money = moneyFormat(analysis.plan?.currency ?? 'USD');
    candidatesSheet(workbook, analysis, money);
    cashflowSheet(workbook, analysis, money);
    scheduleSheet(workbook, analysis);
    kpiSheet(workbook, analysis);
    if (analysis.risks.length > 0) riskSheet(workbook, analysis, money);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}
