/// <reference lib="dom" />
/**
 * The roadmap compared with the last commit (issue 15) in real headless Chromium: the summary line
 * under the title, and the committed dates as ghost bars where the dates fall on the time axis
 * (the archive's ghost starts with its bar and is two thirds as long; the viewer's ends where its
 * bar now starts), at every zoom level.
 */
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../language-server/analysis/plan-comparison.js';
import { COMMITTED_PLAN, EDITED_PLAN, EXPECTED_COMPARISON as E } from '../helpers/compare-plan-texts.js';
import { analyse } from '../helpers/in-flight.js';
import { CHROMIUM, open, reportPage, screenshotPath, SKIP_BROWSER, useBrowser } from './harness.js';

if (SKIP_BROWSER) {
    console.warn(`[browser tests] skipped: ${CHROMIUM} is missing (run scripts/install-chromium.sh; in CI this is a failure).`);
}

describe.skipIf(SKIP_BROWSER)('the roadmap compared with the last commit in Chromium', () => {
    const browser = useBrowser();

    it('shows the NPV and finish change and ghost bars of the committed dates', async () => {
        const [before, after] = [await analyse(COMMITTED_PLAN), await analyse(EDITED_PLAN)];
        const { page, errors } = await open(browser(), await reportPage(after, { comparison: { ...comparePlans(before, after), revision: 'HEAD' } }));
        const facts = page.locator('.comparison-facts');
        expect(await facts.isVisible()).toBe(true);
        expect((await facts.innerText()).replace(/\s+/g, ' ')).toBe(E.summaryEnUs);
        expect(await page.locator('.comparison-changes li').allInnerTexts()).toEqual(E.changesEnUs);

        for (const zoom of ['week', 'month', 'quarter']) {
            await page.locator(`button[data-zoom-level="${zoom}"]`).click();
            const gantt = page.locator(`section[data-view="gantt"] [data-gantt-live] svg[data-zoom="${zoom}"]`);
            expect(await gantt.locator('.committed-bar').count(), zoom).toBe(2);
            const box = async (selector: string) => (await gantt.locator(selector).boundingBox())!;
            const pacsGhost = await box('[data-element="Pacs"] .committed-bar');
            const pacs = await box('[data-element="Pacs"] .bar-rect');
            // 8 weeks then, 12 weeks now, from the same start.
            expect(Math.abs(pacsGhost.x - pacs.x), zoom).toBeLessThan(1.5);
            expect(pacsGhost.width / pacs.width, zoom).toBeCloseTo(56 / 84, 1);
            const viewerGhost = await box('[data-element="Viewer"] .committed-bar');
            const viewer = await box('[data-element="Viewer"] .bar-rect');
            // The viewer's committed finish (2027-03-29) is its start now.
            expect(Math.abs(viewerGhost.x + viewerGhost.width - viewer.x), zoom).toBeLessThan(1.5);
            expect(await gantt.locator('[data-element="Pacs"] .bar-label').textContent()).toBe('Pacs · finish +28 days since HEAD');
        }
        await page.screenshot({ path: screenshotPath('compare-last-commit', 'gantt'), fullPage: false });
        expect(errors).toEqual([]);
    });
});
