/// <reference lib="dom" />
/**
 * The roadmap report in real headless Chromium: counts of Gantt markers, escaping of
 * hostile titles, click / keyboard → highlight or `reveal`, live updates keeping the
 * scroll position, zoom, theme colours, and a screenshot of every view.
 *
 * Skipped (with a message) only when Chromium is absent outside CI; in CI it fails.
 */
import { describe, expect, it } from 'vitest';
import { renderRoadmap } from '../../language-server/report/render-roadmap.js';
import {
    expectedGanttCounts, FIXTURES, HOSTILE_IMG, HOSTILE_SCRIPT, hospital, riverside, type FixtureName
} from '../language-server/report/roadmap-fixtures.js';
import { CHROMIUM, expectGanttMatches, open, reportPage, screenshotPath, SKIP_BROWSER, useBrowser } from './harness.js';

/** The page globals the tests touch (the root tsconfig has no DOM lib; page code is typed through this). */
interface PageWindow {
    scrollY: number;
    scrollTo(x: number, y: number): void;
    postMessage(message: unknown, targetOrigin: string): void;
    posted: unknown[];
    state: unknown;
    acquireVsCodeApi: () => unknown;
}

const VIEWS = ['gantt', 'ranking', 'cashflow', 'stakeholders', 'kpis', 'infram', 'cadence', 'scenarios', 'sensitivity'];

if (SKIP_BROWSER) {
    console.warn(`[browser tests] skipped: ${CHROMIUM} is missing (run scripts/install-chromium.sh; in CI this is a failure).`);
}

describe.skipIf(SKIP_BROWSER)('roadmap report in Chromium', () => {
    const browser = useBrowser();

    it.each(['riverside', 'hospital'] as FixtureName[])('%s: Gantt markers match the analysis', async name => {
        const analysis = FIXTURES[name]();
        const { page, errors } = await open(browser(), await reportPage(analysis));
        await expectGanttMatches(page, analysis);
        expect(await page.locator('section[data-view="gantt"] [data-gantt-live] .today').count()).toBe(1);
        expect(errors).toEqual([]);
        await page.close();
    });

    it.each(['riverside', 'hospital', 'sparse', 'hostile'] as FixtureName[])('%s: screenshot of every view', async name => {
        const { page, errors } = await open(browser(), await reportPage(FIXTURES[name]()));
        for (const view of VIEWS) {
            const section = page.locator(`section[data-view="${view}"]`);
            await expect(section.count()).resolves.toBe(1);
            await section.screenshot({ path: screenshotPath(name, view) });
        }
        expect(errors).toEqual([]);
        await page.close();
    });

    it('shows hostile titles as text: no dialog, no injected element', async () => {
        const { page, dialogs, errors } = await open(browser(), await reportPage(FIXTURES.hostile()));
        await page.locator('.bar').first().hover();
        await page.locator('.stakeholder').first().hover();
        await page.waitForTimeout(200);
        expect(dialogs).toEqual([]);
        expect(await page.locator('img').count()).toBe(0);
        expect(await page.locator('script').count()).toBe(1);
        expect(await page.locator('svg [onload], [onerror], [onmouseover]').count()).toBe(0);
        expect(await page.locator('h1').textContent()).toBe(HOSTILE_IMG);
        const kpiRow = page.locator('tr[data-element="EhrLoadTime"] th');
        expect(await kpiRow.textContent()).toContain(HOSTILE_SCRIPT);
        expect(await page.locator('body').innerText()).toContain(HOSTILE_SCRIPT);
        expect(errors).toEqual([]);
        await page.close();
    });

    it('highlights a clicked bar in the standalone report, without posting', async () => {
        const { page } = await open(browser(), await reportPage(riverside()));
        const bar = page.locator('.bar[data-element="DbMigration"]');
        await bar.click();
        expect(await bar.getAttribute('class')).toContain('selected');
        expect(await page.locator('tr.selected[data-element="DbMigration"]').count()).toBe(1);
        await page.locator('.bar[data-element="CoreNetwork"]').click();
        expect(await bar.getAttribute('class')).not.toContain('selected');
        await page.close();
    });

    it('posts reveal with the rendered source range for click and Enter inside VS Code', async () => {
        const sources = {
            'candidate:DbMigration': { line: 33, character: 10, endLine: 33, endCharacter: 21 },
            'kpi:EhrLoadTime': { line: 24, character: 4, endLine: 24, endCharacter: 15 },
        };
        const html = (await reportPage(riverside(), { sources })).replace(/data-settings="[^"]*"/,
            `data-settings="${JSON.stringify({ source: 'file:///plans/riverside.hitp', version: 3, standalone: false, zoom: null }).replace(/"/g, '&quot;')}"`);
        const { page } = await open(browser(), html, () => {
            const w = globalThis as unknown as PageWindow;
            w.posted = [];
            w.acquireVsCodeApi = () => ({
                postMessage: (m: unknown) => w.posted.push(m),
                getState: () => w.state,
                setState: (s: unknown) => { w.state = s; },
            });
        });
        await page.locator('.bar[data-element="DbMigration"]').click();
        await page.locator('tr[data-element="EhrLoadTime"]').focus();
        await page.keyboard.press('Enter');
        const posted = await page.evaluate(() => (globalThis as unknown as PageWindow).posted);
        expect(posted).toEqual([
            { type: 'ready', source: 'file:///plans/riverside.hitp', version: 3 },
            { type: 'reveal', source: 'file:///plans/riverside.hitp', element: 'DbMigration', kind: 'candidate', range: [33, 10, 33, 21] },
            { type: 'reveal', source: 'file:///plans/riverside.hitp', element: 'EhrLoadTime', kind: 'kpi', range: [24, 4, 24, 15] },
        ]);
        const state = await page.evaluate(() => (globalThis as unknown as PageWindow).state);
        expect(state).toMatchObject({ source: 'file:///plans/riverside.hitp' });
        await page.close();
    });

    it('replaces the content on an update message and keeps scroll and zoom', async () => {
        const { page } = await open(browser(), await reportPage(riverside()));
        await page.locator('button[data-zoom-level="week"]').click();
        await page.evaluate(() => (globalThis as unknown as PageWindow).scrollTo(0, 700));
        const before = await page.evaluate(() => (globalThis as unknown as PageWindow).scrollY);
        expect(before).toBeGreaterThan(600);
        const changed = riverside();
        changed.candidates[0]!.name = 'DbMigrationV2';
        changed.candidates[0]!.start = '2027-05-03';
        const html = renderRoadmap(changed, { today: '2027-05-01', zoom: 'month' });
        await page.evaluate(([h]) => (globalThis as unknown as PageWindow).postMessage({ type: 'update', source: 'any', version: 7, html: h }, '*'), [html]);
        await page.waitForSelector('.bar[data-element="DbMigrationV2"]');
        expect(await page.locator('.bar[data-element="DbMigration"]').count()).toBe(0);
        expect(await page.evaluate(() => (globalThis as unknown as PageWindow).scrollY)).toBe(before);
        expect(await page.locator('section[data-view="gantt"]').getAttribute('data-zoom')).toBe('week');
        expect(await page.locator('[data-gantt-live] svg.gantt-chart').getAttribute('data-zoom')).toBe('week');
        // An older version is ignored; malformed messages too.
        await page.evaluate(([h]) => {
            const w = globalThis as unknown as PageWindow;
            w.postMessage({ type: 'update', source: 'any', version: 6, html: h }, '*');
            w.postMessage({ type: 'update', html: '<img src=x>' }, '*');
        }, [renderRoadmap(riverside())]);
        await page.waitForTimeout(100);
        expect(await page.locator('.bar[data-element="DbMigrationV2"]').count()).toBe(1);
        expect(await page.locator('img').count()).toBe(0);
        await page.close();
    });

    it('switches the Gantt axis with the zoom buttons', async () => {
        const { page } = await open(browser(), await reportPage(hospital()));
        const gantt = page.locator('section[data-view="gantt"]');
        const ticks = () => gantt.locator('[data-gantt-live] svg.gantt-chart .tick').allTextContents();
        expect(await gantt.getAttribute('data-zoom')).toBe('month');
        expect(await ticks()).toContain('Feb');
        await page.locator('button[data-zoom-level="quarter"]').click();
        expect(await gantt.getAttribute('data-zoom')).toBe('quarter');
        expect(await ticks()).toContain('Q2');
        expect(await page.locator('button[data-zoom-level="quarter"]').getAttribute('aria-pressed')).toBe('true');
        const quarterWidth = Number(await gantt.locator('[data-gantt-live] svg.gantt-chart').getAttribute('width'));
        await page.locator('button[data-zoom-level="week"]').focus();
        await page.keyboard.press('Enter');
        expect(await gantt.getAttribute('data-zoom')).toBe('week');
        expect(await ticks()).toContain('Jan 2027');
        expect(Number(await gantt.locator('[data-gantt-live] svg.gantt-chart').getAttribute('width'))).toBeGreaterThan(quarterWidth);
        // Counts do not change with the zoom.
        expect(await gantt.locator('[data-gantt-live] .bar').count()).toBe(expectedGanttCounts(hospital()).bars);
        await page.close();
    });

    it('follows the theme variables: dark colours differ from light and stay readable', async () => {
        const { page } = await open(browser(), await reportPage(riverside()));
        // Page code as strings: the root tsconfig has no DOM lib.
        const colours = () => page.evaluate(`(() => {
            const label = document.querySelector('.bar .bar-label');
            const rect = document.querySelector('.bar .bar-rect');
            return { text: getComputedStyle(label).fill, bar: getComputedStyle(rect).fill, background: getComputedStyle(document.body).backgroundColor };
        })()`) as Promise<{ text: string; bar: string; background: string }>;
        const light = await colours();
        await page.evaluate(`(() => {
            const root = document.documentElement.style;
            root.setProperty('--vscode-editor-background', '#1e1e1e');
            root.setProperty('--vscode-editor-foreground', '#d4d4d4');
            root.setProperty('--vscode-charts-blue', '#3794ff');
            root.setProperty('--vscode-charts-red', '#f14c4c');
            document.body.classList.add('vscode-dark');
        })()`);
        const dark = await colours();
        expect(dark.text).not.toBe(light.text);
        expect(dark.background).not.toBe(light.background);
        expect(dark.bar).not.toBe(light.bar);
        expect(contrast(light.text, light.background)).toBeGreaterThan(4.5);
        expect(contrast(dark.text, dark.background)).toBeGreaterThan(4.5);
        await page.close();
    });

    it('stays usable at 200% zoom: focusable elements and a keyboard tooltip', async () => {
        const { page } = await open(browser(), await reportPage(riverside()));
        await page.evaluate(`document.body.style.zoom = '2'`);
        const bar = page.locator('.bar[data-element="CoreNetwork"]');
        expect(await bar.getAttribute('tabindex')).toBe('0');
        await page.keyboard.press('Tab');
        await bar.focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        const tip = await page.locator('.hitp-tooltip').textContent();
        expect(tip).toContain('Float');
        await bar.screenshot({ path: screenshotPath('riverside', 'gantt-bar-200') });
        await page.close();
    });
});

function luminance(css: string): number {
    const [r, g, b] = (css.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number).map(v => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
}
