/**
 * `hitp export --to csv` and `--to xlsx` read back by independent readers (Python's csv module,
 * openpyxl) and compared with `hitp analyze --json` field by field (spec §12).
 */
import { describe, expect, it } from 'vitest';
import type { CandidateAnalysis, PlanAnalysis } from '../../../language-server/analysis/plan-analysis.js';
import { analyzeJson, EXPORT_PLANS, exportTo, readBack } from '../../helpers/exports.js';

const HEADER = ['name', 'title', 'rank', 'priorityIndex', 'funded', 'phase', 'start', 'finish', 'totalFloatDays', 'critical', 'npv', 'irr', 'paybackYears', 'roi'] as const;

/** What a spreadsheet must show as text: a leading `'` before `= + - @ tab CR`. */
const neutralised = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function expectedCsvCell(candidate: CandidateAnalysis, column: (typeof HEADER)[number]): string {
    const value = candidate[column];
    if (value === null) return '';
    if (typeof value === 'string') return neutralised(value);
    return String(value);
}

describe('hitp export --to csv', () => {
    it.each(EXPORT_PLANS)('%s: header, one row per candidate in rank order, every field as the JSON has it', async file => {
        const analysis = await analyzeJson(file);
        const rows = await readBack<string[][]>('csv', await exportTo(file, 'csv'));
        expect(rows[0]).toEqual([...HEADER]);
        expect(rows.length).toBe(analysis.candidates.length + 1);
        const ranks = analysis.candidates.map(c => c.rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        analysis.candidates.forEach((candidate, index) => {
            expect(rows[index + 1]).toEqual(HEADER.map(column => expectedCsvCell(candidate, column)));
            // Numbers parse back to exactly the JSON's numbers.
            for (const column of ['npv', 'priorityIndex'] as const) expect(Number(rows[index + 1]![HEADER.indexOf(column)])).toBe(candidate[column]);
        });
    });

    it('neutralises formulas and keeps quotes, commas and line breaks inside one field', async () => {
        const rows = await readBack<string[][]>('csv', await exportTo('test/fixtures/export/hostile.hitp', 'csv'));
        const titles = new Map(rows.slice(1).map(row => [row[0], row[1]]));
        expect(titles.get('Formula')).toBe("'=cmd|' /C calc'!A0");
        expect(titles.get('Unphased')).toBe("'@mention\ttab -minus +plus");
        expect(titles.get('Quotes')).toBe('"Quoted", with commas, and\na line break');
        expect(titles.get('Script')).toBe("<script>alert('x')</script> & <b>bold</b>");
        expect(rows.every(row => row.length === HEADER.length)).toBe(true);
    });
});

interface XlsxCell { value: string | number | boolean | null; type: string; format: string }
interface Workbook { sheets: string[]; cells: Record<string, XlsxCell[][]> }

const asDate = (iso: string | null) => (iso === null ? null : `${iso}T00:00:00`);

function expectText(cell: XlsxCell | undefined, text: string | null): void {
    if (text === null || text === '') {
        expect(cell?.value ?? null).toBeNull();
        return;
    }
    // A string cell ('s'), never a formula ('f'), holding the text unchanged.
    expect(cell).toMatchObject({ value: text, type: 's' });
}

function expectValue(cell: XlsxCell | undefined, value: unknown, column: string): void {
    if (value === null) return expect(cell?.value ?? null, column).toBeNull();
    if (typeof value === 'string') return expectText(cell, value);
    if (typeof value === 'boolean') return expect(cell, column).toMatchObject({ value, type: 'b' });
    expect(cell?.type, column).toBe('n');
    expect(cell?.value, column).toBe(value);
}

describe('hitp export --to xlsx', () => {
    it.each(EXPORT_PLANS)('%s: sheets, every value, dates as dates, money in the plan currency', async file => {
        const analysis: PlanAnalysis = await analyzeJson(file);
        const book = await readBack<Workbook>('xlsx', await exportTo(file, 'xlsx'));
        expect(book.sheets).toEqual(['Candidates', 'Cash flows', 'Schedule', 'KPIs', ...(analysis.risks.length > 0 ? ['Risks'] : [])]);

        const candidates = book.cells['Candidates']!;
        expect(candidates[0]!.map(c => c.value)).toEqual([...HEADER]);
        expect(candidates.length).toBe(analysis.candidates.length + 1);
        const currencySign = analysis.plan!.currency === 'EUR' ? '€' : analysis.plan!.currency === 'USD' ? '$' : analysis.plan!.currency;
        analysis.candidates.forEach((candidate, index) => {
            const row = candidates[index + 1]!;
            for (const [i, column] of HEADER.entries()) {
                if (column === 'start' || column === 'finish') {
                    expect(row[i]?.value ?? null).toBe(asDate(candidate[column]));
                    if (candidate[column] !== null) expect(row[i]).toMatchObject({ type: 'd', format: 'yyyy-mm-dd' });
                } else {
                    expectValue(row[i], candidate[column], column);
                }
            }
            expect(row[HEADER.indexOf('npv')]!.format).toContain(currencySign);
        });

        const flows = book.cells['Cash flows']!;
        expect(flows[0]!.map(c => c.value)).toEqual(['Candidate', 'Title', ...analysis.portfolio.cashflows.map((_, year) => `Year ${year}`)]);
        const expectedFlows = [...analysis.candidates.map(c => [c.name, c.cashflows] as const), ['Portfolio', analysis.portfolio.cashflows] as const];
        expect(flows.length).toBe(expectedFlows.length + 1);
        expectedFlows.forEach(([name, cashflows], index) => {
            const row = flows[index + 1]!;
            expectText(row[0], name);
            cashflows.forEach((amount, year) => {
                expect(row[year + 2]).toMatchObject({ value: amount, type: 'n' });
                expect(row[year + 2]!.format).toContain(currencySign);
            });
        });

        const schedule = book.cells['Schedule']!;
        const scheduled = analysis.candidates.filter(c => c.start !== null);
        expect(schedule.length).toBe(1 + analysis.phases.length + scheduled.length);
        const items = [...analysis.phases.map(p => ['phase', p] as const), ...scheduled.map(c => ['candidate', c] as const)];
        items.forEach(([kind, item], index) => {
            const row = schedule[index + 1]!;
            expect(row.slice(0, 2).map(c => c.value)).toEqual([kind, item.name]);
            expect([row[4]?.value ?? null, row[5]?.value ?? null]).toEqual([asDate(item.start), asDate(item.finish)]);
            expectValue(row[6], item.totalFloatDays, 'float');
            expectValue(row[7], item.critical, 'critical');
        });

        const kpis = book.cells['KPIs']!;
        expect(kpis.length).toBe(analysis.kpis.length + 1);
        analysis.kpis.forEach((kpi, index) => {
            const row = kpis[index + 1]!;
            expectText(row[0], kpi.name);
            expectText(row[1], kpi.title);
            expectValue(row[3], kpi.baseline, 'baseline');
            expectValue(row[5], kpi.target?.value ?? null, 'target');
            expectValue(row[6], kpi.targetMet, 'targetMet');
            if (kpi.percent && kpi.baseline !== null) expect(row[3]!.format).toBe('0.0%');
        });
    });

    it('has a Risks sheet with every risk of the plan, money in the plan currency', async () => {
        const file = 'test/fixtures/export/hostile.hitp';
        const analysis = await analyzeJson(file);
        expect(analysis.risks.length).toBe(1);
        const rows = (await readBack<Workbook>('xlsx', await exportTo(file, 'xlsx'))).cells['Risks']!;
        expect(rows[0]!.map(c => c.value)).toEqual(['Name', 'Title', 'Affects', 'Likelihood', 'Impact (days)', 'Impact cost', 'Exposure',
            'Delay exposure (days)', 'Owner', 'Mitigation', 'Contingency', 'Critical']);
        const risk = analysis.risks[0]!;
        const row = rows[1]!;
        expect(row.map(c => c.value)).toEqual([risk.name, risk.title, risk.affects.join(', '), risk.likelihood, risk.impactDays, risk.impactCost,
            risk.exposure, risk.delayExposureDays, risk.owner, risk.mitigation, risk.contingency, risk.critical]);
        expect(row[1]).toMatchObject({ type: 's', value: '=HYPERLINK("http://x") supplier slips' });
        expect(row[6]!.format).toContain('€');
        // Spec §7's worked example: 30% of 120k, 30% of 4 weeks.
        expect([risk.exposure, risk.delayExposureDays]).toEqual([36000, 8.4]);
    });

    it('writes hostile titles as plain strings, never formulas', async () => {
        const book = await readBack<Workbook>('xlsx', await exportTo('test/fixtures/export/hostile.hitp', 'xlsx'));
        const titles = book.cells['Candidates']!.slice(1).map(row => row[1]!);
        expect(titles.map(c => c.type)).toEqual(titles.map(() => 's'));
        expect(titles.map(c => c.value)).toContain("=cmd|' /C calc'!A0");
        expect(book.cells['Schedule']!.map(row => row[2]!.value)).toContain('=SUM(A1:A2) build');
    });
});
