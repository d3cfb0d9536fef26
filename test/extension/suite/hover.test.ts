/** Hovers show the analysis numbers of the element under the cursor. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import type * as vscode from 'vscode';
import { executeUntil, hoverText, openPlan, positionOf } from './helpers.js';

describe('hover', () => {
    it('shows a candidate\'s NPV on its name and on a reference to it', async () => {
        const { document } = await openPlan('examples', 'riverside.hitp');
        const onName = positionOf(document, 'candidate CoreNetwork', 'candidate '.length + 2);
        const hovers = await executeUntil<vscode.Hover[]>('a hover on CoreNetwork', 'vscode.executeHoverProvider', [document.uri, onName],
            result => result.some(hover => hoverText(hover).includes('NPV')));
        const text = hovers.map(hoverText).join('\n');
        assert.match(text, /CoreNetwork/);

        const onReference = positionOf(document, 'after CoreNetwork', 'after '.length + 2);
        const referenceHovers = await executeUntil<vscode.Hover[]>('a hover on `after CoreNetwork`', 'vscode.executeHoverProvider',
            [document.uri, onReference]);
        assert.ok(referenceHovers.map(hoverText).join('\n').includes('NPV'), 'the reference shows the candidate\'s numbers');
    });
});
