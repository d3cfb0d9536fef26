/**
 * `hitp report` on every example, opened in real headless Chromium: the page has as many
 * bars, dependency arrows, milestones and critical marks as `hitp analyze --json` says,
 * runs no script error, needs no network, and every view gets a screenshot.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanAnalysis } from '../../language-server/analysis/plan-analysis.js';
import { runCli } from '../helpers/cli.js';
import { expectedGanttCounts } from '../language-server/report/roadmap-fixtures.js';
import { expectGanttMatches, open, screenshotPath, SKIP_BROWSER, useBrowser } from './harness.js';

const EXAMPLES = ['riverside', 'community-hospital', 'it-outsourcing'];
const VIEWS = ['gantt', 'ranking', 'cashflow', 'stakeholders', 'kpis', 'infram', 'cadence', 'scenarios', 'sensitivity'];
const dir = mkdtempSync(path.join(tmpdir(), 'hitp-report-'));

describe.skipIf(SKIP_BROWSER)('hitp report of the examples in Chromium', () => {
    const browser = useBrowser();

    it.each(EXAMPLES)('%s', async example => {
        const file = `examples/${example}.hitp`;
        const output = path.join(dir, `${example}.html`);
        const report = runCli(['report', file, '-o', output]);
        expect(report.stderr).toBe('');
        expect(report.stdout).toBe(`Wrote ${output}\n`);
        const analysis = JSON.parse(runCli(['analyze', file, '--json']).stdout) as PlanAnalysis;
        const expected = expectedGanttCounts(analysis);
        expect(expected.bars).toBeGreaterThan(0);

        const html = readFileSync(output, 'utf8');
        // The inline webview program may spell `undefined`; the rendered plan must not.
        expect(html.replace(/<script[\s\S]*?<\/script>/g, '')).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
        const { page, errors, dialogs } = await open(browser(), html);
        await expectGanttMatches(page, analysis);
        // The ranking lists every candidate once.
        expect(await page.locator('section[data-view="ranking"] [data-kind="candidate"]').count()).toBe(analysis.candidates.length);
        for (const view of VIEWS) {
            await page.locator(`section[data-view="${view}"]`).screenshot({ path: screenshotPath(`example-${example}`, view) });
        }
        expect(errors).toEqual([]);
        expect(dialogs).toEqual([]);
        await page.close();
    });
});
