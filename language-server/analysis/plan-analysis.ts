/**
 * The result of analysing a plan: the shape `hitp analyze --json` prints (spec §4),
 * plus a few extra fields the editor and the roadmap use, plus the findings that
 * become diagnostics.
 *
 * Pinned field names must not change. Numbers are unrounded; rates are fractions;
 * dates are ISO `YYYY-MM-DD` strings; an undefined quantity is `null`, never NaN.
 */
import type { Comparator, Level, ReviewInterval, Role, SourceRef } from '../model/plan-model.js';
import type { Severity } from '../protocol/diagnostic-codes.js';
import type { SimulationBasis } from './simulation.js';

import type { CalendarAnalysis, FreezeAnalysis, LagAnalysis, TeamAnalysis } from './calendar-results.js';
import type { RiskAnalysis, SimulationAnalysis } from './risk-results.js';
import type { ScenarioAnalysis, SensitivityAnalysis } from './scenarios/scenario-results.js';

export type { Severity };
export type { CalendarAnalysis, FreezeAnalysis, LagAnalysis, TeamAnalysis } from './calendar-results.js';
export type { FinishCount, RiskAnalysis, SimulatedMilestone, SimulationAnalysis } from './risk-results.js';
export type { ScenarioAnalysis, SensitivityAnalysis, SensitivityDriver, SensitivityDriverName } from './scenarios/scenario-results.js';

/**
 * Something the analysis found that the user should see as a diagnostic, **as data**: its code,
 * where it sits, and the facts its message is written from. One place turns facts into words,
 * in the user's locale: `validation/finding-messages.ts`. Numbers stay numbers here (rates as
 * fractions, money in currency units, dates as ISO strings).
 */
export type Finding = { severity: Severity; source: SourceRef } & FindingFacts;

export type FindingFacts =
    | { code: 'over-budget'; candidate: string; needed: number; remaining: number; withPrerequisites: boolean; currency: string }
    | { code: 'multiple-irr'; candidate: string; roots: number[]; irr: number | null; guess: number }
    | { code: 'irr-undefined'; candidate: string; changesSign: boolean }
    | { code: 'no-payback'; candidate: string; horizonYears: number | null; cumulative: number | null; currency: string }
    | { code: 'milestone-late'; milestone: string; lateDays: number; due: string; achieved: string | null }
    | { code: 'freeze-moved'; candidate: string; fromGoLive: string; toGoLive: string; freezes: Array<{ name: string; from: string; to: string }> }
    | { code: 'infram-goal-missed'; goalStage: number; goalBy: string; reachedOn: string | null; projectedStage: number }
    | { code: 'cadence-backlog'; cadence: string; backlogPerYear: number; vendorPerYear: number; absorbedPerYear: number; slowestWeeks: number }
    | { code: 'target-met'; kpi: string; baseline: number; comparator: Comparator; target: number; percent: boolean }
    /** A flow line after the horizon (`lastYear` null), or an anchored yearly range that ends before it starts (spec §5, §14.3). */
    | { code: 'outside-horizon'; candidate: string; kind: 'cost' | 'benefit'; timing: 'once' | 'yearly'; firstYear: number; horizonYears: number; lastYear: number | null }
    | { code: 'unmitigated-risk'; risk: string; criticalCandidates: string[] }
    | { code: 'scenario-negative-npv'; scenario: string; npv: number; planNpv: number; currency: string }
    | { code: 'milestone-at-risk'; milestone: string; onTimeProbability: number; runs: number; confidence: number; achievedP80: string | null; due: string }
    /** Spec §6: a target or gate value of the other kind than the KPI's reference value. */
    | { code: 'unit-mismatch'; kpi: string; what: 'target' | 'gate value'; value: number; percent: boolean; referenceWhat: 'baseline' | 'target'; referenceValue: number; referencePercent: boolean }
    /** Spec §6: a milestone waiting for deferred candidates. */
    | { code: 'milestone-blocked'; milestone: string; deferred: string[] }
    | { code: 'benefit-before-go-live'; candidate: string; kind: 'cost' | 'benefit'; timing: 'once' | 'yearly'; firstYear: number; goLive: string; goLiveYear: number }
    /** Spec §9: a started, unfinished candidate forecast to finish after its baseline finish. */
    | { code: 'behind-schedule'; candidate: string; forecastFinish: string; baselineFinish: string; slipDays: number }
    /** Spec §9: a finished phase's gate condition failing on the value it is judged on (current when measured, else baseline). */
    | { code: 'gate-failing'; phase: string; status: string; kpi: string; value: number; measuredOn: string | null; comparator: Comparator; gateValue: number; percent: boolean; unit: string | null }
    /** Spec §9: a reviewed KPI whose latest measurement (null: none) is older than its review interval. */
    | { code: 'kpi-stale'; kpi: string; interval: ReviewInterval; intervalDays: number; status: string; lastMeasured: string | null; ageDays: number | null }
    /** Spec §9: a backlog not absorbed within the horizon. */
    | { code: 'cadence-never-catches-up'; cadence: string; behind: number; backlogAtHorizon: number; horizon: string }
    /** Spec §9: an impossible actual line (a date after the status date or before `started`, a progress it cannot use). */
    | { code: 'invalid-value'; actual: 'started-after-status' | 'finished-after-status'; date: string; status: string }
    | { code: 'invalid-value'; actual: 'finished-before-started'; date: string; started: string }
    | { code: 'invalid-value'; actual: 'progress-out-of-range' | 'progress-without-status' | 'progress-without-started'; progress: number };

export interface PlanSummary {
    name: string;
    title: string;
    start: string | null;
    /** The latest finish of any scheduled candidate or phase; null when nothing is scheduled. */
    finish: string | null;
    horizonYears: number;
    discountRate: number;
    currency: string;
    /** Spec §9: the date the actuals are as of, the baseline schedule's finish and finish − baseline finish in days. */
    status: string | null;
    baselineFinish: string | null;
    slipDays: number | null;
    /** Extra: inflation, budget and capacity as the model holds them. */
    inflationRate: number;
    budget: number | null;
    capacityFte: number | null;
    /** The scenario this analysis is of (`hitp analyze --scenario NAME`, spec §10); null for the plan itself. */
    scenario: string | null;
}

export interface ScoreTerm {
    criterion: string;
    /** Normalised weight (fraction of the sum of weights). */
    weight: number;
    score: number;
    product: number;
}

export interface CandidateAnalysis {
    name: string;
    title: string;
    priorityIndex: number;
    rank: number;
    cashflows: number[];
    npv: number;
    irr: number | null;
    paybackYears: number | null;
    roi: number | null;
    funded: boolean;
    phase: string | null;
    start: string | null;
    finish: string | null;
    totalFloatDays: number | null;
    critical: boolean;
    /** Spec §9: the schedule with every actual line ignored, and finish − baseline finish in days. */
    baselineStart: string | null;
    baselineFinish: string | null;
    slipDays: number | null;
    /** Extras (spec §9): how far the work is, and its usable progress fraction (null when not given). */
    tracking: TrackingState;
    progress: number | null;
    /** Spec §7: the sum of this candidate's shares of risk exposure (0 without risks). */
    riskExposure: number;
    /** Spec §7: `npv − riskExposure`. */
    riskAdjustedNpv: number;
    /** Extra (spec §5): the last day of work and its plan year; null when not scheduled. */
    goLive: { day: string; planYear: number } | null;
    /** Extra: the priority-index breakdown, one term per criterion. */
    scoreBreakdown: ScoreTerm[];
    /** Extra: every IRR root found (more than one → `multiple-irr`). */
    irrRoots: number[];
    /** Extra: names of the candidates this one starts after. */
    after: string[];
    /** Extra: effort in FTE, null when not given. */
    effortFte: number | null;
    /** Extras (spec §11): the lag of each `after` reference (parallel to `after`) and effort on teams. */
    afterLags?: Array<LagAnalysis | null>;
    teamEffort?: Array<{ team: string; fte: number }>;
    /** Extra (spec §11): working days in [start, finish); null when not scheduled. */
    workingDays?: number | null;
}

/** `finished` (a `finished` line), `started` (a `started` line only) or `planned`. */
export type TrackingState = 'finished' | 'started' | 'planned';

export interface PhaseAnalysis {
    name: string;
    start: string | null;
    finish: string | null;
    /** Spec §9. */
    baselineStart: string | null;
    baselineFinish: string | null;
    slipDays: number | null;
    /** Extras. */
    title: string;
    totalFloatDays: number | null;
    critical: boolean;
    candidates: string[];
    after: string[];
    afterLags?: Array<LagAnalysis | null>;
    /** Extra (spec §11): working days in [start, finish); null when not scheduled. */
    workingDays?: number | null;
}

export interface MilestoneAnalysis {
    name: string;
    due: string;
    /** null when one of its `when` candidates is not scheduled (deferred or no start date). */
    achieved: string | null;
    lateDays: number;
    /** Extras. */
    title: string;
    phase: string;
}

export interface GateConditionAnalysis {
    kpi: string;
    comparator: Comparator;
    value: number;
    baseline: number | null;
    /** The KPI's current value (spec §9); null without a measurement as of the status date. */
    current: number | null;
    /** Whether the value judged (current, else baseline) meets the condition; null without either. */
    passes: boolean | null;
}

export interface GateAnalysis {
    phase: string;
    conditions: GateConditionAnalysis[];
    /** All conditions pass on the baseline; null when some baseline is unknown. */
    passes: boolean | null;
}

export interface FinanceFigures {
    cashflows: number[];
    npv: number;
    irr: number | null;
    paybackYears: number | null;
    roi: number | null;
}

/** The portfolio's figures (spec §2) and its risk figures (spec §7). */
export interface PortfolioAnalysis extends FinanceFigures {
    /** The sum of the funded candidates' `riskExposure`. */
    riskExposure: number;
    /** Portfolio NPV − `riskExposure`. */
    riskAdjustedNpv: number;
    /** The contingencies of the risks that affect at least one funded candidate. */
    contingency: number;
}

export interface InframAnalysis {
    stage: number;
    projectedStage: number;
    goalStage: number | null;
    goalReachedOn: string | null;
    /** Extras: scores per stage 1..7 (fractions), now and at the end of the schedule, and the goal date. */
    scores: number[];
    projectedScores: number[];
    goalBy: string | null;
}

export interface CadenceAnalysis {
    name: string;
    vendorPerYear: number | null;
    absorbedPerYear: number | null;
    backlogPerYear: number | null;
    /** Spec §9: the first day the backlog reaches 0 (null when it does not within the horizon, or there was none). */
    caughtUpOn: string | null;
    /** Spec §9: the backlog in releases at start + H years; null without a start date, vendor interval or cycle. */
    backlogAtHorizon: number | null;
    /** Extras: the title, the backlog at the start, and the backlog at each day it changes slope (for the chart). */
    title: string;
    behind: number;
    backlogCurve: { on: string; backlog: number }[];
}

export interface CriterionAnalysis {
    name: string;
    title: string;
    weight: number;
    normalisedWeight: number;
}

export interface KpiAnalysis {
    name: string;
    title: string;
    unit: string | null;
    baseline: number | null;
    target: { comparator: Comparator; value: number } | null;
    /** Whether the value judged (current, else baseline) meets the target; null when either is missing. */
    targetMet: boolean | null;
    /** Written as percentages: baseline and target are fractions to show as percentages. */
    percent: boolean;
    /** Spec §9: the latest measurement on or before the status date (without status: the latest), and its date. */
    current: number | null;
    currentOn: string | null;
    /** Every measurement, in date order. */
    measurements: { on: string; value: number }[];
    /** Extra: the review interval, null when none. */
    review: string | null;
}

/** Extra: an objective on the balanced scorecard (spec §9). */
export interface ObjectiveAnalysis {
    name: string;
    title: string;
    perspective: string | null;
    kpis: string[];
}

export interface StakeholderAnalysis {
    name: string;
    title: string;
    role: Role | null;
    influence: Level | null;
    interest: Level | null;
}

/** The whole analysis of one plan. Field order follows spec §4. */
export interface PlanAnalysis {
    plan: PlanSummary | null;
    candidates: CandidateAnalysis[];
    phases: PhaseAnalysis[];
    milestones: MilestoneAnalysis[];
    portfolio: PortfolioAnalysis;
    infram: InframAnalysis | null;
    cadences: CadenceAnalysis[];
    /** Spec §7: the risk register. */
    risks: RiskAnalysis[];
    /** Spec §8: null when the simulation does not run (or has not run yet, in the editor). */
    simulation: SimulationAnalysis | null;
    /** Extras. */
    criteria: CriterionAnalysis[];
    kpis: KpiAnalysis[];
    gates: GateAnalysis[];
    objectives: ObjectiveAnalysis[];
    stakeholders: StakeholderAnalysis[];
    /** Names of the candidates and phases on the critical path, in schedule order. */
    criticalPath: string[];
    /** Each critical chain from the plan's start to its finish, in order (issue 13); candidates and candidate-less phases. */
    criticalChains: string[][];
    /** Spec §11: teams (pinned), and the calendar and freeze windows (extras). */
    teams: TeamAnalysis[];
    calendar?: CalendarAnalysis | null;
    freezes?: FreezeAnalysis[];
    /** Spec §10: each scenario against the base plan, and the sensitivity of the portfolio NPV. */
    scenarios: ScenarioAnalysis[];
    sensitivity: SensitivityAnalysis;
}

export interface AnalysisResult {
    analysis: PlanAnalysis;
    findings: Finding[];
    /** What the simulation (spec §8) needs; null when it does not run. Not part of the JSON. */
    simulationBasis: SimulationBasis | null;
}
