/**
 * `references/ast-walk.ts` replaces Langium's streams in linking, the index of exports and
 * references, and validation (issue 21): it must visit the same nodes and references in the same
 * order, and the linker and reference index built on it must give what Langium's own give.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, DefaultLinker, DefaultReferenceDescriptionProvider, type AstNode, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { forEachReference, walkAst } from '../../../language-server/references/ast-walk.js';
import { projectRoot } from '../../helpers/cli.js';
import { hitp, parse } from '../../helpers/services.js';

const examples = ['riverside', 'community-hospital', 'regional-health-system', 'it-outsourcing', 'regional-rollout-in-flight']
    .map(name => readFileSync(path.join(projectRoot, 'examples', `${name}.hitp`), 'utf8'));
/** The examples, and broken texts whose recovered trees have holes. */
const texts = [...examples, examples[0]!.replace('}', ''), examples[1]!.replace(/after /g, 'after , '), examples[2]!.slice(0, 900)];

async function visited(root: AstNode): Promise<AstNode[]> {
    const nodes: AstNode[] = [];
    await walkAst(root, node => nodes.push(node));
    return nodes;
}

async function built(text: string): Promise<LangiumDocument> {
    return parse(text, { validation: false });
}

describe('the AST walk', () => {
    it.each(texts.map((text, i) => [i, text] as const))('visits nodes and references in Langium\'s order (text %i)', async (_i, text) => {
        const root = (await built(text)).parseResult.value;
        const langium = AstUtils.streamAst(root).toArray();
        expect((await visited(root)).map(node => langium.indexOf(node))).toEqual(langium.map((_node, i) => i));
        const references = (node: AstNode) => {
            const ours: unknown[] = [];
            forEachReference(node, info => ours.push([info.property, info.index, info.reference]));
            return ours;
        };
        for (const node of langium) {
            expect(references(node)).toEqual(AstUtils.streamReferences(node).map(info => [info.property, info.index, info.reference]).toArray());
        }
    });

    it.each(texts.map((text, i) => [i, text] as const))('links and indexes references as Langium does (text %i)', async (_i, text) => {
        const document = await built(text);
        const ours = [...document.references];
        const linker = new DefaultLinker(hitp);
        linker.unlink(document);
        await linker.link(document);
        expect(document.references).toEqual(ours);
        expect(ours.every((reference, i) => reference === document.references[i])).toBe(true);
        expect(await hitp.workspace.ReferenceDescriptionProvider.createDescriptions(document))
            .toEqual(await new DefaultReferenceDescriptionProvider(hitp).createDescriptions(document));
    });
});
