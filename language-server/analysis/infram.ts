/**
 * HIMSS INFRAM stages: the stage achieved now, the projected stage after the funded work,
 * and the day the goal stage is reached (spec §2, INFRAM; §3 `infram-goal-missed`).
 */
import type { Infram, InframAdvance, IsoDay } from '../model/plan-model.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';
import { formatIsoDay } from './calendar.js';
import type { Finding, InframAnalysis } from './plan-analysis.js';

/** INFRAM has stages 1..7. */
export const INFRAM_STAGES = 7;
/** A stage counts as achieved from this score on (70%). */
export const INFRAM_THRESHOLD = 0.7;
/** Tolerance so that 61% + 9% counts as 70% despite floating-point noise. */
const SCORE_EPSILON = 1e-9;

/** One funded candidate's `advances infram stage S by P%`, with the day it takes effect. */
export interface ScheduledAdvance {
    candidate: string;
    advance: InframAdvance;
    /** The candidate's finish; null when it is not scheduled (no plan start). */
    finishDay: IsoDay | null;
}

function clampScore(score: number): number {
    return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
}

/** Scores of stages 1..7 as fractions in [0, 1]; a missing stage scores 0, the first score of a stage counts. */
export function inframScores(infram: Infram): number[] {
    const scores = new Array<number | null>(INFRAM_STAGES).fill(null);
    for (const { stage, score } of infram.stages) {
        if (Number.isInteger(stage) && stage >= 1 && stage <= INFRAM_STAGES && scores[stage - 1] === null) {
            scores[stage - 1] = clampScore(score);
        }
    }
    return scores.map(s => s ?? 0);
}

/** The highest stage s (0..7) such that every stage 1..s scores ≥ 70% (spec §2, INFRAM). */
export function inframStage(scores: readonly number[]): number {
    let stage = 0;
    while (stage < INFRAM_STAGES && (scores[stage] ?? 0) >= INFRAM_THRESHOLD - SCORE_EPSILON) stage++;
    return stage;
}

/** Raises one stage's score by the advance's points, capped at 100% (and floored at 0%). */
function applyAdvance(scores: number[], advance: InframAdvance): void {
    const { stage, points } = advance;
    if (!Number.isInteger(stage) || stage < 1 || stage > INFRAM_STAGES || !Number.isFinite(points)) return;
    scores[stage - 1] = clampScore(scores[stage - 1]! + points);
}

function missedFinding(infram: Infram, reachedDay: IsoDay | null, stage: number, projectedStage: number): Finding | null {
    const goal = infram.goal;
    // A goal the organisation already meets is never missed, whatever its `by` date.
    if (!goal || stage >= goal.stage) return null;
    const late = reachedDay !== null && reachedDay > goal.byDay;
    if (!late && projectedStage >= goal.stage) return null;
    return {
        severity: severityOf[DiagnosticCode.InframGoalMissed], code: DiagnosticCode.InframGoalMissed, source: goal.source,
        goalStage: goal.stage, goalBy: formatIsoDay(goal.byDay), reachedOn: late ? formatIsoDay(reachedDay) : null, projectedStage,
    };
}

/**
 * Analyses the `infram` block against the funded candidates' advances (spec §2, INFRAM).
 *
 * - `stage`: the stage achieved on the written scores;
 * - `projectedStage`: the stage after every advance passed in (all funded work, scheduled or not);
 * - `goalReachedOn`: the first candidate finish day at which the stage reaches the goal stage;
 *   the plan start when the goal is met before any work (null without a start); null when never;
 * - an `infram-goal-missed` warning on the goal when it is reached after its `by` day or never;
 *   a goal already met on the written scores is never missed.
 *   When the goal is only reached thanks to unscheduled work (no plan start) nothing is reported.
 *
 * @param advances one entry per `advances` line of a funded candidate, with its finish day
 * @param startDay the plan start (ISO day), or null when the plan has none
 */
export function analyzeInfram(
    infram: Infram | null,
    advances: readonly ScheduledAdvance[],
    startDay: IsoDay | null,
): { analysis: InframAnalysis | null; findings: Finding[] } {
    if (!infram) return { analysis: null, findings: [] };
    const scores = inframScores(infram);
    const stage = inframStage(scores);
    const goal = infram.goal;
    const dated = advances
        .filter((a): a is ScheduledAdvance & { finishDay: IsoDay } => a.finishDay !== null && Number.isFinite(a.finishDay))
        .sort((a, b) => a.finishDay - b.finishDay);
    const running = [...scores];
    let reachedDay: IsoDay | null = goal && stage >= goal.stage ? startDay : null;
    if (goal && stage < goal.stage) {
        for (let i = 0; i < dated.length && reachedDay === null; i++) {
            applyAdvance(running, dated[i]!.advance);
            // Advances finishing on the same day take effect together.
            const sameDay = i + 1 < dated.length && dated[i + 1]!.finishDay === dated[i]!.finishDay;
            if (!sameDay && inframStage(running) >= goal.stage) reachedDay = dated[i]!.finishDay;
        }
    }
    const projectedScores = [...scores];
    for (const { advance } of advances) applyAdvance(projectedScores, advance);
    const projectedStage = inframStage(projectedScores);
    const finding = missedFinding(infram, reachedDay, stage, projectedStage);
    const analysis: InframAnalysis = {
        stage,
        projectedStage,
        goalStage: goal ? goal.stage : null,
        goalReachedOn: reachedDay === null ? null : formatIsoDay(reachedDay),
        scores,
        projectedScores,
        goalBy: goal ? formatIsoDay(goal.byDay) : null,
    };
    return { analysis, findings: finding ? [finding] : [] };
}
