/**
 * The extension's settings reach the language server: `hitp.inlayHints.enabled` and
 * `hitp.numberLocale` (package.json `contributes.configuration`). Set at workspace level in the
 * test workspace (a fresh copy per run) and reset afterwards.
 */
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { executeUntil, openPlan, positionOf } from './helpers.js';

/** The hitp configuration; fails when package.json does not contribute the setting. */
function requireSetting(key: string): vscode.WorkspaceConfiguration {
    const configuration = vscode.workspace.getConfiguration('hitp');
    assert.notEqual(configuration.inspect(key)?.defaultValue, undefined, `package.json contributes hitp.${key}`);
    return configuration;
}

describe('settings', () => {
    afterEach(async () => {
        const configuration = vscode.workspace.getConfiguration('hitp');
        for (const key of ['inlayHints.enabled', 'numberLocale']) {
            if (configuration.inspect(key)?.workspaceValue !== undefined) {
                await configuration.update(key, undefined, vscode.ConfigurationTarget.Workspace);
            }
        }
    });

    it('hitp.inlayHints.enabled = false turns the inlay hints off', async () => {
        const configuration = requireSetting('inlayHints.enabled');
        const { document } = await openPlan('examples', 'riverside.hitp');
        const range = new vscode.Range(0, 0, document.lineCount, 0);
        await executeUntil<vscode.InlayHint[]>('inlay hints while enabled', 'vscode.executeInlayHintProvider', [document.uri, range]);
        await configuration.update('inlayHints.enabled', false, vscode.ConfigurationTarget.Workspace);
        await executeUntil<vscode.InlayHint[]>('no inlay hints once disabled', 'vscode.executeInlayHintProvider', [document.uri, range],
            hints => hints.length === 0);
    });

    it('hitp.numberLocale formats the figures of the code lenses', async () => {
        const configuration = requireSetting('numberLocale');
        const { document } = await openPlan('examples', 'riverside.hitp');
        const line = positionOf(document, 'candidate CoreNetwork').line;
        const titleOnCandidate = (lenses: vscode.CodeLens[]) =>
            lenses.find(lens => lens.range.start.line === line && /NPV/.test(lens.command?.title ?? ''))?.command?.title ?? '';
        await configuration.update('numberLocale', 'de-DE', vscode.ConfigurationTarget.Workspace);
        const lenses = await executeUntil<vscode.CodeLens[]>('German-formatted code lenses', 'vscode.executeCodeLensProvider',
            [document.uri, 100], result => /PI \d+,\d\d/.test(titleOnCandidate(result)));
        assert.match(titleOnCandidate(lenses), /PI \d+,\d\d/);
    });
});
