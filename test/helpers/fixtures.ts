/**
 * Data-driven validation fixtures (style.md §5): a `.hitp` file whose `//` comment lines say
 * which diagnostics it must (and must not) produce. The grammar needs no test-only token.
 *
 * Expectation lines (each a whole-line `//` comment; any other comment is ordinary text):
 *
 *     candidate A "A" { after B }
 *     //                      ^ error dependency-cycle "Dependency cycle: A → B → A"
 *     //                      ^ no warning phase-order
 *     // @2:25-2:25 error dependency-cycle /A → B/
 *     // file: info default-criteria
 *     // strict
 *
 * - Carets: the columns of the `^` in the comment line are the columns of the flagged text on the
 *   previous line that is not an expectation line. The `//` takes columns 0–1, so carets reach
 *   column 2 at the earliest; for text at columns 0–1 (or across lines) use the explicit form.
 * - Explicit: `@L1:C1-L2:C2`, 1-based lines and columns of the first and the last flagged
 *   character (so `@1:1-1:4` is `plan`); an empty range is written `@1:5-1:4`.
 * - `file:` expects the diagnostic anywhere in the file.
 * - `no` asserts that no diagnostic with that code (whatever its severity) lies on that range
 *   (or, with `file:`, anywhere), matching the message too when one is given.
 * - The message is optional: `"…"` must equal the message exactly, `/…/` is a regular expression.
 * - Strictness: every diagnostic whose code the file mentions must match an expectation;
 *   `// strict` extends this to every diagnostic of the file.
 * A line that starts like an expectation but does not parse makes the fixture invalid.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Range } from 'vscode-languageserver';
import { allDiagnosticCodes } from '../../language-server/protocol/diagnostic-codes.js';
import { codeOf } from './services.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Expectation {
    /** 1-based line of the expectation comment, for messages. */
    source: number;
    negated: boolean;
    severity: Severity;
    code: string;
    message?: { exact: string } | { pattern: RegExp };
    /** Zero-based LSP range; absent for `file:` expectations. */
    range?: Range;
}

export interface Fixture {
    expectations: Expectation[];
    strict: boolean;
}

export class InvalidFixtureError extends Error {
    constructor(line: number, reason: string) {
        super(`invalid fixture: line ${line}: ${reason}`);
    }
}

/** Codes a fixture may mention: the pinned ones and Langium's own. */
const KNOWN_CODES = new Set<string>([...allDiagnosticCodes, 'linking-error', 'parsing-error', 'lexing-error']);
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

const COMMENT = /^(\s*)\/\/(.*)$/;
const CARETS = /^(\s*)(\^+)(.*)$/;
const EXPLICIT = /^\s*@(\d+):(\d+)-(\d+):(\d+)(.*)$/;
const FILE = /^\s*file:(.*)$/;
const TAIL = /^\s+(?:(no)\s+)?([a-z]+)\s+([a-z][a-z0-9-]*)(?:\s+(".*"|\/.*\/))?\s*$/;

/** The text after `//` when the line is an expectation, else null. */
function expectationBody(line: string): string | null {
    const match = COMMENT.exec(line);
    if (!match) return null;
    const body = match[2]!;
    return /^\s*(\^|@|file:|strict\b)/.test(body) ? body : null;
}

/** Parses every expectation of a fixture; throws `InvalidFixtureError` on a malformed one. */
export function parseFixture(text: string): Fixture {
    const lines = text.split(/\r?\n/);
    const expectations: Expectation[] = [];
    let strict = false;
    let target: number | null = null;
    lines.forEach((line, i) => {
        const body = expectationBody(line);
        if (body === null) {
            target = i;
            return;
        }
        const source = i + 1;
        if (/^\s*strict\s*$/.test(body)) {
            strict = true;
            return;
        }
        const carets = CARETS.exec(body);
        const explicit = EXPLICIT.exec(body);
        const file = FILE.exec(body);
        if (carets) {
            if (target === null) throw new InvalidFixtureError(source, 'carets with no line above them');
            const start = line.indexOf('^');
            const end = start + carets[2]!.length;
            if (end > lines[target]!.length) throw new InvalidFixtureError(source, `carets go past the end of line ${target + 1}`);
            expectations.push(parseTail(carets[3]!, source, { start: { line: target, character: start }, end: { line: target, character: end } }));
        } else if (explicit) {
            const [l1, c1, l2, c2] = explicit.slice(1, 5).map(Number) as [number, number, number, number];
            if (l1 < 1 || c1 < 1 || l2 < l1 || (l1 === l2 && c2 < c1 - 1) || l2 > lines.length) {
                throw new InvalidFixtureError(source, `bad range @${l1}:${c1}-${l2}:${c2}`);
            }
            expectations.push(parseTail(explicit[5]!, source, { start: { line: l1 - 1, character: c1 - 1 }, end: { line: l2 - 1, character: c2 } }));
        } else if (file) {
            expectations.push(parseTail(` ${file[1]!.trimStart()}`, source, undefined));
        } else {
            throw new InvalidFixtureError(source, `cannot read expectation '${body.trim()}'`);
        }
    });
    return { expectations, strict };
}

function parseTail(tail: string, source: number, range: Range | undefined): Expectation {
    const match = TAIL.exec(tail);
    if (!match) throw new InvalidFixtureError(source, `expected '[no] severity code ["message" | /regex/]' but found '${tail.trim()}'`);
    const [, no, severity, code, message] = match;
    if (!SEVERITIES.includes(severity as Severity)) throw new InvalidFixtureError(source, `unknown severity '${severity}'`);
    if (!KNOWN_CODES.has(code!)) throw new InvalidFixtureError(source, `unknown code '${code}'`);
    const expectation: Expectation = { source, negated: no === 'no', severity: severity as Severity, code: code! };
    if (range) expectation.range = range;
    if (message?.startsWith('"')) {
        expectation.message = { exact: message.slice(1, -1) };
    } else if (message) {
        try {
            expectation.message = { pattern: new RegExp(message.slice(1, -1), 'u') };
        } catch {
            throw new InvalidFixtureError(source, `bad regular expression ${message}`);
        }
    }
    return expectation;
}

function severityOf(diagnostic: Diagnostic): Severity {
    return SEVERITIES[(diagnostic.severity ?? 1) - 1] ?? 'error';
}

function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character
        && a.end.line === b.end.line && a.end.character === b.end.character;
}

function matches(expectation: Expectation, diagnostic: Diagnostic, ignoreSeverity = false): boolean {
    if (codeOf(diagnostic) !== expectation.code) return false;
    if (!ignoreSeverity && severityOf(diagnostic) !== expectation.severity) return false;
    if (expectation.range && !sameRange(expectation.range, diagnostic.range)) return false;
    const message = expectation.message;
    if (message && 'exact' in message) return diagnostic.message === message.exact;
    if (message) return message.pattern.test(diagnostic.message);
    return true;
}

/** `@3:25-3:25` in the explicit form's notation (1-based, last character inclusive). */
function formatRange(range: Range): string {
    return `@${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character}`;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
    return `${formatRange(diagnostic.range)} ${severityOf(diagnostic)} ${codeOf(diagnostic)} "${diagnostic.message}"`;
}

function formatExpectation(e: Expectation): string {
    const message = !e.message ? '' : 'exact' in e.message ? ` "${e.message.exact}"` : ` ${String(e.message.pattern)}`;
    return `${e.range ? formatRange(e.range) : 'file:'} ${e.negated ? 'no ' : ''}${e.severity} ${e.code}${message} (line ${e.source})`;
}

/** Every way the diagnostics differ from the fixture's expectations; empty when they agree. */
export function checkFixture(fixture: Fixture, diagnostics: readonly Diagnostic[]): string[] {
    const problems: string[] = [];
    const remaining = [...diagnostics];
    const specificity = (e: Expectation) => (e.range ? 0 : 2) + (e.message ? 0 : 1);
    const positives = fixture.expectations.filter(e => !e.negated).sort((a, b) => specificity(a) - specificity(b));
    for (const expectation of positives) {
        const index = remaining.findIndex(d => matches(expectation, d));
        if (index < 0) problems.push(`missing ${formatExpectation(expectation)}`);
        else remaining.splice(index, 1);
    }
    for (const expectation of fixture.expectations.filter(e => e.negated)) {
        const found = diagnostics.find(d => matches(expectation, d, true));
        if (found) problems.push(`unwanted ${formatDiagnostic(found)}, forbidden by ${formatExpectation(expectation)}`);
    }
    const mentioned = new Set(fixture.expectations.map(e => e.code));
    for (const diagnostic of remaining) {
        if (fixture.strict || mentioned.has(codeOf(diagnostic))) problems.push(`unexpected ${formatDiagnostic(diagnostic)}`);
    }
    return problems;
}

/** One fixture case: `<root>/<code>/<case>.hitp`, or a folder `<root>/<code>/<case>/` of files that form one workspace. */
export interface FixtureCase {
    code: string;
    name: string;
    /** File name → text. */
    files: Record<string, string>;
}

export function fixtureCases(root: string): FixtureCase[] {
    const sorted = (dir: string) => readdirSync(dir).sort();
    return sorted(root).filter(code => statSync(join(root, code)).isDirectory()).flatMap(code => {
        return sorted(join(root, code)).flatMap((entry): FixtureCase[] => {
            const path = join(root, code, entry);
            if (statSync(path).isDirectory()) {
                const files = Object.fromEntries(sorted(path).filter(f => f.endsWith('.hitp')).map(f => [f, readFileSync(join(path, f), 'utf8')]));
                return [{ code, name: entry, files }];
            }
            return entry.endsWith('.hitp') ? [{ code, name: entry.slice(0, -'.hitp'.length), files: { [entry]: readFileSync(path, 'utf8') } }] : [];
        });
    });
}
