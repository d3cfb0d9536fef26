/**
 * Issue 21: the simulation's runs reuse one `ForwardScratch` and replay the order its first
 * unlevelled pass settled the nodes in. Every reused pass must equal a pass with fresh arrays.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ForwardScratch, forwardPass, type ForwardResult } from '../../../language-server/analysis/levelling.js';
import { buildNetwork, type PrecedenceNetwork } from '../../../language-server/analysis/schedule.js';
import { makeCalendar } from '../../../language-server/analysis/working-calendar.js';
import { cand, day, days, months, phase, scheduleInput } from '../../helpers/schedule-builders.js';

/** The comparable part of a pass: dates, order and freeze moves (fresh copies: a scratch's arrays are reused). */
function dates(result: ForwardResult) {
    return {
        early: [...result.early], earlyFinish: [...result.earlyFinish], order: [...result.order],
        freezeMoves: [...result.freezeMoves],
    };
}

/** Random plans: `after` within a window of five, phases in order, some weeks and months, a Mon–Fri calendar or none. */
const planArb = fc.record({
    tasks: fc.array(fc.record({
        amount: fc.integer({ min: 0, max: 40 }), inMonths: fc.boolean(), back: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 3 }),
        phase: fc.option(fc.integer({ min: 0, max: 2 })), effort: fc.option(fc.integer({ min: 1, max: 3 })),
    }), { minLength: 1, maxLength: 30 }),
    phaseDays: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 3, maxLength: 3 }),
    workweek: fc.boolean(),
    runs: fc.array(fc.record({
        delays: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 30, maxLength: 30 }),
        floors: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 30, maxLength: 30 }),
    }), { minLength: 1, maxLength: 4 }),
});

function networkOf(plan: typeof planArb extends fc.Arbitrary<infer T> ? T : never): PrecedenceNetwork {
    const input = scheduleInput('2027-01-04', plan.tasks.map((t, i) => cand(`C${i}`, t.inMonths ? months(t.amount % 4) : days(t.amount), {
        after: t.back.filter(k => i - k >= 0).map(k => `C${i - k}`), phase: t.phase === null ? null : `P${t.phase}`, effortFte: t.effort,
    })), plan.phaseDays.map((d, j) => phase(`P${j}`, days(d), j > 0 ? [`P${j - 1}`] : [])), 2);
    if (plan.workweek) input.calendar = makeCalendar([1, 2, 3, 4, 5], [{ fromDay: day('2027-02-01'), toDay: day('2027-02-05') }]);
    input.freezes = [{ fromDay: day('2027-03-01'), toDay: day('2027-03-10') }];
    return buildNetwork(input).network;
}

describe('forward pass with a reused scratch (issue 21)', () => {
    it('gives the dates of a fresh pass in every run, unlevelled (replayed order) and levelled', () => {
        fc.assert(fc.property(planArb, plan => {
            const net = networkOf(plan);
            const scratch = new ForwardScratch(net);
            for (const capacities of [null, [2]] as const) {
                for (const run of plan.runs) {
                    const delayDays = Float64Array.from(run.delays.slice(0, net.candidateCount));
                    const notBefore = Float64Array.from(run.floors.slice(0, net.candidateCount), f => net.startDay + f);
                    const fresh = dates(forwardPass(net, capacities, { delayDays, notBefore }));
                    expect(dates(forwardPass(net, capacities, { delayDays, notBefore, scratch }))).toEqual(fresh);
                }
            }
            expect(scratch.settledInOrder).toBe(net.candidateCount + 2 * net.phaseCount);
        }), { numRuns: 150 });
    });

    it('replays a network with a cycle: the nodes left in it keep their early day in every pass', () => {
        // C0 → C1 → C2 → C1: C0 settles, C1 and C2 never do (buildNetwork drops such edges; the pass must not hang).
        const net: PrecedenceNetwork = {
            startDay: day('2027-01-04'), candidateCount: 3, phaseCount: 0,
            duration: [days(5), days(3), days(2)], effortFte: new Float64Array(3), rank: Float64Array.of(1, 1, 1),
            fixedStart: Float64Array.of(Number.NaN, Number.NaN, Number.NaN), notBefore: new Float64Array(3).fill(day('2027-01-04')),
            fixedFinal: new Uint8Array(3), outStart: Int32Array.of(0, 1, 2, 3), target: Int32Array.of(1, 2, 1), lag: [null, null, null],
            draws: [[], [], []], calendar: makeCalendar(undefined, []), freezes: [],
        };
        const scratch = new ForwardScratch(net);
        const fresh = dates(forwardPass(net, null));
        expect(fresh.order).toEqual([0, 1, 2]);
        expect(fresh.earlyFinish).toEqual([day('2027-01-09'), day('2027-01-12'), day('2027-01-06')]);
        for (let run = 0; run < 3; run++) expect(dates(forwardPass(net, null, { scratch }))).toEqual(fresh);
        expect(scratch.settledInOrder).toBe(1);
    });
});
