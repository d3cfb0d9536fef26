/**
 * The document a custom request (`hitp/roadmap`, `hitp/export`) is about, once the server has
 * validated the version the client has (or a later one); undefined when it is not open here.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { HitpServices } from '../hitp-module.js';

export async function validatedDocument(services: HitpServices, uriText: string): Promise<LangiumDocument | undefined> {
    const uri = URI.parse(uriText);
    await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri);
    return services.shared.workspace.LangiumDocuments.getDocument(uri);
}

/** What the requests answer for a document the server does not have. */
export const NOT_OPEN_MESSAGE = 'This file is not open in the hitp language server.';
