/// <reference lib="dom" />
/**
 * Spec §10 in the roadmap, in real headless Chromium: the scenario comparison (table and bars),
 * the tornado of the sensitivity drivers with the break-even, and the scenario picker, which
 * asks the host for a scenario's roadmap and shows the one the server sends back.
 */
import { describe, expect, it } from 'vitest';
import { renderRoadmap } from '../../language-server/report/render-roadmap.js';
import { riverside, withScenarios } from '../language-server/report/roadmap-fixtures.js';
import { open, reportPage, screenshotPath, SKIP_BROWSER, useBrowser } from './harness.js';

interface PageWindow {
    posted: unknown[];
    state: unknown;
    acquireVsCodeApi: () => unknown;
    postMessage(message: unknown, targetOrigin: string): void;
}

const SOURCE = 'file:///plans/riverside.hitp';

/** A report page that believes it runs in the VS Code preview: settings with a source, a recording `acquireVsCodeApi`. */
async function previewPage(browser: Parameters<typeof open>[0], html: string) {
    const page = html.replace(/data-settings="[^"]*"/,
        `data-settings="${JSON.stringify({ source: SOURCE, version: 3, standalone: false, zoom: null }).replace(/"/g, '&quot;')}"`);
    return open(browser, page, () => {
        const w = globalThis as unknown as PageWindow;
        w.posted = [];
        w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.posted.push(m), getState: () => w.state, setState: (s: unknown) => { w.state = s; } });
    });
}

describe.skipIf(SKIP_BROWSER)('scenarios and sensitivity in Chromium', () => {
    const browser = useBrowser();

    it('compares the plan and each scenario in a table and as NPV bars', async () => {
        const { page, errors } = await open(browser(), await reportPage(withScenarios()));
        const section = page.locator('section[data-view="scenarios"]');
        const rows = section.locator('tbody tr');
        expect(await rows.count()).toBe(3);
        expect((await rows.allInnerTexts()).map(t => t.replace(/\s+/g, ' ').trim())).toEqual([
            'Plan The plan $643,193 23.5% 2.9 y 2027-07-12 2',
            'Downside Benefits smaller, money dearer -$125,001 (-$768,194) 4.1% — 2027-08-30 (+49 days) 2',
            'Cheaper Costs 20% lower $938,515 (+$295,322) 31% 2.4 y 2027-07-12 (0 days) 1',
        ]);
        expect(await section.locator('tr.negative').count()).toBe(1);
        // The bars: one per row; the negative one lies left of the zero line, the others right of it, lengths in NPV proportion.
        const zero = await section.locator('line.zero').boundingBox();
        const box = (name: string) => section.locator(`[data-scenario-bar="${name}"] rect`).boundingBox();
        const [plan, downside, cheaper] = await Promise.all([box(''), box('Downside'), box('Cheaper')]);
        expect(downside!.x + downside!.width).toBeCloseTo(zero!.x + zero!.width / 2, 0);
        expect(plan!.x).toBeCloseTo(zero!.x + zero!.width / 2, 0);
        expect(cheaper!.width / plan!.width).toBeCloseTo(938515.19 / 643193.085, 2);
        expect(downside!.width / plan!.width).toBeCloseTo(125000.5 / 643193.085, 2);
        await section.screenshot({ path: screenshotPath('withScenarios', 'scenarios') });
        expect(errors).toEqual([]);
        await page.close();
    });

    it('draws a tornado of the drivers, widest swing first, around the plan NPV, with the break-even', async () => {
        const { page, errors } = await open(browser(), await reportPage(riverside()));
        const section = page.locator('section[data-view="sensitivity"]');
        expect(await section.locator('.tornado-row').evaluateAll(rows => rows.map(r => r.getAttribute('data-driver'))))
            .toEqual(['benefits', 'costs', 'discount', 'inflation']);
        const base = await section.locator('line.tornado-base').boundingBox();
        const axis = base!.x + base!.width / 2;
        const bar = (driver: string, side: 'low' | 'high') => section.locator(`[data-driver="${driver}"] rect.${side}`).boundingBox();
        const low = await bar('benefits', 'low');
        const high = await bar('benefits', 'high');
        // Benefits × 0.8 lowers the NPV (left of the axis), × 1.2 raises it (right); each bar's length is its NPV change.
        expect(low!.x + low!.width).toBeCloseTo(axis, 0);
        expect(high!.x).toBeCloseTo(axis, 0);
        expect(low!.width / high!.width).toBeCloseTo((643193.085 - 219232.363) / (1067153.807 - 643193.085), 2);
        const costsLow = await bar('costs', 'low');
        expect(costsLow!.x).toBeCloseTo(axis, 0);
        expect(costsLow!.width / high!.width).toBeCloseTo((938515.19 - 643193.085) / (1067153.807 - 643193.085), 2);
        expect(await section.locator('.break-even').innerText()).toContain('Break-even benefit change: -30.3%');
        expect(await section.locator('[data-driver="discount"] text.value-label').allTextContents()).toEqual(['6%: $760.08K', '10%: $535.96K']);
        await section.screenshot({ path: screenshotPath('riverside', 'sensitivity') });
        expect(errors).toEqual([]);
        await page.close();
    });

    it('the standalone report has no picker; the preview asks the host for the scenario picked', async () => {
        const standalone = await open(browser(), await reportPage(withScenarios()));
        expect(await standalone.page.locator('[data-scenario]').count()).toBe(0);
        await standalone.page.close();

        const { page, errors } = await previewPage(browser(), await reportPage(withScenarios(), { scenarioPicker: true }));
        const buttons = page.locator('.scenario-picker button');
        expect(await buttons.allInnerTexts()).toEqual(['The plan', 'Downside', 'Cheaper']);
        expect(await buttons.evaluateAll(bs => bs.map(b => b.getAttribute('aria-pressed')))).toEqual(['true', 'false', 'false']);
        await page.locator('button[data-scenario="Downside"]').click();
        await page.locator('button[data-scenario=""]').click();
        const posted = await page.evaluate(() => (globalThis as unknown as PageWindow).posted);
        expect(posted.slice(1)).toEqual([
            { type: 'scenario', source: SOURCE, scenario: 'Downside' },
            { type: 'scenario', source: SOURCE, scenario: null },
        ]);

        // The host answers with the scenario's whole roadmap (rendered by the server): the page shows it.
        const scenario = withScenarios();
        const downside = { ...scenario, plan: { ...scenario.plan!, scenario: 'Downside', finish: '2027-08-30' } };
        const html = renderRoadmap(downside, { scenarioPicker: true });
        await page.evaluate(([source, fragment]) => (globalThis as unknown as PageWindow).postMessage({ type: 'update', source, version: 4, html: fragment }, '*'), [SOURCE, html]);
        await page.waitForSelector('.scenario-banner');
        expect(await page.locator('.scenario-banner').innerText()).toContain('Scenario Downside — Benefits smaller, money dearer');
        expect(await buttons.evaluateAll(bs => bs.map(b => b.getAttribute('aria-pressed')))).toEqual(['false', 'true', 'false']);
        expect(await page.locator('.plan-header .facts').innerText()).toContain('2027-08-30');
        expect(await page.locator('section[data-view="scenarios"] tbody tr').count()).toBe(2);
        await page.screenshot({ path: screenshotPath('withScenarios', 'picker'), fullPage: false });
        expect(errors).toEqual([]);
        await page.close();
    });
});
