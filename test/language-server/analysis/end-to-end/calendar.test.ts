/**
 * End to end, text → analysis, for spec §11: a Mon–Fri calendar with holidays, lags and leads,
 * a change freeze, and levelling over two teams and the plan's pool. Every date is computed by
 * hand in the comments (2027-01-04 is a Monday; 18 January and 15–16 February are holidays).
 */
import { describe, expect, it } from 'vitest';
import type { PlanAnalysis } from '../../../../language-server/analysis/plan-analysis.js';
import { DiagnosticCode } from '../../../../language-server/protocol/diagnostic-codes.js';
import { codeOf, hitp, parse } from '../../../helpers/services.js';

async function analyse(text: string): Promise<{ analysis: PlanAnalysis; diagnostics: Array<{ code: string; message: string; line: number }> }> {
    const document = await parse(text);
    return {
        analysis: hitp.plan.PlanService.getPlanResult(document).analysis,
        diagnostics: (document.diagnostics ?? []).map(d => ({ code: codeOf(d), message: d.message, line: d.range.start.line })),
    };
}

const datesOf = (analysis: PlanAnalysis) => Object.fromEntries(
    [...analysis.candidates, ...analysis.phases].map(x => [x.name, [x.start, x.finish]]));

const plan = `
plan C "Calendar" { start 2027-01-02 workdays Mon-Fri holiday 2027-01-18 holiday 2027-02-15 to 2027-02-16 capacity 2 FTE }
criteria { Value weight 100% }
freeze Survey "Joint Commission survey" from 2027-02-20 to 2027-02-26
team Net "Network engineering" { capacity 3 FTE }
team Ehr "EHR analysts" { capacity 1 FTE }
candidate A { scores Value 5 duration 2 weeks effort 2 FTE Net, 1 FTE }
candidate B { scores Value 4 duration 3 days after A + 2 days effort 2 FTE Net }
candidate C { scores Value 3 duration 1 month after B - 1 day effort 1 FTE Ehr }
candidate D { scores Value 2 duration 1 week effort 2 FTE Net }
candidate E { scores Value 1 duration 4 days effort 1 FTE Ehr, 2 FTE }
phase P { duration 1 week }
phase Q { after P + 1 week }
`;

describe('a Mon–Fri plan with holidays, lags, a freeze and teams (spec §11)', () => {
    it('schedules every candidate and phase on working days', async () => {
        const { analysis } = await analyse(plan);
        expect(datesOf(analysis)).toEqual({
            // Saturday 2 January → Monday 4 January; 10 working days end Fri 15; Mon 18 is a holiday.
            A: ['2027-01-04', '2027-01-19'],
            // Net: A holds 2 of 3 FTE until 19 January, so D (2 FTE) runs 19–25 (5 days) → finish Tue 26.
            D: ['2027-01-19', '2027-01-26'],
            // Ready 2 working days after A (19, 20 → 21), but Net is full until D finishes on the 26th.
            B: ['2027-01-26', '2027-01-29'],
            // E needs the plan pool's 2 FTE, held by A (1 FTE) until the 19th: Mon 19 – Fri 22 → Mon 25.
            E: ['2027-01-19', '2027-01-25'],
            // A lead of 1 day before B's finish (29th) → Thu 28; 1 month → Sun 28 February → Mon 1 March.
            // Its go-live, Fri 26 February, lies in the Survey freeze: go-live Mon 1 March, finish Tue 2 March.
            C: ['2027-01-28', '2027-03-02'],
            // P: 5 working days from Mon 4 → Mon 11; Q waits 5 working days (11–15) → Tue 19 (Mon 18 a holiday).
            P: ['2027-01-04', '2027-01-11'],
            Q: ['2027-01-19', '2027-01-19'],
        });
        expect(analysis.plan?.finish).toBe('2027-03-02');
        expect(analysis.candidates.find(c => c.name === 'C')?.goLive).toEqual({ day: '2027-03-01', planYear: 0 });
        // Go-live is the last working day before the finish: A finishes Tue 19, after the holiday Monday → Fri 15.
        expect(analysis.candidates.find(c => c.name === 'A')?.goLive).toEqual({ day: '2027-01-15', planYear: 0 });
    });

    it('reports the freeze move as info freeze-moved on the candidate, naming both go-lives and the freeze', async () => {
        const { diagnostics } = await analyse(plan);
        expect(diagnostics.filter(d => d.code === DiagnosticCode.FreezeMoved)).toEqual([{
            code: 'freeze-moved', line: 8,
            message: 'C goes live on 2027-03-01 instead of 2027-02-26: change freeze Survey (2027-02-20 to 2027-02-26)',
        }]);
    });

    it('gives each team its capacity, peak and utilisation over the plan\'s working days', async () => {
        const { analysis } = await analyse(plan);
        // [2 Jan, 2 Mar): 19 working days in January, 18 in February, 1 March → 38.
        // Net: 2 FTE on every working day of [4 Jan, 29 Jan): 18 days → 36 FTE-days / (38 × 3).
        // Ehr: E 1 FTE × 4 days, C 1 FTE × 20 working days of [28 Jan, 1 Mar) (the freeze wait books
        // nothing) → 24 / (38 × 1).
        expect(analysis.teams.map(({ load: _load, ...team }) => team)).toEqual([
            { name: 'Net', title: 'Network engineering', capacityFte: 3, peakFte: 2, utilisation: 36 / 114 },
            { name: 'Ehr', title: 'EHR analysts', capacityFte: 1, peakFte: 1, utilisation: 24 / 38 },
        ]);
    });

    it('levels a team even when the plan has no capacity (§14 item 11)', async () => {
        const { analysis } = await analyse(`
plan L { start 2027-01-04 }
criteria { Value weight 100% }
team Net { capacity 2 FTE }
candidate X { scores Value 5 duration 5 days effort 2 FTE Net }
candidate Y { scores Value 4 duration 5 days effort 1 FTE Net, 9 FTE }
`);
        // Every day works; Y waits for X's 2 FTE of Net; its 9 FTE on the plan's pool are not levelled.
        expect(datesOf(analysis)).toEqual({ X: ['2027-01-04', '2027-01-09'], Y: ['2027-01-09', '2027-01-14'] });
        // Utilisation: (2 FTE × 5 days + 1 FTE × 5 days) / (10 days × 2 FTE).
        expect(analysis.teams[0]).toMatchObject({ peakFte: 2, utilisation: 0.75 });
    });

    it('changes nothing for a plan without workdays, holidays, freezes or teams', async () => {
        const { analysis } = await analyse(`
plan R { start 2027-01-02 }
candidate A { duration 10 days }
candidate B { duration 1 week after A + 2 days }
`);
        // Calendar days: A 2 → 12 January; B 2 days later, 7 days → 14 → 21 January.
        expect(datesOf(analysis)).toEqual({ A: ['2027-01-02', '2027-01-12'], B: ['2027-01-14', '2027-01-21'] });
        expect(analysis.teams).toEqual([]);
        expect(analysis.calendar).toBeNull();
    });
});

describe('the final go-live counts for money (spec §14 item 2)', () => {
    it('moves a go-live cost into the next plan year when a freeze moves the go-live across it', async () => {
        // 10 working days from Mon 6 December: go-live Fri 17 December, inside the freeze →
        // Thu 6 January 2028, which is in plan year 1 (2028-01-04 onwards).
        const { analysis } = await analyse(`
plan M { start 2027-01-04 workdays Mon-Fri horizon 2 years }
freeze YearEnd from 2027-12-15 to 2028-01-05
candidate A { duration 10 days cost 80k once at go-live }
candidate B { duration 10 days cost 80k once at go-live after A - 10 days }
`);
        const a = analysis.candidates.find(c => c.name === 'A')!;
        expect(a.start).toBe('2027-01-04');
        expect(a.cashflows).toEqual([-80000, 0, 0]);
        const { analysis: late } = await analyse(`
plan M { start 2027-01-04 workdays Mon-Fri horizon 2 years }
freeze YearEnd from 2027-12-15 to 2028-01-05
candidate Prep { duration 48 weeks }
candidate A { duration 10 days cost 80k once at go-live after Prep }
`);
        const moved = late.candidates.find(c => c.name === 'A')!;
        expect([moved.start, moved.finish, moved.goLive]).toEqual(['2027-12-06', '2028-01-07', { day: '2028-01-06', planYear: 1 }]);
        expect(moved.cashflows).toEqual([0, -80000, 0]);
    });
});
