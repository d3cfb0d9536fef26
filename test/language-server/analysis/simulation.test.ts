/**
 * Spec §8: the Monte Carlo simulation, against references that do not share its code:
 * - one triangular duration against the closed-form triangular quantiles and mean;
 * - a risk of likelihood 100% against the deterministic schedule with that delay written in;
 * - a chain and a merge (two parallel paths into one milestone) against their exact
 *   distributions, convolved here from the closed-form triangular distribution function;
 * - properties: P50 ≤ P80 ≤ P95, on-time probability grows with the due date, same seed →
 *   identical JSON, 100 runs never crash.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../language-server/analysis/analyze-plan.js';
import { runSimulation } from '../../../language-server/analysis/simulation-findings.js';
import { nearestRank, simulate, triangularQuantile } from '../../../language-server/analysis/simulation.js';
import type { Candidate, DurationRange, Milestone, PlanModel, Risk } from '../../../language-server/model/plan-model.js';
import { DiagnosticCode } from '../../../language-server/protocol/diagnostic-codes.js';
import { candidate, model, phase, plan, src, type CandidateOptions } from '../../helpers/model-builders.js';
import { day, iso } from '../../helpers/schedule-builders.js';
import { worded } from '../../helpers/findings.js';

const START = day('2027-01-04');

function ranged(name: string, o: number, m: number, p: number, extra: Partial<CandidateOptions> = {}): Candidate {
    return candidate({
        name, duration: { amount: m, unit: 'days' }, durationRange: { optimisticDays: o, mostLikelyDays: m, pessimisticDays: p }, ...extra,
    });
}

function milestone(name: string, due: string, when: string[]): Milestone {
    return { name, title: name, phase: 'Ph', dueDay: day(due), when, source: src(3) };
}

function planWith(candidates: Candidate[], milestones: Milestone[] = [], risks: Risk[] = []): PlanModel {
    return model({
        plan: plan({ startDay: START }),
        candidates: candidates.map(c => ({ ...c, phase: milestones.length > 0 ? 'Ph' : null })),
        phases: milestones.length > 0 ? [phase('Ph', { includes: candidates.map(c => c.name), milestones })] : [],
        risks,
    });
}

function simulationOf(m: PlanModel, runs: number, seed = 1, confidence = 0.8) {
    const result = runSimulation(analyzePlan(m).simulationBasis, { runs, seed, confidence });
    if (!result.simulation) throw new Error('the simulation did not run');
    return { ...result, simulation: result.simulation };
}

/** Closed-form triangular distribution function (O, M, P). */
function triangularCdf(x: number, { optimisticDays: a, mostLikelyDays: c, pessimisticDays: b }: DurationRange): number {
    if (x <= a) return 0;
    if (x >= b) return 1;
    return x <= c ? (x - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - c));
}

/** The closed-form quantile: the inverse of `triangularCdf`, solved by bisection (not the simulation's formula). */
function closedFormQuantile(p: number, range: DurationRange): number {
    let lo = range.optimisticDays, hi = range.pessimisticDays;
    for (let k = 0; k < 200; k++) {
        const mid = (lo + hi) / 2;
        if (triangularCdf(mid, range) < p) lo = mid; else hi = mid;
    }
    return (lo + hi) / 2;
}

/** P(round-half-up(X) = k) for whole days k: F(k + 0.5) − F(k − 0.5), with ties at .5 going up. */
function roundedPmf(range: DurationRange): Map<number, number> {
    const pmf = new Map<number, number>();
    for (let k = Math.floor(range.optimisticDays); k <= Math.ceil(range.pessimisticDays) + 1; k++) {
        const mass = triangularCdf(k + 0.5, range) - triangularCdf(k - 0.5, range);
        if (mass > 0) pmf.set(k, mass);
    }
    return pmf;
}

function quantileOfPmf(pmf: Map<number, number>, p: number): number {
    let cumulative = 0;
    for (const [value, mass] of [...pmf].sort((a, b) => a[0] - b[0])) {
        cumulative += mass;
        if (cumulative >= p - 1e-12) return value;
    }
    return Math.max(...pmf.keys());
}

describe('one triangular duration (spec §8)', () => {
    const range: DurationRange = { optimisticDays: 10, mostLikelyDays: 30, pessimisticDays: 100 };
    const runs = 20000;
    const { simulation } = simulationOf(planWith([ranged('X', 10, 30, 100)]), runs, 42);

    it('matches the closed-form quantiles within one day', () => {
        for (const [p, field] of [[0.5, 'finishP50'], [0.8, 'finishP80'], [0.95, 'finishP95']] as const) {
            const expected = START + Math.floor(closedFormQuantile(p, range) + 0.5);
            expect(Math.abs(day(simulation[field]) - expected), `${field}`).toBeLessThanOrEqual(1);
        }
    });

    it('matches the closed-form mean (O + M + P) / 3 within a quarter of a day', () => {
        const total = simulation.finishDistribution.reduce((sum, bar) => sum + (day(bar.finish) - START) * bar.runs, 0);
        expect(Math.abs(total / runs - (10 + 30 + 100) / 3)).toBeLessThan(0.25);
    });

    it('draws inside the range: the finish distribution lies within O..P days of the start', () => {
        const days = simulation.finishDistribution.map(bar => day(bar.finish) - START);
        expect(Math.min(...days)).toBeGreaterThanOrEqual(10);
        expect(Math.max(...days)).toBeLessThanOrEqual(100);
        expect(simulation.finishDistribution.reduce((s, b) => s + b.runs, 0)).toBe(runs);
    });

    it('inverts the triangular distribution function', () => {
        for (const u of [0, 0.1, 2 / 9, 0.5, 0.9, 0.999]) expect(triangularCdf(triangularQuantile(u, range), range)).toBeCloseTo(u, 9);
        expect(triangularQuantile(0.3, { optimisticDays: 5, mostLikelyDays: 5, pessimisticDays: 5 })).toBe(5);
    });

    it('takes nearest-rank percentiles: the ⌈p·N⌉-th smallest', () => {
        const sorted = Float64Array.from({ length: 100 }, (_, i) => i + 1);
        expect([nearestRank(sorted, 50), nearestRank(sorted, 80), nearestRank(sorted, 95)]).toEqual([50, 80, 95]);
        expect(nearestRank(Float64Array.of(7, 8, 9), 50)).toBe(8);
    });
});

describe('a risk of likelihood 100% (spec §8)', () => {
    it('behaves exactly like a fixed delay written into the schedule', () => {
        const risk: Risk = {
            name: 'R', title: 'R', affects: ['A'], likelihood: 1, impactDays: 14, impactCost: null, owner: null,
            mitigation: 'm', contingency: null, source: src(),
        };
        const a = (amount: number) => candidate({ name: 'A', duration: { amount, unit: 'days' } });
        const b = candidate({ name: 'B', duration: { amount: 10, unit: 'days' }, after: ['A'] });
        const withRisk = simulationOf(planWith([a(30), b], [milestone('M', '2027-02-20', ['B'])], [risk]), 100).simulation;
        const fixed = analyzePlan(planWith([a(44), b], [milestone('M', '2027-02-20', ['B'])]));
        const finish = fixed.analysis.plan!.finish;
        expect([withRisk.finishP50, withRisk.finishP80, withRisk.finishP95]).toEqual([finish, finish, finish]);
        expect(withRisk.milestones).toEqual([{
            name: 'M', due: '2027-02-20', achievedP80: fixed.analysis.milestones[0]!.achieved,
            onTimeProbability: fixed.analysis.milestones[0]!.lateDays === 0 ? 1 : 0,
        }]);
        expect(withRisk.deterministicFinish).toBe(iso(START + 40));
    });
});

describe('a chain and a merge against their exact distributions', () => {
    const rA: DurationRange = { optimisticDays: 10, mostLikelyDays: 20, pessimisticDays: 40 };
    const rB: DurationRange = { optimisticDays: 5, mostLikelyDays: 15, pessimisticDays: 35 };
    const runs = 20000;

    it('chain A → B: B starts at the later of A\'s finish and its deterministic start (20 days)', () => {
        // A mostly finishes before its most likely 20 days, so the floor on B's start matters.
        const early: DurationRange = { optimisticDays: 5, mostLikelyDays: 20, pessimisticDays: 24 };
        const { simulation } = simulationOf(planWith([ranged('A', 5, 20, 24), ranged('B', 5, 15, 35, { after: ['A'] })]), runs, 9);
        // Exact: finish = max(20, dA) + dB, over the rounded triangular distributions.
        const pmfA = roundedPmf(early), pmfB = roundedPmf(rB);
        const finish = new Map<number, number>();
        for (const [da, pa] of pmfA) for (const [db, pb] of pmfB) {
            const f = Math.max(20, da) + db;
            finish.set(f, (finish.get(f) ?? 0) + pa * pb);
        }
        for (const [p, field] of [[0.5, 'finishP50'], [0.8, 'finishP80'], [0.95, 'finishP95']] as const) {
            expect(Math.abs(day(simulation[field]) - START - quantileOfPmf(finish, p)), field).toBeLessThanOrEqual(1);
        }
    });

    it('merge: a milestone waiting for two parallel paths is on time with probability F_A(D)·F_B(D)', () => {
        const due = 24;
        const m = planWith([ranged('A', 10, 20, 40), ranged('B', 5, 15, 35)], [milestone('M', iso(START + due), ['A', 'B'])]);
        const { simulation } = simulationOf(m, runs, 5);
        const cdf = (pmf: Map<number, number>, x: number) => [...pmf].filter(([k]) => k <= x).reduce((s, [, q]) => s + q, 0);
        const exact = cdf(roundedPmf(rA), due) * cdf(roundedPmf(rB), due);
        expect(Math.abs(simulation.milestones[0]!.onTimeProbability - exact)).toBeLessThan(0.02);
        const maxPmf = new Map<number, number>();
        for (const [da, pa] of roundedPmf(rA)) for (const [db, pb] of roundedPmf(rB)) {
            const f = Math.max(da, db);
            maxPmf.set(f, (maxPmf.get(f) ?? 0) + pa * pb);
        }
        expect(Math.abs(day(simulation.milestones[0]!.achievedP80) - START - quantileOfPmf(maxPmf, 0.8))).toBeLessThanOrEqual(1);
    });
});

describe('when the simulation runs', () => {
    it('does not run without a start, or without a three-point duration or a risk with a delay', () => {
        expect(analyzePlan(model({ plan: plan({ startDay: null }), candidates: [ranged('A', 1, 2, 3)] })).simulationBasis).toBeNull();
        expect(analyzePlan(model({ candidates: [candidate({ name: 'A', duration: { amount: 5, unit: 'days' } })] })).simulationBasis).toBeNull();
    });

    it('leaves blocked milestones out (spec §14.8) and warns milestone-at-risk below the confidence', () => {
        const m = planWith([ranged('A', 10, 20, 40)], [milestone('Tight', '2027-01-20', ['A']), milestone('Never', '2027-06-01', ['Gone'])]);
        const result = simulationOf(m, 500, 1, 0.8);
        expect(result.simulation.milestones.map(x => x.name)).toEqual(['Tight']);
        expect(result.findings).toHaveLength(1);
        expect(result.findings[0]).toMatchObject({ code: DiagnosticCode.MilestoneAtRisk, severity: 'warning', source: src(3) });
        expect(worded(result.findings[0]!).message).toMatch(/^Milestone Tight is on time in [\d.]+% of 500 runs, below the plan's 80% confidence: P80 2027-\d\d-\d\d, due 2027-01-20$/);
        expect(simulationOf(m, 500, 1, 0).findings).toEqual([]);
    });
});

describe('simulation properties', () => {
    const networks = fc.array(fc.record({
        o: fc.integer({ min: 0, max: 20 }), dm: fc.integer({ min: 0, max: 20 }), dp: fc.integer({ min: 0, max: 30 }),
        after: fc.array(fc.nat(), { maxLength: 2 }),
    }), { minLength: 1, maxLength: 8 }).map(specs => specs.map((s, i) => ranged(`C${i}`, s.o, s.o + s.dm, s.o + s.dm + s.dp, {
        after: i === 0 ? [] : s.after.map(a => `C${a % i}`),
    })));

    it('P50 ≤ P80 ≤ P95, same seed → identical JSON, 100 runs never crash', () => {
        fc.assert(fc.property(networks, fc.nat({ max: 1000 }), (candidates, seed) => {
            const m = planWith(candidates, [milestone('M', '2027-02-01', candidates.map(c => c.name))]);
            const a = simulationOf(m, 100, seed).simulation;
            expect(day(a.finishP50)).toBeLessThanOrEqual(day(a.finishP80));
            expect(day(a.finishP80)).toBeLessThanOrEqual(day(a.finishP95));
            expect(JSON.stringify(simulationOf(m, 100, seed).simulation)).toBe(JSON.stringify(a));
            expect(JSON.stringify(a)).not.toMatch(/NaN|Infinity|null/);
        }), { numRuns: 60 });
    });

    it('the on-time probability grows with the due date', () => {
        fc.assert(fc.property(networks, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (candidates, d1, d2) => {
            const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
            const p = (due: number) => simulationOf(planWith(candidates, [milestone('M', iso(START + due), candidates.map(c => c.name))]), 200, 3)
                .simulation.milestones[0]!.onTimeProbability;
            expect(p(early)).toBeLessThanOrEqual(p(late));
        }), { numRuns: 40 });
    });

    it('never starts a candidate before its deterministic start: no run finishes before the deterministic finish of fixed work', () => {
        const m = planWith([ranged('A', 1, 10, 12), candidate({ name: 'B', duration: { amount: 5, unit: 'days' }, after: ['A'] })]);
        const s = simulate(analyzePlan(m).simulationBasis!, 300, 11, 0.8);
        expect(day(s.finishDistribution[0]!.finish)).toBeGreaterThanOrEqual(START + 15);
    });
});

describe('started and finished work (spec §14.8)', () => {
    const range: DurationRange = { optimisticDays: 10, mostLikelyDays: 30, pessimisticDays: 100 };
    const status = START + 56;
    const started = (name: string, startDay: number, progress: number | null, extra: Partial<CandidateOptions> = {}) =>
        ranged(name, 10, 30, 100, { started: { day: startDay, source: src() }, progress: progress === null ? null : { value: progress, source: src() }, ...extra });

    it('a started candidate finishes at status + round((1 − progress) × drawn D), never before its start + 1 day', () => {
        // X started on day 0, 50% done by the status date (day 56): finish = 56 + round(D / 2), D drawn from (10, 30, 100).
        const m = { ...planWith([started('X', START, 0.5)]), plan: plan({ startDay: START, statusDay: status }) };
        const runs = 20000;
        const { simulation } = simulationOf(m, runs, 5);
        // The exact distribution of the finish: each whole-day D (halves up) mapped through the §9 rule.
        const finishPmf = new Map<number, number>();
        for (const [k, mass] of roundedPmf(range)) {
            const finish = Math.max(status + Math.floor(0.5 * k + 0.5), START + 1);
            finishPmf.set(finish, (finishPmf.get(finish) ?? 0) + mass);
        }
        for (const [p, field] of [[0.5, 'finishP50'], [0.8, 'finishP80'], [0.95, 'finishP95']] as const) {
            expect(Math.abs(day(simulation[field]) - quantileOfPmf(finishPmf, p)), field).toBeLessThanOrEqual(1);
        }
        const days = simulation.finishDistribution.map(bar => day(bar.finish));
        for (const finish of days) expect(finishPmf.has(finish), iso(finish)).toBe(true);
        expect(Math.min(...days)).toBe(status + 5);
        expect(Math.max(...days)).toBeLessThanOrEqual(status + 50);
    });

    it('without a status date a started candidate finishes at its start + drawn D', () => {
        const m = planWith([started('X', START + 3, null)]);
        const runs = 20000;
        const { simulation } = simulationOf(m, runs, 6);
        const days = simulation.finishDistribution.map(bar => day(bar.finish) - (START + 3));
        expect(Math.min(...days)).toBeGreaterThanOrEqual(10);
        expect(Math.max(...days)).toBeLessThanOrEqual(100);
        const total = simulation.finishDistribution.reduce((sum, bar) => sum + (day(bar.finish) - START - 3) * bar.runs, 0);
        expect(Math.abs(total / runs - (10 + 30 + 100) / 3)).toBeLessThan(0.25);
    });

    it('finished work keeps its dates in every run, and work after it follows from them', () => {
        const done = started('F', START, null, { finished: { day: START + 12, source: src() } });
        const next = candidate({ name: 'N', duration: { amount: 5, unit: 'days' }, after: ['F'] });
        const m = { ...planWith([done, next], [milestone('M', iso(START + 12), ['F'])]), plan: plan({ startDay: START, statusDay: status }) };
        const { simulation } = simulationOf(m, 500, 7);
        expect(simulation.milestones).toEqual([{ name: 'M', due: iso(START + 12), achievedP80: iso(START + 12), onTimeProbability: 1 }]);
        // N has not started: it starts on the status date (day 56) and takes 5 days in every run.
        expect(simulation.finishDistribution).toEqual([{ finish: iso(status + 5), runs: 500 }]);
    });
});
