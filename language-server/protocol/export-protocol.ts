/**
 * `hitp/export` (issue 18): the server writes an export of a document, the extension saves it.
 * Plain types only, shared by the server (`lsp/export-request.ts`) and the extension
 * (`extension/export/`).
 */

export const ExportRequestMethod = 'hitp/export';

/** The formats of spec §12, plus `html`: the roadmap as one self-contained page (`hitp report`). */
export type ServerExportFormat = 'csv' | 'xlsx' | 'mermaid' | 'taskjuggler' | 'ics' | 'mspdi' | 'html';

export interface ExportParams {
    uri: string;
    /** The document version the client has; the server answers once it has analysed that version or a later one. */
    version: number;
    format: ServerExportFormat;
    /** Number locale for the roadmap page's figures, e.g. `en-US`. */
    locale?: string;
}

export type ExportResult =
    /** `data` is the file's text (`utf8`) or its bytes in base64 (`base64`, the workbook). */
    | { ok: true; uri: string; version: number; encoding: 'utf8' | 'base64'; data: string }
    /** The plan cannot give this export (e.g. TaskJuggler without a start date): one line for the user. */
    | { ok: false; uri: string; message: string };
