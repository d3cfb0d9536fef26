/**
 * Spec §11: hitp and TaskJuggler 3.7 agree on every task of resource-free networks with a Mon–Fri
 * calendar, holidays, lags and leads. The same seeded network is written as .hitp and as .tjp
 * (scripts/bench/calendar-network.mjs), tj3 schedules the project (Debian's package, installed by
 * scripts/install-export-readers.sh, which .ci/run calls), and every candidate's and phase's start and finish
 * must be the same day.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
    calendarToTaskJuggler, compareCalendarSchedules, generateCalendarNetwork, hitpDay, readTaskReport,
    // @ts-expect-error: a plain .mjs script without type declarations.
} from '../../scripts/bench/calendar-network.mjs';
import { codeOf, hitp, parse } from '../helpers/services.js';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'hitp-tj3-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function tj3Schedule(tjp: string, name: string): Promise<Map<string, { start: string; end: string }>> {
    const dir = path.join(work, name);
    const file = path.join(dir, 'plan.tjp');
    await import('node:fs/promises').then(fs => fs.mkdir(dir, { recursive: true }));
    writeFileSync(file, tjp);
    await run('tj3', ['--silent', '--no-color', '-o', dir, file], { timeout: 120_000 });
    return readTaskReport(readFileSync(path.join(dir, 'tasks.csv'), 'utf8'));
}

describe('hitp and tj3 agree on Mon–Fri networks with holidays and lags (spec §11)', () => {
    it('reads tj3 timestamps as hitp days: end of a working day → the next working day', () => {
        expect(hitpDay('2027-01-15-17:00')).toBe(Math.round(Date.parse('2027-01-19T00:00:00Z') / 86_400_000)); // Mon 18th is a holiday
        expect(hitpDay('2027-01-02-00:00')).toBe(Math.round(Date.parse('2027-01-04T00:00:00Z') / 86_400_000)); // Saturday → Monday
    });

    it.each([[12, 1], [30, 2], [60, 3]])('%i candidates, seed %i: every start and finish is the same day', async (size, seed) => {
        const network = generateCalendarNetwork(size, seed);
        const document = await parse(network.text);
        const errors = (document.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${codeOf(d)} ${d.message}`);
        expect(errors).toEqual([]);
        const analysis = hitp.plan.PlanService.getPlanResult(document).analysis;
        const tasks = await tj3Schedule(calendarToTaskJuggler(network), `n${size}-${seed}`);
        const result = compareCalendarSchedules(network, tasks, analysis);
        expect(result.differences).toEqual([]);
        expect(result.compared).toBe(network.candidates.length + network.phases.length);
        // The network really uses the calendar: some lag, some lead, and a start moved off a weekend or holiday.
        const lags = network.candidates.flatMap((c: { after: Array<{ lag: { sign: number } | null }> }) => c.after.map(a => a.lag));
        expect(lags.some((l: { sign: number } | null) => l?.sign === 1)).toBe(true);
        expect(lags.some((l: { sign: number } | null) => l?.sign === -1)).toBe(true);
    }, 120_000);
});
