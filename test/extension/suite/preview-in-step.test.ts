/** Preview and editor in step: the cursor highlights its element in the preview; lock, show source, refresh. */
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateHitp, closeAllEditors, openPlanWithPreview, positionOf, previewTabs, sleep, waitFor, waitForPreview, workspaceUri } from './helpers.js';

describe('roadmap preview: in step with the editor', () => {
    afterEach(async () => {
        await closeAllEditors();
        await waitFor('the preview to close', () => previewTabs().length === 0);
    });

    it('highlights the element under the cursor, the innermost one (a milestone inside its phase)', async () => {
        const { editor } = await openPlanWithPreview('examples', 'riverside.hitp');
        const at = (text: string) => {
            const position = positionOf(editor.document, text);
            editor.selection = new vscode.Selection(position, position);
            return position;
        };
        const cost = at('cost 900k once');
        let facts = await waitForPreview('DbMigration highlighted', f => f.highlighted?.element === 'DbMigration' && f.highlighted.line === cost.line);
        assert.equal(facts.highlighted?.kind, 'candidate');
        const milestone = at('milestone EhrFast');
        facts = await waitForPreview('EhrFast highlighted', f => f.highlighted?.element === 'EhrFast' && f.highlighted.line === milestone.line);
        assert.equal(facts.highlighted?.kind, 'milestone');
        at('includes CoreNetwork, DbMigration');
        facts = await waitForPreview('the phase Pilot highlighted', f => f.highlighted?.element === 'Pilot');
        assert.equal(facts.highlighted?.kind, 'phase');
        at('criteria {');
        await waitForPreview('no element at the criteria', f => f.highlighted?.element === null);
    });

    it('Lock Preview keeps the preview on its plan; Show Source opens it; Refresh renders it again', async () => {
        const { facts: first } = await openPlanWithPreview('examples', 'riverside.hitp');
        const { previews } = await activateHitp();
        await vscode.commands.executeCommand('hitp.preview.lock');
        assert.equal(previews.locked(), true);
        const community = await vscode.workspace.openTextDocument(workspaceUri('examples', 'community-hospital.hitp'));
        await vscode.window.showTextDocument(community, { viewColumn: vscode.ViewColumn.One, preview: false });
        await sleep(1_000);
        assert.equal(previews.active()?.resource, first.resource, 'the locked preview stays on riverside.hitp');
        await waitFor('the locked title', () => previewTabs()[0]?.label === '[Locked] Roadmap: riverside.hitp');

        const editor = await vscode.commands.executeCommand<vscode.TextEditor>('hitp.preview.showSource');
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), first.resource);
        assert.equal(editor.document.uri.toString(), first.resource);

        const before = previews.active()!.sentAt;
        await vscode.commands.executeCommand('hitp.preview.refresh');
        const refreshed = await waitForPreview('a fresh page', f => f.sentAt > before && f.delivery === 'page' && f.version !== null);
        assert.equal(refreshed.title, '[Locked] Roadmap: riverside.hitp', 'Refresh keeps the lock in the title');
        await sleep(500);
        assert.equal(previewTabs()[0]?.label, '[Locked] Roadmap: riverside.hitp', 'the tab still says [Locked] after Refresh');

        await vscode.commands.executeCommand('hitp.preview.unlock');
        assert.equal(previews.locked(), false);
        await waitFor('the unlocked title', () => previewTabs()[0]?.label === 'Roadmap: riverside.hitp');
        await vscode.window.showTextDocument(community, { viewColumn: vscode.ViewColumn.One, preview: false });
        await waitForPreview('the unlocked preview follows', f => f.resource === community.uri.toString());
    });

    it('has the find widget, like the Markdown preview: Ctrl+F shows it while the preview has focus', async () => {
        const { facts } = await openPlanWithPreview('examples', 'riverside.hitp');
        assert.equal(facts.findWidget, true, 'the panel is created with enableFindWidget');
        // VS Code's own find commands for a webview editor: Ctrl+F (Cmd+F) runs showFind while a webview with the widget has focus.
        const commands = await vscode.commands.getCommands(true);
        for (const command of ['editor.action.webvieweditor.showFind', 'editor.action.webvieweditor.hideFind']) assert.ok(commands.includes(command), command);
        const tab = previewTabs()[0]!;
        await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
        await waitFor('the preview to have focus', () => tab.group.isActive && tab.isActive);
        await vscode.commands.executeCommand('editor.action.webvieweditor.showFind');
        await vscode.commands.executeCommand('editor.action.webvieweditor.hideFind');
    });

    it('offers Lock Preview in the command palette only while the preview is unlocked, Unlock only while it is locked', () => {
        const manifest = vscode.extensions.getExtension('hitp.hitp')!.packageJSON as { contributes: { menus: Record<string, { command: string; when?: string }[]> } };
        const when = (where: string, command: string) => manifest.contributes.menus[where]!.filter(item => item.command === command).map(item => item.when);
        for (const where of ['commandPalette', 'editor/title']) {
            assert.deepEqual(when(where, 'hitp.preview.lock'), ['hitpPreviewFocus && !hitpPreviewLocked'], where);
            assert.deepEqual(when(where, 'hitp.preview.unlock'), ['hitpPreviewFocus && hitpPreviewLocked'], where);
        }
    });
});
