/**
 * KPI reviews (spec §9, SLAs): with a status date, a KPI with `review weekly|monthly|quarterly|yearly`
 * is stale when its latest measurement on or before the status date is more than its interval older
 * than the status date (exactly the interval is still fresh), or when it has none.
 */
import type { IsoDay, Kpi, ReviewInterval } from '../model/plan-model.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';
import { formatIsoDay } from './calendar.js';
import { currentMeasurement } from './kpi-gates.js';
import type { Finding } from './plan-analysis.js';

/** The review intervals in days (spec §9, pinned). */
export const REVIEW_DAYS: Record<ReviewInterval, number> = { weekly: 7, monthly: 31, quarterly: 92, yearly: 366 };

/** `kpi-stale` findings, on each stale KPI's `review` line; none without a status date. */
export function staleKpiFindings(kpis: readonly Kpi[], statusDay: IsoDay | null): Finding[] {
    if (statusDay === null) return [];
    const status = formatIsoDay(statusDay);
    return kpis.flatMap((kpi): Finding[] => {
        if (!kpi.review) return [];
        const interval = REVIEW_DAYS[kpi.review.interval];
        const latest = currentMeasurement(kpi, statusDay);
        const age = latest === null ? null : statusDay - latest.day;
        if (age !== null && age <= interval) return [];
        return [{
            severity: severityOf[DiagnosticCode.KpiStale], code: DiagnosticCode.KpiStale, source: kpi.review.source,
            kpi: kpi.name, interval: kpi.review.interval, intervalDays: interval, status,
            lastMeasured: latest === null ? null : formatIsoDay(latest.day), ageDays: age,
        }];
    });
}
