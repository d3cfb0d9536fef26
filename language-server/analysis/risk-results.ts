/**
 * Spec §7 and §8 in the analysis result (`plan-analysis.ts`, which re-exports them): the risk
 * register and the simulation's percentiles and milestone odds.
 */
import type { Risk } from '../model/plan-model.js';

/** One risk of the register (spec §7, pinned fields; absent values `null`): the model's risk and what the analysis found. */
export interface RiskAnalysis extends Omit<Risk, 'source'> {
    /** likelihood × impact cost (0 without a cost). */
    exposure: number;
    /** likelihood × impact delay in days (0 without a delay). */
    delayExposureDays: number;
    /** Affects a critical candidate. */
    critical: boolean;
    /** Extra: each affected candidate's equal share of the exposure. */
    share: number;
}

/** A milestone's chance of being on time in the simulation (spec §8). */
export interface SimulatedMilestone {
    name: string;
    /** Fraction of runs in which it is achieved on or before its due date. */
    onTimeProbability: number;
    /** The P80 of its achieved date. */
    achievedP80: string;
    /** Extra: its due date. */
    due: string;
}

/** One bar of the finish distribution: how many runs finish on a day. */
export interface FinishCount {
    finish: string;
    runs: number;
}

/** The simulation's result (spec §8, pinned fields), plus extras for the roadmap. */
export interface SimulationAnalysis {
    runs: number;
    seed: number;
    finishP50: string;
    finishP80: string;
    finishP95: string;
    milestones: SimulatedMilestone[];
    /** Extra: the deterministic finish (spec §2), for comparison. */
    deterministicFinish: string;
    /** Extra: the finish distribution, one entry per finish day that occurs, in date order. */
    finishDistribution: FinishCount[];
    /** Extra: the plan's confidence level (fraction). */
    confidence: number;
}
