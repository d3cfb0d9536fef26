/** Rename changes a declaration and every reference to it. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { executeUntil, openPlan, positionOf } from './helpers.js';

describe('rename', () => {
    it('renames a candidate and its `after` references', async () => {
        const { document } = await openPlan('examples', 'riverside.hitp');
        const position = positionOf(document, 'candidate CoreNetwork', 'candidate '.length + 1);
        const edit = await executeUntil<vscode.WorkspaceEdit>('a rename edit', 'vscode.executeDocumentRenameProvider',
            [document.uri, position, 'NetworkRefresh'], result => result.size > 0);
        const edits = edit.get(document.uri);
        const occurrences = document.getText().match(/\bCoreNetwork\b/g)?.length ?? 0;
        assert.equal(edits.length, occurrences, 'one edit per occurrence of CoreNetwork');
        for (const textEdit of edits) {
            assert.equal(textEdit.newText, 'NetworkRefresh');
            assert.equal(document.getText(textEdit.range), 'CoreNetwork');
        }
    });
});
