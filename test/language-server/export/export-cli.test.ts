/**
 * `hitp export` at the command line (spec §12, §13): standard output without `-o`, and the
 * one-line usage errors with exit 2 (unknown format, a workbook to a terminal, an unwritable
 * path, a path that looks like an option, an unknown scenario, a plan with nothing scheduled).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, runCli } from '../../helpers/cli.js';
import type { PlanAnalysis } from '../../../language-server/analysis/plan-analysis.js';
import { exportTo, PYTHON, readBack } from '../../helpers/exports.js';

function writeTemp(name: string, text: string): Promise<string> {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return Promise.resolve(file);
}

const dir = mkdtempSync(path.join(tmpdir(), 'hitp-export-cli-'));
const RIVERSIDE = 'examples/riverside.hitp';
const HOSPITAL = 'examples/community-hospital.hitp';

function expectUsageError(args: string[], message: string): void {
    const run = runCli(args);
    expect(run.stderr).toBe(`hitp: ${message}\n`);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
}

/** Runs the CLI with standard output on a pseudo-terminal (Python's pty module); returns exit code and stderr. */
function runOnTerminal(args: string[]): { status: number; stderr: string } {
    const script = [
        'import os, subprocess, sys, json',
        'primary, secondary = os.openpty()',
        'run = subprocess.run(sys.argv[1:], stdout=secondary, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)',
        'print(json.dumps({"status": run.returncode, "stderr": run.stderr.decode()}))',
    ].join('\n');
    return JSON.parse(execFileSync(PYTHON, ['-c', script, process.execPath, cliPath, ...args], { encoding: 'utf8' })) as { status: number; stderr: string };
}

describe('hitp export', () => {
    it('exports a scenario (spec §10, §14.7): its own funding and dates, iCalendar UIDs with <plan>.<scenario>', async () => {
        const json = JSON.parse(runCli(['analyze', HOSPITAL, '--scenario', 'NoDcMove', '--json']).stdout) as PlanAnalysis;
        const base = JSON.parse(runCli(['analyze', HOSPITAL, '--json']).stdout) as PlanAnalysis;
        const csv = runCli(['export', HOSPITAL, '--to', 'csv', '--scenario', 'NoDcMove']);
        expect(csv.status).toBe(0);
        const [header, ...rows] = await readBack<string[][]>('csv', await writeTemp('scenario.csv', csv.stdout));
        const column = (name: string) => header!.indexOf(name);
        expect(rows.map(r => [r[column('name')], r[column('funded')], r[column('start')] || null, r[column('finish')] || null]))
            .toEqual(json.candidates.map(c => [c.name, String(c.funded), c.start, c.finish]));
        // The scenario differs from the plan: the export is not the plan's.
        expect(json.candidates.map(c => c.finish)).not.toEqual(base.candidates.map(c => c.finish));
        const ics = runCli(['export', HOSPITAL, '--to', 'ics', '--scenario', 'Downside']);
        const { events } = await readBack<{ events: { uid: string }[] }>('ics', await writeTemp('scenario.ics', ics.stdout));
        expect(events.length).toBeGreaterThan(0);
        expect(events.every(e => e.uid.startsWith('Lakeside.Downside-'))).toBe(true);
    });

    it('writes to standard output without -o, the same text as with -o', async () => {
        const run = runCli(['export', RIVERSIDE, '--to', 'csv']);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe(readFileSync(await exportTo(RIVERSIDE, 'csv'), 'utf8'));
        expect(run.stdout.split('\r\n')[0]).toBe('name,title,rank,priorityIndex,funded,phase,start,finish,totalFloatDays,critical,npv,irr,paybackYears,roi');
    });

    it('writes a workbook to standard output when it is not a terminal', () => {
        const run = runCli(['export', RIVERSIDE, '--to', 'xlsx']);
        expect(run.status).toBe(0);
        // A zip container: "PK\x03\x04".
        expect(run.stdout.slice(0, 2)).toBe('PK');
    });

    it('refuses an xlsx workbook to a terminal', () => {
        expect(runOnTerminal(['export', RIVERSIDE, '--to', 'xlsx'])).toEqual({
            status: 2, stderr: 'hitp: an xlsx workbook is binary and is not written to a terminal: give -o OUT.xlsx or redirect the output\n',
        });
        // Text formats are fine on a terminal.
        expect(runOnTerminal(['export', RIVERSIDE, '--to', 'mermaid']).status).toBe(0);
    });

    it('exits 1 when the plan has errors, and still writes the export', () => {
        const broken = path.join(dir, 'broken.hitp');
        writeFileSync(broken, 'plan P "P" { start 2027-01-04 }\ncandidate A "A" { duration 2 weeks after B }\ncandidate B "B" { duration 1 weeks after A }\n');
        const run = runCli(['export', broken, '--to', 'csv']);
        expect(run.status).toBe(1);
        expect(run.stdout.split('\r\n').length).toBeGreaterThan(2);
    });
});

describe('hitp export exits 2 with one line for', () => {
    it('an unknown format', () => expectUsageError(['export', RIVERSIDE, '--to', 'pdf'],
        "unknown export format 'pdf' (one of csv, xlsx, mermaid, taskjuggler, ics, mspdi)"));
    it('a missing --to', () => expectUsageError(['export', RIVERSIDE],
        'missing --to FORMAT (one of csv, xlsx, mermaid, taskjuggler, ics, mspdi)'));
    it('an unwritable path', () => {
        const target = path.join(dir, 'no-such-folder', 'plan.csv');
        expectUsageError(['export', RIVERSIDE, '--to', 'csv', '-o', target], `${target}: cannot be written (ENOENT)`);
    });
    it('a directory as the output', () => expectUsageError(['export', RIVERSIDE, '--to', 'ics', '-o', dir], `${dir}: cannot be written (EISDIR)`));
    it('an output path that starts with -', () => expectUsageError(['export', RIVERSIDE, '--to', 'csv', '--output=-x.csv'],
        "-o -x.csv: an output path may not start with '-'"));
    it('an unknown scenario', () => {
        expectUsageError(['export', RIVERSIDE, '--to', 'csv', '--scenario', 'Downside'], "unknown scenario 'Downside' (the plan declares no scenario)");
        expectUsageError(['export', HOSPITAL, '--to', 'csv', '--scenario', 'Upside'], "unknown scenario 'Upside' (the plan's scenarios: Downside, NoDcMove)");
    });
    it('a plan without a start date to TaskJuggler', () => {
        const undated = path.join(dir, 'undated.hitp');
        writeFileSync(undated, 'plan P "P" { horizon 3 years }\ncandidate A "A" { duration 2 weeks }\n');
        expectUsageError(['export', undated, '--to', 'taskjuggler'], 'the plan has no start date, so nothing is scheduled to export to TaskJuggler');
    });
});
