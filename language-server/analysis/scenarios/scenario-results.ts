/**
 * Spec §10 in the analysis result (`plan-analysis.ts`, which re-exports them): each scenario
 * against the plan, and the portfolio NPV's sensitivity.
 */

/** One scenario against the base plan (spec §10); `funded` and `deferred` are candidate names in rank order. */
export interface ScenarioAnalysis {
    name: string;
    title: string;
    finish: string | null;
    funded: string[];
    deferred: string[];
    portfolio: { npv: number; irr: number | null; paybackYears: number | null; roi: number | null };
    /** Scenario NPV − base NPV. */
    npvChange: number;
    /** Scenario finish − base finish in days; null when either plan has no finish. */
    finishChangeDays: number | null;
}

export type SensitivityDriverName = 'discount' | 'inflation' | 'benefits' | 'costs';

/** The portfolio NPV at a driver's low and high value (spec §10); null where it has no NPV (a rate at or below −100%). */
export interface SensitivityDriver {
    driver: SensitivityDriverName;
    low: number;
    high: number;
    npvLow: number | null;
    npvHigh: number | null;
}

export interface SensitivityAnalysis {
    /** −NPV / PV(benefits) of the funded candidates; null when PV(benefits) is 0 (or so small that the ratio overflows). */
    breakEvenBenefitChange: number | null;
    drivers: SensitivityDriver[];
}
