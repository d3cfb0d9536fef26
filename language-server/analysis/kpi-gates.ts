/**
 * KPI targets and phase gates, judged on each KPI's current value when it has one (its latest
 * measurement as of the status date, spec §9), else on its baseline.
 */
import type { Comparator, IsoDay, Kpi, Measurement, Phase } from '../model/plan-model.js';
import { formatIsoDay } from './calendar.js';
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

/** A KPI's measurements in date order (equal dates keep the order written). */
export function measurementsInOrder(kpi: Kpi): Measurement[] {
    return [...kpi.measurements].sort((a, b) => a.day - b.day);
}

/**
 * The KPI's current measurement (spec §9): its latest on or before the status date (without a
 * status date: its latest); of two on the same day, the one written last. Null when there is none.
 */
export function currentMeasurement(kpi: Kpi, statusDay: IsoDay | null): Measurement | null {
    let current: Measurement | null = null;
    for (const m of kpi.measurements) {
        if (statusDay !== null && m.day > statusDay) continue;
        if (current === null || m.day >= current.day) current = m;
    }
    return current;
}

/**
 * Analyses each KPI: its measurements and current value (spec §9), whether the value it is judged
 * on (current, else baseline) meets its target (null when either is missing), and a `target-met`
 * info finding when the baseline already does (the objective then asks for nothing new).
 */
export function analyzeKpis(kpis: Kpi[], statusDay: IsoDay | null = null): { kpis: KpiAnalysis[]; findings: Finding[] } {
    const findings: Finding[] = [];
    const analyses = kpis.map((kpi): KpiAnalysis => {
        const target = kpi.target ? { comparator: kpi.target.comparator, value: kpi.target.value } : null;
        const current = currentMeasurement(kpi, statusDay);
        const judged = current?.value ?? kpi.baseline;
        // Spec §6: a target written in the other kind than the baseline neither passes nor fails.
        const comparable = !isMismatched(kpi, kpi.target?.kind);
        const targetMet = judged !== null && target !== null && comparable ? meets(judged, target.comparator, target.value) : null;
        if (comparable && target !== null && kpi.baseline !== null && meets(kpi.baseline, target.comparator, target.value)) {
            findings.push({
                severity: severityOf[DiagnosticCode.TargetMet], code: DiagnosticCode.TargetMet, source: kpi.source,
                kpi: kpi.name, baseline: kpi.baseline, comparator: target.comparator, target: target.value, percent: kpi.percent,
            });
        }
        return {
            name: kpi.name, title: kpi.title, unit: kpi.unit, baseline: kpi.baseline, target, targetMet, percent: kpi.percent,
            current: current?.value ?? null,
            currentOn: current ? formatIsoDay(current.day) : null,
            measurements: measurementsInOrder(kpi).map(m => ({ on: formatIsoDay(m.day), value: m.value })),
            review: kpi.review?.interval ?? null,
        };
    });
    return { kpis: analyses, findings };
}

/**
 * Evaluates every phase gate: one GateAnalysis per gate, in phase order. A condition is judged on
 * the KPI's current value as of `statusDay` when it has one, else on its baseline (spec §9); it
 * passes null when the KPI has neither (or is unknown) or when its value is of the other kind than
 * the KPI's (spec §6, `unit-mismatch`); a gate passes null when any condition is null, else when
 * all pass (a gate without conditions passes).
 */
export function evaluateGates(phases: Phase[], kpis: Kpi[], statusDay: IsoDay | null = null): GateAnalysis[] {
    const byName = new Map<string, Kpi>();
    for (const kpi of kpis) if (!byName.has(kpi.name)) byName.set(kpi.name, kpi);
    const gates: GateAnalysis[] = [];
    for (const phase of phases) {
        for (const gate of phase.gates) {
            const conditions = gate.conditions.map((condition): GateConditionAnalysis => {
                const kpi = byName.get(condition.kpi);
                const baseline = kpi?.baseline ?? null;
                const current = kpi ? currentMeasurement(kpi, statusDay)?.value ?? null : null;
                const judged = current ?? baseline;
                return {
                    kpi: condition.kpi,
                    comparator: condition.comparator,
                    value: condition.value,
                    baseline,
                    current,
                    passes: judged === null || isMismatched(kpi, condition.kind) ? null : meets(judged, condition.comparator, condition.value),
                };
            });
            const passes = conditions.some(c => c.passes === null) ? null : conditions.every(c => c.passes === true);
            gates.push({ phase: gate.phase, conditions, passes });
        }
    }
    return gates;
}
