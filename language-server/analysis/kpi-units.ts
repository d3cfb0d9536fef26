/**
 * Values that cannot mislead (spec §6, `unit-mismatch`): a KPI's baseline, target and gate values
 * are either all percentages or all plain numbers (amounts count as numbers). A value of the
 * other kind than the KPI's reference (its baseline, or without one its target) is flagged, and the
 * comparison it takes part in neither passes nor fails.
 */
import type { Kpi, Phase, QuantityKind, SourceRef } from '../model/plan-model.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';
import type { Finding } from './plan-analysis.js';

/** The kind every value of the KPI is compared against: its baseline's, else its target's; null when unknown. */
export function referenceKind(kpi: Kpi): QuantityKind | null {
    if (kpi.baseline !== null && kpi.baselineKind) return kpi.baselineKind;
    return kpi.target?.kind ?? null;
}

/** True when `kind` is known and differs from the KPI's reference kind. */
export function isMismatched(kpi: Kpi | undefined, kind: QuantityKind | undefined): boolean {
    if (!kpi || !kind) return false;
    const reference = referenceKind(kpi);
    return reference !== null && reference !== kind;
}

function mismatch(kpi: Kpi, what: 'target' | 'gate value', value: number, kind: QuantityKind, source: SourceRef): Finding {
    const reference = referenceKind(kpi)!;
    const referenceWhat = kpi.baseline !== null && kpi.baselineKind ? 'baseline' : 'target';
    return {
        severity: severityOf[DiagnosticCode.UnitMismatch], code: DiagnosticCode.UnitMismatch, source,
        kpi: kpi.name, what, value, percent: kind === 'percent',
        referenceWhat, referenceValue: referenceWhat === 'baseline' ? kpi.baseline! : kpi.target!.value, referencePercent: reference === 'percent',
    };
}

/** One `unit-mismatch` per mismatched target or gate value, on the value. */
export function unitMismatchFindings(kpis: readonly Kpi[], phases: readonly Phase[]): Finding[] {
    const findings: Finding[] = [];
    const byName = new Map<string, Kpi>();
    for (const kpi of kpis) if (!byName.has(kpi.name)) byName.set(kpi.name, kpi);
    for (const kpi of byName.values()) {
        const target = kpi.target;
        if (target && isMismatched(kpi, target.kind)) {
            findings.push(mismatch(kpi, 'target', target.value, target.kind!, target.source ?? kpi.source));
        }
    }
    for (const phase of phases) {
        for (const condition of phase.gates.flatMap(gate => gate.conditions)) {
            const kpi = byName.get(condition.kpi);
            if (!kpi || !isMismatched(kpi, condition.kind)) continue;
            findings.push(mismatch(kpi, 'gate value', condition.value, condition.kind!, condition.valueSource ?? condition.source));
        }
    }
    return findings;
}
