/**
 * The first CST node assigned to a property of an AST node (its `name`, its `due` date …),
 * found without allocating (issue 21).
 *
 * Langium's `GrammarUtils.findNodeForProperty` collects every CST node assigned to the property
 * with a `flatMap` over the node's whole CST and keeps the first: on a 10,000-candidate plan that
 * was most of the code-lens time and a share of the export index. This walk visits the same
 * nodes in the same order and stops at the first match, so it returns the same node.
 */
import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

export function firstNodeForProperty(root: CstNode | undefined, property: string): CstNode | undefined {
    return root ? firstAssigned(root, property, root.astNode, true) : undefined;
}

/** Langium's `findNodesForPropertyInternal`, stopping at the first node. */
function firstAssigned(node: CstNode, property: string, element: AstNode, first: boolean): CstNode | undefined {
    if (!first && AstUtils.getContainerOfType(node.grammarSource, GrammarAST.isAssignment)?.feature === property) return node;
    if (!isCompositeCstNode(node) || node.astNode !== element) return undefined;
    for (const child of node.content) {
        const found = firstAssigned(child, property, element, false);
        if (found) return found;
    }
    return undefined;
}
