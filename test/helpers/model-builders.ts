/**
 * Small builders for hand-made plan models in analysis tests: defaults for everything,
 * override what the test is about.
 */
import type {
    Cadence, Candidate, Comparator, Criterion, Flow, Gate, Kpi, OnceFlow, Phase, PlanModel, PlanSettings, Score,
    SourceRef, YearlyFlow,
} from '../../language-server/model/plan-model.js';

/** A dummy source location; `line` tells findings apart when a test needs to. */
export function src(line = 0): SourceRef {
    return { uri: 'file:///test.hitp', range: { start: { line, character: 0 }, end: { line, character: 1 } } };
}

export function plan(overrides: Partial<PlanSettings> = {}): PlanSettings {
    return {
        name: 'P', title: 'P', source: src(), startDay: 0, horizonYears: 5, discountRate: 0.08, inflationRate: 0,
        budget: null, capacityFte: null, currency: 'USD', statusDay: null, simulationRuns: 5000, simulationSeed: 1, confidence: 0.8, ...overrides,
    };
}

export function criterion(name: string, weight: number): Criterion {
    return { name, title: name, weight, source: src() };
}

/** `scores Strategic 4, Clinical 2` as `scores({ Strategic: 4, Clinical: 2 })`. */
export function scores(values: Record<string, number>): Score[] {
    return Object.entries(values).map(([criterion, value]) => ({ criterion, value, source: src() }));
}

export function costOnce(amount: number, year: number | null = null): OnceFlow {
    return { kind: 'cost', timing: 'once', amount, year, source: src() };
}

export function benefitOnce(amount: number, year: number | null = null): OnceFlow {
    return { kind: 'benefit', timing: 'once', amount, year, source: src() };
}

export interface YearlyOptions { from?: number; to?: number; growing?: number }

export function costYearly(amount: number, options: YearlyOptions = {}): YearlyFlow {
    return {
        kind: 'cost', timing: 'yearly', amount, fromYear: options.from ?? null, toYear: options.to ?? null,
        growthRate: 0, source: src(),
    };
}

export function benefitYearly(amount: number, options: YearlyOptions = {}): YearlyFlow {
    return {
        kind: 'benefit', timing: 'yearly', amount, fromYear: options.from ?? null, toYear: options.to ?? null,
        growthRate: options.growing ?? 0, source: src(),
    };
}

export interface CandidateOptions extends Partial<Omit<Candidate, 'after' | 'scores'>> {
    name: string;
    scores?: Record<string, number>;
    after?: string[];
    flows?: Flow[];
}

export function candidate(options: CandidateOptions): Candidate {
    const { name, scores: scoreValues, after, ...rest } = options;
    return {
        name, title: name, owner: null, supports: [], scores: scores(scoreValues ?? {}), duration: null, durationRange: null, effortFte: null,
        flows: [], advances: [], after: (after ?? []).map(n => ({ name: n, source: src() })), phase: null, source: src(),
        started: null, finished: null, progress: null,
        ...rest,
    };
}

export function kpi(name: string, baseline: number | null, target: [Comparator, number] | null = null): Kpi {
    return {
        name, title: name, unit: null, baseline, target: target ? { comparator: target[0], value: target[1] } : null,
        dataSource: null, percent: false, source: src(), measurements: [], review: null,
    };
}

export function gate(phase: string, conditions: [string, Comparator, number][]): Gate {
    return {
        phase, source: src(),
        conditions: conditions.map(([k, comparator, value]) => ({ kpi: k, comparator, value, source: src() })),
    };
}

export function phase(name: string, overrides: Partial<Phase> = {}): Phase {
    return { name, title: name, duration: null, after: [], includes: [], milestones: [], gates: [], source: src(), ...overrides };
}

export function cadence(name: string, vendor: number | null, min: number | null, max: number | null): Cadence {
    return {
        name, title: name, vendorIntervalWeeks: vendor, internalMinWeeks: min, internalMaxWeeks: max, source: src(),
        laterCycles: [], behind: null,
    };
}

export function model(overrides: Partial<PlanModel> = {}): PlanModel {
    return {
        plan: plan(), criteria: [], usesDefaultCriteria: false, scale: { min: 1, max: 5 }, stakeholders: [],
        objectives: [], kpis: [], candidates: [], phases: [], infram: null, cadences: [], risks: [], scenarios: [], ...overrides,
    };
}

/** The criteria of the spec's section 1 plan. */
export function riversideCriteria(): Criterion[] {
    return [
        criterion('Strategic', 0.3), criterion('Clinical', 0.25), criterion('Efficiency', 0.2),
        criterion('Risk', 0.15), criterion('Resources', 0.1),
    ];
}

/** The two candidates of the spec's section 1 plan (without infram advances). */
export function riversideCandidates(): Candidate[] {
    return [
        candidate({
            name: 'CoreNetwork',
            scores: { Strategic: 4, Clinical: 2, Efficiency: 3, Risk: 5, Resources: 3 },
            flows: [costOnce(450_000), costYearly(30_000), benefitYearly(120_000, { from: 2 })],
        }),
        candidate({
            name: 'DbMigration',
            scores: { Strategic: 5, Clinical: 4, Efficiency: 4, Risk: 3, Resources: 2 },
            flows: [costOnce(900_000), benefitYearly(400_000, { from: 1, growing: 0.05 })],
            after: ['CoreNetwork'],
        }),
    ];
}

/** The same flow anchored to the schedule (spec §5): `at start`, `at go-live` (once) or `from go-live` (yearly). */
export function anchored<F extends Flow>(flow: F, anchor: 'start' | 'go-live'): F {
    return { ...flow, anchor };
}
