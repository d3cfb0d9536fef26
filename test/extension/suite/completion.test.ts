/** Completion offers the names in scope where a reference may stand. */
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import type * as vscode from 'vscode';
import { closeAllEditors, executeUntil, openUntitledPlan, positionOf } from './helpers.js';

describe('completion', () => {
    afterEach(closeAllEditors);

    it('offers stakeholders after `owner`', async () => {
        const { document } = await openUntitledPlan(
            'stakeholder Cso "CSO" { role sponsor }\nstakeholder Cio "CIO" { role architecture }\ncandidate X "X" { owner  }\n');
        const position = positionOf(document, 'owner ', 'owner '.length);
        const list = await executeUntil<vscode.CompletionList>('completions after `owner`', 'vscode.executeCompletionItemProvider',
            [document.uri, position], result => result.items.length > 0);
        const labels = list.items.map(item => (typeof item.label === 'string' ? item.label : item.label.label));
        assert.ok(labels.includes('Cso') && labels.includes('Cio'), `Cso and Cio are offered: ${labels.join(', ')}`);
    });

    it('offers the other candidates after `after `', async () => {
        const { document } = await openUntitledPlan(
            'candidate CoreNetwork "Core network" { duration 4 weeks }\ncandidate Wifi "Wi-Fi" { }\ncandidate Ehr "EHR" { after  }\n');
        const position = positionOf(document, 'after ', 'after '.length);
        const list = await executeUntil<vscode.CompletionList>('completions after `after`', 'vscode.executeCompletionItemProvider',
            [document.uri, position], result => result.items.length > 0);
        const labels = list.items.map(item => (typeof item.label === 'string' ? item.label : item.label.label));
        assert.ok(labels.includes('CoreNetwork') && labels.includes('Wifi'), `CoreNetwork and Wifi are offered: ${labels.join(', ')}`);
        // A candidate cannot start after itself: offering it would only make a cycle.
        assert.ok(!labels.includes('Ehr'), `Ehr is not offered after itself: ${labels.join(', ')}`);
    });
});
