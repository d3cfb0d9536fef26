/**
 * hitp's parser (`parser/hitp-parser.ts`) skips Langium's work for an empty list of hidden tokens;
 * it must build exactly the tree Langium's own parser builds, comments included: the same CST
 * (offsets, lengths, hidden flags, token types, parents), the same AST and the same errors.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { createLangiumParser } from 'langium';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/cli.js';
import { parseTreeOf } from '../../helpers/parse-tree.js';
import { hitp } from '../../helpers/services.js';

const plain = createLangiumParser(hitp);
const examples = ['riverside', 'community-hospital', 'regional-health-system', 'it-outsourcing']
    .map(name => readFileSync(path.join(projectRoot, 'examples', `${name}.hitp`), 'utf8'));

const expectSameTree = (text: string): void => {
    expect(parseTreeOf(hitp.parser.LangiumParser.parse(text))).toEqual(parseTreeOf(plain.parse(text)));
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
