/**
 * The roadmap stays bounded whatever the plan's span: a milestone due in 9999, a 1,000-month
 * candidate, a 100- or 1,000-year horizon. The Gantt chart is at most MAX_CHART_WIDTH wide with
 * minor ticks at least 36 px apart (coarser ticks, named on the axis, when the zoom's own do not fit);
 * the cash-flow chart and table have at most 31 year columns (grouped into periods beyond 30 years).
 * Before the bound, the first plan below rendered an 81 MB page in about 5 s.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanAnalysis } from '../../../language-server/analysis/plan-analysis.js';
import { cashflowPeriods, MAX_CASHFLOW_COLUMNS } from '../../../language-server/report/cashflow-view.js';
import { MAX_CHART_WIDTH, timeAxis } from '../../../language-server/report/gantt-layout.js';
import { renderRoadmap } from '../../../language-server/report/render-roadmap.js';
import { renderReportPage } from '../../../language-server/report/report-page.js';
import type { ZoomLevel } from '../../../language-server/report/view-common.js';
import { hitp, parse } from '../../helpers/services.js';
import { riverside } from './roadmap-fixtures.js';

const SCORES = 'scores Strategic 3, Clinical 3, Efficiency 3, Risk 3, Resources 3';

const LONG_PLANS: Record<string, string> = {
    'a milestone due in 9999 on a plan starting in 0001': `plan P { start 0001-01-04 }
candidate A { duration 3 months ${SCORES} }
phase Ph { includes A milestone M due 9999-12-31 when A }`,
    'a 1000-month candidate': `plan P { start 2027-01-04 }
candidate A { duration 1000 months ${SCORES} }`,
    'a 100-year horizon': `plan P { start 2027-01-04 horizon 100 years }
candidate A { duration 3 months ${SCORES} cost 100k once cost 5k yearly benefit 20k yearly from year 2 growing 1% }
candidate B { duration 2 months ${SCORES} cost 50k once benefit 8k yearly after A }`,
    'a 1000-year horizon': `plan P { start 2027-01-04 horizon 1000 years }
candidate A { duration 3 months ${SCORES} cost 100k once cost 5k yearly benefit 20k yearly from year 2 }`,
};

async function analyse(text: string): Promise<PlanAnalysis> {
    const document = await parse(text);
    const errors = (document.diagnostics ?? []).filter(d => d.severity === 1).map(d => d.message);
    expect(errors).toEqual([]);
    return hitp.plan.PlanService.getPlanResult(document).analysis;
}

function section(page: string, view: string): string {
    return new RegExp(`<section id="hitp-view-${view}"[\\s\\S]*?</section>`).exec(page)?.[0] ?? '';
}

/** The Gantt charts of a page: the live one and the three zoom templates. */
function ganttCharts(page: string): string[] {
    const screen = section(page, 'gantt').replace(/<div class="gantt-print"[\s\S]*?<\/div>/g, '');
    return screen.match(/<svg class="gantt-chart"[\s\S]*?<\/svg>/g) ?? [];
}

function count(text: string, pattern: RegExp): number {
    return (text.match(pattern) ?? []).length;
}

describe('long spans stay bounded', () => {
    it.each(Object.entries(LONG_PLANS))('%s: the page is < 1 MB and is analysed and rendered in < 1 s', async (_name, text) => {
        await analyse(LONG_PLANS['a 1000-month candidate']!); // warm-up: the first parse pays for Langium's set-up
        const start = performance.now();
        const analysis = await analyse(text);
        const page = renderReportPage(analysis, { script: '', nonce: 'bm9uY2U=', today: '2027-05-01' });
        const ms = performance.now() - start;
        expect(page.length).toBeLessThan(1_000_000);
        expect(ms).toBeLessThan(1000);
        for (const chart of ganttCharts(page)) {
            const width = Number(/ width="([\d.]+)"/.exec(chart)?.[1]);
            expect(width).toBeLessThanOrEqual(MAX_CHART_WIDTH + 250 + 170);
            expect(count(chart, /<line class="grid"/g)).toBeLessThanOrEqual(MAX_CHART_WIDTH / 36 + 2);
        }
        expect(page).not.toMatch(/NaN|undefined|Infinity/);
    });

    it('says when the axis uses coarser ticks than the zoom level, and which', async () => {
        const page = renderRoadmap(await analyse(LONG_PLANS['a milestone due in 9999 on a plan starting in 0001']!));
        const charts = ganttCharts(page);
        expect(charts).toHaveLength(4);
        for (const chart of charts) {
            const interval = /data-tick-interval="([^"]+)"/.exec(chart)?.[1] ?? '';
            expect(interval).toMatch(/^\d+ years$/);
            expect(chart).toContain(`Ticks every ${interval}`);
            expect(chart).toMatch(/too long to show each (week|month|quarter)/);
        }
        // The bars, the milestone and the phase band are still drawn.
        expect(count(charts[0]!, /<g class="bar[ "]/g)).toBe(1);
        expect(count(charts[0]!, /<g class="milestone[ "]/g)).toBe(1);
        expect(count(charts[0]!, /<g class="phase-band[ "]/g)).toBe(1);
    });

    it('keeps the zoom levels of a normal plan: weekly, monthly and quarterly ticks, no note', () => {
        const page = renderRoadmap(riverside(), { today: '2027-05-01' });
        const intervals = ganttCharts(page).map(chart => /data-zoom="(\w+)" data-tick-interval="([^"]+)"/.exec(chart)?.slice(1));
        expect(intervals).toContainEqual(['week', 'week']);
        expect(intervals).toContainEqual(['month', 'month']);
        expect(intervals).toContainEqual(['quarter', 'quarter']);
        expect(page).not.toContain('class="axis-note"');
    });

    it('timeAxis is bounded for any span and zoom, and keeps the zoom\'s own ticks while they fit', () => {
        const day = 86_400_000;
        const first = Date.UTC(1, 0, 1);
        const last = Date.UTC(9999, 11, 31);
        fc.assert(fc.property(
            fc.integer({ min: 0, max: Math.floor((last - first) / day) }), fc.integer({ min: 1, max: 4_000_000 }),
            fc.constantFrom<ZoomLevel>('week', 'month', 'quarter'),
            (offset, days, zoom) => {
                const from = new Date(first + offset * day);
                const to = new Date(Math.min(last, from.getTime() + days * day));
                if (to <= from) return;
                const axis = timeAxis([from, to], zoom);
                expect(axis.width).toBeLessThanOrEqual(MAX_CHART_WIDTH);
                expect(axis.minor.length).toBeLessThanOrEqual(MAX_CHART_WIDTH / 36 + 2);
                expect(axis.major.length).toBeLessThanOrEqual(axis.minor.length + 2);
                for (const t of [...axis.minor, ...axis.major]) expect(t.x).toBeGreaterThanOrEqual(-1e-6);
                const span = (to.getTime() - from.getTime()) / day;
                // Within 7 years every zoom keeps its own interval (week ticks 42 px apart, months 73, quarters 41).
                if (span <= 7 * 365) expect([axis.interval, axis.coarsened]).toEqual([zoom, null]);
                if (axis.interval !== zoom) expect(axis.coarsened).toContain(`each ${zoom}`);
            }), { numRuns: 200 });
    });
});

describe('cash flows over long horizons', () => {
    it('shows every year up to 30 years, then year 0 and at most 30 periods', () => {
        expect(cashflowPeriods(6)).toEqual([0, 1, 2, 3, 4, 5].map(t => ({ from: t, to: t })));
        expect(cashflowPeriods(31)).toHaveLength(31);
        expect(cashflowPeriods(32)).toEqual([{ from: 0, to: 0 }, ...Array.from({ length: 16 }, (_, i) => ({ from: 1 + 2 * i, to: Math.min(31, 2 + 2 * i) }))]);
        expect(cashflowPeriods(101).slice(0, 3)).toEqual([{ from: 0, to: 0 }, { from: 1, to: 5 }, { from: 6, to: 10 }]);
        for (const years of [1, 2, 30, 31, 32, 61, 101, 151, 1001, 100_001]) {
            const periods = cashflowPeriods(years);
            expect(periods.length).toBeLessThanOrEqual(MAX_CASHFLOW_COLUMNS);
            // Contiguous, covering 0..years−1 exactly once.
            periods.forEach((p, i) => expect(p.from).toBe(i === 0 ? 0 : periods[i - 1]!.to + 1));
            expect(periods.at(-1)!.to).toBe(years - 1);
        }
    });

    it('a 100-year horizon: ≤ 31 columns in the chart and the table, sums that add up, and a note', async () => {
        const analysis = await analyse(LONG_PLANS['a 100-year horizon']!);
        expect(analysis.portfolio.cashflows).toHaveLength(101);
        const view = section(renderRoadmap(analysis), 'cashflow');
        const head = /<thead>([\s\S]*?)<\/thead>/.exec(view)![1]!;
        const yearColumns = count(head, />Y\d+(–\d+)?</g);
        expect(yearColumns).toBe(21); // Y0, then Y1–5 … Y96–100
        expect(head).toContain('>Y96–100<');
        expect(count(view, /<circle class="cumulative-dot"/g)).toBe(21);
        expect(view).toContain('Years 1–100 are shown in periods of 5 years');
        // The cumulative point of the last period is the whole series' cumulative flow.
        const total = analysis.portfolio.cashflows.reduce((a, b) => a + b, 0);
        const lastDot = [...view.matchAll(/Cumulative after year (\d+): ([^<]*)</g)].at(-1)!;
        expect(lastDot[1]).toBe('100');
        expect(lastDot[2]).toBe(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(total));
        expect(view).toContain('Payback');
    });

    it('a 30-year horizon keeps one column per year and no note', async () => {
        const analysis = await analyse(LONG_PLANS['a 100-year horizon']!.replace('horizon 100 years', 'horizon 30 years'));
        const view = section(renderRoadmap(analysis), 'cashflow');
        const head = /<thead>([\s\S]*?)<\/thead>/.exec(view)![1]!;
        expect(count(head, />Y\d+</g)).toBe(31);
        expect(view).not.toContain('shown in periods');
        expect(view).toContain('aria-label="Portfolio cash flow per year"');
    });
});
