/**
 * Runs last (file names are sorted): leaves the workbench showing a plan with its roadmap preview
 * beside it, which scripts/vscode/run-tests.mjs saves as test-results/vscode-workbench.png.
 */
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { openPlan, waitFor } from './helpers.js';
import { previewTabs } from './preview.test.js';

describe('workbench view for the screenshot', () => {
    it('shows riverside.hitp with its preview', async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await openPlan('examples', 'riverside.hitp');
        await vscode.commands.executeCommand('hitp.showPreviewToSide');
        await waitFor('the preview tab', () => previewTabs().length > 0);
        // The webview renders after the server has answered; give it a moment before the picture.
        await new Promise(resolve => setTimeout(resolve, 2_500));
    });
});
