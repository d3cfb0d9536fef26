/**
 * The export formats of spec §12: their names and file extensions, without the exporters
 * themselves (the language server names the formats at once and loads the exporters, the
 * heaviest part of the bundle, on the first export: see `exporters.ts`).
 */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'mermaid', 'taskjuggler', 'ics', 'mspdi'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file extension a user expects for each format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
    csv: 'csv', xlsx: 'xlsx', mermaid: 'mmd', taskjuggler: 'tjp', ics: 'ics', mspdi: 'xml',
};

export function isExportFormat(text: string): text is ExportFormat {
    return (EXPORT_FORMATS as readonly string[]).includes(text);
}
