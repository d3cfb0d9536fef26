/**
 * One walk over a document's AST for linking, the index of exports and references, and
 * validation (issue 21), in the order of Langium's `AstUtils.streamAst` and `streamReferences`,
 * without their per-node costs: Langium builds a stream object per node and its linker and
 * reference index await a cancellation check per node, a third or more of those steps on a
 * 1,000-candidate plan. This walk checks for cancellation every 256 nodes.
 * `test/language-server/references/ast-walk.test.ts` holds it to Langium's order.
 */
import { interruptAndCheck, isAstNode, isReference, type AstNode, type ReferenceInfo } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/** How many nodes are visited between two cancellation checks. */
const CHECK_EVERY = 256;

/** The children of `node` onto `stack`, last first, so that they are popped in `streamContents` order. */
export function pushChildren(node: AstNode, stack: AstNode[]): void {
    const keys = Object.keys(node);
    for (let k = keys.length - 1; k >= 0; k--) {
        const key = keys[k]!;
        if (key.startsWith('$')) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (isAstNode(value)) {
            stack.push(value);
        } else if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--) {
                const element: unknown = value[i];
                if (isAstNode(element)) stack.push(element);
            }
        }
    }
}

/** Visits `root` and every node under it, pre-order (as `streamAst`). */
export async function walkAst(root: AstNode, visit: (node: AstNode) => void, cancelToken?: CancellationToken): Promise<void> {
    const stack: AstNode[] = [root];
    for (let visited = 0; stack.length > 0; visited++) {
        if (cancelToken && visited % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
        const node = stack.pop()!;
        visit(node);
        pushChildren(node, stack);
    }
}

/** Every reference `node` holds itself, in `streamReferences` order. */
export function forEachReference(node: AstNode, visit: (info: ReferenceInfo) => void): void {
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) continue;
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isReference(value)) {
            visit({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const element: unknown = value[index];
                if (isReference(element)) visit({ reference: element, container: node, property, index });
            }
        }
    }
}
