/**
 * Langium's completion provider, reading only the block at the cursor (issue 21).
 *
 * Langium lexes the whole document to find the tokens around the cursor, and runs its completion
 * parser over the whole text before the cursor, up to three times per request: on a
 * 1,000-candidate plan that is most of a completion's time. A `.hitp` file is a sequence of
 * blocks, and at the start of each block the parser is in the same state as at the start of the
 * file. So when the document's last parse has no error up to the start of the top-level block
 * before the cursor, both start there: the completion parser reads from the block's start, and
 * the lexer reads that block and the next (which hold the tokens around the cursor; block starts
 * and ends are token boundaries). Otherwise Langium reads the whole text, as before.
 * `test/language-server/lsp/completion.test.ts` compares both on every offset of the examples.
 */
import type { LangiumDocument, RootCstNode } from 'langium';
import { DefaultCompletionProvider, type CompletionBacktrackingInformation, type NextFeature } from 'langium/lsp';
import type { CancellationToken, CompletionList, CompletionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { blockAfter, blockIndexBefore } from '../parser/top-level-blocks.js';

/** Where the reading may start and end for a cursor at some offset. */
interface Block {
    start: number;
    end: number;
}

/** The block before `offset` (its start strictly before), when nothing before its start has an error. */
export function blockBefore(document: LangiumDocument, text: string, offset: number): Block | undefined {
    const { parseResult } = document;
    const root: RootCstNode | undefined = parseResult.value.$cstNode?.root;
    if (!root || root.fullText !== text) return undefined;
    const index = blockIndexBefore(root, offset);
    if (index === undefined) return undefined;
    const start = root.content[index]!.offset;
    // An error at or before the block's start may have left the parser elsewhere than between blocks.
    const errorOffsets = [...parseResult.lexerErrors.map(e => e.offset), ...parseResult.parserErrors.map(e => e.token.startOffset)];
    if (errorOffsets.some(at => !(Number.isNaN(at) || at > start))) return undefined;
    return { start, end: blockAfter(root, index)?.end ?? text.length };
}

export class BlockCompletionProvider extends DefaultCompletionProvider {
    /** The documents of the completion requests under way, by URI. */
    private readonly current = new Map<string, LangiumDocument>();

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const key = document.textDocument.uri;
        this.current.set(key, document);
        try {
            return await super.getCompletion(document, params, cancelToken);
        } finally {
            this.current.delete(key);
        }
    }

    /** The block before `offset` in the document of a request under way whose text is `text`. */
    protected blockOf(text: string, offset: number): Block | undefined {
        for (const document of this.current.values()) {
            if (document.parseResult.value.$cstNode?.root.fullText === text) return blockBefore(document, text, offset);
        }
        return undefined;
    }

    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const text = document.getText();
        const block = this.blockOf(text, offset);
        if (!block) return super.findFeaturesAt(document, offset);
        // Langium reads the text from the start of the document to `offset`: here, from the block's start.
        const fromBlock = { uri: document.uri, getText: () => text.slice(block.start, offset), positionAt: (at: number) => ({ line: 0, character: at }) };
        return super.findFeaturesAt(fromBlock as unknown as TextDocument, offset - block.start);
    }

    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const block = this.blockOf(text, offset);
        if (!block) return super.backtrackToAnyToken(text, offset);
        const found = super.backtrackToAnyToken(text.slice(block.start, block.end), offset - block.start);
        const shift = (at: number | undefined) => (at === undefined ? undefined : at + block.start);
        return {
            nextTokenStart: found.nextTokenStart + block.start,
            nextTokenEnd: found.nextTokenEnd + block.start,
            previousTokenStart: shift(found.previousTokenStart),
            previousTokenEnd: shift(found.previousTokenEnd),
        };
    }
}
