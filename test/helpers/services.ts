/**
 * Shared test services: hitp on an in-memory file system, and helpers to parse and validate text.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver';
import type { HitpFile } from '../../language-server/generated/ast.js';
import { createHitpServices } from '../../language-server/hitp-module.js';
import { codeOfDiagnostic } from '../../language-server/protocol/diagnostic-codes.js';

export const services = createHitpServices(EmptyFileSystem);
export const hitp = services.Hitp;

const parseDocument = parseHelper<HitpFile>(hitp);

let counter = 0;

/** Parses (and, by default, validates) one document; previous documents are removed first. */
export async function parse(text: string, options: { validation?: boolean; uri?: string } = {}): Promise<LangiumDocument<HitpFile>> {
    await clearDocuments(services.shared);
    return parseDocument(text, { validation: options.validation ?? true, documentUri: options.uri ?? `file:///test/doc${++counter}.hitp` });
}

/** Adds several documents to one workspace and builds them together. */
export async function parseWorkspace(files: Record<string, string>): Promise<Map<string, LangiumDocument<HitpFile>>> {
    await clearDocuments(services.shared);
    const workspace = services.shared.workspace;
    const documents = new Map<string, LangiumDocument<HitpFile>>();
    for (const [name, text] of Object.entries(files)) {
        const document = workspace.LangiumDocumentFactory.fromString<HitpFile>(text, URI.parse(`file:///ws/${name}`));
        workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return documents;
}

/** Parser and lexer errors of a document. */
export function syntaxErrors(document: LangiumDocument): string[] {
    return [...document.parseResult.lexerErrors.map(e => e.message), ...document.parseResult.parserErrors.map(e => e.message)];
}

/** The diagnostic's code as a string (pinned code or Langium's `linking-error`, …). */
export function codeOf(diagnostic: Diagnostic): string {
    return codeOfDiagnostic(diagnostic) ?? '';
}
