/// <reference lib="dom" />
/**
 * `hitp report` of the 30-candidate example printed to PDF by Chromium (its own print path,
 * `page.pdf`) on landscape A4 and landscape US Letter, read back with poppler's `pdfinfo` and
 * `pdftotext -bbox` (Debian's poppler-utils, installed by scripts/install-poppler.sh): the page
 * size is the paper's, the timeline pages hold every candidate's and milestone's full title,
 * every phase and the last year, and no word lies outside the page's printable area.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanAnalysis } from '../../language-server/analysis/plan-analysis.js';
import { runCli } from '../helpers/cli.js';
import { riverside } from '../language-server/report/roadmap-fixtures.js';
import { open, reportPage, SKIP_BROWSER, useBrowser } from './harness.js';

/** The page globals the print-button test stubs. */
interface PrintWindow {
    printed: number;
    posted: unknown[];
    print(): void;
    acquireVsCodeApi: () => unknown;
}

const EXAMPLE = 'examples/regional-health-system.hitp';
const dir = mkdtempSync(path.join(tmpdir(), 'hitp-print-'));
/** The page margin of the print stylesheet (`@page { margin: 10mm }`), in points. */
const MARGIN_PT = (10 / 25.4) * 72;

interface Word { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number }
interface PdfText { width: number; height: number; pages: number; words: Word[] }

/** Every word of a PDF with its box, through `pdftotext -bbox`. */
function readPdf(file: string): PdfText {
    const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const words: Word[] = [];
    let width = 0;
    let height = 0;
    let page = 0;
    const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    for (const m of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)) {
        if (m[1]) {
            page++;
            width = Number(m[1]);
            height = Number(m[2]);
        } else {
            words.push({ page, text: unescape(m[7]!), xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]) });
        }
    }
    return { width, height, pages: page, words };
}

/** The words of some pages in reading order of one column: by line, then left to right. */
function columnText(words: readonly Word[]): string {
    const sorted = [...words].sort((a, b) => a.page - b.page || Math.round(a.yMin) - Math.round(b.yMin) || a.xMin - b.xMin);
    return sorted.map(w => w.text).join(' ').replace(/\s+/g, ' ');
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe.skipIf(SKIP_BROWSER)('the 30-candidate roadmap printed to PDF', () => {
    const browser = useBrowser();
    const html = path.join(dir, 'report.html');
    let analysis: PlanAnalysis;

    it.each([
        ['A4', 842, 595],
        ['Letter', 792, 612],
    ] as const)('landscape %s: right page size, every title, phase and the last year, nothing cut', async (format, w, h) => {
        const report = runCli(['report', EXAMPLE, '-o', html]);
        expect(report.stderr).toBe('');
        analysis ??= JSON.parse(runCli(['analyze', EXAMPLE, '--json']).stdout) as PlanAnalysis;
        expect(analysis.candidates).toHaveLength(30);
        expect(analysis.phases).toHaveLength(5);

        const { page, errors } = await open(browser(), readFileSync(html, 'utf8'));
        const pdf = path.join(dir, `roadmap-${format}.pdf`);
        await page.pdf({ path: pdf, format, landscape: true, printBackground: true });
        await page.close();
        expect(errors).toEqual([]);

        const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
        const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
        expect(Math.round(Number(size?.[1]))).toBeCloseTo(w, -1);
        expect(Math.round(Number(size?.[2]))).toBeCloseTo(h, -1);

        const text = readPdf(pdf);
        // Nothing is cut: every word lies inside the printable area of its page.
        const outside = text.words.filter(word => word.xMin < MARGIN_PT - 2 || word.yMin < MARGIN_PT - 2
            || word.xMax > text.width - MARGIN_PT + 2 || word.yMax > text.height - MARGIN_PT + 2);
        expect(outside.map(o => `${o.text} p${o.page} (${o.xMin.toFixed(0)},${o.yMin.toFixed(0)})-(${o.xMax.toFixed(0)},${o.yMax.toFixed(0)})`)).toEqual([]);

        // The timeline: the pages before the ranking view, which starts its own page.
        const rankingPage = text.words.find(word => word.text === 'Priority')?.page ?? 0;
        expect(rankingPage).toBeGreaterThan(1);
        const timeline = text.words.filter(word => word.page < rankingPage);
        // The label column (the left 300 of 980 layout px) read alone, so wrapped titles join up.
        const labelEdge = MARGIN_PT + (text.width - 2 * MARGIN_PT) * (300 / 980);
        const labels = columnText(timeline.filter(word => word.xMax <= labelEdge + 1));
        const chart = columnText(timeline);
        for (const c of analysis.candidates) expect(labels, c.name).toContain(squash(c.title));
        for (const m of analysis.milestones) expect(labels, m.name).toContain(squash(m.title));
        for (const p of analysis.phases) {
            expect(labels, p.name).toContain(squash(p.title));
            expect(chart, p.name).toContain(p.name);
        }
        for (const c of analysis.candidates.filter(c => c.funded)) expect(chart, c.name).toContain(c.name);
        // The last year of the plan is on the time axis, and the last bar is drawn.
        const finish = analysis.plan!.finish!;
        expect(timeline.some(word => word.text === finish.slice(0, 4))).toBe(true);
        const last = analysis.candidates.filter(c => c.finish === finish)[0]!;
        expect(timeline.some(word => word.text.startsWith(last.name))).toBe(true);
        // The ranking: every title in full, in its label or in the printed legend of the shortened ones.
        const cashflowPage = text.words.find(word => word.text === 'Cash' && text.words.some(n => n.page === word.page && n.text === 'flow'))?.page ?? 0;
        const ranking = squash(execFileSync('pdftotext', ['-f', String(rankingPage), '-l', String(cashflowPage - 1), pdf, '-'], { encoding: 'utf8' }));
        for (const c of analysis.candidates) expect(ranking, c.name).toContain(squash(c.title));
        // Each view starts on its own page.
        for (const heading of ['Priority ranking', 'Cash flow']) {
            const first = heading.split(' ')[0]!;
            const at = text.words.find(word => word.text === first && text.words.some(n => n.page === word.page && n.text === heading.split(' ')[1]));
            expect(at, heading).toBeDefined();
            const above = text.words.filter(word => word.page === at!.page && word.yMax < at!.yMin - 1);
            expect(above.map(a => a.text), heading).toEqual([]);
        }
        expect(text.pages).toBeLessThanOrEqual(20);
    });

    it('in print: colours kept, and normal / critical bars and the cash-flow series apart in greyscale', async () => {
        expect(runCli(['report', EXAMPLE, '-o', html]).stderr).toBe('');
        const { page } = await open(browser(), readFileSync(html, 'utf8'));
        await page.emulateMedia({ media: 'print' });
        const looks = await page.evaluate(() => {
            /** Relative luminance (WCAG) of a computed `rgb(…)` colour: what is left of it in greyscale. */
            const luminance = (colour: string): number => {
                const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map(v => {
                    const c = v / 255;
                    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
                });
                return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
            };
            const fill = (selector: string): string => getComputedStyle(document.querySelector(selector)!).fill;
            return {
                adjust: getComputedStyle(document.body).getPropertyValue('print-color-adjust'),
                liveShown: getComputedStyle(document.querySelector('[data-gantt-live]')!).display,
                printShown: getComputedStyle(document.querySelector('.gantt-print')!).display,
                bar: luminance(fill('.gantt-print .bar:not(.critical) .bar-rect')),
                critical: luminance(fill('.gantt-print .bar.critical .bar-rect')),
                series: Array.from(document.querySelectorAll('.series-legend .key')).map(k => luminance(getComputedStyle(k).backgroundColor)),
            };
        });
        expect(looks.adjust).toBe('exact');
        expect(looks.liveShown).toBe('none');
        expect(looks.printShown).toBe('block');
        expect(looks.bar - looks.critical).toBeGreaterThan(0.3);
        // The seven largest candidates' colours rise in lightness; "other" is a neutral grey.
        const own = looks.series.slice(0, -1);
        own.slice(1).forEach((l, i) => expect(l).toBeGreaterThan(own[i]! + 0.02));
        await page.close();
    });

    it('the Print button prints the report, and in the VS Code preview asks the host to open it in the browser', async () => {
        const standalone = await open(browser(), await reportPage(riverside()), () => {
            const w = globalThis as unknown as PrintWindow;
            w.printed = 0;
            w.print = () => { w.printed++; };
        });
        await standalone.page.locator('button[data-print]').click();
        expect(await standalone.page.evaluate(() => (globalThis as unknown as PrintWindow).printed)).toBe(1);
        await standalone.page.close();

        const source = 'file:///plans/riverside.hitp';
        const html = (await reportPage(riverside())).replace(/data-settings="[^"]*"/,
            `data-settings="${JSON.stringify({ source, version: 3, standalone: false, zoom: null }).replace(/"/g, '&quot;')}"`);
        const preview = await open(browser(), html, () => {
            const w = globalThis as unknown as PrintWindow;
            w.printed = 0;
            w.posted = [];
            w.print = () => { w.printed++; };
            w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.posted.push(m), getState: () => undefined, setState: () => undefined });
        });
        await preview.page.locator('button[data-print]').click();
        const after = await preview.page.evaluate(() => ({ posted: (globalThis as unknown as PrintWindow).posted, printed: (globalThis as unknown as PrintWindow).printed }));
        expect(after.posted).toContainEqual({ type: 'print', source });
        expect(after.printed).toBe(0);
        await preview.page.close();
    });
});
