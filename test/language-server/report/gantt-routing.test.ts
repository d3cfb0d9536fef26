/**
 * The pure parts of the 30-candidate timeline layout: arrow lanes, the printed parts, the
 * text-width estimate, the cash-flow series.
 */
import { interpolateViridis } from 'd3-scale-chromatic';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateAnalysis } from '../../../language-server/analysis/plan-analysis.js';
import { cashflowSeries, MAX_SERIES, SERIES_COLOURS } from '../../../language-server/report/cashflow-series.js';
import { LANE_GAP, routeArrows, type ArrowRequest } from '../../../language-server/report/gantt-arrows.js';
import type { GanttRow } from '../../../language-server/report/gantt-layout.js';
import { splitRows } from '../../../language-server/report/gantt-print.js';
import { fitText, textWidth, wrapText } from '../../../language-server/report/text-metrics.js';
import { riverside } from './roadmap-fixtures.js';

function request(from: string, to: string, x1: number, fromRow: number, left: number, toRow: number): ArrowRequest {
    const mid = toRow * 28 + 14;
    return { from, to, x1, y1: fromRow * 28 + 22, left, right: left + 40, top: mid - 8, bottom: mid + 8, y2: mid };
}

describe('routeArrows', () => {
    it('gives arrows from one bar, and arrows ending at one date, separate lanes', () => {
        const routed = routeArrows([request('A', 'B', 100, 0, 100, 3), request('A', 'C', 100, 0, 100, 5), request('X', 'D', 100, 1, 100, 4)]);
        expect(routed.map(r => r.lane)).toEqual([100 + LANE_GAP, 100 + 2 * LANE_GAP, 100 + 3 * LANE_GAP]);
        // Over the successor's bar the arrow enters it from above.
        expect(routed[0]!.d).toBe(`M100,22 H${100 + LANE_GAP} V${3 * 28 + 6}`);
    });

    it('enters from the left when the lane lies before the bar, and reuses a lane over rows that do not overlap', () => {
        const routed = routeArrows([request('A', 'B', 100, 0, 200, 2), request('C', 'D', 100, 4, 200, 6)]);
        expect(routed[0]!.d).toBe(`M100,22 H${100 + LANE_GAP} V70 H200`);
        expect(routed[1]!.lane).toBe(routed[0]!.lane);
    });

    it('never puts two vertical segments on the same lane over overlapping rows', () => {
        fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 10 })), { maxLength: 60 }),
            specs => {
                const routed = routeArrows(specs.map(([from, to, x, gap], i) => request(`P${i}`, `S${i}`, 100 + 10 * x, from, 100 + 10 * (x + gap), to)));
                routed.forEach((a, i) => routed.slice(i + 1).forEach(b => {
                    if (Math.abs(a.lane - b.lane) < LANE_GAP - 0.01) expect(Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin)).toBeLessThan(-1);
                }));
            }), { numRuns: 200 });
    });
});

describe('splitRows (the printed parts)', () => {
    const phase = (lastRow: number): GanttRow => ({ type: 'phase', phase: riverside().phases[0]!, lastRow });
    const group: GanttRow = { type: 'group', label: 'Deferred' };
    const cand: GanttRow = { type: 'candidate', candidate: riverside().candidates[0]! };

    it('packs whole phases into a part while they fit, and splits a phase taller than a page', () => {
        const rows = [phase(3), cand, cand, cand, phase(6), cand, cand, group, cand];
        expect(splitRows(rows, rows.map(() => 30), 52 + 4 * 30 + 8, 52 + 4 * 30 + 8)).toEqual([[0, 4], [4, 7], [7, 9]]);
        const tall = [phase(9), ...Array<GanttRow>(9).fill(cand)];
        expect(splitRows(tall, tall.map(() => 30), 200, 200)).toEqual([[0, 4], [4, 8], [8, 10]]);
    });
});

describe('text metrics', () => {
    it('fits and wraps within the width, with an ellipsis only when cut', () => {
        const title = 'Consolidate three hospital server rooms into the regional data centre';
        expect(fitText(title, 1000, 12)).toBe(title);
        const cut = fitText(title, 150, 12);
        expect(cut.endsWith('…')).toBe(true);
        expect(textWidth(cut, 12)).toBeLessThanOrEqual(150);
        const lines = wrapText(title, 270, 11, 3);
        expect(lines.join(' ')).toBe(title);
        for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(270);
        expect(wrapText(title, 60, 11, 2)).toHaveLength(2);
        expect(wrapText(title, 60, 11, 2)[1]).toMatch(/…$/);
    });
});

describe('cash-flow series', () => {
    const candidate = (name: string, npv: number): CandidateAnalysis => ({ ...riverside().candidates[0]!, name, title: name, npv, cashflows: [-npv, npv / 2, npv] });

    it('keeps up to eight candidates; beyond, the seven largest by |NPV| and one "other" series summing the rest', () => {
        expect(cashflowSeries([1, 2, 3].map(i => candidate(`C${i}`, i))).map(s => s.slot)).toEqual(['s0', 's1', 's2']);
        const many = Array.from({ length: 27 }, (_, i) => candidate(`C${i}`, (i % 2 ? -1 : 1) * (i + 1) * 1000));
        const series = cashflowSeries(many);
        expect(series).toHaveLength(MAX_SERIES);
        expect(series.slice(0, 7).map(s => s.label)).toEqual(['C26', 'C25', 'C24', 'C23', 'C22', 'C21', 'C20']);
        expect(series[7]!.label).toBe('20 other candidates');
        expect(series[7]!.cashflows[0]).toBe(-many.slice(0, 20).reduce((s, c) => s + c.npv, 0));
        expect(new Set(SERIES_COLOURS).size).toBe(MAX_SERIES);
    });

    it('colours the series with viridis from 0.02 to 0.86, darkest first', () => {
        expect(SERIES_COLOURS).toEqual(Array.from({ length: MAX_SERIES }, (_, i) => interpolateViridis(0.02 + (0.84 * i) / (MAX_SERIES - 1))));
    });
});
