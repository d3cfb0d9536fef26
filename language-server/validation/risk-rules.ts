/**
 * Risks and uncertainty (spec §7, §8): the `invalid-value` rules of the risk register, the
 * three-point durations and the plan's simulation lines, and `no-owner` on a risk.
 * `model/build-risk-model.ts` leaves each invalid value out; these rules say so, on the token
 * that explains it. Messages read "<what> must <rule>: <the value as written>", like `value-rules.ts`.
 */
import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { isValidConfidence, isValidLikelihood, isValidRuns, isValidSeed, MAX_SEED } from '../model/build-risk-model.js';
import { parseAmount, parseNumber, parsePercent } from '../model/units.js';
import { DiagnosticCode } from '../protocol/diagnostic-codes.js';

function invalid(accept: ValidationAcceptor, message: string, node: ast.Risk | ast.RiskLine | ast.DurationRange | ast.Duration | ast.PlanSimulation | ast.PlanConfidence, property: string): void {
    accept('error', message, { node, property: property as never, code: DiagnosticCode.InvalidValue });
}

/** A risk names the candidates it affects and its likelihood, 0% < p ≤ 100% (spec §7). */
export const riskMustBeComplete = () => (risk: ast.Risk, accept: ValidationAcceptor): void => {
    if (!risk.name) return;
    if (!risk.lines.some(ast.isRiskAffects)) {
        invalid(accept, `Risk ${risk.name} must say which candidates it affects: add 'affects' and one or more candidates`, risk, 'name');
    }
    if (!risk.lines.some(ast.isRiskLikelihood)) {
        invalid(accept, `Risk ${risk.name} must have a likelihood: add 'likelihood' and a percentage above 0%`, risk, 'name');
    }
};

/** `likelihood` 0% < p ≤ 100%; `impact` a delay in days or weeks and a cost ≥ 0; `contingency` ≥ 0. */
export const riskValuesMustBeUsable = () => (risk: ast.Risk, accept: ValidationAcceptor): void => {
    for (const line of risk.lines) {
        if (ast.isRiskLikelihood(line) && line.value !== undefined && !isValidLikelihood(parsePercent(line.value))) {
            invalid(accept, `Likelihood must be above 0% and at most 100%: ${line.value}`, line, 'value');
        } else if (ast.isRiskImpact(line)) {
            const cost = parseAmount(line.cost);
            if (line.cost !== undefined && (cost === null || cost < 0)) invalid(accept, `Impact cost must not be negative: ${line.cost}`, line, 'cost');
            const delay = line.delay;
            if (delay?.unit?.startsWith('month')) {
                invalid(accept, `A risk's delay must be in days or weeks, not months: ${delay.value} ${delay.unit}`, delay, 'unit');
            }
        } else if (ast.isRiskContingency(line)) {
            const amount = parseAmount(line.amount);
            if (line.amount !== undefined && (amount === null || amount < 0)) invalid(accept, `Contingency must not be negative: ${line.amount}`, line, 'amount');
        }
    }
};

/** A risk should name its owner (spec §7: `no-owner` also applies to risks). */
export const riskShouldHaveAnOwner = () => (risk: ast.Risk, accept: ValidationAcceptor): void => {
    if (!risk.name || risk.lines.some(ast.isOwnerLine)) return;
    accept('warning', `Risk ${risk.name} has no owner: add 'owner' and a stakeholder`, {
        node: risk, property: 'name', code: DiagnosticCode.NoOwner,
    });
};

/** `duration M unit (O to P)`: days or weeks, O ≤ M ≤ P, on a candidate (spec §8). */
export const durationRangeMustBeOrdered = () => (range: ast.DurationRange, accept: ValidationAcceptor): void => {
    const line = range.$container;
    const duration = line.duration;
    if (!duration || duration.unit === undefined) return;
    const shown = `${duration.value} ${duration.unit} (${range.optimistic} to ${range.pessimistic})`;
    if (!ast.isCandidate(line.$container)) {
        invalid(accept, `A three-point estimate belongs on a candidate's duration, not a phase's: ${shown}`, range, 'optimistic');
        return;
    }
    if (duration.unit.startsWith('month')) {
        invalid(accept, `A three-point duration must be in days or weeks, not months: ${shown}`, duration, 'unit');
        return;
    }
    const o = parseNumber(range.optimistic);
    const m = parseNumber(duration.value);
    const p = parseNumber(range.pessimistic);
    if (o === null || p === null || o < 0 || p < 0) {
        invalid(accept, `A three-point duration must not be negative: ${shown}`, range, o === null || o < 0 ? 'optimistic' : 'pessimistic');
    } else if (m !== null && o > m) {
        invalid(accept, `The optimistic duration must not exceed the most likely one: ${shown}`, range, 'optimistic');
    } else if (m !== null && m > p) {
        invalid(accept, `The pessimistic duration must not be shorter than the most likely one: ${shown}`, range, 'pessimistic');
    }
};

/** `simulation N runs [seed S]`: N from 100 to 1,000,000, S a whole number; `confidence` from 0% to 100%. */
export const simulationSettingsMustBeUsable = () => (plan: ast.Plan, accept: ValidationAcceptor): void => {
    for (const line of plan.settings) {
        if (ast.isPlanSimulation(line)) {
            if (line.runs !== undefined && !isValidRuns(parseNumber(line.runs))) {
                invalid(accept, `Simulation runs must be a whole number from 100 to 1000000: ${line.runs} runs`, line, 'runs');
            }
            if (line.seed !== undefined && !isValidSeed(parseNumber(line.seed))) {
                invalid(accept, `Seed must be a whole number from 0 to ${MAX_SEED}: seed ${line.seed}`, line, 'seed');
            }
        } else if (ast.isPlanConfidence(line) && line.level !== undefined && !isValidConfidence(parsePercent(line.level))) {
            invalid(accept, `Confidence must be from 0% to 100%: ${line.level}`, line, 'level');
        }
    }
};
