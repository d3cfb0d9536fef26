/** The extension installed from hitp.vsix activates and its bundled language server answers. */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateHitp, extensionId, openPlan, waitForDiagnostic, workspaceUri } from '../suite/helpers.js';

describe('installed hitp.vsix', () => {
    it('is the copy from the extensions folder, not the development tree', () => {
        const extension = vscode.extensions.getExtension(extensionId);
        assert.ok(extension, `${extensionId} is installed`);
        const extensionsDir = process.env['HITP_VSIX_EXTENSIONS_DIR'];
        assert.ok(extensionsDir, 'test-vsix.mjs sets HITP_VSIX_EXTENSIONS_DIR');
        assert.ok(extension.extensionPath.startsWith(extensionsDir), `${extension.extensionPath} is under ${extensionsDir}`);
        assert.ok(existsSync(join(extension.extensionPath, 'out', 'server.cjs')), 'the server bundle is packaged');
    });

    it('activates on a .hitp file', async () => {
        const editor = await openPlan('cycle.hitp');
        assert.equal(editor.document.languageId, 'hitp');
        await activateHitp();
        assert.ok(vscode.extensions.getExtension(extensionId)?.isActive);
    });

    it('reports diagnostics for a bad plan', async () => {
        await openPlan('cycle.hitp');
        await waitForDiagnostic(workspaceUri('cycle.hitp'), 'dependency-cycle');
    });
});
