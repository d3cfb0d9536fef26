/**
 * The extension installed from hitp.vsix activates, its bundled language server answers, and the
 * exporters, a bundle of their own that the server loads on the first export, are there and work.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
        for (const bundle of ['server.cjs', 'exporters.cjs', 'lsp-protocol.cjs']) {
            assert.ok(existsSync(join(extension.extensionPath, 'out', bundle)), `out/${bundle} is packaged`);
        }
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

    it('exports a workbook and a Microsoft Project file through the lazily loaded exporters', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'hitp-vsix-export-'));
        const plan = workspaceUri('examples', 'riverside.hitp');
        await vscode.window.showTextDocument(plan);
        for (const [format, name, start] of [['xlsx', 'riverside.xlsx', 'PK\u0003\u0004'], ['mspdi', 'riverside.xml', '<?xml']] as const) {
            const target = vscode.Uri.file(join(dir, name));
            const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('hitp.export', plan, { format, target });
            assert.equal(written?.fsPath, target.fsPath, `${format}: written`);
            assert.equal(readFileSync(target.fsPath).subarray(0, start.length).toString('latin1'), start, `${format}: starts as its format does`);
        }
    });
});
