/**
 * Runs last (file names are sorted): leaves the workbench showing a plan with its roadmap preview
 * beside it, which scripts/vscode/run-tests.mjs saves as test-results/vscode-workbench.png.
 */
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, openPlan, previewTabs, waitFor } from './helpers.js';

describe('workbench view for the screenshot', () => {
    it('shows riverside.hitp with its preview', async () => {
        await closeAllEditors();
        await openPlan('examples', 'riverside.hitp');
        await vscode.commands.executeCommand('hitp.showPreviewToSide');
        await waitFor('the preview tab', () => previewTabs().length > 0);
        // The runner waits for the webview's content before it takes the picture.
    });
});
