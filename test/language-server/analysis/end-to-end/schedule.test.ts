/**
 * End to end, text → analysis: the schedule (spec §2, Schedule), with every date computed by hand
 * in the comments. Dates are calendar days; `finish` is the day the work is done.
 */
import { describe, expect, it } from 'vitest';
import type { PlanAnalysis } from '../../../../language-server/analysis/plan-analysis.js';
import { codeOf, hitp, parse } from '../../../helpers/services.js';

async function analyse(text: string): Promise<{ analysis: PlanAnalysis; codes: string[] }> {
    const document = await parse(text);
    return {
        analysis: hitp.plan.PlanService.getPlanResult(document).analysis,
        codes: (document.diagnostics ?? []).map(codeOf),
    };
}

function datesOf(analysis: PlanAnalysis): Record<string, [string | null, string | null]> {
    return Object.fromEntries(analysis.candidates.map(c => [c.name, [c.start, c.finish]]));
}

// Ranks by Value: D 1, A 2, B 3, C 4, E 5. Capacity 4 FTE.
const levelled = (capacity: string) => `
plan L { start 2027-01-04 ${capacity} }
criteria { Value weight 100% }
candidate A { scores Value 4 duration 10 days effort 3 FTE }
candidate B { scores Value 3 duration 5 days effort 2 FTE }
candidate C { scores Value 2 duration 4 days effort 1 FTE }
candidate D { scores Value 5 duration 3 days effort 2 FTE after C }
candidate E { scores Value 1 duration 2 weeks }
`;

describe('resource levelling with capacity and effort', () => {
    it('takes work by earliest possible start, then rank, and places it at the first day it fits', async () => {
        // Day 0 = 2027-01-04. Ready on day 0: A (rank 2), B (3), C (4), E (5); D (rank 1) waits for C.
        //   A: 3 FTE on [0, 10)                      → 2027-01-04 → 2027-01-14
        //   B: 3 + 2 = 5 > 4 while A runs; from day 10 load 0 → [10, 15): 2027-01-14 → 2027-01-19
        //   C: 3 + 1 = 4 ≤ 4 beside A                 → [0, 4): 2027-01-04 → 2027-01-08
        //   now ready: E (earliest day 0) before D (earliest day 4, C's finish), although D ranks first
        //   E: no effort, uses no capacity            → [0, 14): 2027-01-04 → 2027-01-18
        //   D: days 4–9: A's 3 + 2 = 5 > 4; from day 10: B's 2 + 2 = 4 ≤ 4 → [10, 13): 2027-01-14 → 2027-01-17
        // Plan finish: the latest finish, B's 2027-01-19.
        const { analysis } = await analyse(levelled('capacity 4 FTE'));
        expect(analysis.candidates.map(c => [c.name, c.rank])).toEqual([['D', 1], ['A', 2], ['B', 3], ['C', 4], ['E', 5]]);
        expect(datesOf(analysis)).toEqual({
            A: ['2027-01-04', '2027-01-14'],
            B: ['2027-01-14', '2027-01-19'],
            C: ['2027-01-04', '2027-01-08'],
            D: ['2027-01-14', '2027-01-17'],
            E: ['2027-01-04', '2027-01-18'],
        });
        expect(analysis.plan?.finish).toBe('2027-01-19');
        expect(analysis.plan?.capacityFte).toBe(4);
    });

    it('without capacity, every candidate starts as early as its predecessors allow', async () => {
        // A [0,10), B [0,5), C [0,4), D after C: [4,7), E [0,14): the plan finishes with E on 2027-01-18.
        const { analysis } = await analyse(levelled(''));
        expect(datesOf(analysis)).toEqual({
            A: ['2027-01-04', '2027-01-14'],
            B: ['2027-01-04', '2027-01-09'],
            C: ['2027-01-04', '2027-01-08'],
            D: ['2027-01-08', '2027-01-11'],
            E: ['2027-01-04', '2027-01-18'],
        });
        expect(analysis.plan?.finish).toBe('2027-01-18');
    });
});

describe('calendar months', () => {
    const text = `
plan M { start 2027-01-31 }
candidate F { duration 1 month }
candidate H { duration 13 months }
candidate I { duration 2 weeks after F }
candidate G { duration 1 month after F }
phase Design { duration 2 months }
phase Build { after Design includes G milestone Done due 2027-04-15 when G }
`;

    it('clamps to the month end', async () => {
        // F: 2027-01-31 + 1 month = 2027-02-31 → 2027-02-28.
        // H: 2027-01-31 + 13 months = 2028-02-31 → 2028-02-29 (2028 is a leap year).
        // I: after F: 2027-02-28 + 14 days = 2027-03-14.
        // Design: 2027-01-31 + 2 months = 2027-03-31. Build starts then (after Design).
        // G: latest of F's finish (2027-02-28) and Build's start (2027-03-31) = 2027-03-31;
        //    + 1 month = 2027-04-31 → 2027-04-30. Build finishes with G on 2027-04-30.
        const { analysis } = await analyse(text);
        expect(datesOf(analysis)).toEqual({
            F: ['2027-01-31', '2027-02-28'],
            H: ['2027-01-31', '2028-02-29'],
            I: ['2027-02-28', '2027-03-14'],
            G: ['2027-03-31', '2027-04-30'],
        });
        expect(analysis.phases.map(p => [p.name, p.start, p.finish])).toEqual([
            ['Design', '2027-01-31', '2027-03-31'],
            ['Build', '2027-03-31', '2027-04-30'],
        ]);
        expect(analysis.plan?.finish).toBe('2028-02-29');
    });

    it('counts a milestone late in calendar days', async () => {
        // Done is achieved with G on 2027-04-30: 2027-04-15 → 2027-04-30 = 15 days late.
        const { analysis, codes } = await analyse(text);
        expect(analysis.milestones).toMatchObject([{ name: 'Done', due: '2027-04-15', achieved: '2027-04-30', lateDays: 15 }]);
        expect(codes).toContain('milestone-late');
    });
});

describe('a plan without a start', () => {
    const text = `
plan N { horizon 3 years discount 10% inflation 3% }
criteria { Value weight 100% }
candidate A { scores Value 5 duration 1 month cost 100k once cost 10k yearly benefit 60k yearly advances infram stage 2 by 30% }
candidate B { scores Value 4 duration 2 weeks after A }
phase Pilot { includes A, B milestone M due 2027-01-01 when A }
infram { stage 1 80% stage 2 50% goal stage 2 by 2028-01-01 }
`;

    it('schedules nothing: every date is null, and nothing is late', async () => {
        const document = await parse(text);
        const { analysis } = hitp.plan.PlanService.getPlanResult(document);
        expect(analysis.plan).toMatchObject({ name: 'N', start: null, finish: null, horizonYears: 3 });
        for (const c of analysis.candidates) {
            expect([c.name, c.start, c.finish, c.totalFloatDays, c.critical]).toEqual([c.name, null, null, null, false]);
        }
        expect(analysis.phases.map(p => [p.name, p.start, p.finish])).toEqual([['Pilot', null, null]]);
        expect(analysis.milestones).toMatchObject([{ name: 'M', due: '2027-01-01', achieved: null, lateDays: 0 }]);
        expect(analysis.criticalPath).toEqual([]);
        // INFRAM: stage 1 now (stage 2 at 50%); A is funded, so 50 + 30 = 80% → projected stage 2,
        // but without dates the goal has no date of reaching, and it is not reported as missed.
        expect(analysis.infram).toMatchObject({ stage: 1, projectedStage: 2, goalStage: 2, goalReachedOn: null });
        const codes = (document.diagnostics ?? []).map(codeOf);
        expect(codes).not.toContain('milestone-late');
        expect(codes).not.toContain('infram-goal-missed');
        for (const d of document.diagnostics ?? []) expect(d.message).not.toMatch(/NaN|Infinity|undefined/);
    });

    it('still computes the money', async () => {
        // A: year 0 −100,000; yearly cost 10,000·1.03^(t−1) = 10,000, 10,300, 10,609; benefit 60,000 a year:
        //   [−100,000, 50,000, 49,700, 49,391]. B has no flows; both are funded (no budget).
        const { analysis } = await analyse(text);
        const a = analysis.candidates.find(c => c.name === 'A')!;
        expect(a.cashflows.map(v => Math.round(v * 1e6) / 1e6)).toEqual([-100000, 50000, 49700, 49391]);
        const npv = -100000 + 50000 / 1.1 + 49700 / 1.1 ** 2 + 49391 / 1.1 ** 3; // ≈ 23,636.36
        expect(a.npv).toBeCloseTo(npv, 4);
        // ROI = (180,000 − (100,000 + 30,909)) / 130,909
        expect(a.roi).toBeCloseTo((180000 - 130909) / 130909, 9);
        // Payback: cumulative −100,000, −50,000, −300 (after 49,700), +49,091 → year 3: 2 + 300/49,391
        expect(a.paybackYears).toBeCloseTo(2 + 300 / 49391, 9);
        expect(analysis.portfolio.cashflows.map(v => Math.round(v * 1e6) / 1e6)).toEqual([-100000, 50000, 49700, 49391]);
    });
});
