/**
 * `hitp export --to taskjuggler` scheduled by TaskJuggler itself (Debian's tj3, installed by
 * `scripts/install-export-readers.sh`): tj3 accepts the project without error and gives every
 * scheduled candidate the start and finish `hitp analyze --json` gives (spec §12).
 */
import { execFile, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { analyzeJson, EXPORT_PLANS, exportTo } from '../../helpers/exports.js';
import { hitpDayOfTj3 } from '../../helpers/tj3-days.js';

const TJ3 = spawnSync('sh', ['-c', 'command -v tj3'], { encoding: 'utf8' }).stdout.trim();

/** Runs tj3 on the export with a CSV task report appended; returns id → {start, end} as ISO days. */
async function schedule(tjp: string): Promise<Map<string, { start: string; end: string }>> {
    appendFileSync(tjp, 'taskreport "hitp_check" {\n  formats csv\n  columns id, start, end\n  timeformat "%Y-%m-%d-%H:%M"\n  hideresource 1\n}\n');
    const dir = mkdtempSync(path.join(tmpdir(), 'hitp-tj3-'));
    await promisify(execFile)(TJ3, ['--silent', '--no-color', '-o', dir, tjp], { encoding: 'utf8', timeout: 120_000 });
    const tasks = new Map<string, { start: string; end: string }>();
    for (const line of readFileSync(path.join(dir, 'hitp_check.csv'), 'utf8').trim().split('\n').slice(1)) {
        const [id, start, end] = line.split(';').map(cell => cell.replace(/^"|"$/g, ''));
        // Midnight timestamps: anything else would be a calendar mismatch.
        expect(start).toMatch(/-00:00$/);
        expect(end).toMatch(/-00:00$/);
        tasks.set(id!, { start: start!.slice(0, 10), end: end!.slice(0, 10) });
    }
    return tasks;
}

describe('hitp export --to taskjuggler', () => {
    it('tj3 is installed (scripts/install-export-readers.sh)', async () => {
        expect(TJ3).not.toBe('');
    });

    // Tracked plans (spec §9, §14.14): actual and forecast dates exported as fixed start and end.
    const TRACKED_PLANS = ['examples/regional-rollout-in-flight.hitp', 'test/fixtures/export/tracked.hitp'];

    it.each([...EXPORT_PLANS, ...TRACKED_PLANS])('%s: tj3 schedules every candidate to hitp\'s start and finish', async file => {
        const analysis = await analyzeJson(file);
        const tasks = await schedule(await exportTo(file, 'taskjuggler', 'tjp'));
        const scheduled = analysis.candidates.filter(c => c.start !== null);
        expect(scheduled.length).toBeGreaterThan(0);
        const day = hitpDayOfTj3(analysis.calendar);
        const task = (id: string) => { const t = tasks.get(id); return t && { start: day(t.start), end: day(t.end) }; };
        for (const candidate of scheduled) {
            const id = candidate.phase === null ? candidate.name : `${candidate.phase}.${candidate.name}`;
            expect(task(id), id).toEqual({ start: candidate.start, end: candidate.finish });
        }
        for (const phase of analysis.phases.filter(p => p.finish !== null)) expect(task(phase.name)?.end, phase.name).toBe(phase.finish);
        for (const milestone of analysis.milestones.filter(m => m.achieved !== null)) {
            expect(task(milestone.name), milestone.name).toEqual({ start: day(milestone.achieved!), end: day(milestone.achieved!) });
        }
    });
});
