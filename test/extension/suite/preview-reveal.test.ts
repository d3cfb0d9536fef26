/**
 * Click → reveal: a `reveal` message from the preview's webview (sent when the user clicks or
 * presses Enter on an element) makes the plan's editor active, beside the preview, with the
 * element's name selected in its declaration. The message goes through the same handler as the
 * webview's own (`previews.receiveMessage`); malformed or foreign messages change nothing.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { PreviewKind } from '../../../language-server/protocol/preview-messages.js';
import {
    activateHitp, closeAllEditors, nameRange, openPlanWithPreview, previewTabs, showRange, sleep, waitFor, workspaceUri,
} from './helpers.js';

/** Each element and where its name is declared in riverside.hitp (the first group). */
const ELEMENTS: Array<{ kind: PreviewKind; element: string; declaration: RegExp }> = [
    { kind: 'candidate', element: 'CoreNetwork', declaration: /^candidate (CoreNetwork)\b/m },
    { kind: 'candidate', element: 'DbMigration', declaration: /^candidate (DbMigration)\b/m },
    { kind: 'phase', element: 'Pilot', declaration: /^phase (Pilot)\b/m },
    { kind: 'milestone', element: 'EhrFast', declaration: /\bmilestone (EhrFast)\b/ },
    // The objective FasterEhr names this KPI first (`kpi EhrLoadTime`): the declaration must win.
    { kind: 'kpi', element: 'EhrLoadTime', declaration: /^kpi (EhrLoadTime)\b/m },
    { kind: 'kpi', element: 'Incidents', declaration: /^kpi (Incidents)\b/m },
    { kind: 'stakeholder', element: 'Architect', declaration: /^stakeholder (Architect)\b/m },
    // A gate selects its whole `gate …` line.
    { kind: 'gate', element: 'Pilot', declaration: /^\s*(gate EhrLoadTime <= 2\.5, Incidents <= 3)/m },
];

const planUri = (): vscode.Uri => workspaceUri('examples', 'riverside.hitp');

/** The `data-range` the server rendered on an element: `[line, character, endLine, endCharacter]`. */
function renderedRange(html: string, kind: string, element: string): number[] {
    const match = new RegExp(`data-element="${element}" data-kind="${kind}"[^>]*? data-range="(\\d+,\\d+,\\d+,\\d+)"`).exec(html);
    assert.ok(match, `the preview renders ${kind} ${element} with its source range`);
    return match[1]!.split(',').map(Number);
}

function planEditor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === planUri().toString());
}

const FOCUS_GROUP_COMMANDS = ['workbench.action.focusFirstEditorGroup', 'workbench.action.focusSecondEditorGroup',
    'workbench.action.focusThirdEditorGroup'];

function describeFocus(): string {
    const groups = vscode.window.tabGroups.all.map(g => `${g.viewColumn}${g.isActive ? '*' : ''}[${g.tabs.map(t => t.label).join(', ')}]`);
    return `active editor ${vscode.window.activeTextEditor?.document.uri.path.split('/').pop() ?? 'none'}, groups ${groups.join(' ')}`;
}

/** Puts the caret at the start of the plan and the focus on the preview, as before a click in it. */
async function focusPreview(): Promise<void> {
    const editor = planEditor();
    assert.ok(editor, 'the plan is visible');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const { previews } = await activateHitp();
    const column = previews.active()?.viewColumn ?? vscode.ViewColumn.Two;
    const command = FOCUS_GROUP_COMMANDS[column - 1] ?? 'workbench.action.focusSecondEditorGroup';
    // The webview takes the focus asynchronously; on a busy machine the first request can be lost.
    let last = '';
    try {
        // The preview's group is the active one and shows the preview. (`activeTextEditor` is not a
        // reliable sign here: code-server may keep reporting the last text editor while a webview has the focus.)
        const previewFocused = () => vscode.window.tabGroups.activeTabGroup.viewColumn === column
            && vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputWebview;
        await waitFor('the preview to have the focus', async () => {
            if (previewFocused()) return true;
            await vscode.commands.executeCommand(command);
            await sleep(150);
            last = describeFocus();
            return previewFocused();
        }, 15_000, 250);
    } catch (error) {
        throw new Error(`${error instanceof Error ? error.message : String(error)} (${last})`);
    }
}

describe('roadmap preview: click → reveal', () => {
    before(async () => {
        await closeAllEditors();
        await openPlanWithPreview('examples', 'riverside.hitp');
    });

    after(async () => {
        await closeAllEditors();
        await waitFor('the preview to close', () => previewTabs().length === 0);
    });

    for (const { kind, element, declaration } of ELEMENTS) {
        it(`selects the declaration of ${kind} ${element}`, async () => {
            const { previews } = await activateHitp();
            await focusPreview();
            const facts = previews.active();
            assert.ok(facts, 'the preview is open');
            const started = Date.now();
            // The range the server wrote into the rendered element, as the webview posts it on a click.
            const range = renderedRange(facts.html, kind, element);
            await previews.receiveMessage({ type: 'reveal', source: facts.resource, element, kind, range });
            const editor = await waitFor('the plan editor to be active',
                () => vscode.window.tabGroups.activeTabGroup.viewColumn !== facts.viewColumn
                    && vscode.window.activeTextEditor?.document.uri.toString() === facts.resource && vscode.window.activeTextEditor);
            console.log(`[hitp-tests]     reveal ${kind} ${element}: ${Date.now() - started} ms`);
            const expected = nameRange(editor.document, declaration);
            assert.equal(showRange(editor.selection), showRange(expected), `the selection is ${JSON.stringify(editor.document.getText(expected))}`);
            assert.notEqual(editor.viewColumn, facts.viewColumn, 'the plan opens beside the preview, not over it');
            assert.equal(previewTabs().length, 1, 'the preview stays open');
        });
    }

    it('ignores malformed messages and messages about another document', async () => {
        const { previews } = await activateHitp();
        await focusPreview();
        const source = previews.active()?.resource;
        assert.ok(source, 'the preview is open');
        const other = workspaceUri('examples', 'community-hospital.hitp').toString();
        const ignored: unknown[] = [
            { type: 'reveal', source: other, element: 'CoreNetwork', kind: 'candidate' },
            { type: 'reveal', source: `${source}#x`, element: 'CoreNetwork', kind: 'candidate' },
            { type: 'reveal', element: 'CoreNetwork', kind: 'candidate' },
            { type: 'reveal', source: '', element: 'CoreNetwork', kind: 'candidate' },
            { type: 'reveal', source, element: 'Core Network', kind: 'candidate' },
            { type: 'reveal', source, element: 'CoreNetwork', kind: 'objective' },
            { type: 'reveal', source, element: 'CoreNetwork' },
            { type: 'reveal', source, element: 42, kind: 'candidate' },
            { type: 'reveal', source, element: 'A'.repeat(201), kind: 'candidate' },
            { type: 'reveal', source: 'x'.repeat(5000), element: 'CoreNetwork', kind: 'candidate' },
            { type: 'open', source, element: 'CoreNetwork', kind: 'candidate' },
            { type: 'ready', source, version: 'latest' },
            [{ type: 'reveal', source, element: 'CoreNetwork', kind: 'candidate' }],
            'reveal CoreNetwork',
            null,
            undefined,
            // A reveal without its range (the server gives every clickable element one).
            { type: 'reveal', source, element: 'CoreNetwork', kind: 'candidate' },
            { type: 'reveal', source, element: 'CoreNetwork', kind: 'candidate', range: [1, 2, 3] },
            { type: 'reveal', source, element: 'CoreNetwork', kind: 'candidate', range: [-1, 0, 0, 0] },
            // Well formed, but past the end of the document: an information message, no editor change.
            { type: 'reveal', source, element: 'Nowhere', kind: 'candidate', range: [100000, 0, 100000, 4] },
        ];
        for (const message of ignored) await previews.receiveMessage(message);
        await sleep(500);
        assert.ok(vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputWebview, 'the preview keeps the focus');
        assert.equal(showRange(planEditor()!.selection), '0:0-0:0', 'the plan\'s selection is unchanged');
    });
});
