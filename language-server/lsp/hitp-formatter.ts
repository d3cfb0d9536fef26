/**
 * The canonical layout of a `.hitp` file:
 * - top-level elements start on their own line, with at most one blank line between them;
 * - `{` stays on the declaration line, after one space;
 * - a block written over several lines gets one line per line-item, indented by one level,
 *   and `}` on its own line; a block written on one line (`{` and `}` on the same line)
 *   stays on one line, with single spaces (a short stakeholder reads best that way);
 * - inside a line, tokens are separated by one space, and list items by `, `
 *   (`scores Strategic 4, Clinical 2`);
 * - in a multi-line criteria block, names, titles and `weight` are aligned in columns.
 * Comments are kept where they are; only their indentation follows the block.
 * A formatted file ends with exactly one newline.
 * Formatting is idempotent: every decision depends only on what formatting preserves.
 */
import { AstUtils, CstUtils, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AbstractFormatter, Formatting, type NodeFormatter } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { elementKindOf } from '../kinds/element-kinds.js';

type Block = ast.Element;

/** The kinds the registry says are written as `{ }` blocks. */
function isBlock(node: AstNode): node is Block {
    return elementKindOf(node.$type)?.block === true;
}

/** The visible tokens of a CST node, in order. */
function tokensOf(node: CstNode | undefined): CstNode[] {
    return node ? CstUtils.streamCst(node).filter(leaf => isLeafCstNode(leaf) && !leaf.hidden).toArray() : [];
}

export class HitpFormatter extends AbstractFormatter {

    /** Langium's edits, plus: whitespace-only lines become empty, and the file ends with one newline. */
    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        const edits = super.doDocumentFormat(document, options, range);
        if (range) return edits;
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const taken = edits.map(edit => [textDocument.offsetAt(edit.range.start), textDocument.offsetAt(edit.range.end)] as const);
        const root = document.parseResult.value.$cstNode;
        const comments = root ? CstUtils.streamCst(root)
            .filter(node => node.hidden && node.text.startsWith('/*')).map(node => [node.offset, node.end] as const).toArray() : [];
        const contentEnd = text.trimEnd().length;
        const extra: TextEdit[] = [];
        if (contentEnd > 0 && text.slice(contentEnd) !== '\n') {
            extra.push({ range: { start: textDocument.positionAt(contentEnd), end: textDocument.positionAt(text.length) }, newText: '\n' });
            taken.push([contentEnd, text.length]);
        }
        const free = (start: number, end: number) => ![...taken, ...comments].some(([from, to]) => start <= to && from <= end);
        for (const match of text.matchAll(/^[ \t]+$/gm)) {
            const start = match.index;
            const end = start + match[0].length;
            if (free(start, end)) extra.push({ range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) }, newText: '' });
        }
        return [...edits, ...extra].sort((a, b) => textDocument.offsetAt(a.range.start) - textDocument.offsetAt(b.range.start));
    }

    protected format(node: AstNode): void {
        if (ast.isHitpFile(node)) this.formatFile(node);
        else if (isBlock(node)) this.formatBlock(node);
    }

    private formatFile(file: ast.HitpFile): void {
        const formatter = this.getNodeFormatter(file);
        file.elements.forEach((element, index) => {
            const first = index === 0 && !this.hasCommentBefore(element);
            formatter.node(element).prepend(first ? Formatting.noSpace() : Formatting.fit(Formatting.newLine(), Formatting.newLines(2)));
        });
    }

    private hasCommentBefore(node: AstNode): boolean {
        const cst = node.$cstNode;
        return cst !== undefined && CstUtils.getPreviousNode(cst, true) !== undefined;
    }

    private formatBlock(block: Block): void {
        const formatter = this.getNodeFormatter(block);
        const open = formatter.keyword('{');
        const close = formatter.keyword('}');
        const openNode = open.nodes[0];
        const closeNode = close.nodes[0];
        if (!openNode || !closeNode || !block.$cstNode) return;
        // The declaration line: `candidate Name "Title" {`.
        const header = tokensOf(block.$cstNode).filter(token => token.offset <= openNode.offset);
        formatter.cst(header.slice(1)).prepend(Formatting.oneSpace());
        const lines = AstUtils.streamContents(block).toArray();
        const oneLine = openNode.range.start.line === closeNode.range.start.line;
        if (oneLine) {
            formatter.nodes(...lines).prepend(Formatting.oneSpace());
            close.prepend(Formatting.oneSpace());
        } else {
            formatter.interior(open, close).prepend(Formatting.indent());
            close.prepend(Formatting.newLine());
        }
        for (const line of lines) this.formatLine(formatter, line);
        if (ast.isCriteriaBlock(block) && !oneLine) this.alignCriteria(formatter, block.criteria);
    }

    /** One space between the tokens of a line item; `, ` between list items; a scenario's `+15%` stays one word. */
    private formatLine(formatter: NodeFormatter<Block>, line: AstNode): void {
        const tokens = tokensOf(line.$cstNode);
        const signed = ast.isScenarioBenefits(line) || ast.isScenarioCosts(line) || ast.isScenarioDurations(line);
        tokens.slice(1).forEach((token, i) => {
            const tight = token.text === ',' || (signed && tokens[i]!.text === '+');
            formatter.cst([token]).prepend(tight ? Formatting.noSpace() : Formatting.oneSpace());
        });
    }

    /** `Strategic  "Strategic alignment"    weight 30%`: names, titles and `weight` in columns. */
    private alignCriteria(formatter: NodeFormatter<Block>, criteria: ast.Criterion[]): void {
        const columns = criteria.map(criterion => ({
            name: GrammarUtils.findNodeForProperty(criterion.$cstNode, 'name'),
            title: GrammarUtils.findNodeForProperty(criterion.$cstNode, 'title'),
            weight: GrammarUtils.findNodeForKeyword(criterion.$cstNode, 'weight'),
        }));
        const nameWidth = Math.max(0, ...columns.map(column => column.name?.length ?? 0));
        const titleWidth = Math.max(0, ...columns.map(column => column.title?.length ?? 0));
        for (const { name, title, weight } of columns) {
            if (!name || !weight) continue;
            const namePadding = nameWidth - name.length + 1;
            if (title) {
                formatter.cst([title]).prepend(Formatting.spaces(namePadding));
                formatter.cst([weight]).prepend(Formatting.spaces(titleWidth - title.length + 1));
            } else {
                formatter.cst([weight]).prepend(Formatting.spaces(namePadding + (titleWidth > 0 ? titleWidth + 1 : 0)));
            }
        }
    }
}
