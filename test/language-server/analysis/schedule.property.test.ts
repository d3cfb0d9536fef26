import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDuration } from '../../../language-server/analysis/calendar.js';
import { findCycles } from '../../../language-server/analysis/cycles.js';
import { scheduleWork, type ScheduleInput, type ScheduleResult } from '../../../language-server/analysis/schedule.js';
import type { Duration } from '../../../language-server/model/plan-model.js';
import { cand, day, days, months, phase } from '../../helpers/schedule-builders.js';

const RUNS = { numRuns: 200 };
const ZERO: Duration = { amount: 0, unit: 'days' };

const durationArb: fc.Arbitrary<Duration | null> = fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 60 }).map(days),
    fc.integer({ min: 0, max: 6 }).map(months),
    fc.double({ min: 0, max: 4, noNaN: true }).map(months),
    fc.double({ min: 0, max: 30, noNaN: true }).map(days),
);

const startArb = fc.integer({ min: day('2020-01-01'), max: day('2035-12-31') });

/**
 * Random acyclic plans: candidate i may start after candidates i−1..i−5 (a sliding window),
 * candidates join phases in non-decreasing phase order, and phases follow earlier phases only.
 */
function dagArb(effortMax: number): fc.Arbitrary<ScheduleInput> {
    return fc.record({
        start: startArb,
        phaseCount: fc.integer({ min: 0, max: 4 }),
        phases: fc.array(fc.record({ duration: durationArb, back: fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 2 }) }), { minLength: 4, maxLength: 4 }),
        tasks: fc.array(fc.record({
            duration: durationArb,
            back: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 3 }),
            nextPhase: fc.boolean(),
            inPhase: fc.boolean(),
            rank: fc.integer({ min: 1, max: 5 }),
            effort: fc.option(fc.integer({ min: 0, max: effortMax * 2 }).map(x => x / 2)),
        }), { maxLength: 40 }),
        capacity: fc.option(fc.integer({ min: 1, max: 8 }).map(x => x / 2)),
    }).map(({ start, phaseCount, phases, tasks, capacity }) => {
        let current = 0;
        return {
            startDay: start,
            capacityFte: capacity,
            phases: phases.slice(0, phaseCount).map((p, j) =>
                phase(`P${j}`, p.duration, p.back.filter(k => j - k >= 0).map(k => `P${j - k}`))),
            candidates: tasks.map((t, i) => {
                if (t.nextPhase && current < phaseCount - 1) current++;
                return cand(`C${i}`, t.duration, {
                    after: t.back.filter(k => i - k >= 0).map(k => `C${i - k}`),
                    phase: t.inPhase && phaseCount > 0 ? `P${current}` : null,
                    rank: t.rank,
                    effortFte: t.effort,
                });
            }),
        };
    });
}

/** Random plans with arbitrary references: cycles of every kind. */
const anyGraphArb: fc.Arbitrary<ScheduleInput> = fc.record({
    start: startArb,
    phaseCount: fc.integer({ min: 0, max: 3 }),
    phaseAfter: fc.array(fc.array(fc.nat(3), { maxLength: 2 }), { minLength: 3, maxLength: 3 }),
    tasks: fc.array(fc.record({
        duration: durationArb, after: fc.array(fc.nat(15), { maxLength: 3 }), phase: fc.option(fc.nat(3)),
        effort: fc.option(fc.integer({ min: 0, max: 4 })),
    }), { maxLength: 16 }),
    capacity: fc.option(fc.integer({ min: 0, max: 3 })),
}).map(({ start, phaseCount, phaseAfter, tasks, capacity }) => ({
    startDay: start,
    capacityFte: capacity,
    phases: phaseAfter.slice(0, phaseCount).map((after, j) => phase(`P${j}`, null, after.map(k => `P${k}`))),
    candidates: tasks.map((t, i) => cand(`C${i}`, t.duration, {
        after: t.after.map(k => `C${k}`), phase: t.phase === null ? null : `P${t.phase}`, rank: 1 + (i % 3), effortFte: t.effort,
    })),
}));

function expectFinite(result: ScheduleResult): void {
    expect(Number.isFinite(result.finishDay)).toBe(true);
    for (const item of [...result.candidates.values(), ...result.phases.values()]) {
        for (const value of [item.startDay, item.finishDay, item.totalFloatDays]) expect(Number.isInteger(value)).toBe(true);
        expect(item.totalFloatDays).toBeGreaterThanOrEqual(0);
        expect(item.critical).toBe(item.totalFloatDays === 0);
        expect(item.finishDay).toBeGreaterThanOrEqual(item.startDay);
        expect(item.finishDay).toBeLessThanOrEqual(result.finishDay);
    }
}

/** Every precedence of spec §2 Schedule holds; with `tight`, every start is also the earliest allowed. */
function expectPrecedences(input: ScheduleInput, result: ScheduleResult, tight: boolean): void {
    for (const c of input.candidates) {
        const item = result.candidates.get(c.name)!;
        expect(item.finishDay).toBe(addDuration(item.startDay, c.duration ?? ZERO));
        let earliest = input.startDay;
        for (const name of c.after) earliest = Math.max(earliest, result.candidates.get(name)!.finishDay);
        if (c.phase !== null) {
            const p = result.phases.get(c.phase)!;
            earliest = Math.max(earliest, p.startDay);
            expect(item.finishDay).toBeLessThanOrEqual(p.finishDay);
        }
        if (tight) expect(item.startDay).toBe(earliest);
        else expect(item.startDay).toBeGreaterThanOrEqual(earliest);
    }
    for (const p of input.phases) {
        const item = result.phases.get(p.name)!;
        let earliest = input.startDay;
        for (const name of p.after) earliest = Math.max(earliest, result.phases.get(name)!.finishDay);
        expect(item.startDay).toBe(earliest);
        expect(item.finishDay).toBeGreaterThanOrEqual(addDuration(item.startDay, p.duration ?? ZERO));
    }
}

/** Load per breakpoint of the placed candidates with effort: [day, summed FTE, oversized work running]. */
function loadSteps(input: ScheduleInput, result: ScheduleResult): { day: number; load: number; names: string[] }[] {
    const spans = input.candidates
        .map(c => ({ c, item: result.candidates.get(c.name)! }))
        .filter(({ c, item }) => (c.effortFte ?? 0) > 0 && item.finishDay > item.startDay);
    const breakpoints = [...new Set(spans.map(s => s.item.startDay))].sort((a, b) => a - b);
    return breakpoints.map(d => {
        const running = spans.filter(s => s.item.startDay <= d && d < s.item.finishDay);
        return { day: d, load: running.reduce((sum, s) => sum + s.c.effortFte!, 0), names: running.map(s => s.c.name) };
    });
}

describe('scheduleWork properties', () => {
    it('CPM on random DAGs: every precedence holds, starts are earliest, floats ≥ 0, no NaN', () => {
        fc.assert(fc.property(dagArb(2), input => {
            const plain = { ...input, capacityFte: null };
            const result = scheduleWork(plain);
            expect(result.cycleEdgesIgnored).toBe(0);
            expectFinite(result);
            expectPrecedences(plain, result, true);
            if (result.candidates.size + result.phases.size > 0) expect(result.criticalPath.length).toBeGreaterThan(0);
        }), RUNS);
    });

    it('CPM float is exact: a delay of the float keeps the finish; one more day (day durations) moves it', () => {
        const dayDurations = dagArb(2).map(input => ({
            ...input, capacityFte: null,
            candidates: input.candidates.map(c => ({ ...c, duration: c.duration?.unit === 'months' ? days(c.duration.amount * 30) : c.duration })),
        }));
        fc.assert(fc.property(dayDurations, input => {
            const result = scheduleWork(input);
            // Delaying an item by k days = making it wait for an extra candidate that finishes k days after its start.
            const delayed = (name: string, isPhase: boolean, k: number): number => {
                const item = (isPhase ? result.phases : result.candidates).get(name)!;
                const hold = cand('__Hold', days(item.startDay - input.startDay + k));
                const candidates = [...input.candidates.map(c => !isPhase && c.name === name ? { ...c, after: [...c.after, '__Hold'] } : c), hold];
                const phases = input.phases.map(p => isPhase && p.name === name ? { ...p, after: [...p.after, '__HoldPhase'] } : p);
                if (isPhase) phases.push(phase('__HoldPhase', days(item.startDay - input.startDay + k)));
                return scheduleWork({ ...input, candidates, phases }).finishDay;
            };
            for (const [name, item] of result.candidates) {
                expect(delayed(name, false, item.totalFloatDays)).toBe(result.finishDay);
                expect(delayed(name, false, item.totalFloatDays + 1)).toBeGreaterThan(result.finishDay);
            }
            for (const [name, item] of result.phases) expect(delayed(name, true, item.totalFloatDays)).toBe(result.finishDay);
        }), { numRuns: 100 });
    });

    it('levelling on random DAGs: precedences hold, never earlier than CPM, load within capacity', () => {
        fc.assert(fc.property(dagArb(2), fc.integer({ min: 4, max: 8 }).map(x => x / 2), (input, capacity) => {
            // Efforts are at most 2 FTE and capacity at least 2, so every candidate fits on its own.
            const levelled = { ...input, capacityFte: capacity };
            const result = scheduleWork(levelled);
            expectFinite(result);
            expectPrecedences(levelled, result, false);
            const plain = scheduleWork({ ...input, capacityFte: null });
            for (const [name, item] of result.candidates) expect(item.startDay).toBeGreaterThanOrEqual(plain.candidates.get(name)!.startDay);
            for (const step of loadSteps(levelled, result)) expect(step.load).toBeLessThanOrEqual(capacity + 1e-9);
        }), RUNS);
    });

    it('levelling with work bigger than capacity: it runs alone, everything else stays within capacity', () => {
        fc.assert(fc.property(dagArb(4), fc.integer({ min: 0, max: 4 }).map(x => x / 2), (input, capacity) => {
            const levelled = { ...input, capacityFte: capacity };
            const result = scheduleWork(levelled);
            expectFinite(result);
            expectPrecedences(levelled, result, false);
            const oversized = new Set(levelled.candidates.filter(c => (c.effortFte ?? 0) > capacity).map(c => c.name));
            for (const step of loadSteps(levelled, result)) {
                if (step.names.some(n => oversized.has(n))) expect(step.names).toHaveLength(1);
                else expect(step.load).toBeLessThanOrEqual(capacity + 1e-9);
            }
        }), RUNS);
    });

    it('arbitrary references (cycles of every kind) never hang, throw or produce NaN', () => {
        fc.assert(fc.property(anyGraphArb, input => {
            expectFinite(scheduleWork(input));
        }), RUNS);
    });

    it('without phases, edges are ignored exactly inside the cycles findCycles reports', () => {
        fc.assert(fc.property(anyGraphArb, input => {
            const plain: ScheduleInput = { ...input, phases: [], capacityFte: null };
            const names = plain.candidates.map(c => c.name);
            const edges = new Map(plain.candidates.map(c => [c.name, c.after.filter(a => names.includes(a))]));
            // findCycles walks "needs" edges (candidate → what it is after); the loop must follow them.
            const cycles = findCycles(names, n => edges.get(n) ?? []);
            const cycleOf = new Map(cycles.flatMap((cycle, i) => cycle.members.map(m => [m, i] as const)));
            for (const { loop, members } of cycles) {
                expect(loop[0]).toBe(loop[loop.length - 1]);
                expect(new Set(loop.slice(0, -1)).size).toBe(loop.length - 1);
                for (let k = 0; k + 1 < loop.length; k++) expect(edges.get(loop[k]!)).toContain(loop[k + 1]);
                for (const m of loop) expect(members).toContain(m);
            }
            const inCycle = (a: string, b: string) => cycleOf.has(a) && cycleOf.get(a) === cycleOf.get(b);
            const ignored = [...edges].reduce((sum, [n, after]) => sum + after.filter(a => inCycle(n, a)).length, 0);
            const result = scheduleWork(plain);
            expect(result.cycleEdgesIgnored).toBe(ignored);
            for (const [n, after] of edges) {
                for (const a of after.filter(x => !inCycle(n, x))) {
                    expect(result.candidates.get(n)!.startDay).toBeGreaterThanOrEqual(result.candidates.get(a)!.finishDay);
                }
            }
        }), RUNS);
    });
});
