/**
 * Runs last (file names are sorted): leaves the workbench showing a plan with its diagnostics,
 * code lenses and roadmap preview beside it, which scripts/vscode/run-tests.mjs saves as
 * test-results/vscode-workbench.png, with the hover of DbMigration open, while this test waits.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, describeDiagnostics, openPlanWithPreview, waitFor } from './helpers.js';

describe('workbench view for the screenshot', () => {
    it('shows riverside.hitp with its findings, lenses and preview', async () => {
        await closeAllEditors();
        const { editor } = await openPlanWithPreview('examples', 'riverside.hitp');
        // The Problems panel has the plan's three findings (spec §4, plus CoreNetwork's no-payback).
        // After the restart in status-and-tasks the new server indexes the workspace again first: give it time on a busy machine.
        await waitFor(() => `the riverside findings (have: ${describeDiagnostics(editor.document.uri)})`,
            () => vscode.languages.getDiagnostics(editor.document.uri).length === 3, 60_000);
        assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri).map(codeOf),
            ['no-payback', 'infram-goal-missed', 'cadence-backlog']);
        const text = editor.document.getText();
        const position = editor.document.positionAt(text.indexOf('candidate DbMigration'));
        const focused = await vscode.window.showTextDocument(editor.document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
        // The candidate near the top, with its lens above it and room for the hover below.
        focused.revealRange(new vscode.Range(position.line - 2, 0, position.line - 2, 0), vscode.TextEditorRevealType.AtTop);
        // The hover of the candidate, opened from the keyboard on its name.
        const name = editor.document.positionAt(text.indexOf('DbMigration', text.indexOf('candidate DbMigration')) + 2);
        focused.selection = new vscode.Selection(name, name);
        await new Promise(resolve => setTimeout(resolve, 500));
        await vscode.commands.executeCommand('editor.action.showHover');
        await new Promise(resolve => setTimeout(resolve, 1_000));
        // scripts/vscode/code-server.mjs takes the picture on this line, while the server still runs.
        console.log('[hitp-tests] ready for the screenshot');
        await new Promise(resolve => setTimeout(resolve, 12_000));
    }).timeout(90_000);
});
