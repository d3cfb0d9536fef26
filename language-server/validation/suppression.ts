/**
 * Suppression comments (spec §6):
 * - `// hitp-ignore CODE, CODE…` directly above a declaration (or any line of a block) silences
 *   those codes on that element;
 * - `// hitp-ignore-file CODE…` before the first element silences them in the whole file.
 * Only warnings and infos can be silenced: an error code, a code that does not exist, a directive
 * with no code, out of place or above nothing is itself reported as `invalid-ignore` (a warning).
 * `hitp check --ignore CODE,…` checks its list with `ignorableCodeProblem` the same way.
 */
import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import { codeOfDiagnostic, DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';

const DIRECTIVE = /^(\s*)\/\/\s*(hitp-ignore(?:-file)?)\b(.*)$/;
const CODE_TOKEN = /[^\s,]+/g;

/** Codes Langium reports, all of them errors. */
const LANGIUM_ERROR_CODES = new Set(['linking-error', 'parsing-error', 'lexing-error']);

/** Why `code` cannot be silenced, or undefined when it can. */
export function ignorableCodeProblem(code: string): string | undefined {
    if (LANGIUM_ERROR_CODES.has(code) || severityOf[code as DiagnosticCode] === 'error') {
        return `'${code}' is an error, and errors cannot be silenced: fix the plan instead`;
    }
    if (!(code in severityOf)) return `'${code}' is not a hitp diagnostic code`;
    return undefined;
}

interface Scope {
    codes: Set<string>;
    /** null: the whole file. */
    range: Range | null;
}

function contains(range: Range, position: Range['start']): boolean {
    const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
    const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
    return after && before;
}

function invalid(message: string, line: number, start: number, end: number): Diagnostic {
    return {
        severity: DiagnosticSeverity.Warning, code: DiagnosticCode.InvalidIgnore, message,
        range: { start: { line, character: start }, end: { line, character: end } }, source: 'hitp',
    };
}

/**
 * The element a directive on `line` is directly above: the outermost node (below the file) that
 * starts at the first token of the next line that is not a comment. Undefined above a blank line or the end.
 */
function elementBelow(document: LangiumDocument, lines: string[], line: number): Range | undefined {
    let next = line + 1;
    while (next < lines.length && /^\s*\/\//.test(lines[next]!)) next++;
    const text = lines[next];
    if (text === undefined || text.trim() === '') return undefined;
    const root = document.parseResult.value.$cstNode;
    const offset = document.textDocument.offsetAt({ line: next, character: text.length - text.trimStart().length });
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
    let node: AstNode | undefined = leaf?.astNode;
    if (!node || !node.$container) return undefined;
    while (node.$container?.$container && node.$container.$cstNode?.offset === offset) node = node.$container;
    return node.$cstNode?.range;
}

/**
 * Applies the document's suppression comments to its diagnostics: the silenced ones are left out,
 * and an `invalid-ignore` warning is added for each directive or code that cannot apply.
 */
export function applySuppressions(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
    const { silences, problems } = suppressionsOf(document);
    return [...diagnostics.filter(diagnostic => !silences(diagnostic)), ...problems];
}

/** Diagnostics found after validation (the simulation's, spec §8) less those the file silences. */
export function withoutSilenced(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
    const { silences } = suppressionsOf(document);
    return diagnostics.filter(diagnostic => !silences(diagnostic));
}

/** The file's directives: which diagnostic they silence, and the directives' own problems (`invalid-ignore`). */
function suppressionsOf(document: LangiumDocument): { silences: (diagnostic: Diagnostic) => boolean; problems: Diagnostic[] } {
    const text = document.textDocument.getText();
    if (!text.includes('hitp-ignore')) return { silences: () => false, problems: [] };
    const lines = text.split(/\r\n|\r|\n/);
    const firstElementLine = (document.parseResult.value as { elements?: AstNode[] }).elements?.[0]?.$cstNode?.range.start.line ?? lines.length;
    const scopes: Scope[] = [];
    const problems: Diagnostic[] = [];
    lines.forEach((lineText, line) => {
        const match = DIRECTIVE.exec(lineText);
        if (!match) return;
        const keyword = match[2]!;
        const keywordStart = lineText.indexOf(keyword);
        const restStart = lineText.length - match[3]!.length;
        const fileWide = keyword === 'hitp-ignore-file';
        const range = fileWide ? null : elementBelow(document, lines, line);
        if (fileWide && line > firstElementLine) {
            problems.push(invalid(`'hitp-ignore-file' must come before the first element of the file to apply`, line, keywordStart, keywordStart + keyword.length));
            return;
        }
        if (range === undefined) {
            problems.push(invalid(`'hitp-ignore' must be directly above the element it silences`, line, keywordStart, keywordStart + keyword.length));
            return;
        }
        const codes = new Set<string>();
        for (const token of match[3]!.matchAll(CODE_TOKEN)) {
            const start = restStart + token.index!;
            const problem = ignorableCodeProblem(token[0]);
            if (problem) problems.push(invalid(problem, line, start, start + token[0].length));
            else codes.add(token[0]);
        }
        if (codes.size === 0 && !match[3]!.trim()) {
            problems.push(invalid(`'${keyword}' names no code: list the codes to silence, e.g. '${keyword} no-owner, no-objective'`, line, keywordStart, keywordStart + keyword.length));
        }
        scopes.push({ codes, range });
    });
    const silences = (diagnostic: Diagnostic): boolean => {
        if (diagnostic.severity === DiagnosticSeverity.Error) return false;
        const code = codeOfDiagnostic(diagnostic);
        return code !== undefined && scopes.some(scope => scope.codes.has(code) && (scope.range === null || contains(scope.range, diagnostic.range.start)));
    };
    return { silences, problems };
}
