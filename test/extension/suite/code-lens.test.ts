/** Code lenses: a summary above each candidate and a lens on the plan that opens the preview. */
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, executeUntil, openPlan, openUntitledPlan, positionOf, previewTabs, waitFor } from './helpers.js';

describe('code lens', () => {
    afterEach(closeAllEditors);

    it('summarises each candidate and offers the roadmap preview on the plan', async () => {
        const { document } = await openPlan('examples', 'riverside.hitp');
        const lenses = await executeUntil<vscode.CodeLens[]>('code lenses', 'vscode.executeCodeLensProvider', [document.uri, 100],
            result => result.some(lens => lens.command?.command === 'hitp.showPreview'));
        const candidateLine = positionOf(document, 'candidate CoreNetwork').line;
        const summary = lenses.find(lens => lens.range.start.line === candidateLine && /NPV/.test(lens.command?.title ?? ''));
        assert.ok(summary, `a summary lens on line ${candidateLine + 1}: ${JSON.stringify(lenses.map(l => l.command?.title))}`);
        assert.match(summary.command!.title, /^#\d+ · PI /);

        const preview = lenses.find(lens => lens.command?.command === 'hitp.showPreview')!;
        assert.equal(preview.range.start.line, positionOf(document, 'plan Riverside').line);
        await vscode.commands.executeCommand(preview.command!.command, ...(preview.command!.arguments ?? []));
        await waitFor('the preview opened from the lens', () => previewTabs().length > 0);
    });

    it('keep working while a line is half typed', async () => {
        // `owner` without its stakeholder yet: the parser recovers with an owner line that has no reference.
        const { document } = await openUntitledPlan(
            'plan P "P" { start 2027-01-04 horizon 5 years discount 8% }\nstakeholder S "S" { role sponsor }\ncandidate X "X" { owner  }\n');
        await executeUntil<vscode.CodeLens[]>('the plan\'s lenses', 'vscode.executeCodeLensProvider', [document.uri, 100],
            result => result.some(lens => lens.command?.command === 'hitp.showPreview'), 10_000);
    });
});
