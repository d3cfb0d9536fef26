/**
 * The export formats of spec §12 and the one entry point the CLI and the language server call.
 */
import { exportCsv } from './csv-export.js';
import type { ExportFormat } from './export-formats.js';
import type { ExportInput } from './export-input.js';
import { exportIcs } from './ics-export.js';
import { exportMermaid } from './mermaid-export.js';
import { exportMspdi } from './mspdi-export.js';
import { exportTaskJuggler } from './taskjuggler-export.js';
import { exportXlsx } from './xlsx-export.js';

export { EXPORT_EXTENSIONS, EXPORT_FORMATS, isExportFormat, type ExportFormat } from './export-formats.js';

/** The export as text (every format but xlsx) or bytes (xlsx). Throws `ExportError` when the plan cannot give it. */
export async function exportPlan(format: ExportFormat, input: ExportInput): Promise<string | Uint8Array> {
    switch (format) {
        case 'csv': return exportCsv(input);
        case 'xlsx': return exportXlsx(input);
        case 'mermaid': return exportMermaid(input);
        case 'taskjuggler': return exportTaskJuggler(input);
        case 'ics': return exportIcs(input);
        case 'mspdi': return exportMspdi(input);
    }
}
