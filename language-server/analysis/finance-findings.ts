/**
 * Findings about a candidate's finance figures: `multiple-irr`, `irr-undefined`, `no-payback` (spec §3).
 */
import type { Candidate } from '../model/plan-model.js';
import type { Finding } from './plan-analysis.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';
import { IRR_GUESS } from './finance.js';

export interface FinanceFindingInput {
    irr: number | null;
    /** Every IRR root found (fractions), ascending. */
    irrRoots: number[];
    paybackYears: number | null;
    /** The net flows for years 0..H: gives the horizon and the final cumulative flow in messages. */
    cashflows?: number[];
}

/**
 * Finance findings for one candidate, located on the candidate (spec §3):
 * `multiple-irr` (warning) when NPV has more than one root, naming them and the one reported;
 * `irr-undefined` (info) when there is no IRR; `no-payback` (info) when it does not pay back
 * within the horizon. Money in `currency` units, rates as fractions.
 */
export function financeFindings(candidate: Candidate, figures: FinanceFindingInput, currency: string): Finding[] {
    const findings: Finding[] = [];
    const at = { source: candidate.source, candidate: candidate.name };
    const flows = figures.cashflows;
    if (figures.irrRoots.length > 1) {
        findings.push({ ...at, severity: severityOf[DiagnosticCode.MultipleIrr], code: DiagnosticCode.MultipleIrr, roots: figures.irrRoots, irr: figures.irr, guess: IRR_GUESS });
    }
    if (figures.irr === null) {
        const changesSign = flows !== undefined && flows.some(v => v > 0) && flows.some(v => v < 0);
        findings.push({ ...at, severity: severityOf[DiagnosticCode.IrrUndefined], code: DiagnosticCode.IrrUndefined, changesSign });
    }
    if (figures.paybackYears === null) {
        const horizonYears = flows !== undefined && flows.length > 0 ? flows.length - 1 : null;
        const sum = flows?.reduce((total, v) => total + v, 0);
        const cumulative = sum !== undefined && Number.isFinite(sum) ? sum : null;
        findings.push({ ...at, severity: severityOf[DiagnosticCode.NoPayback], code: DiagnosticCode.NoPayback, horizonYears, cumulative, currency });
    }
    return findings;
}
