/**
 * Findings about a candidate's finance figures: `multiple-irr`, `irr-undefined`, `no-payback` (spec §3).
 */
import type { Candidate } from '../model/plan-model.js';
import type { Finding } from './plan-analysis.js';
import { DiagnosticCode, severityOf, type DiagnosticCode as Code } from '../validation/diagnostic-codes.js';
import { formatMoney, formatPercent, formatNumber } from '../report/format.js';
import { IRR_GUESS } from './finance.js';

export interface FinanceFindingInput {
    irr: number | null;
    /** Every IRR root found (fractions), ascending. */
    irrRoots: number[];
    paybackYears: number | null;
    /** The net flows for years 0..H: gives the horizon and the final cumulative flow in messages. */
    cashflows?: number[];
}

function finding(code: Code, message: string, candidate: Candidate): Finding {
    return { severity: severityOf[code], code, message, source: candidate.source };
}

/**
 * Rates with two decimals so that close roots stay distinguishable: `8.86%`.
 * Rounded first, so that a root of −1e-17 prints as `0%`, not `-0%`.
 */
function percent(rate: number): string {
    return formatPercent(Math.round(rate * 1e4) / 1e4 || 0, 2);
}

/**
 * Finance findings for one candidate, located on the candidate (spec §3):
 * `multiple-irr` (warning) when NPV has more than one root, naming them and the one reported;
 * `irr-undefined` (info) when there is no IRR; `no-payback` (info) when it does not pay back
 * within the horizon. Money in `currency` units, rates as fractions.
 */
export function financeFindings(candidate: Candidate, figures: FinanceFindingInput, currency: string): Finding[] {
    const findings: Finding[] = [];
    const name = candidate.name;
    const flows = figures.cashflows;
    if (figures.irrRoots.length > 1) {
        const roots = figures.irrRoots.map(percent).join(', ');
        const reported = figures.irr === null ? '' : `; the one closest to ${percent(IRR_GUESS)}, ${percent(figures.irr)}, is reported`;
        findings.push(finding(DiagnosticCode.MultipleIrr,
            `${name} has ${figures.irrRoots.length} internal rates of return (${roots})${reported}`, candidate));
    }
    if (figures.irr === null) {
        const changesSign = flows !== undefined && flows.some(v => v > 0) && flows.some(v => v < 0);
        const reason = changesSign ? 'its net present value is not zero at any rate above -100%' : 'its cash flows never change sign';
        findings.push(finding(DiagnosticCode.IrrUndefined, `${name} has no internal rate of return (IRR): ${reason}`, candidate));
    }
    if (figures.paybackYears === null) {
        const horizon = flows !== undefined && flows.length > 0 ? `the ${formatNumber(flows.length - 1, 0)}-year horizon` : 'the horizon';
        let message = `${name} does not pay back within ${horizon}`;
        if (flows !== undefined && flows.length > 0) {
            const cumulative = flows.reduce((sum, v) => sum + v, 0);
            if (Number.isFinite(cumulative)) {
                message += `: its cumulative cash flow is ${formatMoney(cumulative, currency)} in year ${formatNumber(flows.length - 1, 0)}`;
            }
        }
        findings.push(finding(DiagnosticCode.NoPayback, message, candidate));
    }
    return findings;
}
