/**
 * Issue 22: Emacs with eglot, the README's configuration (`emacs-init.el`), in batch mode
 * (Debian's emacs-nox and elpa-eglot, installed by scripts/install-emacs.sh, which .ci/run calls).
 * `emacs-client.el` opens a copy of riverside.hitp, waits for flymake's diagnostics, asks for a
 * hover and a completion (eglot announces no snippets without yasnippet), runs the lens command,
 * makes a cycle, renames and formats, and writes what it saw as JSON; this test asserts on it.
 */
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editorsDir, riversideDiagnostics, RUN_TIMEOUT_MS, runEditor } from './editor-run.js';

interface EmacsResult {
    error?: string;
    mode?: string;
    connect?: { managed: boolean } | { error: string };
    diagnostics?: string[] | { error: string };
    hover?: string | { error: string };
    completion?: { snippetSupport: boolean; labels: string[]; texts: string[]; formats: number[] } | { error: string };
    command?: unknown;
    cycle?: string[] | { error: string };
    rename?: { renamed: number; left: number } | { error: string };
    formatting?: string | { error: string };
    shutdown?: boolean | { error: string };
}

let result: EmacsResult;
let elapsedMs = 0;

/** A step's value, or a failure naming the step and what eglot reported. */
function valueOf<K extends keyof EmacsResult>(name: K): Exclude<EmacsResult[K], { error: string } | undefined> {
    const value = result[name];
    if (value === undefined) throw new Error(`step ${name} did not run: ${JSON.stringify(result)}`);
    if (typeof value === 'object' && value !== null && 'error' in value) throw new Error(`step ${name} failed: ${value.error}`);
    return value as Exclude<EmacsResult[K], { error: string } | undefined>;
}

/** flymake's `hitp [code]: message@line:column` as `code@line:column`. */
const summary = (diagnostics: string[]) => diagnostics.map(text => text.replace(/^hitp \[([\w-]+)\]: .*@(\d+:\d+)$/s, '$1@$2')).sort();

beforeAll(async () => {
    const args = ['--batch', '-q', '--no-site-file', '-l', path.join(editorsDir, 'emacs-init.el'), '-l', path.join(editorsDir, 'emacs-client.el')];
    ({ result, elapsedMs } = await runEditor<EmacsResult>('emacs', args, 'install-emacs.sh'));
}, RUN_TIMEOUT_MS + 10_000);

describe('Emacs (batch, eglot, the README configuration)', () => {
    it('connects in hitp-mode, runs in seconds and shuts the server down', () => {
        expect(result.mode).toBe('hitp-mode');
        expect(valueOf('connect')).toEqual({ managed: true });
        expect(valueOf('shutdown')).toBe(true);
        expect(elapsedMs).toBeLessThan(30_000);
    });

    it('shows the same diagnostics as the language server computes in process', async () => {
        expect(summary(valueOf('diagnostics'))).toEqual(await riversideDiagnostics());
    });

    it('hovers in the configured locale (eglot-workspace-configuration reaches the server)', () => {
        expect(valueOf('hover')).toMatch(/NPV \*\*851\.790\s\$\*\* · IRR \*\*38,2\s%\*\*/);
    });

    it('completes with plain items only: no snippet, no newline, no placeholder', () => {
        const completion = valueOf('completion');
        expect(completion.snippetSupport).toBe(false);
        expect(completion.labels).toEqual(expect.arrayContaining(['plan', 'candidate', 'phase', 'kpi', 'stakeholder', 'objective']));
        for (const text of completion.texts) expect(text).not.toMatch(/[\n\0]|\$\{?\d/);
        expect(new Set(completion.formats)).toEqual(new Set([1]));
    });

    it('runs the information lens command without an error', () => {
        expect(valueOf('command')).toBe('null');
    });

    it('reports the cycle an edit creates, renames everywhere and formats with spaces', () => {
        expect(summary(valueOf('cycle')).filter(entry => entry.startsWith('dependency-cycle'))).toEqual(['dependency-cycle@48:10', 'dependency-cycle@59:10']);
        expect(valueOf('rename')).toEqual({ renamed: 3, left: 0 });
        expect(valueOf('formatting')).toBe('    duration 10 weeks');
    });
});
