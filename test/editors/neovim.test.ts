/**
 * Issue 22: a real editor other than VS Code. Debian's Neovim (installed by
 * scripts/install-neovim.sh, which .ci/run calls), headless, with the README's configuration
 * (`neovim-init.lua`: extension/vim on the runtimepath, `require('hitp').setup`), opens a copy of
 * riverside.hitp and drives the built server with its own LSP client (`neovim-client.lua`):
 * diagnostics, hover, completion without snippet support, definition, code lenses (one run as a
 * user would), an edit that makes a cycle, rename, formatting, and the Vim syntax groups.
 * The Lua script writes what Neovim saw to a JSON file; this test asserts on it.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { clearDocuments } from 'langium/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli.js';
import { parse, services } from '../helpers/services.js';
import { serverPath } from '../helpers/stdio-client.js';

interface Step<T> { ms: number; value?: T; error?: string }
interface NvimDiagnostic { code: string; line: number; col: number; severity: number; message: string }
interface NvimResult {
    error?: string;
    filetype?: string;
    snippetSupport?: boolean;
    notifications: { message: string; level: number }[];
    steps: {
        attach?: Step<{ name: string }>;
        syntax?: Step<Record<string, string>>;
        diagnostics?: Step<NvimDiagnostic[]>;
        hover?: Step<string>;
        completion?: Step<{ words: string[]; formats: number[] }>;
        definition?: Step<{ line: number; expected: number; same_file: boolean }>;
        codelens?: Step<{ lenses: { line: number; title: string; command: string }[]; executed: unknown }>;
        cycle?: Step<NvimDiagnostic[]>;
        rename?: Step<{ renamed: number; left: number }>;
        formatting?: Step<{ line: string; edits: number }>;
        stop?: Step<boolean>;
    };
}

const here = path.join(projectRoot, 'test', 'editors');
const RUN_TIMEOUT_MS = 60_000;
let work: string;
let result: NvimResult;
let output = '';
let elapsedMs = 0;

/** Runs Neovim once for the whole file; a failure message carries its output and the JSON it wrote. */
async function runNeovim(): Promise<NvimResult> {
    if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run build\` first`);
    work = mkdtempSync(path.join(tmpdir(), 'hitp-nvim-'));
    const xdg = path.join(work, 'xdg');
    mkdirSync(xdg);
    const plan = path.join(work, 'riverside.hitp');
    copyFileSync(path.join(projectRoot, 'examples', 'riverside.hitp'), plan);
    const resultPath = path.join(work, 'result.json');
    const started = Date.now();
    const code = await new Promise<number | string>((resolve, reject) => {
        const child = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '-u', path.join(here, 'neovim-init.lua'), '-S', path.join(here, 'neovim-client.lua')], {
            cwd: work,
            // Neovim reads nothing of the user's: its configuration, data and state live in the temporary folder.
            env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg, XDG_STATE_HOME: xdg, XDG_CACHE_HOME: xdg,
                HITP_ROOT: projectRoot, HITP_SERVER: serverPath, HITP_FILE: plan, HITP_RESULT: resultPath },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(`killed after ${RUN_TIMEOUT_MS} ms`); }, RUN_TIMEOUT_MS);
        child.stdout.on('data', chunk => { output += String(chunk); });
        child.stderr.on('data', chunk => { output += String(chunk); });
        child.on('error', error => {
            clearTimeout(timer);
            reject(new Error(`cannot start nvim (${error.message}): run \`bash scripts/install-neovim.sh\``));
        });
        child.on('exit', exitCode => { clearTimeout(timer); resolve(exitCode ?? -1); });
    });
    elapsedMs = Date.now() - started;
    if (!existsSync(resultPath)) throw new Error(`Neovim wrote no result (exit ${code}):\n${output}`);
    const parsed = JSON.parse(readFileSync(resultPath, 'utf8')) as NvimResult;
    if (code !== 0 || parsed.error) throw new Error(`Neovim exit ${code}, error ${parsed.error ?? 'none'}:\n${output}`);
    return parsed;
}

/** A step's value, or a failure naming the step and what Neovim reported. */
function valueOf<T>(name: keyof NvimResult['steps']): T {
    const step = result.steps[name] as Step<T> | undefined;
    if (!step) throw new Error(`step ${name} did not run: ${JSON.stringify(result)}`);
    if (step.error !== undefined || step.value === undefined) throw new Error(`step ${name} failed: ${step.error}`);
    return step.value;
}

const summary = (diagnostics: NvimDiagnostic[]) => diagnostics.map(d => `${d.code}@${d.line}:${d.col}`).sort();

beforeAll(async () => {
    result = await runNeovim();
}, RUN_TIMEOUT_MS + 10_000);

afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
});

describe('Neovim (headless, built-in LSP client, the README configuration)', () => {
    it('runs in seconds and stops the server cleanly', () => {
        expect(valueOf('attach')).toEqual({ name: 'hitp' });
        expect(valueOf('stop')).toBe(true);
        expect(elapsedMs).toBeLessThan(30_000);
    });

    it('detects the file type and highlights with the Vim syntax file', () => {
        expect(result.filetype).toBe('hitp');
        expect(valueOf('syntax')).toEqual({
            current: 'hitp',
            candidate: 'Type/hitpDeclaration',
            name: 'Identifier/hitpName',
            role: 'Constant/hitpValue',
            string: 'Constant/hitpString',
            amount: 'Constant/hitpNumber',
            date: 'Special/hitpDate',
            comment: 'Comment/hitpComment',
        });
    });

    it('receives the same diagnostics as the language server computes in process', async () => {
        const document = await parse(readFileSync(path.join(projectRoot, 'examples', 'riverside.hitp'), 'utf8'));
        const expected = (document.diagnostics ?? []).map(d => `${d.code}@${d.range.start.line}:${d.range.start.character}`).sort();
        await clearDocuments(services.shared);
        expect(expected).toContain('no-payback@38:10');
        expect(summary(valueOf('diagnostics'))).toEqual(expected);
    });

    it('shows a hover in the configured locale (settings reach the server)', () => {
        const hover = valueOf<string>('hover');
        expect(hover).toContain('**DbMigration**');
        expect(hover).toMatch(/NPV \*\*851\.790\s\$\*\* · IRR \*\*38,2\s%\*\*/);
    });

    it('completes without snippets: Neovim announces none, and no item would insert a NUL or a placeholder', () => {
        expect(result.snippetSupport).toBe(false);
        const { words, formats } = valueOf<{ words: string[]; formats: number[] }>('completion');
        expect(words).toEqual(expect.arrayContaining(['plan', 'candidate', 'phase', 'kpi', 'stakeholder', 'objective']));
        for (const word of words) expect(word).not.toMatch(/[\n\0]|\$\{?\d/);
        expect(new Set(formats)).toEqual(new Set([1]));
    });

    it('goes to the definition of a reference', () => {
        const definition = valueOf<{ line: number; expected: number; same_file: boolean }>('definition');
        expect(definition.same_file).toBe(true);
        expect(definition.line).toBe(definition.expected);
    });

    it('shows information lenses it can run without a warning, and no VS Code-only lens', () => {
        const { lenses, executed } = valueOf<{ lenses: { line: number; title: string; command: string }[]; executed: unknown }>('codelens');
        expect(lenses.map(lens => [lens.line, lens.title.replace(/\u00a0/g, ' ')])).toEqual([
            [1, 'Portfolio NPV 643.193 $ · finish 2027-07-12'],
            [38, '#2 · PI 3,35 · NPV -208.596 $ · IRR -8,6 % · payback — · critical'],
            [50, '#1 · PI 3,95 · NPV 851.790 $ · IRR 38,2 % · payback 2,2 y · critical'],
            [61, '2027-01-04 → 2027-02-01 · critical'],
            [62, '2027-02-01 → 2027-07-12 · critical'],
        ]);
        expect(new Set(lenses.map(lens => lens.command))).toEqual(new Set(['hitp.info']));
        expect(executed).toBe('null');
        expect(result.notifications).toEqual([]);
    });

    it('reports the cycle an edit creates', () => {
        const cycle = valueOf<NvimDiagnostic[]>('cycle').filter(d => d.code === 'dependency-cycle');
        expect(cycle.map(d => [d.line, d.col, d.severity, d.message])).toEqual([
            [48, 10, 1, 'Dependency cycle: CoreNetwork → DbMigration → CoreNetwork'],
            [59, 10, 1, 'Dependency cycle: DbMigration → CoreNetwork → DbMigration'],
        ]);
    });

    it('renames a candidate everywhere and formats the buffer', () => {
        expect(valueOf('rename')).toEqual({ renamed: 3, left: 0 });
        expect(valueOf<{ line: string }>('formatting').line).toBe('    duration 10 weeks');
    });
});
