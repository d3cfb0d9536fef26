/**
 * Vendor release cadence against the team's internal upgrade cycle (spec §2, Cadence).
 */
import type { Cadence } from '../model/plan-model.js';
import type { CadenceAnalysis, Finding } from './plan-analysis.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';

const WEEKS_PER_YEAR = 52;

function positive(value: number | null): number | null {
    return value !== null && Number.isFinite(value) && value > 0 ? value : null;
}

function perYear(weeks: number | null): number | null {
    if (weeks === null) return null;
    const rate = WEEKS_PER_YEAR / weeks;
    return Number.isFinite(rate) ? rate : null;
}

/**
 * Releases per year (spec §2, Cadence): vendorPerYear = 52 / vendor interval weeks;
 * absorbedPerYear = 52 / slowest internal cycle weeks (the upper end of `internal cycle A to B weeks`,
 * or A when only one end is known); backlogPerYear = vendorPerYear − absorbedPerYear when the slowest
 * cycle is longer than the vendor interval, else 0. A missing or non-positive input makes the figures
 * that depend on it null. A `cadence-backlog` warning is found when the backlog is positive.
 */
export function analyzeCadence(c: Cadence): { analysis: CadenceAnalysis; findings: Finding[] } {
    const vendorWeeks = positive(c.vendorIntervalWeeks);
    const slowestWeeks = positive(c.internalMaxWeeks ?? c.internalMinWeeks);
    const vendorPerYear = perYear(vendorWeeks);
    const absorbedPerYear = perYear(slowestWeeks);
    let backlogPerYear: number | null = null;
    if (vendorWeeks !== null && slowestWeeks !== null && vendorPerYear !== null && absorbedPerYear !== null) {
        backlogPerYear = slowestWeeks > vendorWeeks ? vendorPerYear - absorbedPerYear : 0;
    }
    const analysis: CadenceAnalysis = { name: c.name, vendorPerYear, absorbedPerYear, backlogPerYear, title: c.title };
    const findings: Finding[] = [];
    if (backlogPerYear !== null && backlogPerYear > 0) {
        findings.push({
            severity: severityOf[DiagnosticCode.CadenceBacklog], code: DiagnosticCode.CadenceBacklog, source: c.source,
            cadence: c.name, backlogPerYear, vendorPerYear: vendorPerYear!, absorbedPerYear: absorbedPerYear!, slowestWeeks: slowestWeeks!,
        });
    }
    return { analysis, findings };
}
