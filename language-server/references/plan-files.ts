/**
 * Which files see each other's names. A file with a `plan` block is a plan; a file without one
 * is a fragment. A plan sees its own names and those of every fragment; a fragment sees every
 * file. So two plans in one workspace (a folder of example plans) never clash or link into each
 * other, while a plan split into fragments resolves across them.
 */
import { UriUtils, type LangiumDocument, type LangiumDocuments, type LanguageMetaData } from 'langium';
import { isPlan, type HitpFile } from '../generated/ast.js';

/** True when the document holds a `plan` block. */
export function isPlanDocument(document: LangiumDocument): boolean {
    return (document.parseResult?.value as HitpFile | undefined)?.elements?.some(isPlan) ?? false;
}

/** Whether names declared in `a` and in `b` are visible to each other (and so may clash). */
export function seeEachOther(a: LangiumDocument, b: LangiumDocument): boolean {
    return a === b || !isPlanDocument(a) || !isPlanDocument(b);
}

/**
 * Every hitp document of the workspace: a `.hitp` file whatever language id the editor opened it
 * with (Neovim or Helix may say `hitplan` or nothing useful), or a file the editor opened as `hitp`.
 */
export function hitpDocuments(documents: LangiumDocuments, language: LanguageMetaData): LangiumDocument[] {
    return documents.all.filter(doc => isHitpDocument(doc, language)).toArray();
}

export function isHitpDocument(document: LangiumDocument, language: LanguageMetaData): boolean {
    return language.fileExtensions.includes(UriUtils.extname(document.uri)) || document.textDocument.languageId === language.languageId;
}
