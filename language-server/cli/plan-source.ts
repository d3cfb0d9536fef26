/**
 * One side of `hitp diff` (spec §9): a file path, or `REV:PATH` read with `git show` from the
 * repository that holds the working directory. Plan text and arguments are data: git runs through
 * `execFile` with an argument list (no shell), and a revision or path starting with `-` is refused
 * (it would reach git as an option). Every problem is a one-line `CliError` (exit 2).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CliError } from './cli-error.js';
import { readTextFile } from './load-documents.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** At most 64 MiB of plan text from git. */
const MAX_BUFFER = 64 * 1024 * 1024;

/** A revision and path, when `spec` is `REV:PATH` and not an existing file. */
export function parseRevisionSpec(spec: string): { revision: string; path: string } | null {
    const colon = spec.indexOf(':');
    if (colon < 0 || existsSync(spec)) return null;
    return { revision: spec.slice(0, colon), path: spec.slice(colon + 1) };
}

function firstLine(text: string): string {
    return text.split(/\r?\n/).map(line => line.trim()).find(line => line.length > 0) ?? '';
}

/** `git show REV:PATH` in `cwd`, as UTF-8 text. */
export function gitShow(revision: string, path: string, cwd: string = process.cwd()): Promise<string> {
    const spec = `${revision}:${path}`;
    return new Promise((resolve, reject) => {
        execFile('git', ['show', spec], { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER, windowsHide: true }, (error, stdout, stderr) => {
            if (error) {
                const code = (error as NodeJS.ErrnoException).code;
                if (code === 'ENOENT') return reject(new CliError(`${spec}: git is not installed (or not on PATH), so revisions cannot be read`));
                const reason = firstLine(Buffer.from(stderr).toString('utf8')).replace(/^fatal:\s*/, '') || error.message;
                return reject(new CliError(`${spec}: git cannot read it: ${firstLine(reason)}`));
            }
            try {
                resolve(utf8.decode(stdout));
            } catch {
                reject(new CliError(`${spec}: is not UTF-8 text`));
            }
        });
    });
}

/** Reads one side of a diff: a file, or `REV:PATH` through git. */
export async function readPlanSource(spec: string, cwd?: string): Promise<string> {
    if (spec.startsWith('-')) throw new CliError(`${spec}: a file or revision must not start with '-'`);
    const revision = parseRevisionSpec(spec);
    if (!revision) return readTextFile(spec);
    if (revision.revision.startsWith('-') || revision.path.startsWith('-')) {
        throw new CliError(`${spec}: a revision or path must not start with '-'`);
    }
    if (revision.path.length === 0) throw new CliError(`${spec}: give a path after the revision (REV:PATH)`);
    return gitShow(revision.revision, revision.path, cwd);
}
