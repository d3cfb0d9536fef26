/**
 * `hitp analyze examples/riverside.hitp --json` reproduces spec §4: every pinned field,
 * numbers unrounded within 1e-6 relative (or the precision the spec prints).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonText } from '../../../language-server/cli/json-output.js';
import { projectRoot, runCli } from '../../helpers/cli.js';
import { expectPinned } from '../../helpers/pinned.js';

const expected = JSON.parse(readFileSync(path.join(projectRoot, 'test/fixtures/analysis/riverside.expected.json'), 'utf8'));

describe('hitp analyze --json', () => {
    const run = runCli(['analyze', 'examples/riverside.hitp', '--json']);
    const json = JSON.parse(run.stdout);

    it('exits 0 for the riverside plan, which has warnings but no error', () => {
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
    });

    it('prints the pinned fields in the pinned order', () => {
        expect(Object.keys(json).slice(0, 8)).toEqual(['plan', 'diagnostics', 'candidates', 'phases', 'milestones', 'portfolio', 'infram', 'cadences']);
    });

    it('matches every number, date and flag of spec §4', () => {
        expectPinned(json, expected);
    });

    it('prints the warnings with their messages', () => {
        expect(json.diagnostics.map((d: { message: string }) => d.message)).toEqual([
            'CoreNetwork does not pay back within the 5-year horizon: its cumulative cash flow is -$129,274 in year 5',
            'INFRAM goal stage 6 by 2029-12-31 is missed: the plan reaches stage 5',
            'EhrUpgrades falls behind by 0.53 vendor releases a year: the vendor ships 4 a year, the team absorbs 3.47 (slowest internal cycle 15 weeks)',
        ]);
    });

    it('prints one compact line to a pipe (indented only for a terminal, json-output.ts)', () => {
        expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
        expect(run.stdout.trimEnd()).toBe(JSON.stringify(json));
        expect(jsonText(json, true)).toBe(JSON.stringify(json, null, 2));
    });

    it('never prints NaN, Infinity or undefined', () => {
        expect(run.stdout).not.toMatch(/NaN|Infinity|undefined/);
    });
});
