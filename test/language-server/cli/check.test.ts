/**
 * `hitp check FILE...` (spec §4): `path:line:column severity code message` per diagnostic,
 * in file order; exit 1 when any error, 0 otherwise.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'hitp-check-'));

function write(name: string, text: string): string {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
}

describe('hitp check', () => {
    it('prints the warnings and infos of the riverside plan and exits 0', () => {
        const run = runCli(['check', 'examples/riverside.hitp']);
        expect(run.stderr).toBe('');
        expect(run.stdout.split('\n')).toEqual([
            'examples/riverside.hitp:39:11 info no-payback CoreNetwork does not pay back within the 5-year horizon: its cumulative cash flow is -$129,274 in year 5',
            'examples/riverside.hitp:78:5 warning infram-goal-missed INFRAM goal stage 6 by 2029-12-31 is missed: the plan reaches stage 5',
            'examples/riverside.hitp:81:1 warning cadence-backlog EhrUpgrades falls behind by 0.53 vendor releases a year: the vendor ships 4 a year, the team absorbs 3.47 (slowest internal cycle 15 weeks)',
            '',
        ]);
        expect(run.status).toBe(0);
    });

    it('--ignore silences warnings and infos for the run (comma-separated, repeatable)', () => {
        const run = runCli(['check', '--ignore', 'no-payback,cadence-backlog', 'examples/riverside.hitp']);
        expect(run.stdout.split('\n')).toEqual([
            'examples/riverside.hitp:78:5 warning infram-goal-missed INFRAM goal stage 6 by 2029-12-31 is missed: the plan reaches stage 5',
            '',
        ]);
        expect(run.status).toBe(0);
        const twice = runCli(['check', '--ignore', 'no-payback', '--ignore', 'infram-goal-missed, cadence-backlog', 'examples/riverside.hitp']);
        expect(twice.stdout).toBe('');
        expect(twice.status).toBe(0);
    });

    it('--ignore refuses an error code or a code that does not exist: one line, exit 2', () => {
        for (const [codes, message] of [
            ['no-payback,dependency-cycle', "hitp: --ignore: 'dependency-cycle' is an error, and errors cannot be silenced: fix the plan instead\n"],
            ['no-paybak', "hitp: --ignore: 'no-paybak' is not a hitp diagnostic code\n"],
        ]) {
            const run = runCli(['check', '--ignore', codes!, 'examples/riverside.hitp']);
            expect(run.stderr).toBe(message);
            expect(run.stdout).toBe('');
            expect(run.status).toBe(2);
        }
    });

    it('exits 1 and names the loop when a plan has a dependency cycle', () => {
        const file = write('cycle.hitp', [
            'plan P "P" { start 2027-01-04 }',
            'stakeholder S "S" { role sponsor }',
            'objective O "O" { }',
            'candidate A "A" { owner S supports O after B }',
            'candidate B "B" { owner S supports O after A }',
            '',
        ].join('\n'));
        const run = runCli(['check', file]);
        const cycles = run.stdout.split('\n').filter(line => line.includes(' dependency-cycle '));
        expect(cycles).toEqual([
            `${file}:4:44 error dependency-cycle Dependency cycle: A → B → A`,
            `${file}:5:44 error dependency-cycle Dependency cycle: B → A → B`,
        ]);
        expect(run.status).toBe(1);
    });

    it('exits 1 with the parse error in plain words', () => {
        const file = write('broken.hitp', 'plan P "P" { start 2027-1-4 }\n');
        const run = runCli(['check', file]);
        expect(run.stdout.split('\n').filter(line => line.includes(' error '))).toEqual([
            `${file}:1:20 error parsing-error Expected a date like 2027-01-04 but found \`2027\`.`,
        ]);
        expect(run.status).toBe(1);
    });

    it('resolves references across the files it is given', () => {
        const plan = write('main.hitp', 'plan P "P" { start 2027-01-04 }\ncandidate A "A" { after B }\n');
        const fragment = write('more.hitp', 'candidate B "B" { duration 2 weeks }\n');
        const run = runCli(['check', plan, fragment]);
        expect(run.stdout).not.toContain('linking-error');
        const alone = runCli(['check', plan]);
        expect(alone.stdout).toContain(`${plan}:2:25 error linking-error`);
        expect(alone.status).toBe(1);
    });
});
