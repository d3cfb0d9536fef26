/** Inlay hints show the scheduled dates next to the lines that decide them. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { executeUntil, openPlan } from './helpers.js';

function labelOf(hint: vscode.InlayHint): string {
    return typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join('');
}

describe('inlay hints', () => {
    it('shows the dates after a duration line', async () => {
        const { document } = await openPlan('examples', 'riverside.hitp');
        const range = document.validateRange(new vscode.Range(0, 0, document.lineCount, 0));
        const hints = await executeUntil<vscode.InlayHint[]>('inlay hints', 'vscode.executeInlayHintProvider', [document.uri, range]);
        const labels = hints.map(labelOf);
        assert.ok(labels.includes('→ 2027-02-01 – 2027-04-12'), `the CoreNetwork dates are shown: ${labels.join(' | ')}`);
    });
});
