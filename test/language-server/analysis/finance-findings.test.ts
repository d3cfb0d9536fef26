import { describe, expect, it } from 'vitest';
import { financeFindings } from '../../../language-server/analysis/finance-findings.js';
import { computeIrr, computePayback } from '../../../language-server/analysis/finance.js';
import { DiagnosticCode } from '../../../language-server/protocol/diagnostic-codes.js';
import { candidate, src } from '../../helpers/model-builders.js';
import { worded } from '../../helpers/findings.js';

/** The findings for a candidate with the given net flows, as [code, severity, message]. */
function check(flows: number[]): [string, string, string][] {
    const { irr, roots } = computeIrr(flows);
    const c = candidate({ name: 'X', source: src(7) });
    const findings = financeFindings(c, { irr, irrRoots: roots, paybackYears: computePayback(flows), cashflows: flows }, 'USD');
    for (const f of findings) expect(f.source).toEqual(src(7));
    return findings.map(worded).map(f => [f.code, f.severity, f.message]);
}

describe('financeFindings', () => {
    it('is silent for a candidate that pays back with one IRR (DbMigration)', () => {
        expect(check([-900000, 400000, 420000, 441000, 463050, 486202.5])).toEqual([]);
    });

    it('reports no payback for CoreNetwork', () => {
        expect(check([-450000, -30000, 89100, 88173, 87218.19, 86234.7357])).toEqual([[
            DiagnosticCode.NoPayback, 'info',
            'X does not pay back within the 5-year horizon: its cumulative cash flow is -$129,274 in year 5',
        ]]);
    });

    it('names every IRR and the one reported', () => {
        expect(check([-1, 6, -11, 6])).toEqual([[
            DiagnosticCode.MultipleIrr, 'warning',
            'X has 3 internal rates of return (0%, 100%, 200%); the one closest to 10%, 0%, is reported',
        ]]);
    });

    it('reports an undefined IRR when the flows never change sign', () => {
        expect(check([0, 10, 10])).toEqual([[DiagnosticCode.IrrUndefined, 'info', 'X has no internal rate of return (IRR): its cash flows never change sign']]);
    });

    it('explains an undefined IRR when the flows change sign but NPV has no root', () => {
        expect(check([1, -1, 1])[0]).toEqual([DiagnosticCode.IrrUndefined, 'info',
            'X has no internal rate of return (IRR): its net present value is not zero at any rate above -100%']);
    });

    it('reports both for costs only', () => {
        expect(check([-10, -5]).map(f => f[0])).toEqual([DiagnosticCode.IrrUndefined, DiagnosticCode.NoPayback]);
    });

    it('works without cash flows in the input', () => {
        const findings = financeFindings(candidate({ name: 'Y' }), { irr: null, irrRoots: [], paybackYears: null }, 'EUR');
        expect(findings.map(f => worded(f).message)).toEqual([
            'Y has no internal rate of return (IRR): its cash flows never change sign', 'Y does not pay back within the horizon',
        ]);
    });
});
