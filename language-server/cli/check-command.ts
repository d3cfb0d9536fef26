/**
 * `hitp check FILE...` (spec §4): one line `path:line:column severity code message` per
 * diagnostic; exit 1 when any error, 0 otherwise.
 */
import { codeOf, loadDocuments, severityName, sortedDiagnostics } from './load-documents.js';

/** Returns the exit code; writes the diagnostics through `write`. */
export async function checkCommand(files: string[], write: (line: string) => void): Promise<number> {
    const { documents } = await loadDocuments(files);
    let errors = 0;
    for (const { file, document } of documents) {
        for (const diagnostic of sortedDiagnostics(document)) {
            const severity = severityName(diagnostic);
            if (severity === 'error') errors++;
            const { line, character } = diagnostic.range.start;
            const message = diagnostic.message.replace(/\s*\n\s*/g, ' ');
            write(`${file}:${line + 1}:${character + 1} ${severity} ${codeOf(diagnostic)} ${message}`);
        }
    }
    return errors > 0 ? 1 : 0;
}
