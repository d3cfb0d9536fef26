/// <reference lib="dom" />
/**
 * "Export the current view" in the webview program (issue 18), in real headless Chromium with a
 * stand-in for VS Code's webview API: a `capture` message is answered with the chart on screen as
 * a self-contained SVG (styles inline, no script) or as a PNG at twice the screen's resolution,
 * and the answer passes the host's own message validation.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isFromWebviewMessage } from '../../language-server/protocol/preview-messages.js';
import { HOSTILE_SCRIPT, riverside } from '../language-server/report/roadmap-fixtures.js';
import { open, reportPage, screenshotPath, SKIP_BROWSER, useBrowser } from './harness.js';
import { renderRoadmap } from '../../language-server/report/render-roadmap.js';

interface PageWindow {
    posted: unknown[];
    state: unknown;
    acquireVsCodeApi: () => unknown;
    postMessage(message: unknown, targetOrigin: string): void;
}

interface Captured { type: 'captured'; source: string; requestId: number; format: string; view: string; width: number; height: number; data: string; error?: string }

const SOURCE = 'file:///plans/riverside.hitp';

async function previewPage(html: string) {
    const page = html.replace(/data-settings="[^"]*"/,
        `data-settings="${JSON.stringify({ source: SOURCE, version: 3, standalone: false, zoom: null }).replace(/"/g, '&quot;')}"`);
    return open(browser(), page, () => {
        const w = globalThis as unknown as PageWindow;
        w.posted = [];
        w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.posted.push(m), getState: () => w.state, setState: (s: unknown) => { w.state = s; } });
    });
}

let browser: ReturnType<typeof useBrowser>;

/** Sends a capture request and waits for the webview's answer. */
async function capture(page: Awaited<ReturnType<typeof previewPage>>['page'], requestId: number, format: 'svg' | 'png'): Promise<Captured> {
    await page.evaluate(([id, f, source]) => (globalThis as unknown as PageWindow).postMessage({ type: 'capture', source, requestId: id, format: f }, '*'), [requestId, format, SOURCE] as const);
    await page.waitForFunction(id => (globalThis as unknown as PageWindow).posted.some(m => (m as Captured).type === 'captured' && (m as Captured).requestId === id), requestId);
    const answer = await page.evaluate(id => (globalThis as unknown as PageWindow).posted.find(m => (m as Captured).type === 'captured' && (m as Captured).requestId === id), requestId);
    return answer as Captured;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(base64: string): { width: number; height: number } {
    const bytes = Buffer.from(base64, 'base64');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.skipIf(SKIP_BROWSER)('the preview\'s current view as SVG and PNG', () => {
    browser = useBrowser();

    it('answers with the Gantt chart on screen as standalone SVG, then the view scrolled to', async () => {
        const { page, errors } = await previewPage(await reportPage(riverside()));
        const svg = await capture(page, 1, 'svg');
        expect(isFromWebviewMessage(svg)).toBe(true);
        expect(svg).toMatchObject({ source: SOURCE, format: 'svg', view: 'gantt' });
        const live = await page.evaluate(() => {
            const chart = document.querySelector('[data-gantt-live] svg') as SVGSVGElement;
            return { width: chart.viewBox.baseVal.width, height: chart.viewBox.baseVal.height };
        });
        expect({ width: svg.width, height: svg.height }).toEqual({ width: Math.round(live.width), height: Math.round(live.height) });
        expect(svg.data).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        expect(svg.data).not.toMatch(/\sclass="|<script|\son[a-z]+="/i);
        expect(svg.data).toMatch(/ fill="rgb/);
        // The standalone SVG draws on its own: same size as an image, and not blank.
        const drawn = await page.evaluate(async text => {
            const image = new Image();
            image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
            await image.decode();
            return { width: image.naturalWidth, height: image.naturalHeight };
        }, svg.data);
        expect(drawn).toEqual({ width: svg.width, height: svg.height });

        await page.evaluate(() => document.querySelector('section[data-view="cashflow"] svg')!.scrollIntoView({ block: 'start' }));
        expect(await capture(page, 2, 'svg')).toMatchObject({ view: 'cashflow' });
        expect(errors).toEqual([]);
        await page.close();
    });

    it('answers with a PNG at twice the screen resolution that is not blank', async () => {
        const { page, errors } = await previewPage(await reportPage(riverside()));
        const svg = await capture(page, 1, 'svg');
        const png = await capture(page, 2, 'png');
        expect(isFromWebviewMessage(png)).toBe(true);
        const ratio = await page.evaluate(() => window.devicePixelRatio || 1);
        expect(pngSize(png.data)).toEqual({ width: Math.round(svg.width * 2 * ratio), height: Math.round(svg.height * 2 * ratio) });
        expect({ width: png.width, height: png.height }).toEqual(pngSize(png.data));
        const colours = await page.evaluate(async data => {
            const image = new Image();
            image.src = `data:image/png;base64,${data}`;
            await image.decode();
            const canvas = document.createElement('canvas');
            canvas.width = image.naturalWidth;
            canvas.height = image.naturalHeight;
            const context = canvas.getContext('2d')!;
            context.drawImage(image, 0, 0);
            const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
            const seen = new Set<number>();
            for (let i = 0; i < pixels.length; i += 4 * 97) seen.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
            return seen.size;
        }, png.data);
        expect(colours).toBeGreaterThan(5);
        writeFileSync(screenshotPath('view-capture', 'gantt-png'), Buffer.from(png.data, 'base64'));
        expect(errors).toEqual([]);
        await page.close();
    });

    it('keeps hostile titles as text and ignores a request for another document', async () => {
        const analysis = riverside();
        analysis.candidates[0]!.title = HOSTILE_SCRIPT;
        const { page } = await previewPage(await reportPage(analysis));
        const svg = await capture(page, 1, 'svg');
        expect(svg.data).not.toMatch(/<script/i);
        expect(svg.data).toContain('&lt;script');
        await page.evaluate(() => (globalThis as unknown as PageWindow).postMessage({ type: 'capture', source: 'file:///other.hitp', requestId: 9, format: 'svg' }, '*'));
        await page.waitForTimeout(300);
        const answered = await page.evaluate(() => (globalThis as unknown as PageWindow).posted.filter(m => (m as Captured).requestId === 9).length);
        expect(answered).toBe(0);
        expect(renderRoadmap(analysis)).toContain('&lt;script');
        await page.close();
    });
});
