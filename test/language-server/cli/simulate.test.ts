/**
 * `hitp simulate FILE [--runs N] [--seed S] [--json]` (spec §8, §13), through the built binary.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'hitp-simulate-'));
const plan = path.join(dir, 'plan.hitp');
writeFileSync(plan, `plan P "P" { start 2027-01-04 simulation 1000 runs seed 7 }
criteria { Value weight 100% }
stakeholder Cio "CIO" { role sponsor }
objective Ehr "EHR" { }
candidate DbMigration "DB" { owner Cio supports Ehr scores Value 3 duration 10 weeks (8 to 14) }
candidate Cutover "Cutover" { owner Cio supports Ehr scores Value 2 duration 3 weeks after DbMigration }
phase Pilot "Pilot" { includes DbMigration, Cutover milestone Live "Live" due 2027-05-01 when Cutover }
risk SwitchDelay "Switch slips" { affects DbMigration, Cutover likelihood 30% impact 4 weeks, 120k owner Cio mitigation "Second supplier" }
`);
const fixed = path.join(dir, 'fixed.hitp');
writeFileSync(fixed, 'plan F "F" { start 2027-01-04 }\ncandidate A "A" { duration 2 weeks }\n');

describe('hitp simulate', () => {
    it('prints {"simulation": …} with the pinned fields, the plan\'s runs and seed', () => {
        const run = runCli(['simulate', plan, '--json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const { simulation } = JSON.parse(run.stdout);
        expect(Object.keys(simulation).slice(0, 6)).toEqual(['runs', 'seed', 'finishP50', 'finishP80', 'finishP95', 'milestones']);
        expect(simulation).toMatchObject({ runs: 1000, seed: 7 });
        expect(simulation.milestones).toHaveLength(1);
        expect(simulation.milestones[0]).toMatchObject({ name: 'Live', due: '2027-05-01' });
        expect(simulation.finishP50 <= simulation.finishP80 && simulation.finishP80 <= simulation.finishP95).toBe(true);
    });

    it('lets --runs and --seed override the plan, and the same seed gives the same JSON', () => {
        const a = runCli(['simulate', plan, '--json', '--runs', '200', '--seed', '3']);
        const b = runCli(['simulate', plan, '--seed', '3', '--runs', '200', '--json']);
        expect(JSON.parse(a.stdout).simulation).toMatchObject({ runs: 200, seed: 3 });
        expect(a.stdout).toBe(b.stdout);
        expect(runCli(['simulate', plan, '--json', '--runs', '200', '--seed', '4']).stdout).not.toBe(a.stdout);
    });

    it('agrees with `hitp analyze --json`, which carries the same simulation and risks', () => {
        const analysis = JSON.parse(runCli(['analyze', plan, '--json']).stdout);
        expect(analysis.simulation).toEqual(JSON.parse(runCli(['simulate', plan, '--json']).stdout).simulation);
        expect(analysis.risks[0]).toMatchObject({ name: 'SwitchDelay', exposure: 36000, impactDays: 28, critical: true });
        expect(analysis.risks[0].delayExposureDays).toBeCloseTo(8.4, 9);
        expect(analysis.portfolio).toMatchObject({ riskExposure: 36000, contingency: 0 });
    });

    it('prints a summary for people', () => {
        const run = runCli(['simulate', plan]);
        expect(run.stdout).toMatch(/^Simulation of 1,000 runs \(seed 7\)\n {2}finish {2}P50 2027-\d\d-\d\d {2}P80 2027-\d\d-\d\d {2}P95 2027-\d\d-\d\d {2}\(deterministic 2027-04-05\)\n {2}Live: on time in [\d.]+% of runs, P80 2027-\d\d-\d\d, due 2027-05-01\n$/);
    });

    it('prints null when the simulation does not run', () => {
        expect(JSON.parse(runCli(['simulate', fixed, '--json']).stdout)).toEqual({ simulation: null });
        expect(runCli(['simulate', fixed]).stdout).toMatch(/^No simulation:/);
    });

    for (const [args, message] of [
        [['--runs', '99'], "--runs must be a whole number from 100 to 1000000, not '99'"],
        [['--runs', '5e3'], "--runs must be a whole number from 100 to 1000000, not '5e3'"],
        [['--seed', 'x'], "--seed must be a whole number from 0 to 4294967295, not 'x'"],
        [['--seed', '-1'], "--seed must be a whole number from 0 to 4294967295, not '-1'"],
    ] as const) {
        it(`exits 2 with one line for ${args.join(' ')}`, () => {
            const run = runCli(['simulate', plan, ...args]);
            expect(run.status).toBe(2);
            expect(run.stdout).toBe('');
            expect(run.stderr).toBe(`hitp: ${message}\n`);
        });
    }
});
