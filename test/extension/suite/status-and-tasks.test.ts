/** Status and tasks: the language status item, `hitp.restartServer`, and a `hitp` task filling the Problems panel through `$hitp`. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateHitp, closeAllEditors, openPlan, waitFor, workspaceUri } from './helpers.js';

describe('status and tasks', () => {
    afterEach(() => closeAllEditors());

    it('the language status item names the plan and its portfolio NPV and finish', async () => {
        await openPlan('examples', 'riverside.hitp');
        const { planStatus } = await activateHitp();
        const shown = await waitFor('the status item of riverside.hitp', async () => {
            const current = await planStatus.current();
            return current?.text === 'Plan Riverside' && current;
        }, 30_000);
        assert.match(shown.detail, /^Portfolio NPV \$[\d,]+ · finish \d{4}-\d{2}-\d{2}$/);
    });

    it('hitp: Restart Language Server restarts the client, which answers again', async () => {
        const { client } = await activateHitp();
        await vscode.commands.executeCommand('hitp.restartServer');
        assert.equal(client.isRunning(), true);
        const editor = await openPlan('cycle.hitp');
        await waitFor('diagnostics after the restart', () => vscode.languages.getDiagnostics(editor.document.uri).length > 0, 30_000);
    });

    it('a hitp task runs hitp check and its $hitp matcher fills the Problems panel', async () => {
        const extension = vscode.extensions.getExtension('hitp.hitp')!;
        const folder = vscode.workspace.workspaceFolders![0]!;
        const file = workspaceUri('cycle.hitp').fsPath;
        const cli = path.join(extension.extensionPath, 'out', 'cli.cjs');
        const definition = { type: 'hitp', command: 'check', files: [path.relative(folder.uri.fsPath, file)], cli };
        const task = new vscode.Task(definition, folder, 'check cycle', 'hitp', new vscode.ProcessExecution(cli, ['check', file]), ['$hitp']);
        const resolved = (await vscode.tasks.fetchTasks({ type: 'hitp' })).find(t => t.definition.type === 'hitp');
        assert.ok(resolved, 'the hitp task provider offers a check task');
        await vscode.tasks.executeTask(task);
        const problem = await waitFor('a $hitp problem for cycle.hitp', () => vscode.languages.getDiagnostics(workspaceUri('cycle.hitp'))
            .find(d => d.source === 'hitp check' && String(typeof d.code === 'object' ? d.code.value : d.code) === 'dependency-cycle'), 60_000);
        assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    });
});
