/**
 * `hitp diff OLD NEW [--json]` (spec §9) on files and on `REV:PATH` revisions of a temporary git
 * repository, and its one-line errors (exit 2): a bad revision, a revision starting with `-`,
 * no repository, git missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../../helpers/cli.js';
import { expectClose } from '../../helpers/numbers.js';

const riverside = readFileSync(path.join(projectRoot, 'examples', 'riverside.hitp'), 'utf8');
// The new version: the budget shrinks to 1M, so DbMigration (rank 1, with its prerequisite CoreNetwork
// 1.35M) is deferred while CoreNetwork alone (450k) still fits; and a new candidate Wifi is added.
const revised = riverside
    .replace('budget 2.5M', 'budget 1M')
    .replace('phase Design', 'candidate Wifi "Clinical wifi" { scores Strategic 1, Clinical 1, Efficiency 1, Risk 1, Resources 1 duration 2 weeks cost 10k once }\n\nphase Design');

let repo: string;

function git(...args: string[]): void {
    execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
}

beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'hitp-diff-'));
    git('init', '-q');
    writeFileSync(path.join(repo, 'plan.hitp'), riverside);
    git('add', 'plan.hitp');
    git('-c', 'user.email=pmo@example.org', '-c', 'user.name=PMO', 'commit', '-q', '-m', 'baseline');
    writeFileSync(path.join(repo, 'plan.hitp'), revised);
    writeFileSync(path.join(repo, 'old.hitp'), riverside);
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

interface DiffJson {
    before: { finish: string | null; portfolio: { npv: number; irr: number | null; paybackYears: number | null; roi: number | null } };
    after: { finish: string | null; portfolio: { npv: number; irr: number | null; paybackYears: number | null; roi: number | null } };
    candidates: { name: string; change: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];
}

function checkRiversideDiff(json: DiffJson): void {
    // Before: spec §4. After: DbMigration deferred, so the portfolio is CoreNetwork plus Wifi (−10k in year 0).
    expect(json.before.finish).toBe('2027-07-12');
    expectClose(json.before.portfolio.npv, 643193.085);
    expectClose(json.before.portfolio.irr, 0.235033);
    expect(json.after.finish).toBe('2027-04-12');
    expectClose(json.after.portfolio.npv, -208596.43 - 10000);
    expect(json.after.portfolio.paybackYears).toBeNull();
    expect(json.candidates).toEqual([
        { name: 'DbMigration', change: 'changed',
            before: { funded: true, start: '2027-04-12', finish: '2027-07-12', critical: true },
            after: { funded: false, start: null, finish: null, critical: false } },
        { name: 'Wifi', change: 'added', before: null,
            after: { rank: 3, priorityIndex: 1, funded: true, npv: -10000, irr: null, start: '2027-01-04', finish: '2027-01-18', critical: false } },
    ]);
}

describe('hitp diff (spec §9)', () => {
    it('compares two files, as JSON', () => {
        const run = runCli(['diff', 'old.hitp', 'plan.hitp', '--json'], { cwd: repo });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        checkRiversideDiff(JSON.parse(run.stdout) as DiffJson);
    });

    it('reads REV:PATH with git show from the repository of the working directory', () => {
        const run = runCli(['diff', 'HEAD:plan.hitp', 'plan.hitp', '--json'], { cwd: repo });
        expect(run.status).toBe(0);
        checkRiversideDiff(JSON.parse(run.stdout) as DiffJson);
    });

    it('lists a removed candidate with all eight fields, and nothing for unchanged ones', () => {
        const run = runCli(['diff', 'plan.hitp', 'HEAD:plan.hitp', '--json'], { cwd: repo });
        const json = JSON.parse(run.stdout) as DiffJson;
        expect(json.candidates.map(c => [c.name, c.change])).toEqual([['DbMigration', 'changed'], ['Wifi', 'removed']]);
        expect(Object.keys(json.candidates[1]!.before!)).toEqual(['rank', 'priorityIndex', 'funded', 'npv', 'irr', 'start', 'finish', 'critical']);
        expect(json.candidates[1]!.after).toBeNull();
        const same = JSON.parse(runCli(['diff', 'HEAD:plan.hitp', 'old.hitp', '--json'], { cwd: repo }).stdout) as DiffJson;
        expect(same.candidates).toEqual([]);
    });

    it('tells the changes in words', () => {
        const run = runCli(['diff', 'HEAD:plan.hitp', 'plan.hitp'], { cwd: repo });
        expect(run.status).toBe(0);
        expect(run.stdout.split('\n').slice(0, 2)).toEqual(['Finish: 2027-07-12 → 2027-04-12', 'Portfolio NPV: $643,193 → -$218,596']);
        expect(run.stdout).toContain('~ DbMigration: funding funded → deferred, start 2027-04-12 → —, finish 2027-07-12 → —, critical path critical → not critical');
        expect(run.stdout).toContain('+ Wifi added: rank 3, priority index 1, funding funded, NPV -$10,000, IRR —, start 2027-01-04, finish 2027-01-18, critical path not critical');
    });

    it.each([
        ['a revision that does not exist', ['nope:plan.hitp', 'plan.hitp'], /^hitp: nope:plan\.hitp: git cannot read it: .*nope/],
        ['a path the revision lacks', ['HEAD:missing.hitp', 'plan.hitp'], /^hitp: HEAD:missing\.hitp: git cannot read it: /],
        ['a revision starting with -', ['--', '--output=x:plan.hitp', 'plan.hitp'], /^hitp: --output=x:plan\.hitp: a file or revision must not start with '-'$/],
        ['a path starting with -', ['HEAD:-x', 'plan.hitp'], /^hitp: HEAD:-x: a revision or path must not start with '-'$/],
        ['a missing file', ['gone.hitp', 'plan.hitp'], /^hitp: gone\.hitp: no such file$/],
        ['a missing argument', ['plan.hitp'], /^hitp: missing required argument 'new'$/],
    ])('exits 2 with one line for %s', (_name, args, message) => {
        const run = runCli(['diff', ...args], { cwd: repo });
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(run.stderr.trimEnd()).toMatch(message);
    });

    it('exits 2 with one line when git is missing', () => {
        const run = runCli(['diff', 'HEAD:plan.hitp', 'plan.hitp'], { cwd: repo, env: { ...process.env, PATH: path.join(repo, 'no-bin') } });
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('hitp: HEAD:plan.hitp: git is not installed (or not on PATH), so revisions cannot be read\n');
    });

    it('exits 2 with one line outside a git repository', () => {
        const outside = mkdtempSync(path.join(tmpdir(), 'hitp-nogit-'));
        try {
            const run = runCli(['diff', 'HEAD:plan.hitp', path.join(repo, 'plan.hitp')], { cwd: outside });
            expect(run.status).toBe(2);
            expect(run.stderr.trimEnd()).toMatch(/^hitp: HEAD:plan\.hitp: git cannot read it: not a git repository/);
        } finally {
            rmSync(outside, { recursive: true, force: true });
        }
    });
});
