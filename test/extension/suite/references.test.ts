/**
 * Find All References lists where a criterion is used: the `scores` entries that name it.
 * On criteria.hitp, whose criteria have names of their own: names are workspace-wide, and
 * riverside.hitp's criteria share theirs with community-hospital.hitp's (the first, by path, wins).
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { executeUntil, nameRange, openPlan, showRange } from './helpers.js';

/** Every `scores` entry for `criterion` in the document (0-based ranges of the name). */
function scoreUses(document: vscode.TextDocument, criterion: string): string[] {
    const uses: string[] = [];
    const pattern = new RegExp(`\\bscores\\b[^\\n]*?\\b(${criterion})\\b`, 'dg');
    for (let match = pattern.exec(document.getText()); match; match = pattern.exec(document.getText())) {
        const [start, end] = match.indices![1]!;
        uses.push(showRange(new vscode.Range(document.positionAt(start), document.positionAt(end))));
    }
    return uses;
}

describe('find all references', () => {
    for (const criterion of ['Reach', 'Urgency']) {
        it(`criterion ${criterion} → its scores`, async () => {
            const { document } = await openPlan('criteria.hitp');
            const declaration = nameRange(document, new RegExp(`^\\s+(${criterion})\\s+"`, 'm'));
            const expected = scoreUses(document, criterion);
            assert.equal(expected.length, 2, 'criteria.hitp scores each criterion twice');
            const locations = await executeUntil<vscode.Location[]>(`the references of ${criterion}`,
                'vscode.executeReferenceProvider', [document.uri, declaration.start.translate(0, 1)],
                result => result.length >= expected.length);
            assert.ok(locations.every(l => l.uri.toString() === document.uri.toString()), 'all in the plan');
            const found = locations.map(l => showRange(l.range));
            // VS Code asks with includeDeclaration: the declaration may be listed; everything else is a score.
            const uses = found.filter(range => range !== showRange(declaration)).sort();
            assert.deepEqual(uses, [...expected].sort(), `found ${found.join(', ')}`);
        });
    }
});
