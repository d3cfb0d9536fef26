/**
 * AST node → `SourceRef`: the document URI and the range of the text that explains a value.
 */
import { AstUtils, GrammarUtils, type AstNode, type Reference } from 'langium';
import type { SourceRef } from './plan-model.js';

const EMPTY_RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function uriOf(node: AstNode): string {
    try {
        return AstUtils.getDocument(node).uri.toString();
    } catch {
        return '';
    }
}

/** The range of `property` of `node` (e.g. its `name`), or of the whole node when the property is absent. */
export function sourceOf(node: AstNode, property?: string): SourceRef {
    const cst = property ? GrammarUtils.findNodeForProperty(node.$cstNode, property) ?? node.$cstNode : node.$cstNode;
    return { uri: uriOf(node), range: cst?.range ?? EMPTY_RANGE };
}

/** The range of a reference as written (`after CoreNetwork` → `CoreNetwork`). */
export function sourceOfReference(container: AstNode, reference: Reference): SourceRef {
    return { uri: uriOf(container), range: reference.$refNode?.range ?? container.$cstNode?.range ?? EMPTY_RANGE };
}
