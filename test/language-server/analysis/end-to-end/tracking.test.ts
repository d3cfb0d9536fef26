/**
 * End to end, text → analysis: tracking the plan as it runs (spec §9, §14 item 12): baseline and
 * slip, actual and forecast dates, levelling with actuals, KPI measurements and gates on current
 * values. Every date is computed by hand in the comments; day 0 = 2027-01-04.
 */
import { describe, expect, it } from 'vitest';
import type { PlanAnalysis } from '../../../../language-server/analysis/plan-analysis.js';
import { hitp, parse } from '../../../helpers/services.js';

async function analyse(text: string): Promise<PlanAnalysis> {
    return hitp.plan.PlanService.getPlanResult(await parse(text)).analysis;
}

type Row = [start: string | null, finish: string | null, baselineStart: string | null, baselineFinish: string | null, slipDays: number | null];

function rowsOf(analysis: PlanAnalysis): Record<string, Row> {
    return Object.fromEntries(analysis.candidates.map(c => [c.name, [c.start, c.finish, c.baselineStart, c.baselineFinish, c.slipDays] as Row]));
}

const inFlight = (status: string) => `
plan T { start 2027-01-04 ${status} }
criteria { Value weight 100% }
candidate A { scores Value 5 duration 4 weeks started 2027-01-11 finished 2027-02-12 }
candidate B { scores Value 4 duration 6 weeks after A started 2027-02-15 progress 25% }
candidate C { scores Value 3 duration 2 weeks after B }
candidate D { scores Value 2 duration 10 days }
candidate E { scores Value 1 duration 2 weeks finished 2027-02-20 }
`;

describe('baseline, actuals and forecasts (spec §9)', () => {
    it('fixes actual dates, forecasts started work from the status date and holds unstarted work until it', async () => {
        const analysis = await analyse(inFlight('status 2027-03-01'));
        // Baseline: A [0, 28) 01-04 → 02-01; B after A, 42 days → 03-15; C 14 days → 03-29; D 10 days → 01-14; E 14 days → 01-18.
        // A: started 01-11, finished 02-12 → slip 02-12 − 02-01 = 11 days.
        // B: 03-01 + round((1 − 25%) × 42 = 31.5, halves up → 32) = 04-02 → slip 18.
        // C: after B → 04-02 + 14 = 04-16 (slip 18). D: not started → from the status date 03-01 → 03-11 (slip 56).
        // E: finished 02-20 without `started` → starts 02-20 − 14 days = 02-06 (slip 02-20 − 01-18 = 33).
        expect(rowsOf(analysis)).toEqual({
            A: ['2027-01-11', '2027-02-12', '2027-01-04', '2027-02-01', 11],
            B: ['2027-02-15', '2027-04-02', '2027-02-01', '2027-03-15', 18],
            C: ['2027-04-02', '2027-04-16', '2027-03-15', '2027-03-29', 18],
            D: ['2027-03-01', '2027-03-11', '2027-01-04', '2027-01-14', 56],
            E: ['2027-02-06', '2027-02-20', '2027-01-04', '2027-01-18', 33],
        });
        expect(analysis.plan).toMatchObject({ status: '2027-03-01', finish: '2027-04-16', baselineFinish: '2027-03-29', slipDays: 18 });
        expect(analysis.candidates.map(c => [c.name, c.tracking, c.progress])).toEqual([
            ['A', 'finished', null], ['B', 'started', 0.25], ['C', 'planned', null], ['D', 'planned', null], ['E', 'finished', null],
        ]);
    });

    it('without a status date finishes started work at S + D (§14 item 12) and does not hold unstarted work', async () => {
        // `progress` without `status` is invalid (and ignored): B = 02-15 + 42 = 03-29; C → 04-12; D keeps its baseline.
        const rows = rowsOf(await analyse(inFlight('')));
        expect(rows['B']).toEqual(['2027-02-15', '2027-03-29', '2027-02-01', '2027-03-15', 14]);
        expect(rows['C']).toEqual(['2027-03-29', '2027-04-12', '2027-03-15', '2027-03-29', 14]);
        expect(rows['D']).toEqual(['2027-01-04', '2027-01-14', '2027-01-04', '2027-01-14', 0]);
    });

    it('never forecasts a finish before the day after the start', async () => {
        // Started on the status date with 100% progress: status + 0 = 03-01, but never before S + 1 = 03-02.
        const rows = rowsOf(await analyse(`plan T { start 2027-01-04 status 2027-03-01 }
            candidate Done { duration 10 days started 2027-03-01 progress 100% }
            candidate Early { duration 10 days started 2027-02-01 progress 100% }`));
        expect(rows['Done']!.slice(0, 2)).toEqual(['2027-03-01', '2027-03-02']);
        // Started a month ago, all done: status + 0 = 03-01 (after S + 1).
        expect(rows['Early']!.slice(0, 2)).toEqual(['2027-02-01', '2027-03-01']);
    });

    it('finishes ahead of the baseline with a negative slip', async () => {
        const rows = rowsOf(await analyse(`plan T { start 2027-01-04 status 2027-03-01 }
            candidate Quick { duration 4 weeks started 2027-01-04 finished 2027-01-25 }`));
        expect(rows['Quick']).toEqual(['2027-01-04', '2027-01-25', '2027-01-04', '2027-02-01', -7]);
    });

    it('levelling places started work at its actual dates first', async () => {
        // Capacity 2 FTE, both need 2 FTE. X ranks first, but Y has started on 01-04: Y keeps [01-04, 01-14)
        // (status + round(100% × 10) = 01-14), and X, not started, goes after it: 01-14 → 01-24.
        const rows = rowsOf(await analyse(`plan T { start 2027-01-04 status 2027-01-04 capacity 2 FTE }
            criteria { Value weight 100% }
            candidate X { scores Value 5 duration 10 days effort 2 FTE }
            candidate Y { scores Value 1 duration 10 days effort 2 FTE started 2027-01-04 }`));
        expect(rows['Y']!.slice(0, 2)).toEqual(['2027-01-04', '2027-01-14']);
        expect(rows['X']!.slice(0, 2)).toEqual(['2027-01-14', '2027-01-24']);
        // Its baseline, with no actuals, puts X (rank 1) first.
        expect(rows['X']!.slice(2, 4)).toEqual(['2027-01-04', '2027-01-14']);
    });

    it('gives phases their baseline and slip', async () => {
        const analysis = await analyse(`plan T { start 2027-01-04 status 2027-02-01 }
            candidate A { duration 4 weeks started 2027-01-04 progress 50% }
            phase Build { includes A }`);
        // A: 02-01 + round(50% × 28) = 02-15; baseline 02-01 → slip 14, and so the phase.
        expect(analysis.phases[0]).toMatchObject({ start: '2027-01-04', finish: '2027-02-15', baselineStart: '2027-01-04', baselineFinish: '2027-02-01', slipDays: 14 });
    });

    it('counts D and the forecast in working days under a working calendar (spec §9, §11)', async () => {
        // Mon–Fri, a week off 03-15 → 03-19. Baseline: 6 weeks = 30 working days from Mon 01-04 → Mon 02-15, so D = 30.
        // Forecast: round(75% × 30 = 22.5, halves up → 23) working days from Mon 03-01: 10 to 03-12, the week off,
        // 10 to 04-02, 3 more → Thu 04-08 (in calendar days it would be 03-01 + round(75% × 42) = 04-02).
        const rows = rowsOf(await analyse(`plan T { start 2027-01-04 status 2027-03-01 workdays Mon-Fri holiday 2027-03-15 to 2027-03-19 }
            candidate B { duration 6 weeks started 2027-02-15 progress 25% }`));
        expect(rows['B']).toEqual(['2027-02-15', '2027-04-08', '2027-01-04', '2027-02-15', 52]);
    });

    it('keeps Part I numbers when nothing is tracked: baseline = schedule, slip 0, status null', async () => {
        const analysis = await analyse(inFlight('').replace(/ (started|finished) \S+| progress \S+/g, ''));
        expect(analysis.plan).toMatchObject({ status: null, baselineFinish: analysis.plan!.finish, slipDays: 0 });
        expect(analysis.candidates.every(c => c.slipDays === 0 && c.start === c.baselineStart)).toBe(true);
    });
});

describe('KPI measurements and gates on current values (spec §9)', () => {
    const text = (status: string) => `plan G { start 2027-01-04 ${status} }
        kpi Load { baseline 3.1 target <= 2.5 measured 2.4 on 2027-03-31 measured 2.9 on 2027-02-28 measured 1.5 on 2027-05-01 }
        kpi Inc { baseline 6 target <= 3 }
        phase Design { duration 4 weeks gate Load <= 2.5, Inc <= 3 }`;

    it('judges targets and gates on the latest measurement as of the status date', async () => {
        const analysis = await analyse(text('status 2027-04-01'));
        const load = analysis.kpis.find(k => k.name === 'Load')!;
        // 05-01 is after the status date: ignored for `current`, still listed, in date order.
        expect(load).toMatchObject({ current: 2.4, currentOn: '2027-03-31', targetMet: true });
        expect(load.measurements).toEqual([{ on: '2027-02-28', value: 2.9 }, { on: '2027-03-31', value: 2.4 }, { on: '2027-05-01', value: 1.5 }]);
        expect(analysis.kpis.find(k => k.name === 'Inc')).toMatchObject({ current: null, currentOn: null, targetMet: false, measurements: [] });
        expect(analysis.gates).toEqual([{ phase: 'Design', passes: false, conditions: [
            { kpi: 'Load', comparator: '<=', value: 2.5, baseline: 3.1, current: 2.4, passes: true },
            { kpi: 'Inc', comparator: '<=', value: 3, baseline: 6, current: null, passes: false },
        ] }]);
    });

    it('without a status date takes the latest measurement', async () => {
        const load = (await analyse(text(''))).kpis.find(k => k.name === 'Load')!;
        expect(load).toMatchObject({ current: 1.5, currentOn: '2027-05-01', targetMet: true });
    });

    it('before any measurement judges on the baseline', async () => {
        const analysis = await analyse(text('status 2027-02-01'));
        expect(analysis.kpis.find(k => k.name === 'Load')).toMatchObject({ current: null, targetMet: false });
        expect(analysis.gates[0]!.conditions[0]).toMatchObject({ current: null, passes: false });
    });
});
