/**
 * The plan model: a resolved, typed, unit-normalised view of a `.hitp` plan.
 *
 * This is the boundary between the language front end (Langium) and the analysis.
 * It imports only its own parts (`model-basics.ts`, `calendar-model.ts`, `scenario-model.ts`,
 * types only, re-exported here): analysis code depends on these types only.
 *
 * Units (spec §1, §2):
 * - money in currency units (`450k` → 450000);
 * - rates and percentages as fractions (`8%` → 0.08);
 * - dates as ISO days: whole days since 1970-01-01 (UTC), see `analysis/calendar.ts`;
 * - durations either in days (`N days`, `N weeks` × 7) or in calendar months.
 *
 * References are resolved to names of elements that exist in the model.
 * An unresolved or invalid value never reaches the model: it is left out (or `null`),
 * and the validator reports it, so analysis stays silent about it.
 */
import type { Comparator, Duration, IsoDay, Level, NameRef, Role, SourceRef } from './model-basics.js';
import type { Freeze, Holiday, Team, TeamEffort } from './calendar-model.js';
import type { Scenario } from './scenario-model.js';

export type { Comparator, Duration, DurationUnit, IsoDay, Lag, Level, NameRef, Role, SourcePosition, SourceRef } from './model-basics.js';
export type { Freeze, Holiday, Team, TeamEffort } from './calendar-model.js';
export type { Scenario, ScenarioChange } from './scenario-model.js';

export interface PlanSettings {
    name: string;
    title: string;
    source: SourceRef;
    /** `start`; null when missing (then nothing is scheduled). */
    startDay: IsoDay | null;
    /** `horizon N years`; default 5. */
    horizonYears: number;
    /** `discount N%` as a fraction; default 0. */
    discountRate: number;
    /** `inflation N%` as a fraction; default 0. */
    inflationRate: number;
    /** `budget` for one-off costs; null = unlimited (every candidate funded). */
    budget: number | null;
    /** `capacity N FTE`; null = no resource levelling. */
    capacityFte: number | null;
    /** `currency`; default USD. */
    currency: string;
    /** `status D` (spec §9): the date the actuals are as of; null when not given. */
    statusDay: IsoDay | null;
    /** `simulation N runs` (spec §8); default 5,000. */
    simulationRuns: number;
    /** `seed S` of the simulation line; default 1. */
    simulationSeed: number;
    /** `confidence P%` as a fraction; default 0.8 (`milestone-at-risk` below it). */
    confidence: number;
    /** Spec §11 `workdays`: ISO weekdays (1 = Monday … 7 = Sunday); absent = every day. */
    workdays?: number[];
    /** Spec §11 `holiday` lines. */
    holidays?: Holiday[];
}

export interface Criterion {
    name: string;
    title: string;
    /** The weight as written, as a fraction (30% → 0.3); normalised by analysis. */
    weight: number;
    source: SourceRef;
}

export interface Stakeholder {
    name: string;
    title: string;
    role: Role | null;
    influence: Level | null;
    interest: Level | null;
    source: SourceRef;
}

/** Balanced-scorecard perspectives (spec §9). */
export type Perspective = 'financial' | 'clinical' | 'patient' | 'operational' | 'strategic';
/** KPI review intervals (spec §9). */
export type ReviewInterval = 'weekly' | 'monthly' | 'quarterly' | 'yearly';

export interface Objective {
    name: string;
    title: string;
    kpis: string[];
    owner: string | null;
    /** `perspective …` (spec §9); null when not given. */
    perspective: Perspective | null;
    source: SourceRef;
}

/** How a KPI value was written (spec §6): a percentage (`99.5%`), or a plain number or amount (`99.5`, `6.1M`). */
export type QuantityKind = 'percent' | 'number';

export interface KpiTarget {
    comparator: Comparator;
    value: number;
    /** How the value was written; absent in hand-built models (then never a mismatch). */
    kind?: QuantityKind;
    /** The value as written. */
    source?: SourceRef;
}

export interface Kpi {
    name: string;
    title: string;
    unit: string | null;
    baseline: number | null;
    target: KpiTarget | null;
    /** `source "…"`: where the measurement comes from. */
    dataSource: string | null;
    /** The baseline or target was written as a percentage (`99.7%`): values are fractions, shown as percentages. */
    percent: boolean;
    /** How the baseline was written; absent when unknown. */
    baselineKind?: QuantityKind;
    /** The baseline value as written. */
    baselineSource?: SourceRef;
    source: SourceRef;
    /** `measured V on D` lines (spec §9), in the order written. */
    measurements: Measurement[];
    /** `review weekly|monthly|quarterly|yearly` and where it was written; null when not given. */
    review: { interval: ReviewInterval; source: SourceRef } | null;
}

/** `measured V on D`. */
export interface Measurement {
    day: IsoDay;
    value: number;
    source: SourceRef;
}

/** A candidate's actual line (`started D`, `finished D`) with where it was written. */
export interface ActualDate {
    day: IsoDay;
    source: SourceRef;
}

export interface Score {
    criterion: string;
    value: number;
    source: SourceRef;
}

/**
 * A flow anchored to the schedule (spec §5): `once at start` is the plan year in which the work
 * starts, `once at go-live` the plan year of its go-live, `yearly from go-live` starts the plan
 * year after it.
 */
export type FlowAnchor = 'start' | 'go-live';

/** `cost|benefit X once [in year N | at start | at go-live]`. */
export interface OnceFlow {
    kind: 'cost' | 'benefit';
    timing: 'once';
    amount: number;
    /** null = the spec default (cost: year 0, benefit: year 1), or anchored. */
    year: number | null;
    /** `at start` / `at go-live`; absent or null when not anchored. */
    anchor?: FlowAnchor | null;
    source: SourceRef;
    /** The timing words (`once in year 2`, `yearly from go-live …`); the whole line when absent. */
    timingSource?: SourceRef;
}

/** `cost|benefit X yearly [from year N | from go-live] [to year M] [growing g%]`. */
export interface YearlyFlow {
    kind: 'cost' | 'benefit';
    timing: 'yearly';
    amount: number;
    /** null = year 1. */
    fromYear: number | null;
    /** null = the horizon H. */
    toYear: number | null;
    /** `growing g%` as a fraction (benefits); 0 when absent. Costs grow with the plan's inflation instead. */
    growthRate: number;
    /** `from go-live` (then `fromYear` is null); absent or null when not anchored. */
    anchor?: 'go-live' | null;
    source: SourceRef;
    /** The timing words; the whole line when absent. */
    timingSource?: SourceRef;
}

export type Flow = OnceFlow | YearlyFlow;

/** `advances infram stage S by P%`. */
export interface InframAdvance {
    stage: number;
    /** P% as a fraction (10% → 0.1). */
    points: number;
    source: SourceRef;
}

export interface Candidate {
    name: string;
    title: string;
    owner: string | null;
    supports: string[];
    scores: Score[];
    duration: Duration | null;
    /** `duration M unit (O to P)` (spec §8): null for a single-point duration. */
    durationRange: DurationRange | null;
    /** Effort on the plan's own pool (`effort N FTE` without a team), summed; null when none. */
    effortFte: number | null;
    /** Spec §11: effort drawn on teams (`effort 2 FTE Network`). */
    teamEffort?: TeamEffort[];
    flows: Flow[];
    advances: InframAdvance[];
    /** Candidates this one starts after (resolved, self-references included so cycles can be found). */
    after: NameRef[];
    /** The phase that `includes` it (the first one, when several do). */
    phase: string | null;
    source: SourceRef;
    /** Actuals (spec §9), as written; `analysis/actuals.ts` judges whether they are usable. */
    started: ActualDate | null;
    finished: ActualDate | null;
    /** `progress P%` as a fraction (any finite value: `analysis/actuals.ts` judges it), with where it was written. */
    progress: { value: number; source: SourceRef } | null;
}

/**
 * A three-point estimate's optimistic and pessimistic ends (spec §8), in days like the
 * duration they belong to (always `days`: a three-point estimate in months is not a duration).
 */
export interface DurationRange {
    optimisticDays: number;
    mostLikelyDays: number;
    pessimisticDays: number;
}

/**
 * `risk NAME "title" { affects … likelihood … impact … owner … mitigation … contingency … }` (spec §7).
 * Only risks with a likelihood and at least one resolved affected candidate reach the model.
 */
export interface Risk {
    name: string;
    title: string;
    /** Affected candidates (resolved names, first mention each). */
    affects: string[];
    /** 0 < p ≤ 1. */
    likelihood: number;
    /** The delay in days, null without one (or when invalid). */
    impactDays: number | null;
    /** The cost, null without one (or when invalid). */
    impactCost: number | null;
    owner: string | null;
    mitigation: string | null;
    contingency: number | null;
    source: SourceRef;
}

export interface Milestone {
    name: string;
    title: string;
    phase: string;
    dueDay: IsoDay;
    when: string[];
    source: SourceRef;
}

export interface GateCondition {
    kpi: string;
    comparator: Comparator;
    value: number;
    /** How the value was written; absent in hand-built models. */
    kind?: QuantityKind;
    source: SourceRef;
    /** The value as written. */
    valueSource?: SourceRef;
}

export interface Gate {
    phase: string;
    conditions: GateCondition[];
    source: SourceRef;
}

export interface Phase {
    name: string;
    title: string;
    duration: Duration | null;
    after: NameRef[];
    includes: string[];
    milestones: Milestone[];
    gates: Gate[];
    source: SourceRef;
}

export interface InframStageScore {
    stage: number;
    /** Fraction, 88% → 0.88. */
    score: number;
    source: SourceRef;
}

export interface InframGoal {
    stage: number;
    byDay: IsoDay;
    source: SourceRef;
}

export interface Infram {
    stages: InframStageScore[];
    goal: InframGoal | null;
    source: SourceRef;
}

export interface Cadence {
    name: string;
    title: string;
    /** `vendor release every N weeks`, in weeks; null when missing. */
    vendorIntervalWeeks: number | null;
    /** `internal cycle A to B weeks`, in weeks; null when missing. */
    internalMinWeeks: number | null;
    internalMaxWeeks: number | null;
    source: SourceRef;
    /** `internal cycle A to B weeks from D` lines (spec §9), each replacing the cycle from D on, in date order. */
    laterCycles: DatedCycle[];
    /** `behind N releases`: the backlog at the plan's start (default 0), with where it was written. */
    behind: { releases: number; source: SourceRef } | null;
}

export interface DatedCycle {
    fromDay: IsoDay;
    minWeeks: number;
    maxWeeks: number;
    source: SourceRef;
}

export interface ScoreScale {
    min: number;
    max: number;
}

/** A whole plan: the elements of one plan document (and the fragments merged into it). */
export interface PlanModel {
    plan: PlanSettings | null;
    /** The criteria block's criteria, or the five default criteria with equal weights. */
    criteria: Criterion[];
    usesDefaultCriteria: boolean;
    /** `scale A to B`; default 1 to 5. */
    scale: ScoreScale;
    stakeholders: Stakeholder[];
    objectives: Objective[];
    kpis: Kpi[];
    /** In declaration order. */
    candidates: Candidate[];
    phases: Phase[];
    infram: Infram | null;
    cadences: Cadence[];
    /** The risk register (spec §7), in declaration order. */
    risks: Risk[];
    /** Spec §11: change-freeze windows and teams (absent = none). */
    freezes?: Freeze[];
    teams?: Team[];
    /** `scenario` blocks (spec §10), in declaration order. */
    scenarios: Scenario[];
}
