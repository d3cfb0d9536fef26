/** The extension activates for `.hitp` files and its language server starts. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateHitp, extensionId, openPlan, waitFor } from './helpers.js';

describe('activation', () => {
    it('activates when a .hitp file is opened', async () => {
        await openPlan('examples', 'riverside.hitp');
        const extension = vscode.extensions.getExtension(extensionId);
        assert.ok(extension, `${extensionId} is installed`);
        await waitFor('the extension to activate', () => extension.isActive);
    });

    it('opens .hitp files in the hitp language mode', async () => {
        const editor = await openPlan('examples', 'riverside.hitp');
        assert.equal(editor.document.languageId, 'hitp');
    });

    it('starts the language client', async () => {
        const { client } = await activateHitp();
        await waitFor('the language client to run', () => client.isRunning());
    });
});
