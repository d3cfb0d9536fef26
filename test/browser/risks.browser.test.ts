/**
 * Spec §7 and §8 on the roadmap, in real headless Chromium: `hitp report` of the community
 * hospital example shows one mark per risk in the risk matrix (critical-path risks highlighted),
 * the risk register, the finish distribution with its P50, P80, P95 and deterministic markers,
 * and each simulated milestone's on-time probability on the timeline, all as the JSON says.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanAnalysis, SimulationAnalysis } from '../../language-server/analysis/plan-analysis.js';
import { renderReportPage } from '../../language-server/report/report-page.js';
import { runCli } from '../helpers/cli.js';
import { riverside } from '../language-server/report/roadmap-fixtures.js';
import { open, screenshotPath, SKIP_BROWSER, useBrowser } from './harness.js';

const dir = mkdtempSync(path.join(tmpdir(), 'hitp-risks-'));

describe.skipIf(SKIP_BROWSER)('the risks view in Chromium', () => {
    const browser = useBrowser();

    it('community hospital: risk marks, register rows, percentile markers and milestone odds as the JSON says', async () => {
        const file = 'examples/community-hospital.hitp';
        const output = path.join(dir, 'community-hospital.html');
        expect(runCli(['report', file, '-o', output]).stderr).toBe('');
        const analysis = JSON.parse(runCli(['analyze', file, '--json']).stdout) as PlanAnalysis;
        const simulation = analysis.simulation as SimulationAnalysis;
        expect(analysis.risks.length).toBe(4);
        const { page, errors } = await open(browser(), readFileSync(output, 'utf8'));
        const view = page.locator('section[data-view="risks"]');
        expect(await view.locator('.risk-matrix .risk-mark').count()).toBe(analysis.risks.length);
        expect(await view.locator('.risk-matrix .risk-mark.critical').count()).toBe(analysis.risks.filter(r => r.critical).length);
        expect(await view.locator('.risk-matrix .risk-label').allTextContents()).toEqual(analysis.risks.map(r => r.name));
        expect(await view.locator('table.risk-register tbody tr').count()).toBe(analysis.risks.length);
        const markers = view.locator('.finish-distribution .percentile');
        expect(await markers.evaluateAll(nodes => nodes.map(n => n.getAttribute('data-percentile')))).toEqual(['P50', 'P80', 'P95', 'deterministic']);
        expect(await markers.allTextContents()).toEqual([
            `P50 ${simulation.finishP50}`, `P80 ${simulation.finishP80}`, `P95 ${simulation.finishP95}`, `deterministic ${simulation.deterministicFinish}`,
        ]);
        // One bar per finish day that occurs; their heights follow the run counts.
        expect(await view.locator('.finish-distribution .finish-bar').count()).toBe(simulation.finishDistribution.length);
        const labels = await page.locator('section[data-view="gantt"] .milestone-label').allTextContents();
        for (const m of simulation.milestones) {
            expect(labels.some(text => text.startsWith(`${m.name} ·`) && text.endsWith(`${Math.round(m.onTimeProbability * 100)}% on time`)), m.name).toBe(true);
        }
        await view.screenshot({ path: screenshotPath('risks', 'community-hospital') });
        expect(errors).toEqual([]);
        await page.close();
    });

    it('says the simulation is running, and shows no empty chart, while the editor simulates', async () => {
        const running = await open(browser(), renderReportPage(riverside(), { script: '', nonce: 'n0nce', today: '2027-01-01', simulating: true }));
        expect(await running.page.locator('section[data-view="risks"] .simulating').textContent()).toBe('Simulating… the figures follow when the simulation is done.');
        expect(await running.page.locator('section[data-view="risks"] .finish-distribution').count()).toBe(0);
        await running.page.close();
        const { page } = await open(browser(), renderReportPage(riverside(), { script: '', nonce: 'n0nce', today: '2027-01-01' }));
        expect(await page.locator('section[data-view="risks"] .risk-mark').count()).toBe(0);
        expect(await page.locator('section[data-view="risks"] .simulating').count()).toBe(0);
        expect(await page.locator('section[data-view="risks"]').textContent()).toContain('No risks in the register.');
        await page.close();
    });
});
