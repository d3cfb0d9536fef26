/**
 * The in-editor test suite: VS Code loads this module (the `extensionTestsPath`) inside a real
 * extension host and awaits `run()`. scripts/vscode/bundle-tests.mjs bundles it, mocha and every
 * `*.test.ts` beside it into out/test/extension/suite/index.cjs; adding a test is adding a file.
 */
import { createMocha, runMocha } from './mocha-runner.js';

const mocha = createMocha('hitp extension suite');

/** Runs every test; rejects when one fails (VS Code then reports a non-zero exit code). */
export function run(): Promise<void> {
    return runMocha(mocha, 'vscode-suite');
}
