/** One roadmap preview follows the active `.hitp` editor, like VS Code's Markdown preview. */
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, elementPattern, openPlanWithPreview, previewTabs, waitFor, waitForPreview, workspaceUri } from './helpers.js';

describe('roadmap preview: follows the active editor', () => {
    afterEach(async () => {
        await closeAllEditors();
        await waitFor('the preview to close', () => previewTabs().length === 0);
    });

    it('switches to the plan opened in the first column', async () => {
        const { facts: first } = await openPlanWithPreview('examples', 'riverside.hitp');
        assert.match(first.html, elementPattern('CoreNetwork', 'candidate'));

        const community = await vscode.workspace.openTextDocument(workspaceUri('examples', 'community-hospital.hitp'));
        const switchedAt = Date.now();
        await vscode.window.showTextDocument(community, { viewColumn: vscode.ViewColumn.One, preview: false });
        const facts = await waitForPreview('the roadmap of community-hospital.hitp',
            f => f.resource === community.uri.toString() && f.version !== null, 30_000);
        console.log(`[hitp-tests]     follow: ${facts.sentAt - switchedAt} ms from the editor switch to the new roadmap`);

        assert.equal(facts.version, community.version);
        for (const name of ['CoreSwitching', 'EhrUpgrade', 'Telehealth', 'ServiceDesk']) {
            assert.match(facts.html, elementPattern(name, 'candidate'), `${name} is in the roadmap`);
        }
        assert.doesNotMatch(facts.html, /data-element="(CoreNetwork|DbMigration)"/, 'nothing of riverside.hitp is left');
        assert.equal(facts.viewColumn, first.viewColumn, 'the preview stays in its column');
        assert.equal(previewTabs().length, 1, 'still one preview');
        // The tab model catches up with the panel's new title a moment later.
        await waitFor(`the preview tab's title (${previewTabs()[0]?.label})`,
            () => previewTabs()[0]?.label === 'Roadmap: community-hospital.hitp');
    });
});
