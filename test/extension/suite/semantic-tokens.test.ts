/** Semantic highlighting: declared names by kind, references with their target's kind, literals. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { executeUntil, openPlan, positionOf } from './helpers.js';

interface Token { line: number; character: number; length: number; type: string; modifiers: string[] }

/** Decodes the relative five-number encoding of `SemanticTokens.data`. */
function decode(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Token[] {
    const result: Token[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i + 4 < tokens.data.length; i += 5) {
        const [deltaLine, deltaStart, length, type, bits] = Array.from(tokens.data.subarray(i, i + 5)) as [number, number, number, number, number];
        line += deltaLine;
        character = deltaLine === 0 ? character + deltaStart : deltaStart;
        result.push({
            line, character, length, type: legend.tokenTypes[type] ?? `#${type}`,
            modifiers: legend.tokenModifiers.filter((_, bit) => (bits & (1 << bit)) !== 0),
        });
    }
    return result;
}

describe('semantic tokens', () => {
    it('classify riverside.hitp', async () => {
        const { document } = await openPlan('examples', 'riverside.hitp');
        const legend = await executeUntil<vscode.SemanticTokensLegend>('the semantic tokens legend',
            'vscode.provideDocumentSemanticTokensLegend', [document.uri], l => l.tokenTypes.length > 0);
        const tokens = await executeUntil<vscode.SemanticTokens>('semantic tokens',
            'vscode.provideDocumentSemanticTokens', [document.uri], t => t.data.length > 0);
        assert.equal(tokens.data.length % 5, 0, 'five numbers a token');
        const decoded = decode(tokens, legend);
        const at = (text: string, offset: number): Token | undefined => {
            const position = positionOf(document, text, offset);
            return decoded.find(t => t.line === position.line && t.character === position.character);
        };
        const expectations: Array<[string, number, string, boolean]> = [
            ['candidate CoreNetwork', 'candidate '.length, 'class', true],
            ['after CoreNetwork', 'after '.length, 'class', false],
            ['phase Pilot', 'phase '.length, 'type', true],
            ['milestone EhrFast', 'milestone '.length, 'event', true],
            ['kpi EhrLoadTime "', 'kpi '.length, 'enumMember', true],
            ['gate EhrLoadTime', 'gate '.length, 'enumMember', false],
            ['scores Strategic', 'scores '.length, 'property', false],
            ['start 2027-01-04', 'start '.length, 'number', false],
        ];
        for (const [text, offset, type, declaration] of expectations) {
            const token = at(text, offset);
            assert.ok(token, `a token at '${text}'+${offset}`);
            assert.equal(token.type, type, `the type at '${text}'`);
            assert.equal(token.modifiers.includes('declaration'), declaration, `the declaration modifier at '${text}': ${token.modifiers.join(',')}`);
        }
    });
});
