/** The roadmap preview opens as a webview beside the plan. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateHitp, openPlan, waitFor } from './helpers.js';

/** The open webview tabs of the roadmap preview (VS Code prefixes the view type it was given). */
export function previewTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap(group => group.tabs)
        .filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('hitp.preview'));
}

describe('roadmap preview', () => {
    it('opens to the side of the plan', async () => {
        await activateHitp();
        const editor = await openPlan('examples', 'riverside.hitp');
        await vscode.commands.executeCommand('hitp.showPreviewToSide');
        const [tab] = await waitFor('the preview tab', () => previewTabs().length > 0 && previewTabs());
        assert.ok(tab);
        assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview is in another column than the plan');
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await waitFor('the preview to close', () => previewTabs().length === 0);
    });
});
