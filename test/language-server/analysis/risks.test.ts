/**
 * Spec §7: the risk register's figures, exactly, including the worked example
 * (30%, 4 weeks and 120k over two candidates → exposure 36,000, delay 8.4 days, 18,000 each).
 */
import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../language-server/analysis/analyze-plan.js';
import { analyzeRisks } from '../../../language-server/analysis/risks.js';
import type { Risk } from '../../../language-server/model/plan-model.js';
import { DiagnosticCode } from '../../../language-server/protocol/diagnostic-codes.js';
import { benefitYearly, candidate, costOnce, model, src } from '../../helpers/model-builders.js';
import { worded } from '../../helpers/findings.js';

function risk(overrides: Partial<Risk> & { name: string; affects: string[] }): Risk {
    return {
        title: overrides.name, likelihood: 0.3, impactDays: null, impactCost: null, owner: null, mitigation: null,
        contingency: null, source: src(7), ...overrides,
    };
}

const both = new Map([['A', { funded: true, critical: true }], ['B', { funded: true, critical: false }]]);

describe('analyzeRisks (spec §7)', () => {
    it('computes the worked example exactly', () => {
        const figures = analyzeRisks([risk({ name: 'SwitchDelay', affects: ['A', 'B'], impactDays: 28, impactCost: 120000, mitigation: 'x' })], both);
        const r = figures.risks[0]!;
        expect(r.exposure).toBeCloseTo(36000, 9);
        expect(r.delayExposureDays).toBeCloseTo(8.4, 12);
        expect(r.share).toBeCloseTo(18000, 9);
        expect(figures.exposureByCandidate.get('A')).toBeCloseTo(18000, 9);
        expect(figures.exposureByCandidate.get('B')).toBeCloseTo(18000, 9);
        expect(figures.portfolioExposure).toBeCloseTo(36000, 9);
        expect(r.critical).toBe(true);
        expect(figures.findings).toEqual([]);
    });

    it('counts 0 for a missing cost or delay, and keeps absent values null', () => {
        const [delayOnly, costOnly] = analyzeRisks([
            risk({ name: 'D', affects: ['B'], impactDays: 14 }),
            risk({ name: 'C', affects: ['B'], likelihood: 0.5, impactCost: 1000 }),
        ], both).risks;
        expect(delayOnly).toMatchObject({ exposure: 0, delayExposureDays: 0.3 * 14, impactCost: null, owner: null, contingency: null });
        expect(costOnly).toMatchObject({ exposure: 500, delayExposureDays: 0, impactDays: null });
    });

    it('shares exposure among all affected candidates, funded or not, but sums the portfolio over funded ones', () => {
        const candidates = new Map([['A', { funded: true, critical: false }], ['U', { funded: false, critical: false }]]);
        const figures = analyzeRisks([
            risk({ name: 'R1', affects: ['A', 'U'], likelihood: 1, impactCost: 1000, contingency: 300 }),
            risk({ name: 'R2', affects: ['U'], likelihood: 1, impactCost: 50, contingency: 7 }),
        ], candidates);
        expect(figures.exposureByCandidate.get('A')).toBe(500);
        expect(figures.exposureByCandidate.get('U')).toBe(550);
        expect(figures.portfolioExposure).toBe(500);
        // R2 affects no funded candidate: its contingency does not count.
        expect(figures.portfolioContingency).toBe(300);
    });

    it('warns unmitigated-risk on a risk that touches the critical path without a mitigation', () => {
        const figures = analyzeRisks([risk({ name: 'R', affects: ['B', 'A'] }), risk({ name: 'Off', affects: ['B'] })], both);
        expect(figures.findings).toHaveLength(1);
        expect(worded(figures.findings[0]!)).toMatchObject({
            code: DiagnosticCode.UnmitigatedRisk, severity: 'warning', source: src(7),
            message: `Risk R affects A on the critical path and has no mitigation: add 'mitigation "…"'`,
        });
    });
});

describe('risk-adjusted NPV (spec §7)', () => {
    it('subtracts each candidate\'s exposure from its NPV and the funded total from the portfolio', () => {
        const m = model({
            plan: { ...model().plan!, discountRate: 0.08, budget: 150000 },
            candidates: [
                candidate({ name: 'A', duration: { amount: 70, unit: 'days' }, flows: [costOnce(100000), benefitYearly(40000)] }),
                candidate({ name: 'B', duration: { amount: 21, unit: 'days' }, flows: [costOnce(200000), benefitYearly(10000)] }),
            ],
            risks: [risk({ name: 'R', affects: ['A', 'B'], impactDays: 28, impactCost: 120000, contingency: 40000, mitigation: 'm' })],
        });
        const { analysis } = analyzePlan(m);
        const a = analysis.candidates.find(c => c.name === 'A')!;
        const b = analysis.candidates.find(c => c.name === 'B')!;
        expect(b.funded).toBe(false);
        expect(a.riskExposure).toBeCloseTo(18000, 9);
        expect(a.riskAdjustedNpv).toBeCloseTo(a.npv - 18000, 9);
        expect(b.riskExposure).toBeCloseTo(18000, 9);
        expect(b.riskAdjustedNpv).toBeCloseTo(b.npv - 18000, 9);
        expect(analysis.portfolio.riskExposure).toBeCloseTo(18000, 9);
        expect(analysis.portfolio.riskAdjustedNpv).toBeCloseTo(analysis.portfolio.npv - 18000, 9);
        expect(analysis.portfolio.contingency).toBe(40000);
        expect(analysis.risks[0]).toMatchObject({ name: 'R', affects: ['A', 'B'], impactDays: 28, impactCost: 120000, critical: true });
    });

    it('gives 0 exposure, the NPV itself and 0 contingency without risks', () => {
        const { analysis } = analyzePlan(model({ candidates: [candidate({ name: 'A', flows: [costOnce(10)] })] }));
        expect(analysis.candidates[0]).toMatchObject({ riskExposure: 0, riskAdjustedNpv: -10 });
        expect(analysis.portfolio).toMatchObject({ riskExposure: 0, riskAdjustedNpv: -10, contingency: 0 });
        expect(analysis.risks).toEqual([]);
    });
});
