/**
 * Texts → built Langium documents in a workspace of their own, apart from any editor's workspace:
 * the CLI's files (and `REV:PATH` revisions), and the language server's earlier version of a plan
 * (the preview's "Compare with Last Commit"), which must not join the editor's workspace (a second
 * copy of the plan's names there would be duplicates, or a fragment of every plan).
 */
import type { LangiumDocument, URI } from 'langium';
import type { DefaultSharedModuleContext } from 'langium/lsp';
import { createHitpServices, type HitpServices } from '../hitp-module.js';

export interface TextWorkspace {
    services: HitpServices;
    /** One per text, in the order given. */
    documents: LangiumDocument[];
}

/** Parses, links and (with `validation`) validates the texts as one workspace; no index of references. */
export async function buildTextWorkspace(
    context: DefaultSharedModuleContext, texts: readonly { uri: URI; text: string }[], validation: boolean,
): Promise<TextWorkspace> {
    const services = createHitpServices(context, { indexReferences: false }).Hitp;
    const workspace = services.shared.workspace;
    const documents = texts.map(({ uri, text }) => {
        const document = workspace.LangiumDocumentFactory.fromString(text, uri);
        workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await workspace.DocumentBuilder.build(documents, { validation });
    return { services, documents };
}
