/**
 * Values the model cannot use (spec §3 `invalid-value`): negative or non-finite amounts, rates at
 * or below −100%, impossible dates, stages off the INFRAM scale, years that are not whole, and a
 * single-valued line given twice. `model/build-plan-model.ts` leaves each such value out (or takes
 * the last line); these rules say so, on the token that explains it.
 * Every message reads "<what> must <rule>: <the value as written>".
 */
import type { AstNode, ValidationAcceptor } from 'langium';
import { parseIsoDay } from '../model/units.js';
import { isFraction, isInframGoalStage, isInframStage, isNotNegative, isPositive, isValidHorizon, isValidRate } from '../model/valid-values.js';
import * as ast from '../generated/ast.js';
import { isWholeNumber, parseAmount, parseNumber, parsePercent, parseQuantity } from '../model/units.js';
import { DiagnosticCode } from '../protocol/diagnostic-codes.js';

export function invalid<N extends AstNode>(accept: ValidationAcceptor, message: string, node: N, property: string, index?: number): void {
    accept('error', message, { node, property: property as never, index, code: DiagnosticCode.InvalidValue });
}

/**
 * Checks one number read from `raw`: null (not finite) and `ok` failures get the same
 * "<what> must <rule>" message. Text missing after a parse error is left to the parser's message.
 */
export function judge(accept: ValidationAcceptor, raw: string | undefined, value: number | null, ok: (value: number) => boolean, what: string, rule: string, shown: string, node: AstNode, property: string): void {
    if (raw === undefined) return;
    if (value === null) invalid(accept, `${what} must be a finite number: ${shown}`, node, property);
    else if (!ok(value)) invalid(accept, `${what} must ${rule}: ${shown}`, node, property);
}

/** Spec §9 lines that carry a date. */
type DatedTrackingLine = ast.PlanStatus | ast.StartedLine | ast.FinishedLine | ast.KpiMeasured | ast.InternalCycle;

const notNegative = isNotNegative;
const aboveMinus100 = isValidRate;
const wholeFrom0 = (v: number) => isWholeNumber(v) && v >= 0;
const stageFrom1To7 = isInframStage;

// ---------------------------------------------------------------- single-valued lines

/** Lines that hold one value: the model builder takes the last one (`lastOf`). AST type → keywords. */
const SINGLE_VALUED: Record<string, string> = {
    PlanStart: 'start', PlanHorizon: 'horizon', PlanDiscount: 'discount', PlanInflation: 'inflation',
    PlanBudget: 'budget', PlanCapacity: 'capacity', PlanCurrency: 'currency', ScoreScale: 'scale',
    StakeholderRole: 'role', StakeholderInfluence: 'influence', StakeholderInterest: 'interest',
    ObjectiveOwner: 'owner', KpiUnit: 'unit', KpiBaseline: 'baseline', KpiTarget: 'target', KpiSource: 'source',
    OwnerLine: 'owner', DurationLine: 'duration', EffortLine: 'effort', InframGoal: 'goal stage',
    VendorRelease: 'vendor release', InternalCycle: 'internal cycle', PlanWorkdays: 'workdays', TeamCapacity: 'capacity',
    PlanStatus: 'status', StartedLine: 'started', FinishedLine: 'finished', ProgressLine: 'progress',
    KpiReview: 'review', ObjectivePerspective: 'perspective', CadenceBehind: 'behind',
    PlanSimulation: 'simulation', PlanConfidence: 'confidence',
    RiskLikelihood: 'likelihood', RiskImpact: 'impact', RiskMitigation: 'mitigation', RiskContingency: 'contingency',
    ScenarioBenefits: 'benefits', ScenarioCosts: 'costs', ScenarioDurations: 'durations',
};

type LineContainer = ast.Plan | ast.CriteriaBlock | ast.Stakeholder | ast.Objective | ast.Kpi | ast.Candidate | ast.Phase | ast.InframBlock | ast.Cadence | ast.Risk
    | ast.Scenario | ast.Team;

function linesOf(container: LineContainer): readonly AstNode[] {
    if (ast.isPlan(container)) return container.settings;
    if (ast.isCriteriaBlock(container)) return container.scales;
    return container.lines;
}

/** A single-valued line (`start`, `duration`, `owner`, `role`, …) must not repeat in one block: the last one counts. */
export const singleValuedLineMustNotRepeat = () => (container: LineContainer, accept: ValidationAcceptor): void => {
    const byType = new Map<string, AstNode[]>();
    for (const line of linesOf(container)) {
        // A dated `internal cycle … from D` (spec §9) replaces the cycle from D on: it may repeat.
        if (!(line.$type in SINGLE_VALUED) || (ast.isInternalCycle(line) && line.from !== undefined)) continue;
        const list = byType.get(line.$type);
        if (list) list.push(line); else byType.set(line.$type, [line]);
    }
    for (const [type, lines] of byType) {
        if (lines.length < 2) continue;
        const words = SINGLE_VALUED[type]!;
        const times = lines.length === 2 ? 'twice' : `${lines.length} times`;
        for (const line of lines.slice(1)) {
            accept('error', `'${words}' is given ${times}: the last one counts`, {
                node: line, keyword: words.split(' ')[0]!, code: DiagnosticCode.InvalidValue,
            });
        }
    }
};

// ---------------------------------------------------------------- plan

/** Plan settings (and a scenario's, spec §10) must be usable: horizon 0..1000 whole years, rates above −100%, budget ≥ 0, capacity > 0. */
export const planSettingsMustBeUsable = () => (plan: ast.Plan | ast.Scenario, accept: ValidationAcceptor): void => {
    for (const s of ast.isPlan(plan) ? plan.settings : plan.lines) {
        if (ast.isPlanHorizon(s)) {
            judge(accept, s.years, parseNumber(s.years), isValidHorizon,
                'Horizon', 'be a whole number of years from 0 to 1000', `${s.years} years`, s, 'years');
        } else if (ast.isPlanDiscount(s)) {
            judge(accept, s.rate, parsePercent(s.rate), aboveMinus100, 'Discount rate', 'be above -100%', s.rate, s, 'rate');
        } else if (ast.isPlanInflation(s)) {
            judge(accept, s.rate, parsePercent(s.rate), aboveMinus100, 'Inflation', 'be above -100%', s.rate, s, 'rate');
        } else if (ast.isPlanBudget(s)) {
            judge(accept, s.amount, parseAmount(s.amount), notNegative, 'Budget', 'not be negative', s.amount, s, 'amount');
        } else if (ast.isPlanCapacity(s)) {
            judge(accept, s.fte, parseNumber(s.fte), isPositive, 'Capacity', 'be more than 0 FTE', `${s.fte} FTE`, s, 'fte');
        }
    }
};

/** A date must exist in the calendar: `2027-02-30` does not. */
export const dateMustExist = () => (node: ast.PlanStart | ast.Milestone | ast.InframGoal | DatedTrackingLine, accept: ValidationAcceptor): void => {
    const property = ast.isMilestone(node) ? 'due' : ast.isInternalCycle(node) ? 'from' : 'date';
    const text = ast.isMilestone(node) ? node.due : ast.isInternalCycle(node) ? node.from : node.date;
    if (text && parseIsoDay(text) === null) {
        invalid(accept, `Date must exist in the calendar (YYYY-MM-DD): ${text}`, node, property);
    }
};

// ---------------------------------------------------------------- candidates, phases and criteria

/** A duration must not be negative; a vendor release interval must be more than 0. */
export const durationMustNotBeNegative = () => (duration: ast.Duration, accept: ValidationAcceptor): void => {
    if (duration.unit === undefined) return;
    const shown = `${duration.value} ${duration.unit}`;
    if (ast.isVendorRelease(duration.$container)) {
        judge(accept, duration.value, parseNumber(duration.value), v => v > 0, 'Vendor release interval', 'be more than 0', shown, duration, 'value');
    } else {
        judge(accept, duration.value, parseNumber(duration.value), notNegative, 'Duration', 'not be negative', shown, duration, 'value');
    }
};

/** Effort must not be negative (each part of `effort 2 FTE Network, 1 FTE`). */
export const effortMustNotBeNegative = () => (line: ast.EffortDraw, accept: ValidationAcceptor): void => {
    judge(accept, line.fte, parseNumber(line.fte), notNegative, 'Effort', 'not be negative', `${line.fte} FTE`, line, 'fte');
};

/** A cost or benefit line: amount ≥ 0, whole years ≥ 0, `from` ≤ `to`; only benefits grow, by more than −100%. */
export const flowMustBeUsable = () => (line: ast.FlowLine, accept: ValidationAcceptor): void => {
    const what = line.kind === 'cost' ? 'Cost' : 'Benefit';
    judge(accept, line.amount, parseAmount(line.amount), notNegative, what, 'not be negative', line.amount, line, 'amount');
    const timing = line.timing;
    if (!timing) return;
    const year = (text: string | undefined, words: string, property: string): number | null => {
        if (text === undefined) return null;
        judge(accept, text, parseNumber(text), wholeFrom0, 'Year', 'be a whole number, 0 or more', `${words} ${text}`, timing, property);
        const value = parseNumber(text);
        return wholeFrom0(value ?? -1) ? value : null;
    };
    if (ast.isOnceTiming(timing)) {
        year(timing.year, 'in year', 'year');
        return;
    }
    const from = year(timing.from, 'from year', 'from');
    const to = year(timing.to, 'to year', 'to');
    if (from !== null && to !== null && from > to) {
        invalid(accept, `'from year' must not come after 'to year': from year ${timing.from} to year ${timing.to}`, timing, 'from');
    }
    if (timing.growth === undefined) return;
    if (line.kind === 'cost') {
        invalid(accept, `Only a benefit may be 'growing': a yearly cost grows with the plan's inflation (growing ${timing.growth})`, timing, 'growth');
    } else {
        judge(accept, timing.growth, parsePercent(timing.growth), aboveMinus100, 'Growth', 'be above -100%', timing.growth, timing, 'growth');
    }
};

/** `advances infram stage S by P%`: S in 1..7, P not negative. */
export const advanceMustNameAStage = () => (line: ast.AdvancesLine, accept: ValidationAcceptor): void => {
    judge(accept, line.stage, parseNumber(line.stage), stageFrom1To7, 'INFRAM stage', 'be a whole number from 1 to 7', line.stage, line, 'stage');
    judge(accept, line.points, parsePercent(line.points), notNegative, 'INFRAM advance', 'not be negative', line.points, line, 'points');
};

/** A candidate scores each criterion once: the first score counts (`analysis/scoring.ts`). */
export const criterionMustBeScoredOnce = () => (candidate: ast.Candidate, accept: ValidationAcceptor): void => {
    const seen = new Set<string>();
    for (const score of candidate.lines.filter(ast.isScoresLine).flatMap(line => line.scores)) {
        const name = score.criterion?.$refText;
        if (!name) continue;
        if (seen.has(name)) invalid(accept, `Criterion ${name} must be scored once: the first score counts`, score, 'criterion');
        seen.add(name);
    }
};

/** A criterion's weight must not be negative. */
export const weightMustNotBeNegative = () => (criterion: ast.Criterion, accept: ValidationAcceptor): void => {
    judge(accept, criterion.weight, parsePercent(criterion.weight), notNegative, 'Weight', 'not be negative', criterion.weight, criterion, 'weight');
};

/** KPI baselines, targets and gate values must be finite numbers. */
export const quantityMustBeFinite = () => (node: ast.KpiBaseline | ast.KpiTarget | ast.GateCondition | ast.KpiMeasured, accept: ValidationAcceptor): void => {
    if (node.value !== undefined && parseQuantity(node.value) === null) invalid(accept, `Value must be a finite number: ${node.value}`, node, 'value');
};

// ---------------------------------------------------------------- INFRAM and cadence

/** `stage S P%`: S in 1..7, P from 0% to 100%; each stage once (the first one counts, `analysis/infram.ts`). */
export const inframStagesMustBeOnTheScale = () => (block: ast.InframBlock, accept: ValidationAcceptor): void => {
    const seen = new Set<number>();
    for (const line of block.lines) {
        if (ast.isInframGoal(line)) {
            judge(accept, line.stage, parseNumber(line.stage), isInframGoalStage,
                'Goal stage', 'be a whole number from 0 to 7', line.stage, line, 'stage');
            continue;
        }
        const stage = parseNumber(line.stage);
        judge(accept, line.stage, stage, stageFrom1To7, 'INFRAM stage', 'be a whole number from 1 to 7', line.stage, line, 'stage');
        judge(accept, line.score, parsePercent(line.score), isFraction, 'INFRAM score', 'be from 0% to 100%', line.score, line, 'score');
        if (stage !== null && stageFrom1To7(stage)) {
            if (seen.has(stage)) invalid(accept, `Stage ${line.stage} must be given once: the first one counts`, line, 'stage');
            seen.add(stage);
        }
    }
};

/** `internal cycle A to B weeks`: 0 < A ≤ B. */
/** `behind N releases` (spec §9): N must be a finite number, not negative. */
export const behindMustNotBeNegative = () => (line: ast.CadenceBehind, accept: ValidationAcceptor): void => {
    judge(accept, line.releases, parseNumber(line.releases), notNegative, 'Behind', 'not be negative', `${line.releases} releases`, line, 'releases');
};

export const internalCycleMustRunForward = () => (line: ast.InternalCycle, accept: ValidationAcceptor): void => {
    const min = parseNumber(line.min);
    const max = parseNumber(line.max);
    if (line.unit === undefined) return;
    dateMustExist()(line, accept);
    judge(accept, line.min, min, v => v > 0, 'Internal cycle', 'be more than 0', `${line.min} ${line.unit}`, line, 'min');
    judge(accept, line.max, max, v => v > 0, 'Internal cycle', 'be more than 0', `${line.max} ${line.unit}`, line, 'max');
    if (min !== null && max !== null && min > 0 && min > max) {
        invalid(accept, `Internal cycle must run from the shorter to the longer time: ${line.min} to ${line.max} ${line.unit}`, line, 'min');
    }
};
