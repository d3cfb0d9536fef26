/**
 * hitp's parser (`parser/hitp-parser.ts`) skips Langium's work for an empty list of hidden tokens;
 * it must build exactly the tree Langium's own parser builds, comments included: the same CST
 * (offsets, lengths, hidden flags, token types, parents), the same AST and the same errors.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { createLangiumParser, isCompositeCstNode, isLeafCstNode, isReference, type AstNode, type CstNode, type ParseResult } from 'langium';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/cli.js';
import { hitp } from '../../helpers/services.js';

const plain = createLangiumParser(hitp);
const examples = ['riverside', 'community-hospital', 'regional-health-system', 'it-outsourcing']
    .map(name => readFileSync(path.join(projectRoot, 'examples', `${name}.hitp`), 'utf8'));

function cst(node: CstNode): unknown {
    const own = [node.offset, node.length, node.hidden, node.astNode.$type];
    if (isLeafCstNode(node)) return ['leaf', ...own, node.tokenType.name];
    if (!isCompositeCstNode(node)) return ['?'];
    for (const child of node.content) expect(child.container).toBe(node);
    return ['node', ...own, node.content.map(cst)];
}

function astOf(node: AstNode): unknown {
    return Object.fromEntries(Object.entries(node).filter(([key]) => !['$cstNode', '$container', '$document'].includes(key)).map(([key, value]) => [key, plainValue(value)]));
}

function plainValue(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(plainValue);
    if (isReference(value)) return { $refText: value.$refText };
    if (value && typeof value === 'object' && '$type' in value) return astOf(value as AstNode);
    return value;
}

function summary(result: ParseResult): unknown {
    return {
        cst: result.value.$cstNode ? cst(result.value.$cstNode) : null,
        ast: astOf(result.value),
        parserErrors: result.parserErrors.map(e => [e.message, e.token.startOffset]),
        lexerErrors: result.lexerErrors.map(e => [e.message, e.offset]),
    };
}

const expectSameTree = (text: string): void => {
    expect(summary(hitp.parser.LangiumParser.parse(text))).toEqual(summary(plain.parse(text)));
};

describe('hitp\'s parser builds Langium\'s tree', () => {
    it.each(examples.map((text, i) => [i, text] as const))('example %i', (_i, text) => {
        expectSameTree(text);
    });

    it('with comments and broken text anywhere', () => {
        const insert = fc.constantFrom('// note\n', '/* c */', ' /* a\nb */ ', '}', '{', 'candidate', '"', '\n');
        fc.assert(fc.property(fc.nat(examples.length - 1), fc.array(fc.tuple(fc.nat(), insert), { minLength: 1, maxLength: 6 }), (which, edits) => {
            let text = examples[which]!;
            for (const [at, piece] of edits) {
                const offset = at % (text.length + 1);
                text = text.slice(0, offset) + piece + text.slice(offset);
            }
            expectSameTree(text);
        }), { numRuns: 150, seed: 21 });
    });
});
