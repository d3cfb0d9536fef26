/// <reference lib="dom" />
/**
 * The preview follows the editor's cursor, in real headless Chromium: a `cursor` message from the
 * host highlights the innermost element whose declaration (`data-extent`) holds the position and
 * the webview answers `highlighted`; outside every declaration the highlight is cleared.
 */
import { describe, expect, it } from 'vitest';
import { riverside } from '../language-server/report/roadmap-fixtures.js';
import { open, reportPage, SKIP_BROWSER, useBrowser } from './harness.js';

interface PageWindow {
    postMessage(message: unknown, targetOrigin: string): void;
    posted: unknown[];
    acquireVsCodeApi: () => unknown;
}

const source = 'file:///plans/riverside.hitp';

describe.skipIf(SKIP_BROWSER)('roadmap preview follows the cursor in Chromium', () => {
    const browser = useBrowser();

    it('highlights the innermost declaration under the cursor and tells the host', async () => {
        const sources = {
            'candidate:DbMigration': { line: 33, character: 10, endLine: 33, endCharacter: 21, extent: [33, 0, 42, 1] as [number, number, number, number] },
            'phase:Pilot': { line: 45, character: 6, endLine: 45, endCharacter: 11, extent: [45, 0, 50, 1] as [number, number, number, number] },
            'milestone:EhrFast': { line: 48, character: 14, endLine: 48, endCharacter: 21, extent: [48, 4, 48, 70] as [number, number, number, number] },
        };
        const html = (await reportPage(riverside(), { sources })).replace(/data-settings="[^"]*"/,
            `data-settings="${JSON.stringify({ source, version: 3, standalone: false, zoom: null }).replace(/"/g, '&quot;')}"`);
        const { page, errors } = await open(browser(), html, () => {
            const w = globalThis as unknown as PageWindow;
            w.posted = [];
            w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.posted.push(m), getState: () => undefined, setState: () => undefined });
        });
        const cursor = async (line: number, character: number) => {
            await page.evaluate(([l, c, s]) => (globalThis as unknown as PageWindow).postMessage({ type: 'cursor', source: s, line: l, character: c }, '*'),
                [line, character, source] as const);
            await page.waitForFunction(n => (globalThis as unknown as PageWindow).posted.length >= n, 2 + cursor.count++);
        };
        cursor.count = 0;
        await cursor(38, 4);
        expect(await page.locator('.bar.selected[data-element="DbMigration"]').count()).toBe(1);
        await cursor(48, 20);
        expect(await page.locator('.selected[data-element="EhrFast"][data-kind="milestone"]').count()).toBeGreaterThan(0);
        expect(await page.locator('.selected[data-element="DbMigration"]').count()).toBe(0);
        await cursor(46, 4);
        await cursor(10, 0);
        expect(await page.locator('.selected').count()).toBe(0);
        const posted = await page.evaluate(() => (globalThis as unknown as PageWindow).posted);
        expect(posted.slice(1)).toEqual([
            { type: 'highlighted', source, element: 'DbMigration', kind: 'candidate' },
            { type: 'highlighted', source, element: 'EhrFast', kind: 'milestone' },
            { type: 'highlighted', source, element: 'Pilot', kind: 'phase' },
            { type: 'highlighted', source, element: null, kind: null },
        ]);
        expect(errors).toEqual([]);
        await page.close();
    });
});
