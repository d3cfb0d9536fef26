/**
 * Exports of generated plans (the fuzz arbitraries of `test/fuzz/`): no format ever throws on a
 * plan (only a plan with nothing to schedule is refused, as a usage error), no text export shows
 * `NaN`, `Infinity` or `undefined`, and TaskJuggler schedules every valid generated plan to hitp's
 * dates, so the exporter's rules hold beyond the hand-written fixtures.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExportError, type ExportInput } from '../../../language-server/export/export-input.js';
import { EXPORT_FORMATS, exportPlan } from '../../../language-server/export/export-plan.js';
import { taskJugglerIds } from '../../../language-server/export/taskjuggler-export.js';
import { hitpDayOfTj3 } from '../../helpers/tj3-days.js';
import { nearValidPlanText } from '../../fuzz/near-valid-edits.js';
import { validPlanText } from '../../fuzz/plan-arbitraries.js';
import { hitp, parse } from '../../helpers/services.js';

async function inputOf(text: string): Promise<ExportInput> {
    const document = await parse(text);
    const { analysis, model } = hitp.plan.PlanService.getPlanResult(document);
    return { analysis, model, planId: analysis.plan?.name ?? 'plan', stamp: new Date(Date.UTC(2027, 0, 1)) };
}

describe('exports of generated plans', () => {
    it('never throw, and print no NaN, Infinity or undefined (100 plans, every format)', async () => {
        await fc.assert(fc.asyncProperty(fc.oneof(validPlanText, nearValidPlanText), async text => {
            const input = await inputOf(text);
            for (const format of EXPORT_FORMATS) {
                let output: string | Uint8Array;
                try {
                    output = await exportPlan(format, input);
                } catch (error) {
                    // Only TaskJuggler refuses a plan: one with nothing scheduled or with dates tj3 cannot hold.
                    if (error instanceof ExportError && format === 'taskjuggler') continue;
                    throw error;
                }
                if (typeof output === 'string') expect(output, format).not.toMatch(/\bNaN\b|Infinity|\bundefined\b/);
                else expect(output.length).toBeGreaterThan(0);
            }
        }), { numRuns: 100, seed: 20270104 });
    }, 300_000);

    const tj3 = spawnSync('sh', ['-c', 'command -v tj3'], { encoding: 'utf8' }).stdout.trim();
    it('are scheduled by tj3 to hitp\'s dates (valid plans, one run of tj3 each)', async () => {
        expect(tj3, 'tj3 (scripts/install-export-readers.sh)').not.toBe('');
        const dir = mkdtempSync(path.join(tmpdir(), 'hitp-tj3-fuzz-'));
        // Enough plans that 20+ candidates get compared whatever constructs the shared arbitrary gains.
        const plans = fc.sample(validPlanText, { numRuns: 200, seed: 7 });
        let compared = 0;
        for (const [index, text] of plans.entries()) {
            const input = await inputOf(text);
            const scheduled = input.analysis.candidates.filter(c => c.start !== null);
            if (scheduled.length === 0) continue;
            const latest = scheduled.map(c => c.finish!).sort().at(-1)!;
            if (latest >= '2035-12-31' || input.analysis.phases.some(p => (p.finish ?? '') >= '2035-12-31')) continue;
            // Actual dates (spec §9) may lie long before a plan start that tj3 cannot hold.
            if ((input.analysis.plan?.start ?? '') >= '2035-12-31' || scheduled.some(c => c.start! < '1970-01-02')) continue;
            const tjp = path.join(dir, `plan${index}.tjp`);
            writeFileSync(tjp, `${await exportPlan('taskjuggler', input)}taskreport "check${index}" {\n  formats csv\n  columns id, start, end\n  timeformat "%Y-%m-%d"\n  hideresource 1\n}\n`);
            await promisify(execFile)(tj3, ['--silent', '--no-color', '-o', dir, tjp], { encoding: 'utf8', timeout: 120_000 });
            const rows = new Map(readFileSync(path.join(dir, `check${index}.csv`), 'utf8').trim().split('\n').slice(1)
                .map(line => line.split(';').map(cell => cell.replace(/^"|"$/g, '')))
                .map(([id, start, end]) => [id!, { start, end }]));
            const ids = taskJugglerIds(input.analysis);
            const hitpDay = hitpDayOfTj3(input.analysis.calendar);
            for (const c of scheduled) {
                const row = rows.get(ids.candidates.get(c.name)!);
                // Actual dates (spec §9) are kept as written, even on a day off; tj3 keeps them too, and both read alike.
                const fixed = c.tracking !== 'planned';
                const expected = fixed ? { start: hitpDay(c.start!), end: hitpDay(c.finish!) } : { start: c.start, end: c.finish };
                expect(row && { start: hitpDay(row.start), end: hitpDay(row.end) }, `${c.name} in\n${text}`).toEqual(expected);
                compared++;
            }
        }
        expect(compared).toBeGreaterThan(20);
    }, 300_000);
});
