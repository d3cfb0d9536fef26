/**
 * The roadmap preview follows edits: a change to the plan reaches the open preview as an `update`
 * message (the webview keeps its scroll and zoom), debounced after the last change. The issue's
 * target is "within 300 ms after typing stops"; the test logs the measured latency and asserts a
 * bound generous enough for a busy CI machine.
 */
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { REFRESH_DELAY_MS } from '../../../extension/preview/roadmap-preview.js';
import { RoadmapRequestMethod, type RoadmapParams, type RoadmapResult } from '../../../language-server/protocol/hitp-protocol.js';
import {
    activateHitp, closeAllEditors, elementPattern, openPlanWithPreview, previewTabs, sleep, waitFor, waitForPreview,
} from './helpers.js';

/** The CI bound from the edit to the update; the target itself is 300 ms. */
const MAX_LATENCY_MS = 3000;

const EXTRA = `
candidate Extra "Extra" {
    scores Strategic 3, Clinical 3, Efficiency 3, Risk 3, Resources 3
    duration 2 weeks
    after DbMigration
}
`;

describe('roadmap preview: live update', () => {
    afterEach(async () => {
        await closeAllEditors();
        await waitFor('the preview to close', () => previewTabs().length === 0);
    });

    it('shows a bar for a candidate added to the plan, debounced', async () => {
        const { editor, facts: first } = await openPlanWithPreview('examples', 'riverside.hitp');
        const { document } = editor;
        assert.notEqual(first.viewColumn, editor.viewColumn, 'the preview is beside the plan');
        assert.equal(first.delivery, 'page', 'the first roadmap loads the page');
        assert.match(first.html, elementPattern('DbMigration', 'candidate', 'bar'));
        assert.doesNotMatch(first.html, /data-element="Extra"/);

        // The clock starts when the extension host sees the change (what the preview reacts to);
        // applying a WorkspaceEdit is a round trip through the browser workbench, timed apart.
        let changedAt = 0;
        const listener = vscode.workspace.onDidChangeTextDocument(event => {
            if (event.document === document && changedAt === 0) changedAt = Date.now();
        });
        const edit = new vscode.WorkspaceEdit();
        edit.insert(document.uri, document.lineAt(document.lineCount - 1).range.end, EXTRA);
        const editedAt = Date.now();
        try {
            assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
        } finally {
            listener.dispose();
        }
        const editedVersion = document.version;
        assert.ok(changedAt > 0, 'the change event fired');

        const updated = await waitForPreview(`the roadmap of version ${editedVersion}`,
            f => f.version !== null && f.version >= editedVersion, MAX_LATENCY_MS + 5000);
        const latency = updated.sentAt - changedAt;
        console.log(`[hitp-tests]     live update: ${latency} ms from the change to the update message`
            + ` (debounce ${REFRESH_DELAY_MS} ms, target ≤ 300 ms after typing stops;`
            + ` applyEdit took ${changedAt - editedAt} ms to reach the document)`);
        assert.equal(updated.resource, document.uri.toString());
        assert.equal(updated.delivery, 'update', 'later roadmaps travel as messages, not page loads');
        assert.match(updated.html, elementPattern('Extra', 'candidate', 'bar'), 'a bar for Extra');
        assert.match(updated.html, elementPattern('DbMigration', 'candidate', 'bar'), 'the other bars stay');
        assert.ok(latency >= REFRESH_DELAY_MS, `debounced: not before ${REFRESH_DELAY_MS} ms (${latency} ms)`);
        assert.ok(latency < MAX_LATENCY_MS, `the update arrives within ${MAX_LATENCY_MS} ms (${latency} ms)`);
    });

    it('updates once, after typing stops', async () => {
        const { editor } = await openPlanWithPreview('examples', 'riverside.hitp');
        const { document } = editor;
        // Typed in pieces 40 ms apart, less than the debounce: one update, after the last piece.
        const pieces = ['\ncandidate Typed "Typed" {', ' scores Strategic 2, Clinical 2,', ' Efficiency 2, Risk 2, Resources 2',
            ' duration 1 weeks', ' after CoreNetwork', ' }\n'];
        let typedAt = 0;
        for (const piece of pieces) {
            const end = document.lineAt(document.lineCount - 1).range.end;
            assert.ok(await editor.edit(builder => builder.insert(end, piece)), 'the piece is typed');
            typedAt = Date.now();
            await sleep(40);
        }
        const typedVersion = document.version;
        const updated = await waitForPreview(`the roadmap of version ${typedVersion}`,
            f => f.version !== null && f.version >= typedVersion, MAX_LATENCY_MS + 5000);
        const latency = updated.sentAt - typedAt;
        console.log(`[hitp-tests]     after typing: ${latency} ms from the last keystroke to the update message`);
        assert.match(updated.html, elementPattern('Typed', 'candidate', 'bar'), 'a bar for Typed');
        assert.ok(latency < MAX_LATENCY_MS, `the update arrives within ${MAX_LATENCY_MS} ms (${latency} ms)`);
    });

    it('a roadmap request sent right after an edit answers for that edit', async () => {
        // What the preview relies on: the server answers for the version asked for (or a later one).
        const { client } = await activateHitp();
        const { editor } = await openPlanWithPreview('examples', 'riverside.hitp');
        const { document } = editor;
        const edit = new vscode.WorkspaceEdit();
        edit.insert(document.uri, document.lineAt(document.lineCount - 1).range.end, EXTRA);
        assert.ok(await vscode.workspace.applyEdit(edit));
        const params: RoadmapParams = { uri: document.uri.toString(), version: document.version };
        const asked = Date.now();
        const result = await client.sendRequest<RoadmapResult>(RoadmapRequestMethod, params);
        console.log(`[hitp-tests]     hitp/roadmap right after an edit: ${Date.now() - asked} ms (server rebuild + render)`);
        assert.ok(result.version >= params.version, `answered for version ${result.version}, asked for ${params.version}`);
        assert.match(result.html, elementPattern('Extra', 'candidate', 'bar'), 'the answer shows the edit');
        const again = Date.now();
        await client.sendRequest<RoadmapResult>(RoadmapRequestMethod, params);
        console.log(`[hitp-tests]     hitp/roadmap again, nothing changed: ${Date.now() - again} ms (render only)`);
    });
});
