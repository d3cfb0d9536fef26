/**
 * KPI targets and phase gates, judged on the KPIs' baselines.
 */
import type { Comparator, Kpi, Phase } from '../model/plan-model.js';
import type { Finding, GateAnalysis, GateConditionAnalysis, KpiAnalysis } from './plan-analysis.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';
import { isMismatched } from './kpi-units.js';

/** KPI values are shown as written, so up to six decimals. */

function nearlyEqual(a: number, b: number): boolean {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Whether `value comparator target` holds (spec §1 comparators `<= < >= > =`).
 * Equality allows a relative 1e-9 so decimal literals compare as written; `<=` and `>=`
 * include that equality, `<` and `>` exclude it. Non-finite values never meet a target.
 */
export function meets(value: number, comparator: Comparator, target: number): boolean {
    if (!Number.isFinite(value) || !Number.isFinite(target)) return false;
    const equal = nearlyEqual(value, target);
    switch (comparator) {
        case '<=': return value <= target || equal;
        case '<': return value < target && !equal;
        case '>=': return value >= target || equal;
        case '>': return value > target && !equal;
        case '=': return equal;
    }
    return false;
}

/**
 * Analyses each KPI: whether its baseline already meets its target (null when either is missing),
 * with a `target-met` info finding when it does (the objective then asks for nothing new).
 */
export function analyzeKpis(kpis: Kpi[]): { kpis: KpiAnalysis[]; findings: Finding[] } {
    const findings: Finding[] = [];
    const analyses = kpis.map((kpi): KpiAnalysis => {
        const target = kpi.target ? { comparator: kpi.target.comparator, value: kpi.target.value } : null;
        // Spec §6: a target written in the other kind than the baseline neither passes nor fails.
        const comparable = !isMismatched(kpi, kpi.target?.kind);
        const targetMet = kpi.baseline !== null && target !== null && comparable ? meets(kpi.baseline, target.comparator, target.value) : null;
        if (targetMet === true && kpi.baseline !== null && target !== null) {
            findings.push({
                severity: severityOf[DiagnosticCode.TargetMet], code: DiagnosticCode.TargetMet, source: kpi.source,
                kpi: kpi.name, baseline: kpi.baseline, comparator: target.comparator, target: target.value, percent: kpi.percent,
            });
        }
        return { name: kpi.name, title: kpi.title, unit: kpi.unit, baseline: kpi.baseline, target, targetMet, percent: kpi.percent };
    });
    return { kpis: analyses, findings };
}

/**
 * Evaluates every phase gate on the KPI baselines: one GateAnalysis per gate, in phase order.
 * A condition passes when the KPI's baseline meets it, null when the KPI has no baseline (or is unknown)
 * or when its value is of the other kind than the baseline (spec §6, `unit-mismatch`);
 * a gate passes null when any condition is null, else when all pass (a gate without conditions passes).
 */
export function evaluateGates(phases: Phase[], kpis: Kpi[]): GateAnalysis[] {
    const byName = new Map<string, Kpi>();
    for (const kpi of kpis) if (!byName.has(kpi.name)) byName.set(kpi.name, kpi);
    const gates: GateAnalysis[] = [];
    for (const phase of phases) {
        for (const gate of phase.gates) {
            const conditions = gate.conditions.map((condition): GateConditionAnalysis => {
                const kpi = byName.get(condition.kpi);
                const baseline = kpi?.baseline ?? null;
                return {
                    kpi: condition.kpi,
                    comparator: condition.comparator,
                    value: condition.value,
                    baseline,
                    passes: baseline === null || isMismatched(kpi, condition.kind) ? null : meets(baseline, condition.comparator, condition.value),
                };
            });
            const passes = conditions.some(c => c.passes === null) ? null : conditions.every(c => c.passes === true);
            gates.push({ phase: gate.phase, conditions, passes });
        }
    }
    return gates;
}
