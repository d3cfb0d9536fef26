/// <reference lib="dom" />
/**
 * A plan in flight in real headless Chromium (spec §9): ghost baseline bars behind the moved bars,
 * the status-date line where the date falls, gates not yet due, the balanced scorecard with its
 * trend lines, and the backlog chart with the catch-up date. Built from the example's real analysis.
 */
import { describe, expect, it } from 'vitest';
import { analyse, IN_FLIGHT } from '../helpers/in-flight.js';
import { CHROMIUM, expectGanttMatches, open, reportPage, screenshotPath, SKIP_BROWSER, useBrowser } from './harness.js';

if (SKIP_BROWSER) {
    console.warn(`[browser tests] skipped: ${CHROMIUM} is missing (run scripts/install-chromium.sh; in CI this is a failure).`);
}

type Box = { x: number; y: number; width: number; height: number };

describe.skipIf(SKIP_BROWSER)('a plan in flight in Chromium', () => {
    const browser = useBrowser();

    it('shows baselines as ghost bars, the status date, gates not yet due, the scorecard and the backlog', async () => {
        const analysis = await analyse(IN_FLIGHT);
        const { page, errors } = await open(browser(), await reportPage(analysis, { today: '2028-02-10' }));
        await expectGanttMatches(page, analysis);
        const gantt = page.locator('section[data-view="gantt"] [data-gantt-live]');
        const box = async (selector: string): Promise<Box> => {
            const b = await gantt.locator(selector).boundingBox();
            expect(b, selector).not.toBeNull();
            return b!;
        };

        // Ghost bars: one per bar whose dates moved; PatientPortal's baseline lies wholly before its forecast.
        const moved = analysis.candidates.filter(c => c.start !== null && (c.start !== c.baselineStart || c.finish !== c.baselineFinish));
        expect(await gantt.locator('.baseline-bar').count()).toBe(moved.length);
        const ghost = await box('[data-element="PatientPortal"] .baseline-bar');
        const bar = await box('[data-element="PatientPortal"] .bar-rect');
        expect(ghost.x + ghost.width).toBeLessThan(bar.x);
        expect(ghost.height).toBeGreaterThan(bar.height);
        // EhrUpgrade started after its baseline start and finishes after its baseline finish.
        const ehrGhost = await box('[data-element="EhrUpgrade"] .baseline-bar');
        const ehrBar = await box('[data-element="EhrUpgrade"] .bar-rect');
        expect(ehrGhost.x).toBeLessThan(ehrBar.x);
        expect(ehrGhost.x + ehrGhost.width).toBeLessThan(ehrBar.x + ehrBar.width);
        expect(await gantt.locator('[data-element="EhrUpgrade"] .bar-label').textContent()).toBe('EhrUpgrade · 190 days late');

        // The status line (2028-02-01) falls inside Monitoring's bar (2027-11-15 → 2028-02-18), before today's line.
        const status = await box('.status-date line');
        const monitoring = await box('[data-element="Monitoring"] .bar-rect');
        expect(status.x).toBeGreaterThan(monitoring.x);
        expect(status.x).toBeLessThan(monitoring.x + monitoring.width);
        expect(status.x).toBeLessThan((await box('.today line')).x);
        expect(await gantt.locator('.status-date text').textContent()).toBe('Status 2028-02-01');

        // Neither phase has finished by the status date: both gates are not yet due.
        expect(await gantt.locator('.gate.not-due').count()).toBe(analysis.gates.length);
        expect(await page.locator('tr.gate-row.not-due').count()).toBe(analysis.gates.length);

        // The balanced scorecard.
        const kpis = page.locator('section[data-view="kpis"]');
        expect(await kpis.locator('.perspective > h3').allTextContents()).toEqual(['Financial', 'Clinical', 'Patient', 'Operational', 'Strategic']);
        expect(await kpis.locator('[data-perspective="financial"] dt').allTextContents()).toEqual(['Portfolio NPV', 'IRR', 'Payback', 'ROI']);
        const trend = kpis.locator('tr[data-element="EhrLoadTime"] svg.trend');
        expect(await trend.locator('.trend-point').count()).toBe(3);
        const trendBox = (await trend.boundingBox())!;
        expect(trendBox.width).toBeGreaterThan(50);
        // The measurements fall (2.9, 2.6, 2.4 s), so each point sits lower than the one before (SVG y grows downwards).
        const ys = await trend.locator('.trend-point').evaluateAll(points => points.map(p => Number(p.getAttribute('cy'))));
        expect(ys[0]!).toBeLessThan(ys[1]!);
        expect(ys[1]!).toBeLessThan(ys[2]!);
        expect(await kpis.locator('tr[data-element="EhrLoadTime"] td.current').textContent()).toBe('2.4 s 2028-01-31');

        // The backlog chart: caught up on 2028-09-30, inside the plotted span.
        const cadence = page.locator('section[data-view="cadence"]');
        const chart = (await cadence.locator('svg.backlog-chart').boundingBox())!;
        const mark = (await cadence.locator('.caught-up-mark line').boundingBox())!;
        expect(mark.x).toBeGreaterThan(chart.x);
        expect(mark.x).toBeLessThan(chart.x + chart.width);
        expect(await cadence.locator('.caught-up-mark text').textContent()).toBe('caught up 2028-09-30');

        for (const view of ['gantt', 'kpis', 'cadence']) {
            await page.locator(`section[data-view="${view}"]`).screenshot({ path: screenshotPath('in-flight', view) });
        }
        expect(errors).toEqual([]);
        await page.close();
    });
});
