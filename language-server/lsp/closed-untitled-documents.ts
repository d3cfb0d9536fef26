/**
 * Langium keeps every document it has built; a file on disk stays part of the workspace when its
 * editor closes. An untitled plan (VS Code's *hitp: New Plan* or *New File*, closed unsaved) has no
 * file behind it: once closed it no longer exists, and a later build that relinked it would find
 * no language for a name without the `.hitp` extension and stop the server. Closing a document
 * that is not a file removes it from the workspace, as deleting a file does (its diagnostics are
 * cleared).
 */
import { URI } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class HitpDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (uri.scheme !== 'file') this.fireDocumentUpdate([], [uri]);
    }
}
