/// <reference lib="dom" />
/**
 * Spec §11 on the roadmap, in real headless Chromium: weekends shaded at the week and month
 * zooms (not by quarter), holidays at every zoom, change-freeze windows as labelled bands placed
 * on their dates, lags written on the dependency arrows, and one load chart per team whose step
 * line reaches its peak and stays under its capacity line.
 */
import { describe, expect, it } from 'vitest';
import type { PlanAnalysis } from '../../language-server/analysis/plan-analysis.js';
import { hitp, parse } from '../helpers/services.js';
import { open, reportPage, screenshotPath, SKIP_BROWSER, useBrowser } from './harness.js';

const PLAN = `
plan Cal "Calendar on the roadmap" { start 2027-11-01 workdays Mon-Fri holiday 2027-11-25 to 2027-11-26 holiday 2027-12-24 capacity 4 FTE }
criteria { Value weight 100% }
freeze YearEnd "Year-end change freeze" from 2027-12-15 to 2028-01-05
team Net "Network engineering" { capacity 3 FTE }
candidate Core "Core switches" { scores Value 5 duration 4 weeks effort 2 FTE Net }
candidate Wifi "Wi-Fi 6" { scores Value 4 duration 3 weeks effort 2 FTE Net, 1 FTE after Core + 1 week }
candidate Ehr "EHR upgrade" { scores Value 3 duration 2 weeks after Core - 3 days }
`;

async function analysisOf(text: string): Promise<PlanAnalysis> {
    return hitp.plan.PlanService.getPlanResult(await parse(text)).analysis;
}

describe.skipIf(SKIP_BROWSER)('working calendar, freezes, lags and team load on the roadmap (spec §11)', () => {
    const browser = useBrowser();

    it('shades weekends at the week zoom, holidays, and a labelled freeze band on its dates', async () => {
        const analysis = await analysisOf(PLAN);
        const { page, errors } = await open(browser(), await reportPage(analysis, { zoom: 'week' }));
        const live = page.locator('[data-gantt-live] svg.gantt-chart');
        expect(await live.getAttribute('data-zoom')).toBe('week');
        // The chart spans 2027-11-01 → 2028-02-01: 13 whole weekends (Sat+Sun runs), each one band.
        expect(await live.locator('.non-working.weekend').count()).toBe(13);
        // Two holiday ranges, each drawn once.
        expect(await live.locator('.non-working.holiday').count()).toBe(2);
        const band = live.locator('.freeze-band[data-freeze="YearEnd"]');
        expect(await band.count()).toBe(1);
        expect(await band.locator('.freeze-label').textContent()).toBe('❄ YearEnd');
        // The band covers 22 days, the width of 22 days on the axis: compare with a weekend run (2 days).
        const freezeWidth = (await band.locator('rect').boundingBox())!.width;
        const weekendWidth = (await live.locator('.non-working.weekend').first().boundingBox())!.width;
        expect(freezeWidth / weekendWidth).toBeCloseTo(11, 0);
        await page.locator('section[data-view="gantt"]').screenshot({ path: screenshotPath('calendar', 'gantt-week') });
        expect(errors).toEqual([]);
        await page.close();
    });

    it('drops weekend shading by quarter but keeps holidays and freezes', async () => {
        const { page, errors } = await open(browser(), await reportPage(await analysisOf(PLAN), { zoom: 'quarter' }));
        const live = page.locator('[data-gantt-live] svg.gantt-chart');
        expect(await live.locator('.non-working.weekend').count()).toBe(0);
        expect(await live.locator('.non-working.holiday').count()).toBe(2);
        expect(await live.locator('.freeze-band').count()).toBe(1);
        expect(errors).toEqual([]);
        await page.close();
    });

    it('marks each lag and lead on its dependency arrow: dashed, a knot, the lag in the tooltip', async () => {
        const { page, errors } = await open(browser(), await reportPage(await analysisOf(PLAN), { zoom: 'week' }));
        const live = page.locator('[data-gantt-live] svg.gantt-chart');
        const lagged = live.locator('.dep-arrow.lagged');
        expect(await lagged.count()).toBe(2);
        expect(await live.locator('.dep-arrow[data-from="Core"][data-to="Wifi"]').getAttribute('data-lag')).toBe('+1 week');
        expect(await live.locator('.dep-arrow[data-from="Core"][data-to="Ehr"] title').textContent()).toBe('Core → Ehr (−3 days)');
        expect(await live.locator('.lag-knot[data-from="Core"][data-to="Wifi"] title').textContent()).toBe('Core → Wifi: +1 week');
        // The dashes are drawn: the computed style of a lagged arrow has a dash array, a plain one none.
        expect(await lagged.first().evaluate(el => getComputedStyle(el).strokeDasharray)).not.toBe('none');
        expect(errors).toEqual([]);
        await page.close();
    });

    it('draws one load chart per team, its line reaching the peak and staying under the capacity line', async () => {
        const analysis = await analysisOf(PLAN);
        const net = analysis.teams.find(t => t.name === 'Net')!;
        expect(net.peakFte).toBe(2);
        const { page, errors } = await open(browser(), await reportPage(analysis));
        const chart = page.locator('.team-load[data-team="Net"]');
        expect(await chart.count()).toBe(1);
        expect(await chart.locator('figcaption').textContent()).toContain('peak 2 FTE of 3 FTE');
        const line = (await chart.locator('.load-line').boundingBox())!;
        const capacity = (await chart.locator('.capacity-line').boundingBox())!;
        // The capacity (3 FTE) sits above the load line's top (peak 2 FTE): smaller y is higher.
        expect(capacity.y).toBeLessThan(line.y);
        await chart.screenshot({ path: screenshotPath('calendar', 'team-load') });
        expect(errors).toEqual([]);
        await page.close();
    });
});
