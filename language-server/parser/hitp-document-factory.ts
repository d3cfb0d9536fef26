/**
 * Langium's document factory, with incremental parsing on update (issue 21): when an edit stays
 * inside one top-level block, only that block is parsed again (`block-reparse.ts`); any other
 * edit, and every new document, is parsed whole as before.
 */
import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type Mutable, type ParseResult, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { reparseBlock } from './block-reparse.js';

/** How the updates of documents were parsed so far (read by the equivalence test, to see that the fast path is taken). */
export interface ReparseCounts {
    /** Updates that parsed one block again. */
    blocks: number;
    /** Updates that parsed the whole text. */
    whole: number;
}

export class HitpDocumentFactory extends DefaultLangiumDocumentFactory {
    readonly counts: ReparseCounts = { blocks: 0, whole: 0 };
    /** The previous parse of each document being updated, while `update` runs. */
    private readonly previous = new Map<string, ParseResult<AstNode>>();

    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.previous.set(key, document.parseResult);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.previous.delete(key);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const previous = this.previous.get(uri.toString());
        if (previous) {
            this.previous.delete(uri.toString());
            const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
            const result = reparseBlock(previous, text, parser);
            if (result) {
                this.counts.blocks++;
                return result as ParseResult<T>;
            }
            this.counts.whole++;
        }
        return super.parseAsync<T>(uri, text, cancellationToken);
    }
}
