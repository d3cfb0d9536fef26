/**
 * Runs the built CLI (`out/cli.cjs`, made by `npm run build`) as a real process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cliPath = path.join(projectRoot, 'out', 'cli.cjs');

export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
    if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run \`npm run build\` first`);
    const result = spawnSync(process.execPath, [cliPath, ...args], {
        cwd: options.cwd ?? projectRoot, encoding: 'utf8', input: options.input ?? '', timeout: 60_000, env: options.env ?? process.env,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
