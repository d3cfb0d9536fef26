/**
 * The smoke suite for the packaged extension: scripts/vscode/test-vsix.mjs installs hitp.vsix into
 * a fresh extensions folder and runs this module with no extensionDevelopmentPath, so the copy
 * under test is the installed one. Bundled by scripts/vscode/bundle-tests.mjs like the main suite.
 */
import { createMocha, runMocha } from '../suite/mocha-runner.js';

const mocha = createMocha('hitp vsix suite');

/** Runs every test; rejects when one fails. */
export function run(): Promise<void> {
    return runMocha(mocha, 'vscode-vsix-suite');
}
