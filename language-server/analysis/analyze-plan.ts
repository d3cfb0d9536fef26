/**
 * PlanModel → PlanAnalysis + findings (spec §2). Temporary skeleton: filled in by the analysis work.
 */
import type { PlanModel } from '../model/plan-model.js';
import type { AnalysisResult } from './plan-analysis.js';

export function analyzePlan(model: PlanModel): AnalysisResult {
    return {
        analysis: {
            plan: null, candidates: [], phases: [], milestones: [],
            portfolio: { cashflows: [], npv: 0, irr: null, paybackYears: null, roi: null },
            infram: null, cadences: [], criteria: [], kpis: [], gates: [], stakeholders: [], criticalPath: [],
        },
        findings: model ? [] : [],
    };
}
