// Refreshes the README's roadmap pictures (docs/images/roadmap-*.png) from `hitp report` of the
// examples, screenshotted in Debian's headless Chromium at a 1,400 px wide window:
// - regional-health-system.hitp: the timeline of 30 candidates, and the cash flows;
// - community-hospital.hitp: the timeline on a Mon–Fri calendar with holidays, change freezes and
//   the teams' load charts (spec §11), the risk register with the simulation (§7, §8), and the
//   scenarios compared with the plan (§10);
// - regional-rollout-in-flight.hitp, when present: the timeline with baselines and the status
//   date, and the balanced scorecard (§9).
// Run after `npm run build`: node scripts/readme-images.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'hitp-readme-'));
const image = name => join(root, 'docs', 'images', name);

/** `[view, picture]` pairs of one example's report; `hideTables` leaves a view's table out of the picture. */
const PICTURES = [
    ['regional-health-system', [['gantt', 'roadmap-gantt.png'], ['cashflow', 'roadmap-cashflow.png', { hideTables: true }]]],
    ['community-hospital', [['gantt', 'roadmap-calendar.png'], ['risks', 'roadmap-risks.png'], ['scenarios', 'roadmap-scenarios.png']]],
    ['regional-rollout-in-flight', [['gantt', 'roadmap-tracking.png'], ['kpis', 'roadmap-scorecard.png']]],
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
    const tab = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    for (const [example, views] of PICTURES) {
        const plan = join(root, 'examples', `${example}.hitp`);
        if (!existsSync(plan)) continue;
        const page = join(dir, `${example}.html`);
        execFileSync(process.execPath, [join(root, 'out', 'cli.cjs'), 'report', plan, '-o', page]);
        await tab.goto(`file://${page}`);
        for (const [view, picture, options] of views) {
            const section = tab.locator(`section[data-view="${view}"]`);
            if (await section.count() === 0) continue;
            if (options?.hideTables) await section.locator('.table-scroll').evaluateAll(tables => { for (const t of tables) t.style.display = 'none'; });
            await section.screenshot({ path: image(picture) });
        }
    }
} finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
}
