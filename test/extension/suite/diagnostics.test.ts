/** The language server's diagnostics reach VS Code's Problems view. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { openPlan, waitForDiagnostic, workspaceUri } from './helpers.js';

describe('diagnostics', () => {
    it('reports a dependency cycle with its loop', async () => {
        await openPlan('cycle.hitp');
        const diagnostic = await waitForDiagnostic(workspaceUri('cycle.hitp'), 'dependency-cycle',
            message => message.includes('A → B → A'));
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    });
});
