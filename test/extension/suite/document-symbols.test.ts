/** The outline lists the plan's elements with their kinds. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { executeUntil, openPlan } from './helpers.js';

describe('document symbols', () => {
    it('outline riverside.hitp', async () => {
        const { document } = await openPlan('examples', 'riverside.hitp');
        const symbols = await executeUntil<vscode.DocumentSymbol[]>('document symbols', 'vscode.executeDocumentSymbolProvider', [document.uri]);
        const names = symbols.map(symbol => symbol.name);
        for (const name of ['Riverside', 'criteria', 'Cmo', 'FasterEhr', 'EhrLoadTime', 'CoreNetwork', 'DbMigration']) {
            assert.ok(names.includes(name), `${name} is in the outline: ${names.join(', ')}`);
        }
        assert.equal(symbols.find(symbol => symbol.name === 'CoreNetwork')?.kind, vscode.SymbolKind.Class);
        const criteria = symbols.find(symbol => symbol.name === 'criteria');
        assert.deepEqual(criteria?.children.map(child => child.name), ['Strategic', 'Clinical', 'Efficiency', 'Risk', 'Resources']);
    });
});
