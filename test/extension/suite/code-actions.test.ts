/** Quick fixes repair what a diagnostic reports. */
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, executeUntil, openPlan, openUntitledPlan, waitFor, waitForDiagnostic } from './helpers.js';

describe('code actions', () => {
    afterEach(closeAllEditors);

    it('breaks a dependency cycle by removing a reference', async () => {
        // Names of their own: the workspace's cycle.hitp already declares A and B.
        const { document } = await openUntitledPlan('candidate Fix1 "F1" { after Fix2 }\ncandidate Fix2 "F2" { after Fix1 }\n');
        const diagnostic = await waitForDiagnostic(document.uri, 'dependency-cycle');
        const actions = await executeUntil<vscode.CodeAction[]>('quick fixes', 'vscode.executeCodeActionProvider',
            [document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value]);
        const fix = actions.find(action => /^Remove '.+' from the 'after' list of /.test(action.title));
        assert.ok(fix?.edit, `a removal fix: ${actions.map(action => action.title).join(' | ')}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        await waitFor('the cycle diagnostic to go', () =>
            !vscode.languages.getDiagnostics(document.uri).some(d => codeOf(d) === 'dependency-cycle'));
    });

    it('adds the missing scores of a candidate', async () => {
        // missing-score.hitp: Partial scores Value only; Safety and Ease are missing.
        const { document } = await openPlan('missing-score.hitp');
        const diagnostic = await waitForDiagnostic(document.uri, 'missing-score', message => message.includes('Partial'));
        assert.match(diagnostic.message, /Safety, Ease/);
        const actions = await executeUntil<vscode.CodeAction[]>('quick fixes', 'vscode.executeCodeActionProvider',
            [document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value]);
        const fix = actions.find(action => action.title === 'Add the missing scores to Partial');
        assert.ok(fix?.edit, `the missing-score fix: ${actions.map(action => action.title).join(' | ')}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        assert.match(document.getText(), /^ {4}scores Value 4, Safety 3, Ease 3$/m, 'the midpoint for each missing criterion');
        await waitFor('the missing-score diagnostic to go', () =>
            !vscode.languages.getDiagnostics(document.uri).some(d => codeOf(d) === 'missing-score'));
    });
});
