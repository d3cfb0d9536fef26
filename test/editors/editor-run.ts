/**
 * Runs a real editor (Neovim, Emacs) headless against the built language server: a copy of
 * riverside.hitp in a temporary folder that is also the editor's home (nothing of the user's is
 * read), a driver script that writes what the editor saw as JSON, a hard time limit, and a failure
 * message that carries the editor's output.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { projectRoot } from '../helpers/cli.js';
import { serverPath } from '../helpers/stdio-client.js';

export const editorsDir = path.join(projectRoot, 'test', 'editors');
export const RUN_TIMEOUT_MS = 60_000;

export interface Step<T> { ms?: number; value?: T; error?: string }

export interface EditorRun<R> {
    result: R;
    elapsedMs: number;
}

/** Runs `command args` in a fresh folder holding riverside.hitp; `install` names the script that installs the editor. */
export async function runEditor<R extends { error?: string }>(command: string, args: string[], install: string): Promise<EditorRun<R>> {
    if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run build\` first`);
    const work = mkdtempSync(path.join(tmpdir(), `hitp-${command}-`));
    try {
        const home = path.join(work, 'home');
        mkdirSync(home);
        const plan = path.join(work, 'riverside.hitp');
        copyFileSync(path.join(projectRoot, 'examples', 'riverside.hitp'), plan);
        const resultPath = path.join(work, 'result.json');
        const env = {
            ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home,
            HITP_ROOT: projectRoot, HITP_NODE: process.execPath, HITP_SERVER: serverPath, HITP_FILE: plan, HITP_RESULT: resultPath,
        };
        const started = Date.now();
        let output = '';
        const code = await new Promise<number | string>((resolve, reject) => {
            const child = spawn(command, args, { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
            const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(`killed after ${RUN_TIMEOUT_MS} ms`); }, RUN_TIMEOUT_MS);
            child.stdout.on('data', chunk => { output += String(chunk); });
            child.stderr.on('data', chunk => { output += String(chunk); });
            child.on('error', error => {
                clearTimeout(timer);
                reject(new Error(`cannot start ${command} (${error.message}): run \`bash scripts/${install}\``));
            });
            child.on('exit', exitCode => { clearTimeout(timer); resolve(exitCode ?? -1); });
        });
        const elapsedMs = Date.now() - started;
        if (!existsSync(resultPath)) throw new Error(`${command} wrote no result (exit ${code}):\n${output}`);
        const result = JSON.parse(readFileSync(resultPath, 'utf8')) as R;
        if (code !== 0 || result.error) throw new Error(`${command} exit ${code}, error ${result.error ?? 'none'}:\n${output}`);
        return { result, elapsedMs };
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
}

/** The diagnostics the language server computes in process for riverside.hitp, as `code@line:column`. */
export async function riversideDiagnostics(): Promise<string[]> {
    const { parse, services } = await import('../helpers/services.js');
    const { clearDocuments } = await import('langium/test');
    const document = await parse(readFileSync(path.join(projectRoot, 'examples', 'riverside.hitp'), 'utf8'));
    const expected = (document.diagnostics ?? []).map(d => `${d.code}@${d.range.start.line}:${d.range.start.character}`).sort();
    await clearDocuments(services.shared);
    return expected;
}
