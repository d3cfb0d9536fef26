/**
 * The top-level blocks of a file's syntax tree: the root's non-hidden children, in text order
 * (comments between blocks are hidden leaves beside them). Incremental parsing and completion
 * both start from the block before a place in the text.
 */
import type { CstNode, RootCstNode } from 'langium';

/** The index in `root.content` of the last block that starts strictly before `offset`, if any. */
export function blockIndexBefore(root: RootCstNode, offset: number): number | undefined {
    const nodes = root.content;
    let low = 0;
    let high = nodes.length - 1;
    let found = -1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        if (nodes[middle]!.offset < offset) { found = middle; low = middle + 1; } else high = middle - 1;
    }
    while (found >= 0 && nodes[found]!.hidden) found--;
    return found < 0 ? undefined : found;
}

/** The first block after `index` in `root.content`, if any. */
export function blockAfter(root: RootCstNode, index: number): CstNode | undefined {
    for (let i = index + 1; i < root.content.length; i++) if (!root.content[i]!.hidden) return root.content[i];
    return undefined;
}
