/**
 * The robustness properties of issue 8, shared by `test/fuzz/fuzz.test.ts` (vitest, ≥ 2,000 cases)
 * and `npm run fuzz` (`scripts/fuzz.mjs` bundles this file to `out/fuzz.cjs`, 100,000 cases).
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
 * No vitest import: this file also runs as a plain Node bundle.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic, Hover, MarkedString, MarkupContent, Position, Range } from 'vscode-languageserver';
import { createHitpServices } from '../../language-server/hitp-module.js';
import { analysisJson, type JsonDiagnostic } from '../../language-server/cli/analyze-command.js';
import { codeOf } from '../../language-server/cli/load-documents.js';
import { renderSummary } from '../../language-server/cli/summary.js';
import { renderReportPage } from '../../language-server/report/report-page.js';
import { allDiagnosticCodes } from '../../language-server/validation/diagnostic-codes.js';
import { FORBIDDEN_OUTPUT, anyPlanText, mutatedExampleText, nearValidPlanText, validPlanText } from './plan-arbitraries.js';

/** Codes a diagnostic may carry: hitp's pinned codes and Langium's own. */
export const ALLOWED_CODES: ReadonlySet<string> = new Set<string>([
    ...allDiagnosticCodes, 'linking-error', 'parsing-error', 'lexing-error',
]);

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

/**
 * `HITP_FUZZ_IGNORE`: a regular expression; violations whose message matches it are let through,
 * so a long run can look past a known, reported bug (e.g. `HITP_FUZZ_IGNORE='reading .slice.|Plan undefined'`).
 */
export function ignorePattern(env: Record<string, string | undefined> = process.env): RegExp | undefined {
    const text = env['HITP_FUZZ_IGNORE'];
    return text ? new RegExp(text) : undefined;
}

export interface Harness {
    /** Runs every check on one text; throws a `RobustnessViolation` (or the product's exception) on failure. */
    check(text: string): Promise<void>;
}

/** One set of hitp services on an in-memory file system, reused for every case. */
export function createHarness(options: { hoverProbes?: number; ignore?: RegExp } = {}): Harness {
    const { shared, Hitp } = createHitpServices(EmptyFileSystem);
    const workspace = shared.workspace;
    let counter = 0;
    const hoverProbes = options.hoverProbes ?? 12;

    const ignore = options.ignore ?? ignorePattern();

    async function check(text: string): Promise<void> {
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
        let document: LangiumDocument | undefined;
        try {
            document = workspace.LangiumDocumentFactory.fromString(text, uri);
            workspace.LangiumDocuments.addDocument(document);
            await workspace.DocumentBuilder.build([document], { validation: true });
            if (logged.length > 0) fail(`an exception was logged while building: ${logged[0]}`);
            await checkDocument(document, text);
            if (logged.length > 0) fail(`an exception was logged: ${logged[0]}`);
        } finally {
            console.error = originalError;
            if (document) await workspace.DocumentBuilder.update([], [uri]);
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

        // The human summary and the report page.
        const { analysis } = Hitp.plan.PlanService.getPlanResult(document);
        assertClean('hitp analyze (summary)', renderSummary(analysis, json.diagnostics as JsonDiagnostic[]));
        // The page's `data-settings` JSON holds `null`s on purpose (settings the webview reads, not text).
        assertClean('report page', renderReportPage(analysis, { nonce: 'fuzz' }).replace(/ data-settings="[^"]*"/g, ''));

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

        // Code lenses.
        const lenses = await Hitp.lsp.CodeLensProvider?.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        for (const lens of lenses ?? []) {
            assertRange('code lens', lens.range, lines);
            if (lens.command) assertClean(`code lens at ${lens.range.start.line + 1}`, lens.command.title);
        }
    }

    return { check };
}

/** The texts of `examples/*.hitp`, from the project root. */
export function loadExamples(root = process.cwd()): string[] {
    const dir = path.join(root, 'examples');
    if (!existsSync(dir)) throw new Error(`${dir} is missing: run from the project root`);
    return readdirSync(dir).filter(f => f.endsWith('.hitp')).sort().map(f => readFileSync(path.join(dir, f), 'utf8'));
}

export interface FuzzProperty {
    name: string;
    /** Share of the total number of runs. */
    share: number;
    arbitrary: fc.Arbitrary<string>;
}

/** The properties, by input family; shares sum to 1. */
export function fuzzProperties(examples: readonly string[]): FuzzProperty[] {
    return [
        { name: 'valid-plans', share: 0.4, arbitrary: validPlanText },
        { name: 'near-valid-plans', share: 0.3, arbitrary: nearValidPlanText },
        { name: 'mutated-examples', share: 0.2, arbitrary: mutatedExampleText(examples) },
        { name: 'any-text', share: 0.1, arbitrary: fc.oneof(
            anyPlanText(examples),
            fc.string({ unit: 'binary', maxLength: 200 }).filter(t => !/nan|infinity|undefined|null|object/i.test(t)),
        ) },
    ];
}

export const DEFAULT_SEED = 20270104;

/** `HITP_FUZZ_SEED` or the fixed default, so every run of `npm test` is reproducible. */
export function fuzzSeed(env: Record<string, string | undefined> = process.env): number {
    const text = env['HITP_FUZZ_SEED'];
    const seed = text === undefined || text.trim() === '' ? DEFAULT_SEED : Number(text);
    if (!Number.isInteger(seed)) throw new Error(`HITP_FUZZ_SEED must be an integer, not ${text}`);
    return seed;
}

export interface PropertyReport {
    name: string;
    numRuns: number;
    failed: boolean;
    seed: number;
    path?: string;
    counterexample?: string;
    error?: string;
    millis: number;
}

/**
 * Runs the properties with `totalRuns` cases shared between them (for `npm run fuzz`).
 * `only` restricts to one property (to replay a `path`, which belongs to one property).
 */
export async function runFuzz(options: {
    totalRuns: number; seed: number; path?: string; only?: string; examples?: string[];
    onReport?: (report: PropertyReport) => void;
}): Promise<PropertyReport[]> {
    const harness = createHarness();
    const properties = fuzzProperties(options.examples ?? loadExamples()).filter(p => !options.only || p.name === options.only);
    if (properties.length === 0) throw new Error(`no fuzz property is called ${options.only}`);
    const reports: PropertyReport[] = [];
    for (const property of properties) {
        const numRuns = options.path ? 1 : Math.max(1, Math.round(options.totalRuns * property.share));
        const started = Date.now();
        const details = await fc.check(fc.asyncProperty(property.arbitrary, text => harness.check(text)), {
            numRuns, seed: options.seed, ...(options.path ? { path: options.path } : {}),
        });
        const report: PropertyReport = {
            name: property.name,
            numRuns: details.numRuns,
            failed: details.failed,
            seed: details.seed,
            millis: Date.now() - started,
        };
        if (details.failed) {
            if (details.counterexamplePath !== null) report.path = details.counterexamplePath;
            if (details.counterexample) report.counterexample = details.counterexample[0];
            report.error = details.errorInstance instanceof Error
                ? (details.errorInstance instanceof RobustnessViolation ? details.errorInstance.message : details.errorInstance.stack ?? details.errorInstance.message)
                : String(details.errorInstance);
        }
        options.onReport?.(report);
        reports.push(report);
    }
    return reports;
}
