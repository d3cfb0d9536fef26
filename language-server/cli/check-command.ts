/**
 * `hitp check [--ignore CODE,…] FILE...` (spec §4, §13): one line `path:line:column severity code message`
 * per diagnostic; exit 1 when any error, 0 otherwise. `--ignore` silences warnings and infos for
 * the run, like a `// hitp-ignore-file` line in every file (spec §6).
 */
import { ignorableCodeProblem } from '../validation/suppression.js';
import { CliError } from './cli-error.js';
import { codeOf, loadDocuments, severityName, sortedDiagnostics } from './load-documents.js';

/** `--ignore a,b --ignore c` → the codes; a code that cannot be silenced is a usage error. */
export function ignoredCodes(values: readonly string[]): Set<string> {
    const codes = new Set(values.flatMap(value => value.split(',')).map(code => code.trim()).filter(Boolean));
    for (const code of codes) {
        const problem = ignorableCodeProblem(code);
        if (problem) throw new CliError(`--ignore: ${problem}`);
    }
    return codes;
}

/** Returns the exit code; writes the diagnostics through `write`. */
export async function checkCommand(files: string[], write: (line: string) => void, options: { ignore?: string[] } = {}): Promise<number> {
    const ignored = ignoredCodes(options.ignore ?? []);
    const { documents } = await loadDocuments(files);
    let errors = 0;
    for (const { file, document } of documents) {
        for (const diagnostic of sortedDiagnostics(document)) {
            const severity = severityName(diagnostic);
            if (severity !== 'error' && ignored.has(codeOf(diagnostic))) continue;
            if (severity === 'error') errors++;
            const { line, character } = diagnostic.range.start;
            const message = diagnostic.message.replace(/\s*\n\s*/g, ' ');
            write(`${file}:${line + 1}:${character + 1} ${severity} ${codeOf(diagnostic)} ${message}`);
        }
    }
    return errors > 0 ? 1 : 0;
}
