/** The roadmap preview opens as a webview beside the plan. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, activateHitp, openPlan, previewTabs, waitFor } from './helpers.js';

describe('roadmap preview', () => {
    it('opens to the side of the plan', async () => {
        await activateHitp();
        const editor = await openPlan('examples', 'riverside.hitp');
        await vscode.commands.executeCommand('hitp.showPreviewToSide');
        const [tab] = await waitFor('the preview tab', () => previewTabs().length > 0 && previewTabs());
        assert.ok(tab);
        assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview is in another column than the plan');
        await closeAllEditors();
        await waitFor('the preview to close', () => previewTabs().length === 0);
    });
});
