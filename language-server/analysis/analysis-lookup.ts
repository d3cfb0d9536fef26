/**
 * The analysed elements of a plan by name, each with the `SourceRef` of its declaration:
 * the O(1) lookup that hovers, code lenses, inlay hints and the roadmap's click-to-source use
 * instead of searching the analysis arrays. Built once per plan result (`HitpPlanService`).
 */
import type { PlanModel, SourceRef } from '../model/plan-model.js';
import type {
    CadenceAnalysis, CandidateAnalysis, CriterionAnalysis, GateAnalysis, KpiAnalysis, MilestoneAnalysis, PhaseAnalysis, PlanAnalysis,
    StakeholderAnalysis
} from './plan-analysis.js';

/** An analysed element and where it is declared. */
export interface Located<T> {
    item: T;
    source: SourceRef;
}

export interface AnalysisLookup {
    candidates: ReadonlyMap<string, Located<CandidateAnalysis>>;
    phases: ReadonlyMap<string, Located<PhaseAnalysis>>;
    milestones: ReadonlyMap<string, Located<MilestoneAnalysis>>;
    kpis: ReadonlyMap<string, Located<KpiAnalysis>>;
    criteria: ReadonlyMap<string, Located<CriterionAnalysis>>;
    cadences: ReadonlyMap<string, Located<CadenceAnalysis>>;
    stakeholders: ReadonlyMap<string, Located<StakeholderAnalysis>>;
    /** A phase's gates (the first `gate` line's source), by the phase's name. */
    gates: ReadonlyMap<string, Located<GateAnalysis>>;
}

/** Pairs each analysed element with the model element of the same name (names are unique per kind in the model). */
function pair<T extends { name: string }>(items: readonly T[], declared: ReadonlyArray<{ name: string; source: SourceRef }>): Map<string, Located<T>> {
    const sources = new Map(declared.map(element => [element.name, element.source]));
    const result = new Map<string, Located<T>>();
    for (const item of items) {
        const source = sources.get(item.name);
        if (source && !result.has(item.name)) result.set(item.name, { item, source });
    }
    return result;
}

export function lookupAnalysis(model: PlanModel, analysis: PlanAnalysis): AnalysisLookup {
    const gateSources = new Map<string, SourceRef>();
    for (const phase of model.phases) {
        const first = phase.gates[0];
        if (first) gateSources.set(phase.name, first.source);
    }
    const gates = new Map<string, Located<GateAnalysis>>();
    for (const gate of analysis.gates) {
        const source = gateSources.get(gate.phase);
        if (source && !gates.has(gate.phase)) gates.set(gate.phase, { item: gate, source });
    }
    return {
        candidates: pair(analysis.candidates, model.candidates),
        phases: pair(analysis.phases, model.phases),
        milestones: pair(analysis.milestones, model.phases.flatMap(phase => phase.milestones)),
        kpis: pair(analysis.kpis, model.kpis),
        criteria: pair(analysis.criteria, model.criteria),
        cadences: pair(analysis.cadences, model.cadences),
        stakeholders: pair(analysis.stakeholders, model.stakeholders),
        gates,
    };
}
