// Runs the in-editor test suite (out/test/extension/suite/index.cjs) in desktop VS Code through
// @vscode/test-electron, for a developer machine or a CI runner WITH internet access.
//
// It does not work on the offline build machines: runTests downloads VS Code from
// update.code.visualstudio.com on first use (into .vscode-test/). There, use
// `npm run test:vscode` (code-server from npm + Debian chromium) instead; CI runs that one, not
// this. Same suite, same workspace: a fresh copy of test/extension/workspace/ plus examples/*.hitp.
//
//   npm run test:electron   (= build, bundle-tests.mjs, this script)
//
// Env: HITP_VSCODE_VERSION (default 'stable'; e.g. '1.85.0' for the oldest supported engine).
import { runTests } from '@vscode/test-electron';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createRunDir, exitWith, prepareWorkspace, resultsDir, root } from './code-server.mjs';

const testsPath = join(root, 'out/test/extension/suite/index.cjs');
if (!existsSync(testsPath)) throw new Error(`${testsPath} is missing: run node scripts/vscode/bundle-tests.mjs`);

const runDir = createRunDir('electron');
const workspace = prepareWorkspace(runDir);
let code = 1;
try {
    code = await runTests({
        version: process.env.HITP_VSCODE_VERSION || 'stable',
        extensionDevelopmentPath: root,
        extensionTestsPath: testsPath,
        extensionTestsEnv: { HITP_TEST_RESULTS: resultsDir },
        launchArgs: [
            workspace,
            '--user-data-dir', join(runDir, 'user-data'),
            '--extensions-dir', join(runDir, 'extensions'),
            '--disable-extensions',          // other installed extensions; the one under development still loads
            '--disable-workspace-trust',
            '--skip-welcome',
            '--skip-release-notes',
        ],
    });
} catch (error) {
    console.error(`test-electron: ${error instanceof Error ? error.message : String(error)}`);
    code = 1;
}
if (code === 0) rmSync(runDir, { recursive: true, force: true });
await exitWith(code === 0 ? 0 : 1);
