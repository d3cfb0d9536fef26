// Refreshes the README's roadmap pictures (docs/images/roadmap-gantt.png, roadmap-cashflow.png)
// from `hitp report examples/regional-health-system.hitp`, screenshotted in Debian's headless
// Chromium at a 1,400 px wide window. Run after `npm run build`: node scripts/readme-images.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'hitp-readme-'));
const page = join(dir, 'roadmap.html');
execFileSync(process.execPath, [join(root, 'out', 'cli.cjs'), 'report', join(root, 'examples', 'regional-health-system.hitp'), '-o', page]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
    const tab = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    await tab.goto(`file://${page}`);
    await tab.locator('section[data-view="gantt"]').screenshot({ path: join(root, 'docs', 'images', 'roadmap-gantt.png') });
    // The cash-flow chart with its legends (the table below it is left out).
    await tab.locator('section[data-view="cashflow"] .table-scroll').evaluate(table => { table.style.display = 'none'; });
    await tab.locator('section[data-view="cashflow"]').screenshot({ path: join(root, 'docs', 'images', 'roadmap-cashflow.png') });
} finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
}
