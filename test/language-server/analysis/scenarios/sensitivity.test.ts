/**
 * Spec §10, Sensitivity: the Riverside figures exactly, and the break-even benefit change.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../../language-server/analysis/analyze-plan.js';
import { computeNpv } from '../../../../language-server/analysis/finance.js';
import { candidateCashflows, sumSeries } from '../../../../language-server/analysis/cashflows.js';
import { scaleFlows } from '../../../../language-server/analysis/scenarios/apply-scenario.js';
import type { PlanModel } from '../../../../language-server/model/plan-model.js';
import { expectClose } from '../../../helpers/numbers.js';
import { hitp, parse } from '../../../helpers/services.js';

async function riversideModel(): Promise<PlanModel> {
    const document = await parse(readFileSync('examples/riverside.hitp', 'utf8'));
    return hitp.plan.PlanService.getPlanResult(document).model;
}

describe('sensitivity of Riverside (spec §10)', () => {
    it('gives the pinned break-even and the eight driver NPVs', async () => {
        const { sensitivity, portfolio } = analyzePlan(await riversideModel()).analysis;
        expectClose(portfolio.npv, 643193.085);
        expectClose(sensitivity.breakEvenBenefitChange, -0.303421);
        expect(sensitivity.drivers.map(d => d.driver)).toEqual(['discount', 'inflation', 'benefits', 'costs']);
        const [discount, inflation, benefits, costs] = sensitivity.drivers;
        expectClose(discount!.low, 0.06); expectClose(discount!.high, 0.1);
        expectClose(discount!.npvLow, 760079.995); expectClose(discount!.npvHigh, 535962.009);
        expectClose(inflation!.low, 0.01); expectClose(inflation!.high, 0.05);
        expectClose(inflation!.npvLow, 647789.232); expectClose(inflation!.npvHigh, 638419.398);
        expect([benefits!.low, benefits!.high, costs!.low, costs!.high]).toEqual([0.8, 1.2, 0.8, 1.2]);
        expectClose(benefits!.npvLow, 219232.363); expectClose(benefits!.npvHigh, 1067153.807);
        expectClose(costs!.npvLow, 938515.190); expectClose(costs!.npvHigh, 347870.980);
    });

    it('discounts the funded benefit lines alone to PV(benefits) 2,119,803.612', async () => {
        const model = await riversideModel();
        const benefitsOnly = scaleFlows(model, 'cost', 0);
        const series = sumSeries(benefitsOnly.candidates.map(c => candidateCashflows(c.flows, 5, 0.03)), 6);
        expectClose(computeNpv(series.net, 0.08), 2119803.612);
        const { portfolio, sensitivity } = analyzePlan(model).analysis;
        expectClose(-portfolio.npv / sensitivity.breakEvenBenefitChange!, 2119803.612);
    });

    it('brings the portfolio NPV to 0 when every benefit changes by breakEvenBenefitChange', async () => {
        const model = await riversideModel();
        const change = analyzePlan(model).analysis.sensitivity.breakEvenBenefitChange!;
        const scaled = analyzePlan(scaleFlows(model, 'benefit', 1 + change)).analysis.portfolio.npv;
        expect(Math.abs(scaled) / 643193.085).toBeLessThan(1e-6);
    });

    it('has no break-even when nothing is funded with a benefit', async () => {
        const document = await parse('plan P "P" { start 2027-01-04 discount 8% }\ncandidate A "A" { cost 100k once }');
        const { sensitivity } = hitp.plan.PlanService.getPlanResult(document).analysis;
        expect(sensitivity.breakEvenBenefitChange).toBeNull();
        expectClose(sensitivity.drivers[3]!.npvHigh, -120000);
    });
});
