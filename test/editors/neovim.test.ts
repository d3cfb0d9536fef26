/**
 * Issue 22: a real editor other than VS Code. Debian's Neovim (installed by
 * scripts/install-neovim.sh, which .ci/run calls), headless, with the README's configuration
 * (`neovim-init.lua`: extension/vim on the runtimepath, `require('hitp').setup`), opens a copy of
 * riverside.hitp and drives the built server with its own LSP client (`neovim-client.lua`):
 * diagnostics, hover, completion without snippet support, definition, code lenses (one run as a
 * user would), an edit that makes a cycle, rename, formatting, and the Vim syntax groups.
 * The Lua script writes what Neovim saw to a JSON file; this test asserts on it.
 */
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editorsDir, riversideDiagnostics, RUN_TIMEOUT_MS, runEditor, type Step } from './editor-run.js';

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

let result: NvimResult;
let elapsedMs = 0;

/** A step's value, or a failure naming the step and what Neovim reported. */
function valueOf<T>(name: keyof NvimResult['steps']): T {
    const step = result.steps[name] as Step<T> | undefined;
    if (!step) throw new Error(`step ${name} did not run: ${JSON.stringify(result)}`);
    if (step.error !== undefined || step.value === undefined) throw new Error(`step ${name} failed: ${step.error}`);
    return step.value;
}

const summary = (diagnostics: NvimDiagnostic[]) => diagnostics.map(d => `${d.code}@${d.line}:${d.col}`).sort();

beforeAll(async () => {
    const args = ['--headless', '-n', '-i', 'NONE', '-u', path.join(editorsDir, 'neovim-init.lua'), '-S', path.join(editorsDir, 'neovim-client.lua')];
    ({ result, elapsedMs } = await runEditor<NvimResult>('nvim', args, 'install-neovim.sh'));
}, RUN_TIMEOUT_MS + 10_000);

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
        const expected = await riversideDiagnostics();
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
