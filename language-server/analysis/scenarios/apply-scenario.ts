/**
 * A scenario is the plan analysed again with its lines applied (spec §10): each line is one small
 * pure transformation of the plan model, applied in the order written. Nothing here analyses:
 * `analyze-scenarios.ts` hands the transformed model to the one `analyzePlan`.
 */
import type { Candidate, IsoDay, PlanModel, Scenario, ScenarioChange } from '../../model/plan-model.js';
import { addDuration, parseIsoDay } from '../calendar.js';
import type { PlanAnalysis } from '../plan-analysis.js';

/** What a transformation may need of the base plan's analysis: its schedule (for `durations`). */
export interface ScenarioBase {
    analysis: Pick<PlanAnalysis, 'candidates'>;
}

/** The plan model with every line of `scenario` applied; the result has no scenarios of its own. */
export function applyScenario(model: PlanModel, scenario: Scenario, base: ScenarioBase): PlanModel {
    let result: PlanModel = { ...model, scenarios: [] };
    for (const change of scenario.changes) result = applyChange(result, change, model, base);
    return result;
}

/**
 * One scenario line applied to `model`. `original` is the base plan's model and `base` its
 * analysis: `durations` scales the span each candidate has in the base plan.
 */
export function applyChange(model: PlanModel, change: ScenarioChange, original: PlanModel, base: ScenarioBase): PlanModel {
    switch (change.kind) {
        case 'discount': return withPlan(model, { discountRate: change.rate });
        case 'inflation': return withPlan(model, { inflationRate: change.rate });
        case 'budget': return withPlan(model, { budget: change.amount });
        case 'capacity': return withPlan(model, { capacityFte: change.fte });
        case 'start': return withPlan(model, { startDay: change.day });
        case 'benefits': return scaleFlows(model, 'benefit', 1 + change.change);
        case 'costs': return scaleFlows(model, 'cost', 1 + change.change);
        case 'durations': return scaleDurations(model, 1 + change.change, baseSpans(original, base));
        case 'exclude': return excludeCandidates(model, change.candidates);
        case 'cycle': return {
            ...model,
            cadences: model.cadences.map(cadence => cadence.name === change.cadence
                ? { ...cadence, internalMinWeeks: change.minWeeks, internalMaxWeeks: change.maxWeeks } : cadence),
        };
    }
}

/** The model with some of the plan's settings replaced (no plan block: unchanged). */
export function withPlan(model: PlanModel, settings: Partial<NonNullable<PlanModel['plan']>>): PlanModel {
    return model.plan ? { ...model, plan: { ...model.plan, ...settings } } : model;
}

/** `benefits ±p%` / `costs ±p%`: every benefit (cost) line's amount times `factor`. */
export function scaleFlows(model: PlanModel, kind: 'cost' | 'benefit', factor: number): PlanModel {
    return {
        ...model,
        candidates: model.candidates.map(candidate => ({
            ...candidate,
            flows: candidate.flows.map(flow => flow.kind === kind ? { ...flow, amount: flow.amount * factor } : flow),
        })),
    };
}

/**
 * Each candidate's span of work in days in the base plan: finish − start where it is scheduled,
 * else its duration counted from the plan start (no start: the duration's own days, months as 30 days).
 */
function baseSpans(original: PlanModel, base: ScenarioBase): Map<string, number> {
    const spans = new Map<string, number>();
    for (const item of base.analysis.candidates) {
        const start = item.start === null ? null : parseIsoDay(item.start);
        const finish = item.finish === null ? null : parseIsoDay(item.finish);
        if (start !== null && finish !== null) spans.set(item.name, finish - start);
    }
    const from: IsoDay = original.plan?.startDay ?? 0;
    for (const candidate of original.candidates) {
        if (spans.has(candidate.name) || candidate.duration === null) continue;
        spans.set(candidate.name, addDuration(from, candidate.duration) - from);
    }
    return spans;
}

/** `durations ±p%`: each candidate's span times `factor`, in whole days (halves up). */
function scaleDurations(model: PlanModel, factor: number, spans: ReadonlyMap<string, number>): PlanModel {
    return {
        ...model,
        candidates: model.candidates.map((candidate): Candidate => {
            const span = spans.get(candidate.name);
            if (span === undefined || candidate.duration === null) return candidate;
            const days = roundHalfUp(span * factor);
            // A three-point estimate scales alike (spec §14.6): O and P by the factor, M as the duration.
            const range = candidate.durationRange;
            const durationRange = range === null ? null : {
                optimisticDays: Math.min(days, roundHalfUp(range.optimisticDays * factor)),
                mostLikelyDays: days,
                pessimisticDays: Math.max(days, roundHalfUp(range.pessimisticDays * factor)),
            };
            return { ...candidate, duration: { amount: days, unit: 'days' }, durationRange };
        }),
    };
}

/** Rounds to the nearest whole number, halves up; a product like 87.49999999999999 counts as 87.5. */
function roundHalfUp(value: number): number {
    return Math.floor(value + 0.5 + 1e-9);
}

/**
 * `exclude A, B`: removes the candidates and every candidate that depends on them (through
 * `after`, transitively) from the plan, from its phases' `includes` and from its risks' `affects`. A milestone keeps waiting
 * for them, so it is never achieved in the scenario (blocked, spec §6).
 */
export function excludeCandidates(model: PlanModel, names: readonly string[]): PlanModel {
    const dependants = new Map<string, string[]>();
    for (const candidate of model.candidates) {
        for (const ref of candidate.after) {
            const list = dependants.get(ref.name);
            if (list) list.push(candidate.name); else dependants.set(ref.name, [candidate.name]);
        }
    }
    // Breadth-first through `after`, linear in the plan's size (cycles end when a name is seen again).
    const removed = new Set(names);
    const queue = [...removed];
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
        for (const dependant of dependants.get(name) ?? []) {
            if (!removed.has(dependant)) {
                removed.add(dependant);
                queue.push(dependant);
            }
        }
    }
    return {
        ...model,
        candidates: model.candidates.filter(candidate => !removed.has(candidate.name)),
        phases: model.phases.map(phase => ({ ...phase, includes: phase.includes.filter(name => !removed.has(name)) })),
        // Spec §14.5: a risk loses the excluded candidates from `affects`, and is dropped when none is left.
        risks: model.risks.flatMap(risk => {
            const affects = risk.affects.filter(name => !removed.has(name));
            return affects.length === 0 ? [] : [{ ...risk, affects }];
        }),
    };
}
