/**
 * Scenarios (spec §10): each is the same analysis run on the plan model with the scenario's lines
 * applied (`apply-scenario.ts`), compared with the base plan. The analysis itself is passed in
 * (`analyzePlan`'s single-plan step), so no rule exists twice.
 */
import type { PlanModel, Scenario } from '../../model/plan-model.js';
import { DiagnosticCode, severityOf } from '../../protocol/diagnostic-codes.js';
import { dateChangeDays } from '../calendar.js';
import type { AnalysisResult, Finding, PlanAnalysis, ScenarioAnalysis } from '../plan-analysis.js';
import { applyScenario } from './apply-scenario.js';

/** Analyses one plan model, without its scenarios. */
export type SinglePlanAnalyzer = (model: PlanModel) => AnalysisResult;

/** The base analysis with `scenarios` filled in and a `scenario-negative-npv` finding per scenario below 0. */
export function analyzeWithScenarios(model: PlanModel, analyze: SinglePlanAnalyzer): AnalysisResult {
    const base = analyze(model);
    if (model.scenarios.length === 0) return base;
    const findings: Finding[] = [...base.findings];
    const scenarios = model.scenarios.map(scenario => {
        const run = analyze(applyScenario(model, scenario, base));
        const comparison = compareWithBase(scenario, run.analysis, base.analysis);
        if (comparison.portfolio.npv < 0) findings.push(negativeNpvFinding(scenario, comparison, base.analysis));
        return comparison;
    });
    return { ...base, analysis: { ...base.analysis, scenarios }, findings };
}

/**
 * The full analysis of the scenario named `name` (`hitp analyze --scenario NAME`), with
 * `plan.scenario` set and `scenarios` comparing every scenario with the base plan; null when the
 * plan has no such scenario. Its sensitivity is the scenario's own (spec §14.7).
 */
export function analyzeScenario(model: PlanModel, name: string, analyze: SinglePlanAnalyzer): AnalysisResult | null {
    const scenario = model.scenarios.find(s => s.name === name);
    if (!scenario) return null;
    const base = analyzeWithScenarios(model, analyze);
    const run = analyze(applyScenario(model, scenario, base));
    const plan = run.analysis.plan ? { ...run.analysis.plan, scenario: scenario.name } : null;
    return { ...run, analysis: { ...run.analysis, plan, scenarios: base.analysis.scenarios } };
}

function compareWithBase(scenario: Scenario, run: PlanAnalysis, base: PlanAnalysis): ScenarioAnalysis {
    const finish = run.plan?.finish ?? null;
    const { npv, irr, paybackYears, roi } = run.portfolio;
    return {
        name: scenario.name,
        title: scenario.title,
        finish,
        funded: run.candidates.filter(c => c.funded).map(c => c.name),
        deferred: run.candidates.filter(c => !c.funded).map(c => c.name),
        portfolio: { npv, irr, paybackYears, roi },
        npvChange: npv - base.portfolio.npv,
        finishChangeDays: dateChangeDays(base.plan?.finish ?? null, finish),
    };
}

function negativeNpvFinding(scenario: Scenario, comparison: ScenarioAnalysis, base: PlanAnalysis): Finding {
    return {
        severity: severityOf[DiagnosticCode.ScenarioNegativeNpv],
        code: DiagnosticCode.ScenarioNegativeNpv,
        scenario: scenario.name, npv: comparison.portfolio.npv, planNpv: base.portfolio.npv, currency: base.plan?.currency ?? 'USD',
        source: scenario.source,
    };
}
