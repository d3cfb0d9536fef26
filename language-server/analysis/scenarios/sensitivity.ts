/**
 * Sensitivity of the portfolio NPV (spec §10, always computed, no syntax): on the plan's funded
 * candidates and schedule, money only. Each driver's low and high value is a scenario line
 * (`apply-scenario.ts`) applied to the model; the portfolio's flows come from the caller, the
 * same function `analyzePlan` computes the portfolio with.
 */
import type { PlanModel } from '../../model/plan-model.js';
import type { CashflowSeries } from '../cashflows.js';
import { computeNpv } from '../finance.js';
import type { SensitivityAnalysis, SensitivityDriver } from '../plan-analysis.js';
import { scaleFlows, withPlan } from './apply-scenario.js';

/** Discount and inflation move by 2 percentage points each way; benefits and costs by 20%. */
export const RATE_STEP = 0.02;
export const SCALE_LOW = 0.8;
export const SCALE_HIGH = 1.2;

/**
 * @param model the plan as analysed (a scenario's transformed model under `--scenario`)
 * @param portfolioOf the funded candidates' summed cash flows of a model, funding and schedule held fixed
 */
export function analyzeSensitivity(model: PlanModel, portfolioOf: (model: PlanModel) => CashflowSeries): SensitivityAnalysis {
    const discount = model.plan?.discountRate ?? 0;
    const inflation = model.plan?.inflationRate ?? 0;
    const series = portfolioOf(model);
    const npvAt = (rate: number, flows: number[] = series.net): number | null => rate > -1 ? computeNpv(flows, rate) : null;
    const npvOf = (changed: PlanModel): number | null => npvAt(discount, portfolioOf(changed).net);
    const withInflation = (rate: number): number | null =>
        rate > -1 ? npvOf(withPlan(model, { inflationRate: rate })) : null;

    const pvBenefits = computeNpv(series.benefits, discount);
    const npv = computeNpv(series.net, discount);
    const drivers: SensitivityDriver[] = [
        { driver: 'discount', low: discount - RATE_STEP, high: discount + RATE_STEP, npvLow: npvAt(discount - RATE_STEP), npvHigh: npvAt(discount + RATE_STEP) },
        { driver: 'inflation', low: inflation - RATE_STEP, high: inflation + RATE_STEP, npvLow: withInflation(inflation - RATE_STEP), npvHigh: withInflation(inflation + RATE_STEP) },
        { driver: 'benefits', low: SCALE_LOW, high: SCALE_HIGH, npvLow: npvOf(scaleFlows(model, 'benefit', SCALE_LOW)), npvHigh: npvOf(scaleFlows(model, 'benefit', SCALE_HIGH)) },
        { driver: 'costs', low: SCALE_LOW, high: SCALE_HIGH, npvLow: npvOf(scaleFlows(model, 'cost', SCALE_LOW)), npvHigh: npvOf(scaleFlows(model, 'cost', SCALE_HIGH)) },
    ];
    // Benefits too small against the costs (1e-300 a year) make the ratio overflow: no break-even to show.
    const breakEven = pvBenefits === 0 ? null : -npv / pvBenefits;
    return { breakEvenBenefitChange: breakEven !== null && Number.isFinite(breakEven) ? breakEven : null, drivers };
}
