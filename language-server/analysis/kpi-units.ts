/**
 * Values that cannot mislead (spec §6, `unit-mismatch`): a KPI's baseline, target and gate values
 * are either all percentages or all plain numbers (amounts count as numbers). A value of the
 * other kind than the KPI's reference (its baseline, or without one its target) is flagged, and the
 * comparison it takes part in neither passes nor fails.
 */
import type { Kpi, Phase, QuantityKind, SourceRef } from '../model/plan-model.js';
import { DiagnosticCode, severityOf } from '../validation/diagnostic-codes.js';
import { formatKpiValue } from '../report/format.js';
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

const KIND_WORDS: Record<QuantityKind, string> = { percent: 'a percentage', number: 'a plain number' };

function shown(value: number, kind: QuantityKind): string {
    return formatKpiValue(value, { percent: kind === 'percent' });
}

function mismatch(kpi: Kpi, what: string, value: number, kind: QuantityKind, source: SourceRef): Finding {
    const reference = referenceKind(kpi)!;
    const referenceWhat = kpi.baseline !== null && kpi.baselineKind ? 'baseline' : 'target';
    const referenceValue = referenceWhat === 'baseline' ? kpi.baseline! : kpi.target!.value;
    return {
        severity: severityOf[DiagnosticCode.UnitMismatch],
        code: DiagnosticCode.UnitMismatch,
        message: `${what} ${shown(value, kind)} is ${KIND_WORDS[kind]}, but ${kpi.name}'s ${referenceWhat} ${shown(referenceValue, reference)} `
            + `is ${KIND_WORDS[reference]}: write both the same way, so that they can be compared`,
        source,
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
            findings.push(mismatch(kpi, `The target`, target.value, target.kind!, target.source ?? kpi.source));
        }
    }
    for (const phase of phases) {
        for (const condition of phase.gates.flatMap(gate => gate.conditions)) {
            const kpi = byName.get(condition.kpi);
            if (!kpi || !isMismatched(kpi, condition.kind)) continue;
            findings.push(mismatch(kpi, `The gate value`, condition.value, condition.kind!, condition.valueSource ?? condition.source));
        }
    }
    return findings;
}
