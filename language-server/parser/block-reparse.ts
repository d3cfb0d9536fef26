/**
 * Incremental parsing (issue 21): after an edit inside one top-level block, parse only that block
 * again and splice it into the document's syntax tree, instead of parsing the whole file.
 *
 * A `.hitp` file is a sequence of blocks (`candidate X { … }`), each an `Element` of the root.
 * When the previous parse had no error and the text changed only strictly inside one block (after
 * its first character, before its closing `}`), the new text of that block is parsed on its own
 * with the `Element` rule. If that parse has no error and consumes the whole block, it is what a
 * full parse would have built for that block: the block is delimited by tokens the edit left
 * alone, and no token, comment or string can reach across them without an error. The new
 * block's CST replaces the old one under the same element node, its leaves are moved to the
 * block's place in the file, and every leaf after it is shifted by the change in length and lines.
 * In every other case the caller parses the whole text, so the result always equals a full
 * parse; `test/parser/block-reparse.test.ts` checks that on random edits.
 *
 * The root AST node and the AST nodes of the other blocks are kept (they are mutated in place, as
 * Langium's linker already does on an update), so a reference elsewhere keeps its node.
 */
import type { AstNode, CompositeCstNode, CstNode, LangiumParser, LeafCstNode, ParseResult, RootCstNode } from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';
import { blockIndexBefore } from './top-level-blocks.js';

/** The fields of Langium's CST node classes (`langium/lib/parser/cst-node-builder.js`) that a splice rewrites. */
interface MutableLeaf extends LeafCstNode {
    _offset: number;
    _range: Range;
}
interface MutableComposite extends CompositeCstNode {
    _rangeCache?: Range;
    astNode: AstNode;
}
interface MutableRoot extends RootCstNode {
    _text: string;
}
interface MutableNode {
    root: RootCstNode;
}
type MutableAstNode = AstNode & { $cstNode?: CstNode; $container?: AstNode; $containerIndex?: number; $containerProperty?: string };

/** The part of the old and the new text that differs: `[start, oldEnd)` became `[start, newEnd)`. */
export interface TextChange {
    start: number;
    oldEnd: number;
    newEnd: number;
}

/** The smallest change from `oldText` to `newText`: their common prefix and suffix are left out. */
export function changeBetween(oldText: string, newText: string): TextChange {
    const shorter = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let suffix = 0;
    while (suffix < shorter - start
        && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

function isComposite(node: CstNode): node is CompositeCstNode {
    return Array.isArray((node as CompositeCstNode).content);
}

function hasErrors(result: ParseResult<AstNode>): boolean {
    return result.lexerErrors.length > 0 || result.parserErrors.length > 0 || (result.lexerReport?.diagnostics.length ?? 0) > 0;
}

/** The index in the root's content of the block that holds the whole change strictly inside it, if one does. */
function blockHolding(root: RootCstNode, change: TextChange): number | undefined {
    // The block that starts before the change is the only one that can hold it.
    const index = blockIndexBefore(root, change.start);
    if (index === undefined) return undefined;
    const block = root.content[index]!;
    return isComposite(block) && change.oldEnd < block.end ? index : undefined;
}

/** Every leaf under `node`, in text order. */
function forEachLeaf(node: CstNode, visit: (leaf: MutableLeaf) => void, composite?: (node: MutableComposite) => void): void {
    if (isComposite(node)) {
        composite?.(node as MutableComposite);
        for (const child of node.content) forEachLeaf(child, visit, composite);
    } else {
        visit(node as MutableLeaf);
    }
}

/** Moves `position` (in place) by `lines`, and by `characters` when it is on `line` (before the move). */
function move(position: Position, line: number, lines: number, characters: number): void {
    if (position.line === line) position.character += characters;
    position.line += lines;
}

/**
 * Moves a leaf by `offset` characters and its range by `lines` (and `characters` on `line`). The range's
 * positions are the leaf's own objects (Langium creates them per token; composite nodes' cached ranges
 * that share them are dropped), so they are changed in place: no allocation per leaf, and none at all
 * for the range when the edit changed neither the number of lines nor the block's last line.
 */
function shiftLeaf(leaf: MutableLeaf, offset: number, line: number, lines: number, characters: number): void {
    leaf._offset += offset;
    if (lines === 0 && characters === 0) return;
    const { start, end } = leaf._range;
    move(start, line, lines, characters);
    if (end !== start) move(end, line, lines, characters);
}

function forgetRange(node: MutableComposite): void {
    node._rangeCache = undefined;
}

/**
 * The parse of `newText`, built from `previous` (the parse of its root's full text) by parsing
 * again only the block the change lies in; `undefined` when that cannot be done with certainty.
 * `previous` is changed in place: the caller uses the returned result instead of it.
 */
export function reparseBlock(previous: ParseResult<AstNode>, newText: string, parser: LangiumParser): ParseResult<AstNode> | undefined {
    const rootAst = previous.value as MutableAstNode & { elements?: MutableAstNode[] };
    const root = rootAst.$cstNode?.root as MutableRoot | undefined;
    if (!root || rootAst.$cstNode !== root || !Array.isArray(rootAst.elements) || hasErrors(previous)) return undefined;
    const oldText = root.fullText;
    const change = changeBetween(oldText, newText);
    const index = blockHolding(root, change);
    if (index === undefined) return undefined;
    const outer = root.content[index] as MutableComposite;
    const oldAst = outer.astNode as MutableAstNode;
    const elementIndex = oldAst.$containerIndex;
    if (elementIndex === undefined || rootAst.elements[elementIndex] !== oldAst || oldAst.$cstNode !== outer) return undefined;

    const delta = (change.newEnd - change.start) - (change.oldEnd - change.start);
    const blockStart = outer.offset;
    const oldBlockEnd = outer.end;
    const block = parser.parse(newText.slice(blockStart, oldBlockEnd + delta), { rule: 'Element' });
    const blockRoot = block.value.$cstNode;
    if (hasErrors(block) || typeof block.value.$type !== 'string' || !blockRoot || blockRoot !== blockRoot.root
        || blockRoot.offset !== 0 || blockRoot.end !== oldBlockEnd + delta - blockStart) return undefined;

    // The leaves after the block move by the change in length, lines and (on the block's last line) characters.
    const startPosition = outer.range.start;
    const oldEndPosition = outer.range.end;
    const blockEndPosition = (blockRoot as CompositeCstNode).range.end;
    const newEndPosition = {
        line: blockEndPosition.line + startPosition.line,
        character: blockEndPosition.line === 0 ? blockEndPosition.character + startPosition.character : blockEndPosition.character,
    };
    const lines = newEndPosition.line - oldEndPosition.line;
    const characters = newEndPosition.character - oldEndPosition.character;
    for (let i = index + 1; i < root.content.length; i++) {
        forEachLeaf(root.content[i]!, leaf => shiftLeaf(leaf, delta, oldEndPosition.line, lines, characters), forgetRange);
    }
    // The block's new leaves move from the start of the slice to the block's place in the file.
    const newContent = [...(blockRoot as CompositeCstNode).content];
    for (const child of newContent) {
        forEachLeaf(child, leaf => {
            shiftLeaf(leaf, blockStart, 0, startPosition.line, startPosition.character);
            (leaf as unknown as MutableNode).root = root;
        }, node => {
            forgetRange(node);
            (node as unknown as MutableNode).root = root;
        });
    }
    outer.content.splice(0, outer.content.length, ...newContent);
    outer.astNode = block.value;
    forgetRange(outer);
    forgetRange(root as unknown as MutableComposite);
    root._text = newText;

    const newAst = block.value as MutableAstNode;
    newAst.$cstNode = outer;
    newAst.$container = rootAst;
    newAst.$containerProperty = 'elements';
    newAst.$containerIndex = elementIndex;
    rootAst.elements[elementIndex] = newAst;
    return { value: rootAst, lexerErrors: [], lexerReport: block.lexerReport, parserErrors: [] };
}
