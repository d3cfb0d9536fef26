/**
 * AST → plan model. Never throws on user input: an invalid or unresolved value is left
 * out (or `null`); the validator reports it, so analysis stays silent about it.
 * Which declaration of a name counts, and which phase owns a candidate, is the plan index's
 * answer (`plan-index.ts`); the builder keeps it and returns the index's problems beside the model.
 */
import type { Reference } from 'langium';
import * as ast from '../generated/ast.js';
import { DEFAULT_CRITERIA, DEFAULT_SCALE } from './default-criteria.js';
import type {
    Cadence, Candidate, Criterion, Duration, Flow, Gate, Infram, Kpi, Milestone, NameRef, Objective, Phase, PlanModel, PlanSettings, QuantityKind, Stakeholder
} from './plan-model.js';
import { declared, indexPlan, type PlanProblem } from './plan-index.js';
import { isFraction, isInframGoalStage, isInframStage, isNotNegative, isPositive, isValidHorizon, isValidRate } from './valid-values.js';
import { buildDurationRange, buildRisk, buildSimulationSettings } from './build-risk-model.js';
import { buildEffort, buildFreeze, buildHolidays, buildTeam, buildWorkdays, lagsOf } from './build-calendar-model.js';
import { buildScenario } from './build-scenarios.js';
import { sourceOf, sourceOfReference, uriOf } from './source-ref.js';
import { cadenceCycles, candidateActuals, kpiTracking, objectivePerspective, statusDayOf } from './build-tracking-model.js';
import { isWholeNumber, parseAmount, parseDuration, parseIsoDay, parseNumber, parsePercent, parseQuantity, weeksOf } from './units.js';

/** The plan model and the problems the plan index found (rust-analyzer's "tree plus errors"). */
export interface PlanModelResult {
    model: PlanModel;
    problems: PlanProblem[];
}

/** The AST of every file that makes up one plan, in any order: the plan index orders them. */
export function buildPlanModel(roots: readonly ast.HitpFile[]): PlanModelResult {
    const index = indexPlan(roots);
    const elementsOf = <T extends ast.Element>(guard: (node: unknown) => node is T): T[] => index.elements.filter(guard);
    const criteriaBlocks = elementsOf(ast.isCriteriaBlock);
    const usesDefaultCriteria = criteriaBlocks.length === 0;
    const milestones = index.declarations.get(ast.Milestone.$type);
    const counts = (milestone: ast.Milestone) => milestones?.get(milestone.name) === milestone;
    const inframNode = elementsOf(ast.isInframBlock)[0];
    const model: PlanModel = {
        plan: buildPlanSettings(elementsOf(ast.isPlan)[0]),
        criteria: usesDefaultCriteria ? defaultCriteria(roots[0]) : declared<ast.Criterion>(index, ast.Criterion.$type).map(buildCriterion),
        usesDefaultCriteria,
        scale: buildScale(criteriaBlocks),
        stakeholders: declared<ast.Stakeholder>(index, ast.Stakeholder.$type).map(buildStakeholder),
        objectives: declared<ast.Objective>(index, ast.Objective.$type).map(buildObjective),
        kpis: declared<ast.Kpi>(index, ast.Kpi.$type).map(buildKpi),
        candidates: declared<ast.Candidate>(index, ast.Candidate.$type).map(node => buildCandidate(node, index.phaseOf.get(node.name) ?? null)),
        phases: declared<ast.Phase>(index, ast.Phase.$type).map(node => buildPhase(node, counts)),
        infram: inframNode ? buildInfram(inframNode) : null,
        cadences: declared<ast.Cadence>(index, ast.Cadence.$type).map(buildCadence),
        risks: declared<ast.Risk>(index, ast.Risk.$type).flatMap(node => buildRisk(node) ?? []),
        freezes: declared<ast.Freeze>(index, ast.Freeze.$type).flatMap(buildFreeze),
        teams: declared<ast.Team>(index, ast.Team.$type).map(buildTeam),
        scenarios: declared<ast.Scenario>(index, ast.Scenario.$type).map(buildScenario),
    };
    return { model, problems: index.problems };
}

/** Names of the references that resolved. */
function refNames(refs: ReadonlyArray<{ readonly ref?: { name: string } }>): string[] {
    return refs.flatMap(ref => ref.ref?.name ? [ref.ref.name] : []);
}

function nameRefs(container: ast.AfterLine | ast.PhaseAfter, refs: ReadonlyArray<Reference<ast.Candidate>> | ReadonlyArray<Reference<ast.Phase>>, uri?: string): NameRef[] {
    const lags = container.lags.length > 0 ? lagsOf(container) : [];
    return refs.flatMap((ref, index) => ref.ref?.name
        ? [{ name: ref.ref.name, source: sourceOfReference(container, ref, uri), lag: lags[index] ?? null }] : []);
}

function lastOf<T>(items: T[]): T | undefined {
    return items[items.length - 1];
}

function buildPlanSettings(node: ast.Plan | undefined): PlanSettings | null {
    if (!node) return null;
    const s = node.settings;
    const horizon = parseNumber(lastOf(s.filter(ast.isPlanHorizon))?.years);
    const discount = parsePercent(lastOf(s.filter(ast.isPlanDiscount))?.rate);
    const inflation = parsePercent(lastOf(s.filter(ast.isPlanInflation))?.rate);
    const budget = parseAmount(lastOf(s.filter(ast.isPlanBudget))?.amount);
    const capacity = parseNumber(lastOf(s.filter(ast.isPlanCapacity))?.fte);
    const start = lastOf(s.filter(ast.isPlanStart))?.date;
    return {
        // `plan { … }` without a name (a parse error) still has a plan: its name is empty, never undefined.
        name: node.name ?? '',
        title: node.title ?? node.name ?? '',
        source: sourceOf(node, 'name'),
        startDay: start ? parseIsoDay(start) : null,
        horizonYears: horizon !== null && isValidHorizon(horizon) ? horizon : 5,
        discountRate: discount !== null && isValidRate(discount) ? discount : 0,
        inflationRate: inflation !== null && isValidRate(inflation) ? inflation : 0,
        budget: budget !== null && isNotNegative(budget) ? budget : null,
        capacityFte: capacity !== null && isPositive(capacity) ? capacity : null,
        currency: lastOf(s.filter(ast.isPlanCurrency))?.code ?? 'USD',
        statusDay: statusDayOf(s),
        ...buildSimulationSettings(s),
        workdays: buildWorkdays(s),
        holidays: buildHolidays(s),
    };
}

function defaultCriteria(root: ast.HitpFile | undefined): Criterion[] {
    const source = root ? sourceOf(root) : { uri: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
    const collapsed = { uri: source.uri, range: { start: source.range.start, end: source.range.start } };
    return DEFAULT_CRITERIA.map(c => ({ name: c.name, title: c.title, weight: 1 / DEFAULT_CRITERIA.length, source: collapsed }));
}

/** A criterion whose weight is invalid (reported as `invalid-value`) stays a criterion, with weight 0. */
function buildCriterion(node: ast.Criterion): Criterion {
    const weight = parsePercent(node.weight);
    return { name: node.name, title: node.title ?? node.name, weight: weight !== null && weight >= 0 ? weight : 0, source: sourceOf(node, 'name') };
}

function buildScale(blocks: ast.CriteriaBlock[]): { min: number; max: number } {
    const scale = lastOf(blocks.flatMap(block => block.scales));
    const min = parseNumber(scale?.min);
    const max = parseNumber(scale?.max);
    return min !== null && max !== null && min < max ? { min, max } : { ...DEFAULT_SCALE };
}

function buildStakeholder(node: ast.Stakeholder): Stakeholder {
    return {
        name: node.name,
        title: node.title ?? node.name,
        role: (lastOf(node.lines.filter(ast.isStakeholderRole))?.role ?? null) as Stakeholder['role'],
        influence: (lastOf(node.lines.filter(ast.isStakeholderInfluence))?.level ?? null) as Stakeholder['influence'],
        interest: (lastOf(node.lines.filter(ast.isStakeholderInterest))?.level ?? null) as Stakeholder['interest'],
        source: sourceOf(node, 'name'),
    };
}

function buildObjective(node: ast.Objective): Objective {
    return {
        name: node.name,
        title: node.title ?? node.name,
        kpis: node.lines.filter(ast.isObjectiveKpis).flatMap(line => refNames(line.kpis)),
        owner: lastOf(node.lines.filter(ast.isObjectiveOwner))?.owner?.ref?.name ?? null,
        perspective: objectivePerspective(node),
        source: sourceOf(node, 'name'),
    };
}

/** Spec §6: percentages are one kind, plain numbers and amounts the other. */
function quantityKind(text: string | undefined): QuantityKind {
    return (text ?? '').endsWith('%') ? 'percent' : 'number';
}

function buildKpi(node: ast.Kpi): Kpi {
    const target = lastOf(node.lines.filter(ast.isKpiTarget));
    const targetValue = parseQuantity(target?.value);
    const baselineLine = lastOf(node.lines.filter(ast.isKpiBaseline));
    const baseline = parseQuantity(baselineLine?.value);
    return {
        name: node.name,
        title: node.title ?? node.name,
        unit: lastOf(node.lines.filter(ast.isKpiUnit))?.unit ?? null,
        baseline,
        // A half-typed `target 5` (the parser recovers without the comparator) sets no target.
        target: target?.comparator && targetValue !== null
            ? { comparator: target.comparator, value: targetValue, kind: quantityKind(target.value), source: sourceOf(target, 'value') }
            : null,
        dataSource: lastOf(node.lines.filter(ast.isKpiSource))?.source ?? null,
        percent: node.lines.some(line => (ast.isKpiBaseline(line) || ast.isKpiTarget(line)) && (line.value ?? '').endsWith('%')),
        ...(baselineLine && baseline !== null ? { baselineKind: quantityKind(baselineLine.value), baselineSource: sourceOf(baselineLine, 'value') } : {}),
        source: sourceOf(node, 'name'),
        ...kpiTracking(node),
    };
}

function buildCandidate(node: ast.Candidate, phase: string | null): Candidate {
    // One pass over the lines (the hot loop of a large plan); the last single-valued line wins.
    const uri = uriOf(node);
    let durationLine: ast.DurationLine | undefined;
    let effortLine: ast.EffortLine | undefined;
    let ownerLine: ast.OwnerLine | undefined;
    const supports: string[] = [];
    const scores: Candidate['scores'] = [];
    const flows: Flow[] = [];
    const advances: Candidate['advances'] = [];
    const after: NameRef[] = [];
    for (const line of node.lines) {
        // `$type` is exact here: no candidate line type has subtypes (grammar/hitp.langium).
        switch (line.$type) {
            case ast.DurationLine.$type: durationLine = line as ast.DurationLine; break;
            case ast.EffortLine.$type: effortLine = line as ast.EffortLine; break;
            case ast.OwnerLine.$type: ownerLine = line as ast.OwnerLine; break;
            case ast.SupportsLine.$type: supports.push(...refNames((line as ast.SupportsLine).objectives)); break;
            case ast.ScoresLine.$type:
                for (const score of (line as ast.ScoresLine).scores) {
                    const value = parseNumber(score.value);
                    const criterion = score.criterion?.ref?.name ?? score.criterion?.$refText;
                    if (value !== null && criterion) scores.push({ criterion, value, source: sourceOf(score, undefined, uri) });
                }
                break;
            case ast.FlowLine.$type: flows.push(...buildFlow(line as ast.FlowLine, uri)); break;
            case ast.AdvancesLine.$type: {
                const advance = line as ast.AdvancesLine;
                const stage = parseNumber(advance.stage);
                const points = parsePercent(advance.points);
                if (stage !== null && isInframStage(stage) && points !== null && isNotNegative(points)) {
                    advances.push({ stage, points, source: sourceOf(advance, undefined, uri) });
                }
                break;
            }
            case ast.AfterLine.$type: after.push(...nameRefs(line as ast.AfterLine, (line as ast.AfterLine).candidates, uri)); break;
        }
    }
    const { effortFte, teamEffort } = buildEffort(effortLine);
    return {
        name: node.name,
        title: node.title ?? node.name,
        owner: ownerLine?.owner?.ref?.name ?? null,
        supports,
        scores,
        duration: durationOf(durationLine?.duration),
        durationRange: buildDurationRange(durationLine),
        effortFte,
        teamEffort,
        flows,
        advances,
        after,
        phase,
        source: sourceOf(node, 'name', uri),
        ...candidateActuals(node, uri),
    };
}

function optionalYear(text: string | undefined): number | null | undefined {
    if (text === undefined) return null;
    const year = parseNumber(text);
    return isWholeNumber(year) && year >= 0 ? year : undefined;
}

/**
 * A `duration` line's value; null when the line is missing or half-typed (`duration` alone, or
 * `duration x weeks`: the parser recovers without a Duration node, although the AST type requires one).
 */
function durationOf(duration: ast.Duration | undefined): Duration | null {
    return duration ? parseDuration(duration.value, duration.unit) : null;
}

function buildFlow(line: ast.FlowLine, uri?: string): Flow[] {
    const amount = parseAmount(line.amount);
    const kind = line.kind === 'cost' ? 'cost' : 'benefit';
    // A half-typed line (`cost 1e308e308 once`: the parser recovers without a timing) adds no flow.
    if (amount === null || amount < 0 || !line.timing) return [];
    const source = sourceOf(line, undefined, uri);
    const timingSource = sourceOf(line.timing, undefined, uri);
    if (ast.isOnceTiming(line.timing)) {
        const year = optionalYear(line.timing.year);
        const anchor = line.timing.anchor === 'start' || line.timing.anchor === 'go-live' ? line.timing.anchor : null;
        return year === undefined ? [] : [{ kind, timing: 'once', amount, year, anchor, source, timingSource }];
    }
    const fromYear = optionalYear(line.timing.from);
    const toYear = optionalYear(line.timing.to);
    const growth = line.timing.growth === undefined ? 0 : parsePercent(line.timing.growth);
    if (fromYear === undefined || toYear === undefined || growth === null || growth <= -1) return [];
    const anchor = line.timing.fromGoLive ? 'go-live' : null;
    return [{ kind, timing: 'yearly', amount, fromYear, toYear, growthRate: kind === 'cost' ? 0 : growth, anchor, source, timingSource }];
}

function buildPhase(node: ast.Phase, counts: (milestone: ast.Milestone) => boolean): Phase {
    const durationLine = lastOf(node.lines.filter(ast.isDurationLine));
    return {
        name: node.name,
        title: node.title ?? node.name,
        duration: durationOf(durationLine?.duration),
        after: node.lines.filter(ast.isPhaseAfter).flatMap(line => nameRefs(line, line.phases)),
        includes: node.lines.filter(ast.isIncludesLine).flatMap(line => refNames(line.candidates)),
        milestones: node.lines.filter(ast.isMilestone).filter(counts).flatMap(m => buildMilestone(m, node.name)),
        gates: node.lines.filter(ast.isGate).map(gate => buildGate(gate, node.name)),
        source: sourceOf(node, 'name'),
    };
}

function buildMilestone(node: ast.Milestone, phase: string): Milestone[] {
    const dueDay = parseIsoDay(node.due);
    if (dueDay === null) return [];
    return [{ name: node.name, title: node.title ?? node.name, phase, dueDay, when: refNames(node.when), source: sourceOf(node, 'name') }];
}

function buildGate(node: ast.Gate, phase: string): Gate {
    return {
        phase,
        conditions: node.conditions.flatMap(condition => {
            const value = parseQuantity(condition.value);
            const kpi = condition.kpi?.ref?.name;
            return value === null || !kpi || !condition.comparator ? [] : [{
                kpi, comparator: condition.comparator, value, kind: quantityKind(condition.value),
                source: sourceOf(condition), valueSource: sourceOf(condition, 'value'),
            }];
        }),
        source: sourceOf(node),
    };
}

function buildInfram(node: ast.InframBlock): Infram {
    const goal = lastOf(node.lines.filter(ast.isInframGoal));
    const goalStage = parseNumber(goal?.stage);
    const goalDay = goal ? parseIsoDay(goal.date) : null;
    return {
        stages: node.lines.filter(ast.isInframStage).flatMap(line => {
            const stage = parseNumber(line.stage);
            const score = parsePercent(line.score);
            return stage !== null && isInframStage(stage) && score !== null && isFraction(score)
                ? [{ stage, score, source: sourceOf(line) }] : [];
        }),
        goal: goal && goalStage !== null && isInframGoalStage(goalStage) && goalDay !== null
            ? { stage: goalStage, byDay: goalDay, source: sourceOf(goal) } : null,
        source: sourceOf(node),
    };
}

function buildCadence(node: ast.Cadence): Cadence {
    const vendor = lastOf(node.lines.filter(ast.isVendorRelease));
    const { baseCycle: cycle, laterCycles, behind } = cadenceCycles(node);
    const vendorWeeks = vendor?.interval ? weeksOf(vendor.interval.value, vendor.interval.unit) : null;
    const minWeeks = cycle ? weeksOf(cycle.min, cycle.unit) : null;
    const maxWeeks = cycle ? weeksOf(cycle.max, cycle.unit) : null;
    return {
        name: node.name,
        title: node.title ?? node.name,
        vendorIntervalWeeks: vendorWeeks !== null && vendorWeeks > 0 ? vendorWeeks : null,
        internalMinWeeks: minWeeks !== null && minWeeks > 0 ? minWeeks : null,
        internalMaxWeeks: maxWeeks !== null && maxWeeks > 0 ? maxWeeks : null,
        // The whole block: spec §4 places `cadence-backlog` at the `cadence` keyword.
        source: sourceOf(node),
        laterCycles,
        behind,
    };
}
