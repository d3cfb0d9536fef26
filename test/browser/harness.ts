/**
 * Real-browser test harness: headless Chromium through playwright-core, the webview
 * program bundled on the fly with esbuild, and report pages built from fixtures.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { PlanAnalysis } from '../../language-server/analysis/plan-analysis.js';
import { expectedGanttCounts } from '../language-server/report/roadmap-fixtures.js';
import { renderReportPage, type ReportPageOptions } from '../../language-server/report/report-page.js';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
/** In CI a missing browser is a failure, never a skip. */
export const SKIP_BROWSER = !HAS_CHROMIUM && !process.env.CI;
export const SCREENSHOT_DIR = path.resolve('test-results', 'screenshots');

let webviewScript: Promise<string> | undefined;

/** `extension/webview/main.ts` bundled as the IIFE the extension ships (`out/webview.js`). */
export function bundleWebview(): Promise<string> {
    webviewScript ??= esbuild.build({
        entryPoints: ['extension/webview/main.ts'], bundle: true, format: 'iife', platform: 'browser',
        target: 'es2022', write: false, logLevel: 'silent',
    }).then(result => result.outputFiles[0]!.text);
    return webviewScript;
}

export async function reportPage(analysis: PlanAnalysis, options: Partial<ReportPageOptions> = {}): Promise<string> {
    return renderReportPage(analysis, { nonce: randomBytes(16).toString('base64'), script: await bundleWebview(), today: '2027-05-01', ...options });
}

export interface Browser {
    context: BrowserContext;
    close(): Promise<void>;
}

/** A persistent context on a fresh user-data-dir, with no network beyond the page itself. */
export async function launch(): Promise<Browser> {
    if (!HAS_CHROMIUM) throw new Error(`Chromium is missing at ${CHROMIUM}: run scripts/install-chromium.sh`);
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'hitp-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync'],
        viewport: { width: 1200, height: 800 },
    });
    // The report must need no network: fail any request the page makes.
    await context.route('**/*', route => route.abort());
    return {
        context,
        close: async () => {
            await context.close();
            rmSync(userDataDir, { recursive: true, force: true });
        },
    };
}

export interface LoadedPage {
    page: Page;
    dialogs: string[];
    errors: string[];
}

/** Opens a page with the HTML; records dialogs (dismissed) and page errors. */
export async function open(browser: Browser, html: string, init?: () => void): Promise<LoadedPage> {
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', dialog => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
    });
    page.on('pageerror', error => errors.push(error.message));
    page.on('console', message => {
        if (message.type() === 'error') errors.push(message.text());
    });
    if (init) {
        // Init scripts run on new documents: navigate once so it runs before the content is set.
        await page.addInitScript(init);
        await page.goto('about:blank');
    }
    await page.setContent(html, { waitUntil: 'load' });
    return { page, dialogs, errors };
}

export function screenshotPath(fixture: string, view: string): string {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    return path.join(SCREENSHOT_DIR, `${fixture}-${view}.png`);
}

/**
 * Launches one browser for the enclosing `describe` (closed after it) and returns a getter.
 * A missing Chromium fails the suite: callers skip it beforehand with `SKIP_BROWSER`.
 */
export function useBrowser(): () => Browser {
    let browser: Browser | undefined;
    beforeAll(async () => {
        expect(HAS_CHROMIUM, `Chromium is required at ${CHROMIUM} (scripts/install-chromium.sh)`).toBe(true);
        browser = await launch();
    });
    afterAll(async () => {
        await browser?.close();
    });
    return () => {
        if (!browser) throw new Error('the browser is not running');
        return browser;
    };
}

/** Asserts that the page's Gantt chart has as many markers of each kind as the analysis says. */
export async function expectGanttMatches(page: Page, analysis: PlanAnalysis): Promise<void> {
    const expected = expectedGanttCounts(analysis);
    const count = (selector: string) => page.locator(`section[data-view="gantt"] [data-gantt-live] ${selector}`).count();
    expect(await count('.bar')).toBe(expected.bars);
    expect(await count('.dep-arrow')).toBe(expected.arrows);
    expect(await count('.milestone')).toBe(expected.milestones);
    expect(await count('.bar.critical')).toBe(expected.critical);
    expect(await count('.milestone.late')).toBe(expected.late);
    expect(await count('.phase-band')).toBe(expected.phases);
    expect(await count('.gate')).toBe(expected.gates);
    expect(await count('.stub.deferred, .stub.unscheduled')).toBe(expected.stubs);
}
