/// <reference lib="dom" />
/**
 * The timeline and the cash-flow chart on screen, in real Chromium, for the examples at 2, 6, 13
 * and 30 candidates and at every zoom level: no two texts overlap, no text leaves its chart,
 * every candidate has its bar and its full title (label text or `data-label`, and tooltip), no two
 * dependency arrows share a vertical segment, hovering a bar traces exactly its own arrows,
 * predecessors and successors, the label column can be dragged wider, and the cash-flow chart
 * has at most eight series, each in its own colour, with labels clear of each other and of the bars.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlanAnalysis } from '../../language-server/analysis/plan-analysis.js';
import { runCli } from '../helpers/cli.js';
import { open, SKIP_BROWSER, useBrowser } from './harness.js';

const EXAMPLES = ['riverside', 'it-outsourcing', 'community-hospital', 'regional-health-system'];
const ZOOMS = ['week', 'month', 'quarter'];
const dir = mkdtempSync(path.join(tmpdir(), 'hitp-layout-'));

interface Box { text: string; left: number; top: number; right: number; bottom: number }

function reportOf(example: string): { html: string; analysis: PlanAnalysis } {
    const file = `examples/${example}.hitp`;
    const output = path.join(dir, `${example}.html`);
    expect(runCli(['report', file, '-o', output]).stderr).toBe('');
    return { html: readFileSync(output, 'utf8'), analysis: JSON.parse(runCli(['analyze', file, '--json']).stdout) as PlanAnalysis };
}

/** The boxes of every non-empty text of the SVG matched by `selector`, and the SVG's own box. */
async function textBoxes(page: Page, selector: string): Promise<{ svg: Box; texts: Box[] }> {
    return page.locator(selector).first().evaluate(svg => {
        const box = (el: Element, text: string) => {
            const r = el.getBoundingClientRect();
            return { text, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        };
        const texts = Array.from(svg.querySelectorAll('text'))
            .filter(t => (t.textContent ?? '').trim() !== '')
            .map(t => box(t, t.textContent ?? ''));
        return { svg: box(svg, ''), texts };
    });
}

function overlapping(boxes: readonly Box[], tolerance = 0.5): string[] {
    const sorted = [...boxes].sort((a, b) => a.left - b.left);
    const clashes: string[] = [];
    for (let i = 0; i < sorted.length; i++) {
        const a = sorted[i]!;
        for (let j = i + 1; j < sorted.length && sorted[j]!.left < a.right - tolerance; j++) {
            const b = sorted[j]!;
            if (Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance) clashes.push(`"${a.text}" × "${b.text}"`);
        }
    }
    return clashes;
}

function outside(svg: Box, boxes: readonly Box[]): string[] {
    return boxes.filter(b => b.left < svg.left - 1 || b.right > svg.right + 1 || b.top < svg.top - 1 || b.bottom > svg.bottom + 1).map(b => b.text);
}

interface Vertical { arrow: string; x: number; y1: number; y2: number }

/** The vertical segments of the live chart's arrows, from their path data (`M x,y H x V y …`). */
async function arrowVerticals(page: Page): Promise<Vertical[]> {
    const arrows = await page.locator('[data-gantt-live] .dep-arrow').evaluateAll(paths => paths.map(p => ({
        name: `${p.getAttribute('data-from')}→${p.getAttribute('data-to')}`, d: p.getAttribute('d') ?? '',
    })));
    const verticals: Vertical[] = [];
    for (const { name, d } of arrows) {
        let x = 0;
        let y = 0;
        for (const [, cmd, args] of d.matchAll(/([MHV])\s*([-\d.,\s]+)/g)) {
            const nums = args!.split(/[\s,]+/).filter(Boolean).map(Number);
            if (cmd === 'M') [x, y] = [nums[0]!, nums[1]!];
            else if (cmd === 'H') x = nums[0]!;
            else {
                verticals.push({ arrow: name, x, y1: Math.min(y, nums[0]!), y2: Math.max(y, nums[0]!) });
                y = nums[0]!;
            }
        }
    }
    return verticals;
}

describe.skipIf(SKIP_BROWSER)('the timeline and the cash flow on screen', () => {
    const browser = useBrowser();

    it.each(EXAMPLES)('%s: at every zoom, texts apart and inside, full titles, bars, separate arrow lanes', async example => {
        const { html, analysis } = reportOf(example);
        const { page, errors } = await open(browser(), html);
        for (const zoom of ZOOMS) {
            await page.locator(`button[data-zoom-level="${zoom}"]`).click();
            expect(await page.locator(`[data-gantt-live] svg[data-zoom="${zoom}"]`).count()).toBe(1);
            const { svg, texts } = await textBoxes(page, '[data-gantt-live] svg.gantt-chart');
            expect(overlapping(texts), `${example} ${zoom}`).toEqual([]);
            expect(outside(svg, texts), `${example} ${zoom}`).toEqual([]);
            for (const c of analysis.candidates) {
                const label = page.locator(`[data-gantt-live] .row-label[data-element="${c.name}"]`);
                expect(await label.locator('text').getAttribute('data-label')).toBe(c.title || c.name);
                expect(await label.locator('title').textContent()).toContain(c.title);
                const scheduled = c.funded && c.start !== null && c.finish !== null;
                expect(await page.locator(`[data-gantt-live] .bar[data-element="${c.name}"]`).count()).toBe(scheduled ? 1 : 0);
            }
            const verticals = await arrowVerticals(page);
            const shared: string[] = [];
            verticals.forEach((a, i) => verticals.slice(i + 1).forEach(b => {
                if (Math.abs(a.x - b.x) < 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0) shared.push(`${a.arrow} & ${b.arrow} at x=${a.x}`);
            }));
            expect(shared, `${example} ${zoom}`).toEqual([]);
        }
        expect(errors).toEqual([]);
        await page.close();
    });

    it('hovering a bar traces exactly its own arrows, predecessors and successors', async () => {
        const { html, analysis } = reportOf('regional-health-system');
        const { page } = await open(browser(), html);
        const scheduled = new Set(analysis.candidates.filter(c => c.funded && c.start).map(c => c.name));
        for (const name of ['EhrConvergence', 'CapacityCommand', 'CoreNetwork']) {
            const candidate = analysis.candidates.find(c => c.name === name)!;
            const preds = [...new Set(candidate.after)].filter(p => scheduled.has(p)).sort();
            const succs = analysis.candidates.filter(c => scheduled.has(c.name) && c.after.includes(name)).map(c => c.name).sort();
            expect(preds.length + succs.length).toBeGreaterThan(0);
            await page.locator(`[data-gantt-live] .bar[data-element="${name}"] rect`).hover();
            const traced = await page.locator('[data-gantt-live] .dep-arrow.traced').evaluateAll(a => a.map(p => `${p.getAttribute('data-from')}→${p.getAttribute('data-to')}`));
            expect(traced.sort()).toEqual([...preds.map(p => `${p}→${name}`), ...succs.map(s => `${name}→${s}`)].sort());
            const names = (cls: string) => page.locator(`[data-gantt-live] .bar.${cls}`).evaluateAll(b => b.map(e => e.getAttribute('data-element') ?? '').sort());
            expect(await names('traced-pred')).toEqual(preds);
            expect(await names('traced-succ')).toEqual(succs);
            expect(await names('traced-self')).toEqual([name]);
        }
        await page.locator('h1').hover();
        expect(await page.locator('[data-gantt-live] .traced, [data-gantt-live] .tracing').count()).toBe(0);
        // Keyboard users get the same tracing on focus.
        await page.locator('[data-gantt-live] .bar[data-element="CoreNetwork"]').focus();
        const outOfCore = analysis.candidates.filter(c => scheduled.has(c.name) && c.after.includes('CoreNetwork')).length;
        expect(await page.locator('[data-gantt-live] .dep-arrow.traced').count()).toBe(outOfCore);
        await page.locator('[data-gantt-live] .bar[data-element="CoreNetwork"]').blur();
        expect(await page.locator('[data-gantt-live] .traced').count()).toBe(0);
        await page.close();
    });

    it('the label column can be dragged wider, showing the full titles, and keeps its width across zooms', async () => {
        const { html, analysis } = reportOf('regional-health-system');
        const { page } = await open(browser(), html);
        const longest = [...analysis.candidates].sort((a, b) => b.title.length - a.title.length)[0]!;
        const label = page.locator(`[data-gantt-live] .row-label[data-element="${longest.name}"] text`);
        expect(await label.textContent()).toMatch(/…$/);
        const handle = page.locator('[data-gantt-live] [data-label-resizer]');
        const box = (await handle.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + 200);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width / 2 + 150, box.y + 200, { steps: 5 });
        await page.mouse.up();
        expect(await label.textContent()).toBe(longest.title);
        const { svg, texts } = await textBoxes(page, '[data-gantt-live] svg.gantt-chart');
        expect(overlapping(texts)).toEqual([]);
        expect(outside(svg, texts)).toEqual([]);
        await page.locator('button[data-zoom-level="month"]').click();
        expect(await page.locator(`[data-gantt-live] .row-label[data-element="${longest.name}"] text`).textContent()).toBe(longest.title);
        await page.close();
    });

    it('cash flow of 27 funded candidates: at most 8 series in distinct colours, labels clear of bars and each other', async () => {
        const { html, analysis } = reportOf('regional-health-system');
        expect(analysis.candidates.filter(c => c.funded).length).toBe(27);
        const { page } = await open(browser(), html);
        const chart = page.locator('svg.cashflow-chart');
        const fills = await chart.locator('.segment').evaluateAll(rects => {
            const bySeries = new Map<string, string>();
            for (const r of rects) bySeries.set(Array.from(r.classList).find(c => /^s(\d|-other)/.test(c)) ?? '?', getComputedStyle(r).fill);
            return [...bySeries.entries()];
        });
        expect(fills.length).toBeLessThanOrEqual(8);
        expect(fills.map(f => f[0])).toContain('s-other');
        expect(new Set(fills.map(f => f[1])).size).toBe(fills.length);
        const legend = await page.locator('.series-legend li').allTextContents();
        expect(legend).toHaveLength(fills.length);
        expect(legend).toContain('20 other candidates');
        const { svg, texts } = await textBoxes(page, 'svg.cashflow-chart');
        expect(overlapping(texts)).toEqual([]);
        expect(outside(svg, texts)).toEqual([]);
        const marks = await chart.locator('.segment, .net line, .cumulative-dot').evaluateAll(els => els.map(e => {
            const r = e.getBoundingClientRect();
            return { text: e.tagName, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        }));
        const payback = texts.filter(t => t.text.startsWith('Payback'));
        expect(payback).toHaveLength(1);
        expect(overlapping([...payback, ...marks]).filter(c => c.includes('Payback'))).toEqual([]);
        await page.close();
    });
});

describe.skipIf(SKIP_BROWSER)('every view of the examples', () => {
    const browser = useBrowser();
    const VIEWS = ['gantt', 'ranking', 'cashflow', 'stakeholders', 'kpis', 'infram', 'cadence'];

    it.each(EXAMPLES)('%s: in every chart, texts apart and inside the chart', async example => {
        const { html } = reportOf(example);
        const { page } = await open(browser(), html);
        const problems: string[] = [];
        for (const view of VIEWS) {
            const charts = page.locator(`section[data-view="${view}"] svg:not(.gantt-print svg)`);
            for (let i = 0; i < await charts.count(); i++) {
                const { svg, texts } = await textBoxes(page, `section[data-view="${view}"] svg:not(.gantt-print svg) >> nth=${i}`);
                problems.push(...overlapping(texts).map(c => `${view}: ${c}`), ...outside(svg, texts).map(t => `${view}: "${t}" outside`));
            }
        }
        expect(problems).toEqual([]);
        await page.close();
    });
});
