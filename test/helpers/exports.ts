/**
 * Runs `hitp export` and `hitp analyze --json` through the built CLI, and reads exports back
 * with independent readers (`read-export.py`: Python's csv, openpyxl, icalendar, ElementTree,
 * from Debian, installed by `scripts/install-export-readers.sh`).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { expect } from 'vitest';
import type { PlanAnalysis } from '../../language-server/analysis/plan-analysis.js';
import { promisify } from 'node:util';
import { cliPath, projectRoot, type CliRun } from './cli.js';

const run = promisify(execFile);

/**
 * The built CLI, asynchronously: a test that waits on many runs keeps its worker's event loop
 * free (a worker blocked for a minute loses its link to vitest on a loaded machine).
 */
export async function runCliAsync(args: string[]): Promise<CliRun> {
    try {
        const { stdout, stderr } = await run(process.execPath, [cliPath, ...args], { cwd: projectRoot, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
        return { status: 0, stdout, stderr };
    } catch (error) {
        const failed = error as { code?: number; stdout?: string; stderr?: string };
        if (typeof failed.code !== 'number') throw error;
        return { status: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
    }
}

/** The plans every export test reads back: the examples and the hostile-titles fixture. */
export const EXPORT_PLANS = [
    'examples/riverside.hitp', 'examples/community-hospital.hitp', 'examples/it-outsourcing.hitp', 'test/fixtures/export/hostile.hitp',
];

const dir = mkdtempSync(path.join(tmpdir(), 'hitp-export-'));

const analyses = new Map<string, Promise<PlanAnalysis>>();

/** `hitp analyze FILE --json`, once per file and test file. */
export function analyzeJson(file: string): Promise<PlanAnalysis> {
    let analysis = analyses.get(file);
    if (!analysis) {
        analysis = runCliAsync(['analyze', file, '--json']).then(result => JSON.parse(result.stdout) as PlanAnalysis);
        analyses.set(file, analysis);
    }
    return analysis;
}

/** `hitp export FILE --to FORMAT -o <tmp>`; returns the written path. */
export async function exportTo(file: string, format: string, extension = format): Promise<string> {
    const output = path.join(dir, `${path.basename(file, '.hitp')}-${Math.random().toString(36).slice(2)}.${extension}`);
    const result = await runCliAsync(['export', file, '--to', format, '-o', output]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`Wrote ${output}\n`);
    return output;
}

/** Debian's Python (the one python3-openpyxl and python3-icalendar install into). */
export const PYTHON = '/usr/bin/python3';

export async function readBack<T>(format: 'csv' | 'xlsx' | 'ics' | 'mspdi', file: string): Promise<T> {
    const script = path.join(projectRoot, 'test', 'helpers', 'read-export.py');
    const { stdout } = await run(PYTHON, [script, format, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
    return JSON.parse(stdout) as T;
}
