/**
 * The checks of issue 8's robustness properties on one text (see fuzz-properties.ts).
 *
 * For any text, parsing, linking, validation, analysis, hover, code lens, the `--json` object,
 * the CLI summary and the report HTML:
 * - never throw (and validation never logs a swallowed exception through `console.error`);
 * - every diagnostic has a range inside the document and a pinned code
 *   (`allDiagnosticCodes`, or Langium's `linking-error` / `parsing-error` / `lexing-error`);
 * - no `NaN`, `Infinity`, `undefined`, `null` or `[object Object]` reaches a diagnostic message,
 *   hover, code lens title, summary or report page;
 * - every number in the JSON object is finite (JSON.stringify would silently print `null`).
 *
 * One set of services per harness (one per worker), cleared between cases. The report page is
 * the most expensive check: it is rendered for every text up to `REPORT_ALWAYS_CHARS` and for a
 * fixed, text-determined share of longer ones (`reportEvery`), so a replayed or shrunk case always
 * gets the same checks. No vitest import: this file also runs as a plain Node bundle.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import type { Diagnostic, Hover, MarkedString, MarkupContent, Position, Range } from 'vscode-languageserver';
import { createHitpServices } from '../../language-server/hitp-module.js';
import { analysisJson, type JsonDiagnostic } from '../../language-server/cli/analyze-command.js';
import { codeOf } from '../../language-server/cli/load-documents.js';
import { renderSummary } from '../../language-server/cli/summary.js';
import { renderReportPage } from '../../language-server/report/report-page.js';
import { allDiagnosticCodes } from '../../language-server/protocol/diagnostic-codes.js';
import { FORBIDDEN_OUTPUT } from './plan-arbitraries.js';

/** Codes a diagnostic may carry: hitp's pinned codes and Langium's own. */
export const ALLOWED_CODES: ReadonlySet<string> = new Set<string>([
    ...allDiagnosticCodes, 'linking-error', 'parsing-error', 'lexing-error',
]);

/** Texts up to this many characters always get the report page rendered and checked. */
export const REPORT_ALWAYS_CHARS = 1500;

/** A failed check: what went wrong, for the shrunk counterexample's report. */
export class RobustnessViolation extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'RobustnessViolation';
    }
}

function fail(message: string): never {
    throw new RobustnessViolation(message);
}

/** `text` shown to a user must not contain NaN, Infinity, undefined, null or [object Object]. */
export function assertClean(where: string, text: string): void {
    const match = FORBIDDEN_OUTPUT.exec(text);
    if (match) {
        const from = Math.max(0, match.index - 60);
        fail(`${where} shows \`${match[0]}\`: …${text.slice(from, match.index + 60)}…`);
    }
}

/** Every number reachable from `value` is finite; reports the JSON path of the first that is not. */
export function assertFiniteNumbers(value: unknown, where = '$'): void {
    if (typeof value === 'number') {
        if (!Number.isFinite(value)) fail(`${where} is ${value}`);
    } else if (value === undefined) {
        fail(`${where} is undefined`);
    } else if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') {
        fail(`${where} is a ${typeof value}`);
    } else if (Array.isArray(value)) {
        value.forEach((item, i) => assertFiniteNumbers(item, `${where}[${i}]`));
    } else if (value !== null && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) assertFiniteNumbers(item, `${where}.${key}`);
    }
}

/** Line lengths (without line breaks) as LSP counts them: `\r\n`, `\r` and `\n` end a line. */
function lineLengths(text: string): number[] {
    return text.split(/\r\n|\r|\n/).map(line => line.length);
}

function isPosition(p: Position | undefined, lines: number[]): boolean {
    return p !== undefined && Number.isInteger(p.line) && Number.isInteger(p.character)
        && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!;
}

function assertRange(where: string, range: Range | undefined, lines: number[]): void {
    if (!range || !isPosition(range.start, lines) || !isPosition(range.end, lines)) {
        fail(`${where} has a range outside the document: ${JSON.stringify(range)}`);
    }
    const { start, end } = range;
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
        fail(`${where} has a range that ends before it starts: ${JSON.stringify(range)}`);
    }
}

function hoverText(hover: Hover): string {
    const one = (content: MarkupContent | MarkedString): string => (typeof content === 'string' ? content : content.value);
    const contents = hover.contents as MarkupContent | MarkedString | MarkedString[];
    return Array.isArray(contents) ? contents.map(one).join('\n') : one(contents);
}

/** Up to `max` positions spread over the document: word starts (names, keywords, numbers) plus the ends. */
function probePositions(text: string, max: number): number[] {
    const offsets: number[] = [];
    const word = /[A-Za-z_0-9][\w.%-]*/g;
    for (let m = word.exec(text); m; m = word.exec(text)) {
        offsets.push(m.index);
        if (offsets.length > 20_000) break;
    }
    const step = Math.max(1, Math.ceil(offsets.length / max));
    const picked = offsets.filter((_, i) => i % step === 0);
    return [0, ...picked, text.length];
}

/** A cheap, stable hash of a text (FNV-1a over at most ~4,000 of its characters, plus its length). */
export function textHash(text: string): number {
    let h = 0x811c9dc5 ^ text.length;
    const stride = Math.max(1, Math.floor(text.length / 4000));
    for (let i = 0; i < text.length; i += stride) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
}

/**
 * `HITP_FUZZ_IGNORE`: a regular expression; violations whose message matches it are let through,
 * so a long run can look past a known, reported bug (e.g. `HITP_FUZZ_IGNORE='reading .slice.|Plan undefined'`).
 */
export function ignorePattern(env: Record<string, string | undefined> = process.env): RegExp | undefined {
    const text = env['HITP_FUZZ_IGNORE'];
    return text ? new RegExp(text) : undefined;
}

/** Milliseconds spent per check, summed over cases (for `npm run fuzz -- --timings`). */
export type Timings = Record<'build' | 'json' | 'summary' | 'report' | 'hover' | 'lens' | 'clear', number> & { reports: number };

export function emptyTimings(): Timings {
    return { build: 0, json: 0, summary: 0, report: 0, hover: 0, lens: 0, clear: 0, reports: 0 };
}

export interface HarnessOptions {
    hoverProbes?: number;
    ignore?: RegExp;
    /** Render the report page of one in `reportEvery` texts longer than `REPORT_ALWAYS_CHARS` (by text hash); default 4. */
    reportEvery?: number;
    /** Accumulates the time spent per check. */
    timings?: Timings;
}

export interface Harness {
    /** Runs every check on one text; throws a `RobustnessViolation` (or the product's exception) on failure. */
    check(text: string): Promise<void>;
}

/** One set of hitp services on an in-memory file system, reused for every case. */
export function createHarness(options: HarnessOptions = {}): Harness {
    const { shared, Hitp } = createHitpServices(EmptyFileSystem);
    const workspace = shared.workspace;
    let counter = 0;
    const hoverProbes = options.hoverProbes ?? 12;
    const reportEvery = Math.max(1, options.reportEvery ?? 4);
    const ignore = options.ignore ?? ignorePattern();
    const timings = options.timings;
    let mark = 0;
    const lap = (phase: Exclude<keyof Timings, 'reports'>): void => {
        if (!timings) return;
        const now = performance.now();
        timings[phase] += now - mark;
        mark = now;
    };

    async function check(text: string): Promise<void> {
        // One turn of the event loop per case: a property of hundreds of cases never touches I/O
        // otherwise, and vitest's worker must answer its runner within 60 s ("Timeout calling onTaskUpdate").
        await new Promise(resolve => setImmediate(resolve));
        try {
            await checkOnce(text);
        } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            if (ignore && ignore.test(message)) return;
            throw error;
        }
    }

    async function checkOnce(text: string): Promise<void> {
        const uri = URI.parse(`file:///fuzz/case${++counter}.hitp`);
        const logged: string[] = [];
        const originalError = console.error;
        console.error = (...args: unknown[]) => { logged.push(args.map(a => (a instanceof Error ? a.stack : String(a))).join(' ')); };
        if (timings) mark = performance.now();
        try {
            const document = workspace.LangiumDocumentFactory.fromString(text, uri);
            workspace.LangiumDocuments.addDocument(document);
            await workspace.DocumentBuilder.build([document], { validation: true });
            lap('build');
            if (logged.length > 0) fail(`an exception was logged while building: ${logged[0]}`);
            await checkDocument(document, text);
            if (logged.length > 0) fail(`an exception was logged: ${logged[0]}`);
        } finally {
            console.error = originalError;
            if (timings) mark = performance.now();
            await clearDocuments(shared);
            lap('clear');
        }
    }

    async function checkDocument(document: LangiumDocument, text: string): Promise<void> {
        const lines = lineLengths(document.textDocument.getText());
        const diagnostics: Diagnostic[] = document.diagnostics ?? fail('the document has no diagnostics array after validation');
        for (const d of diagnostics) {
            const code = codeOf(d);
            const where = `diagnostic ${code} "${d.message}"`;
            if (!ALLOWED_CODES.has(code)) fail(`${where} has no pinned code`);
            if (typeof d.message !== 'string' || d.message.length === 0) fail(`${where} has no message`);
            assertClean(`${where}`, d.message);
            assertRange(where, d.range, lines);
            if (d.severity === undefined || d.severity < 1 || d.severity > 4) fail(`${where} has severity ${d.severity}`);
        }

        // `hitp analyze --json`: the very object the CLI serialises.
        const { json } = analysisJson(Hitp, document);
        assertFiniteNumbers(json);
        const serialised = JSON.stringify(json);
        JSON.parse(serialised);
        for (const d of json.diagnostics as JsonDiagnostic[]) {
            if (!(d.line >= 1 && d.column >= 1)) fail(`JSON diagnostic ${d.code} at ${d.line}:${d.column}`);
        }
        // `hitp analyze --scenario NAME --json` for each scenario (spec §10): the same promises.
        for (const scenario of Hitp.plan.PlanService.getPlanResult(document).model.scenarios) {
            assertFiniteNumbers(analysisJson(Hitp, document, scenario.name).json);
        }
        lap('json');

        // The human summary and the report page.
        const { analysis } = Hitp.plan.PlanService.getPlanResult(document);
        assertClean('hitp analyze (summary)', renderSummary(analysis, json.diagnostics as JsonDiagnostic[]));
        lap('summary');
        if (text.length <= REPORT_ALWAYS_CHARS || textHash(text) % reportEvery === 0) {
            // The page's `data-settings` JSON holds `null`s on purpose (settings the webview reads, not text).
            assertClean('report page', renderReportPage(analysis, { nonce: 'fuzz' }).replace(/ data-settings="[^"]*"/g, ''));
            lap('report');
            if (timings) timings.reports++;
        }

        // Hover, wherever there is a word (and at both ends).
        const hoverProvider = Hitp.lsp.HoverProvider;
        if (hoverProvider) {
            for (const offset of probePositions(text, hoverProbes)) {
                const position = document.textDocument.positionAt(offset);
                const hover = await hoverProvider.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
                if (hover) {
                    assertClean(`hover at ${position.line + 1}:${position.character + 1}`, hoverText(hover));
                    if (hover.range) assertRange('hover', hover.range, lines);
                }
            }
        }
        lap('hover');

        // Code lenses.
        const lenses = await Hitp.lsp.CodeLensProvider?.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        for (const lens of lenses ?? []) {
            assertRange('code lens', lens.range, lines);
            if (lens.command) assertClean(`code lens at ${lens.range.start.line + 1}`, lens.command.title);
        }
        lap('lens');
    }

    return { check };
}
