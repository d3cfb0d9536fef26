/**
 * A cap on the diagnostics the language server publishes per file (issue 8): a file with
 * 10,000 errors would otherwise send megabytes to the editor on every keystroke and drown
 * the Problems view. The editor gets the first `MAX_DIAGNOSTICS_PER_FILE` (errors first,
 * then warnings, then infos, each in file order) and one final info diagnostic at the top of
 * the file: `1,234 more diagnostics in this file are not shown`.
 *
 * Only the language server caps (`HitpDocumentValidator` applies it when the services have an
 * LSP connection): `hitp check` and `hitp analyze --json` print every diagnostic, because
 * scripts count and filter them and a terminal scrolls.
 */
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticCode } from '../protocol/diagnostic-codes.js';

/** The most diagnostics published for one file, not counting the final note. */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

/** `1 more diagnostic in this file is not shown`, `1,234 more diagnostics in this file are not shown`. */
export function cappedMessage(omitted: number): string {
    const count = omitted.toLocaleString('en-US');
    return omitted === 1 ? `${count} more diagnostic in this file is not shown` : `${count} more diagnostics in this file are not shown`;
}

function severityRank(diagnostic: Diagnostic): number {
    return diagnostic.severity ?? 1;
}

/**
 * At most `limit` diagnostics plus the final note; the list unchanged when it is within the limit.
 * Kept: the most severe first, in file order within a severity; returned in file order.
 */
export function capDiagnostics(diagnostics: Diagnostic[], limit = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
    if (diagnostics.length <= limit) return diagnostics;
    const inFileOrder = (a: Diagnostic, b: Diagnostic) =>
        a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
    const kept = diagnostics
        .map((diagnostic, index) => ({ diagnostic, index }))
        .sort((a, b) => severityRank(a.diagnostic) - severityRank(b.diagnostic) || inFileOrder(a.diagnostic, b.diagnostic) || a.index - b.index)
        .slice(0, Math.max(0, limit))
        .map(entry => entry.diagnostic)
        .sort(inFileOrder);
    const top = { line: 0, character: 0 };
    kept.push({
        severity: 3, // Information
        range: { start: top, end: top },
        message: cappedMessage(diagnostics.length - kept.length),
        code: DiagnosticCode.DiagnosticsCapped,
        source: 'hitp',
    });
    return kept;
}
