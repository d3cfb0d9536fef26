/**
 * AST node → `SourceRef`: the document URI and the range of the text that explains a value.
 *
 * The range is computed lazily (on first read, then kept): the model holds a source for every
 * element, score, flow and reference, but only the few that end up in a diagnostic or a hover
 * are ever read, and finding a property's CST node and its range is the costly part of building
 * the model of a large plan. `range` stays an own, enumerable property, so the object still
 * compares, spreads and serialises like a plain `{ uri, range }`.
 */
import { AstUtils, type AstNode, type Reference } from 'langium';
import { firstNodeForProperty } from '../references/cst-property.js';
import type { SourceRef } from './plan-model.js';

type Range = SourceRef['range'];

const EMPTY_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The URI of the document that holds `node` ('' for a detached node). */
export function uriOf(node: AstNode): string {
    try {
        return AstUtils.getDocument(node).uri.toString();
    } catch {
        return '';
    }
}

function lazySource(uri: string, compute: () => Range): SourceRef {
    let range: Range | undefined;
    return {
        uri,
        get range(): Range {
            return range ??= compute();
        },
        set range(value: Range) {
            range = value;
        },
    };
}

/** The range of `property` of `node` (e.g. its `name`), or of the whole node when the property is absent. */
export function sourceOf(node: AstNode, property?: string, uri: string = uriOf(node)): SourceRef {
    return lazySource(uri, () => {
        const cst = property ? firstNodeForProperty(node.$cstNode, property) ?? node.$cstNode : node.$cstNode;
        return cst?.range ?? EMPTY_RANGE;
    });
}

/** The range of a reference as written (`after CoreNetwork` → `CoreNetwork`). */
export function sourceOfReference(container: AstNode, reference: Reference, uri: string = uriOf(container)): SourceRef {
    return lazySource(uri, () => reference.$refNode?.range ?? container.$cstNode?.range ?? EMPTY_RANGE);
}
