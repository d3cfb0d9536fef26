/**
 * Runs `hitp export` and `hitp analyze --json` through the built CLI, and reads exports back
 * with independent readers (`read-export.py`: Python's csv, openpyxl, icalendar, ElementTree,
 * from Debian, installed by `scripts/install-export-readers.sh`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { expect } from 'vitest';
import type { PlanAnalysis } from '../../language-server/analysis/plan-analysis.js';
import { projectRoot, runCli } from './cli.js';

/** The plans every export test reads back: the examples and the hostile-titles fixture. */
export const EXPORT_PLANS = [
    'examples/riverside.hitp', 'examples/community-hospital.hitp', 'examples/it-outsourcing.hitp', 'test/fixtures/export/hostile.hitp',
];

const dir = mkdtempSync(path.join(tmpdir(), 'hitp-export-'));

export function analyzeJson(file: string): PlanAnalysis {
    return JSON.parse(runCli(['analyze', file, '--json']).stdout) as PlanAnalysis;
}

/** `hitp export FILE --to FORMAT -o <tmp>`; returns the written path. */
export function exportTo(file: string, format: string, extension = format): string {
    const output = path.join(dir, `${path.basename(file, '.hitp')}-${Math.random().toString(36).slice(2)}.${extension}`);
    const run = runCli(['export', file, '--to', format, '-o', output]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`Wrote ${output}\n`);
    return output;
}

/** Debian's Python (the one python3-openpyxl and python3-icalendar install into). */
export const PYTHON = '/usr/bin/python3';

export function readBack<T>(format: 'csv' | 'xlsx' | 'ics' | 'mspdi', file: string): T {
    const script = path.join(projectRoot, 'test', 'helpers', 'read-export.py');
    return JSON.parse(execFileSync(PYTHON, [script, format, file], { encoding: 'utf8', maxBuffer: 64 << 20 })) as T;
}
