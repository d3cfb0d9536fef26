/**
 * The extension's settings reach the language server: `hitp.inlayHints.enabled` and
 * `hitp.numberLocale` (package.json `contributes.configuration`). Set at workspace level in the
 * test workspace (a fresh copy per run) and reset afterwards.
 */
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, executeUntil, openPlan, openPlanWithPreview, positionOf, waitFor, waitForPreview } from './helpers.js';

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

    it('hitp.numberLocale formats the preview and the diagnostics, and an open preview re-renders when it changes', async () => {
        const configuration = requireSetting('numberLocale');
        await closeAllEditors();
        await configuration.update('numberLocale', 'en-US', vscode.ConfigurationTarget.Workspace);
        const { editor } = await openPlanWithPreview('examples', 'riverside.hitp');
        // DbMigration's priority index 3.95 (spec §4) in the ranking view.
        await waitForPreview('en-US figures in the preview', facts => facts.html.includes('3.95') && !facts.html.includes('3,95'));
        await configuration.update('numberLocale', 'de-DE', vscode.ConfigurationTarget.Workspace);
        await waitForPreview('de-DE figures in the preview', facts => facts.html.includes('3,95'));
        const backlog = () => vscode.languages.getDiagnostics(editor.document.uri).find(d => codeOf(d) === 'cadence-backlog')?.message ?? '';
        await waitFor('the cadence-backlog message in de-DE', () => /0,53 vendor releases/.test(backlog()));
        await configuration.update('numberLocale', 'en-US', vscode.ConfigurationTarget.Workspace);
        await waitForPreview('en-US figures again', facts => facts.html.includes('3.95') && !facts.html.includes('3,95'));
        await waitFor('the cadence-backlog message in en-US again', () => /0\.53 vendor releases/.test(backlog()));
        await closeAllEditors();
    });
});
