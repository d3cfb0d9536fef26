/**
 * Scoring (spec §2 Scoring, §3): `score-out-of-range`, `missing-score`, `unknown-criterion`,
 * `weights-not-100`, `default-criteria`, and `invalid-value` for a scale that does not run upwards.
 *
 * "The criteria" are those of the plan a file belongs to (`HitpPlanService`: the plan file plus
 * the workspace's fragments); without any criteria block there, the five default criteria apply.
 * The first declaration of a criterion name counts; a criterion with an invalid weight is still
 * a criterion (its weight is reported as `invalid-value`, not every score naming it).
 */
import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import { DEFAULT_CRITERIA } from '../model/default-criteria.js';
import type { PlanModel, ScoreScale } from '../model/plan-model.js';
import { parseNumber } from '../model/units.js';
import { DiagnosticCode } from '../protocol/diagnostic-codes.js';

/** What the scoring rules need to know about the criteria of one plan, read off its plan model. */
interface CriteriaContext {
    usesDefaultCriteria: boolean;
    /** Criterion names, first declaration of each, in declaration order. */
    names: string[];
    known: Set<string>;
    scale: ScoreScale;
    /** Σ of the weights, in percent points; null when no criterion is declared. */
    weightSumPercent: number | null;
}

/** One context per plan model, i.e. per plan and workspace state (`HitpPlanService` caches the model). */
const contexts = new WeakMap<PlanModel, CriteriaContext>();

function criteriaContextOf(services: HitpServices, node: AstNode): CriteriaContext {
    const { model } = services.plan.PlanService.getPlanResult(AstUtils.getDocument(node));
    let context = contexts.get(model);
    if (!context) {
        const names = model.criteria.map(c => c.name);
        context = {
            usesDefaultCriteria: model.usesDefaultCriteria,
            names,
            known: new Set(names),
            scale: model.scale,
            weightSumPercent: model.usesDefaultCriteria || names.length === 0
                ? null : model.criteria.reduce((sum, c) => sum + c.weight, 0) * 100,
        };
        contexts.set(model, context);
    }
    return context;
}

/** "Strategic, Clinical, Risk"; a long list ends in "…". */
function listNames(names: string[], limit = 12): string {
    return names.length > limit ? `${names.slice(0, limit).join(', ')}, …` : names.join(', ');
}

/** A number for a message: no floating-point noise (94.99999999999999 → 95). */
function plainNumber(value: number): string {
    return String(Number(value.toPrecision(12)));
}

/** A score must lie on the plan's scale (1 to 5 unless the criteria block says otherwise). */
export const scoreMustBeOnTheScale = (services: HitpServices) => (score: ast.Score, accept: ValidationAcceptor): void => {
    if (score.value === undefined || !score.criterion?.$refText) return;
    const { scale } = criteriaContextOf(services, score);
    const value = parseNumber(score.value);
    if (value !== null && value >= scale.min && value <= scale.max) return;
    accept('error', `Score ${score.value} for ${score.criterion.$refText} is outside the scale ${plainNumber(scale.min)} to ${plainNumber(scale.max)}`, {
        node: score, property: 'value', code: DiagnosticCode.ScoreOutOfRange,
    });
};

/** A score must name one of the plan's criteria (the default ones when there is no criteria block). */
export const scoreMustNameACriterion = (services: HitpServices) => (score: ast.Score, accept: ValidationAcceptor): void => {
    const context = criteriaContextOf(services, score);
    const name = score.criterion?.$refText;
    if (!name || context.known.has(name)) return;
    const allowed = context.names.length === 0 ? 'no criteria are declared' : `the criteria are ${listNames(context.names)}`;
    accept('error', `Unknown criterion '${name}': ${allowed}`, {
        node: score, property: 'criterion', code: DiagnosticCode.UnknownCriterion,
    });
};

/** Every candidate must score every criterion; the message lists the missing ones in declaration order. */
export const candidateMustScoreEveryCriterion = (services: HitpServices) => (candidate: ast.Candidate, accept: ValidationAcceptor): void => {
    if (!candidate.name) return;
    const context = criteriaContextOf(services, candidate);
    const scored = new Set(candidate.lines.filter(ast.isScoresLine).flatMap(line => line.scores.map(s => s.criterion?.$refText)));
    const missing = context.names.filter(name => !scored.has(name));
    if (missing.length === 0) return;
    accept('error', `Candidate ${candidate.name} has no score for ${listNames(missing)}`, {
        node: candidate, property: 'name', code: DiagnosticCode.MissingScore,
    });
};

/** The criteria weights should add up to 100% (they are normalised anyway, so this is a warning). */
export const criteriaWeightsShouldSumTo100 = (services: HitpServices) => (block: ast.CriteriaBlock, accept: ValidationAcceptor): void => {
    const sum = criteriaContextOf(services, block).weightSumPercent;
    // A tolerance of 1e-9 on the fraction, i.e. 1e-7 percent points.
    if (sum === null || Math.abs(sum - 100) <= 1e-7) return;
    accept('warning', `Criteria weights add up to ${plainNumber(sum)}%, not 100%: each weight is divided by their sum`, {
        node: block, keyword: 'criteria', code: DiagnosticCode.WeightsNot100,
    });
};

/** A plan without a criteria block is scored on the five default criteria: say so, once, on the plan. */
export const planShouldDeclareItsCriteria = (services: HitpServices) => (plan: ast.Plan, accept: ValidationAcceptor): void => {
    if (!plan.name || !criteriaContextOf(services, plan).usesDefaultCriteria) return;
    const names = DEFAULT_CRITERIA.map(c => c.name).join(', ');
    accept('info', `No criteria block: the five default criteria (${names}) apply with equal weights`, {
        node: plan, property: 'name', code: DiagnosticCode.DefaultCriteria,
    });
};

/** `scale A to B` needs A < B; otherwise the model falls back to 1 to 5. */
export const scaleMustRunUpwards = () => (scale: ast.ScoreScale, accept: ValidationAcceptor): void => {
    if (scale.min === undefined || scale.max === undefined) return;
    const min = parseNumber(scale.min);
    const max = parseNumber(scale.max);
    if (min === null || max === null) {
        const property = min === null ? 'min' : 'max';
        accept('error', `Scale bound ${scale[property]} is not a finite number: write a scale like 1 to 5`, {
            node: scale, property, code: DiagnosticCode.InvalidValue,
        });
    } else if (min >= max) {
        accept('error', `Scale ${scale.min} to ${scale.max} must run from a lower to a higher score, like 1 to 5: the scale 1 to 5 applies instead`, {
            node: scale, property: 'min', code: DiagnosticCode.InvalidValue,
        });
    }
};
