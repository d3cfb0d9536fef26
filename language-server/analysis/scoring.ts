/**
 * Weighted scoring: normalised criterion weights, each candidate's priority index
 * and its rank (spec §2, Scoring).
 */
import type { Candidate, Criterion, PlanModel } from '../model/plan-model.js';
import type { CriterionAnalysis, ScoreTerm } from './plan-analysis.js';

/** One candidate's score: priority index, competition rank and the per-criterion terms. */
export interface ScoredCandidate {
    name: string;
    priorityIndex: number;
    /** 1 = highest priority index; equal indices share a rank (1, 2, 2, 4). */
    rank: number;
    breakdown: ScoreTerm[];
}

/** Relative tolerance under which two priority indices count as equal. */
const TIE_TOLERANCE = 1e-9;

function finiteOrZero(value: number): number {
    return Number.isFinite(value) ? value : 0;
}

/**
 * Normalises the criteria weights: weight / Σ weights (spec §2, Scoring).
 * Weights are fractions as written (30% → 0.3). When the weights sum to zero
 * (or to float noise around zero) every normalised weight is 0, never NaN.
 */
export function normaliseWeights(criteria: Criterion[]): CriterionAnalysis[] {
    const weights = criteria.map(c => finiteOrZero(c.weight));
    const sum = weights.reduce((a, w) => a + w, 0);
    const magnitude = weights.reduce((a, w) => a + Math.abs(w), 0);
    // A sum that is zero up to rounding (e.g. 0.3 − 0.1 − 0.2) must not blow the weights up.
    const degenerate = !Number.isFinite(sum) || Math.abs(sum) <= 1e-12 * magnitude || sum === 0;
    return criteria.map((c, i) => ({
        name: c.name,
        title: c.title,
        weight: c.weight,
        normalisedWeight: degenerate ? 0 : finiteOrZero(weights[i]! / sum),
    }));
}

function breakdownOf(candidate: Candidate, criteria: CriterionAnalysis[]): ScoreTerm[] {
    return criteria.map(criterion => {
        // The first score for a criterion counts; duplicates and unknown criteria are the validator's job.
        const found = candidate.scores.find(s => s.criterion === criterion.name);
        const score = found ? finiteOrZero(found.value) : 0;
        const weight = criterion.normalisedWeight;
        return { criterion: criterion.name, weight, score, product: finiteOrZero(weight * score) };
    });
}

function sameIndex(a: number, b: number): boolean {
    return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Competition ranks ("1224") for a list of values, highest first.
 * Values within a relative 1e-9 of their predecessor in sorted order share its rank,
 * so floating-point noise never splits a tie.
 */
export function competitionRanks(values: number[]): number[] {
    const order = values.map((value, index) => ({ value, index }))
        .sort((a, b) => b.value - a.value || a.index - b.index);
    const ranks = new Array<number>(values.length).fill(0);
    order.forEach((entry, position) => {
        const previous = order[position - 1];
        ranks[entry.index] = previous && sameIndex(previous.value, entry.value)
            ? ranks[previous.index]!
            : position + 1;
    });
    return ranks;
}

/**
 * Scores every candidate of the model, in `model.candidates` order (spec §2, Scoring).
 * Priority index = Σ normalised weight × score (a score on the plan's scale, e.g. 1..5);
 * a criterion the candidate has no score for contributes a term with score 0
 * (the validator reports `missing-score`).
 */
export function scoreCandidates(model: PlanModel): ScoredCandidate[] {
    const criteria = normaliseWeights(model.criteria);
    const scored = model.candidates.map(candidate => {
        const breakdown = breakdownOf(candidate, criteria);
        const priorityIndex = finiteOrZero(breakdown.reduce((sum, term) => sum + term.product, 0));
        return { name: candidate.name, priorityIndex, rank: 0, breakdown };
    });
    const ranks = competitionRanks(scored.map(s => s.priorityIndex));
    scored.forEach((s, i) => { s.rank = ranks[i]!; });
    return scored;
}
