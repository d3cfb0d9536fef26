// Runs the in-editor test suite (out/test/extension/suite/index.cjs) inside a real VS Code:
// code-server 4.139.1 (VS Code 1.139.1, from npm) with its browser workbench in headless Debian
// chromium. Offline: everything comes from setup.sh's cache (.cache/vscode/).
//
//   npm run test:vscode   (= setup.sh, build, bundle-tests.mjs, this script)
//
// The workspace is a fresh copy of test/extension/workspace/ plus examples/*.hitp. The exit code
// is the suite's; per-test results go to test-results/vscode-suite.json and a screenshot of the
// workbench (the last test leaves a plan open, with its preview when there is one) to
// test-results/vscode-workbench.png. Env: HITP_VSCODE_TIMEOUT_MS (default 210000),
// HITP_VSCODE_VERBOSE=1 (forward every workbench and extension-host log line),
// HITP_VSCODE_EXTENSION_PATH (the extension folder to develop; default the repository root).
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
    assertSetUp, createRunDir, exitWith, prepareWorkspace, resultsDir, root, runSuiteInWorkbench, startCodeServer,
} from './code-server.mjs';

const started = Date.now();
const testsPath = join(root, 'out/test/extension/suite/index.cjs');
assertSetUp();
for (const file of [join(root, 'out/extension.cjs'), join(root, 'out/server.cjs'), testsPath]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build && node scripts/vscode/bundle-tests.mjs`);
}
rmSync(join(resultsDir, 'vscode-suite.json'), { force: true });

const runDir = createRunDir('suite');
const workspace = prepareWorkspace(runDir);
const server = await startCodeServer(runDir);
console.log(`code-server up at ${server.url} after ${((Date.now() - started) / 1000).toFixed(1)} s (run folder ${runDir})`);

const code = await runSuiteInWorkbench({
    runDir,
    url: server.url,
    folder: workspace,
    extensionDevelopmentPath: process.env.HITP_VSCODE_EXTENSION_PATH || root,
    extensionTestsPath: testsPath,
    timeoutMs: Number(process.env.HITP_VSCODE_TIMEOUT_MS || 210_000),
    screenshot: join(resultsDir, 'vscode-workbench.png'),
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (code === 0) {
    console.log(`VS Code extension tests passed in ${seconds} s; screenshot: test-results/vscode-workbench.png`);
    await server.stop();
    rmSync(runDir, { recursive: true, force: true });
} else {
    console.error(`VS Code extension tests failed (${code === 'timeout' ? 'timed out' : `exit code ${code}`}) after ${seconds} s;`
        + ` logs: ${server.logFile} and ${join(runDir, 'user-data/logs')}`);
}
await exitWith(code === 0 ? 0 : 1);
