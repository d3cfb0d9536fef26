/** Format Document applies the canonical layout. */
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, executeUntil, openUntitledPlan } from './helpers.js';

describe('formatting', () => {
    afterEach(closeAllEditors);

    it('lays out a block the canonical way, and is idempotent', async () => {
        const editor = await openUntitledPlan('plan P "P"\n{start 2027-01-04\nhorizon   5 years}\nstakeholder A   "A"{role sponsor    influence high}\n');
        const options = { tabSize: 4, insertSpaces: true };
        const edits = await executeUntil<vscode.TextEdit[]>('formatting edits', 'vscode.executeFormatDocumentProvider',
            [editor.document.uri, options]);
        const workspaceEdit = new vscode.WorkspaceEdit();
        workspaceEdit.set(editor.document.uri, edits);
        assert.ok(await vscode.workspace.applyEdit(workspaceEdit));
        assert.equal(editor.document.getText(),
            'plan P "P" {\n    start 2027-01-04\n    horizon 5 years\n}\nstakeholder A "A" { role sponsor influence high }\n');
        const again = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', editor.document.uri, options);
        assert.equal(again?.length ?? 0, 0, 'formatting formatted text changes nothing');
    });
});
