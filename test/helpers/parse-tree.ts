/**
 * A parse result as plain data, to compare two parses of the same text: the CST (offsets,
 * lengths, ranges, hidden flags, token types, grammar features, parents and roots), the AST
 * (without its back-links; references by their text) and the errors.
 */
import { isCompositeCstNode, isLeafCstNode, isReference, type AstNode, type CstNode, type ParseResult } from 'langium';

/** A broken back-link fails the comparison at once (a plain check: `expect` per node is slow). */
function link(actual: unknown, expected: unknown, what: string): void {
    if (actual !== expected) throw new Error(`broken back-link: ${what}`);
}

function featureOf(node: CstNode): string {
    const feature = node.grammarSource as { $type?: string; value?: string; rule?: { $refText?: string }; type?: { $refText?: string } } | undefined;
    return feature ? `${feature.$type}:${feature.value ?? feature.rule?.$refText ?? feature.type?.$refText ?? ''}` : '';
}

function cstOf(node: CstNode, root: CstNode): unknown {
    link(node.root, root, `root of the CST node at ${node.offset}`);
    const { start, end } = node.range;
    const own = [node.offset, node.length, `${start.line}:${start.character}-${end.line}:${end.character}`, node.hidden, node.astNode.$type, featureOf(node)];
    if (isLeafCstNode(node)) return ['leaf', ...own, node.tokenType.name];
    if (!isCompositeCstNode(node)) return ['?'];
    for (const child of node.content) link(child.container, node, `container of the CST node at ${child.offset}`);
    return ['node', ...own, node.content.map(child => cstOf(child, root))];
}

function astOf(node: AstNode): unknown {
    if (node.$cstNode) link(node.$cstNode.astNode, node, `CST node of a ${node.$type}`);
    return Object.fromEntries(Object.entries(node)
        .filter(([key]) => !['$cstNode', '$container', '$document'].includes(key))
        .map(([key, value]) => [key, plainValue(value, node)]));
}

function plainValue(value: unknown, container: AstNode): unknown {
    if (Array.isArray(value)) return value.map(item => plainValue(item, container));
    if (isReference(value)) return { $refText: value.$refText, at: value.$refNode?.offset };
    if (value && typeof value === 'object' && '$type' in value) {
        link((value as AstNode).$container, container, `container of a ${(value as AstNode).$type}`);
        return astOf(value as AstNode);
    }
    return value;
}

/** The parse as plain data; the back-links (parents, roots, containers) are checked on the way. */
export function parseTreeOf(result: ParseResult): unknown {
    const root = result.value.$cstNode;
    return {
        cst: root ? cstOf(root, root.root) : null,
        text: root?.root.fullText,
        ast: astOf(result.value),
        parserErrors: result.parserErrors.map(e => [e.message, e.token.startOffset]),
        lexerErrors: result.lexerErrors.map(e => [e.message, e.offset]),
    };
}
