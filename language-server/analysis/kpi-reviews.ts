/**
 * KPI reviews (spec §9, SLAs): with a status date, a KPI with `review weekly|monthly|quarterly|yearly`
 * is stale when its latest measurement on or before the status date is more than its interval older
 * than the status date (exactly the interval is still fresh), or when it has none.
 */
import type { IsoDay, Kpi, ReviewInterval } from '../model/plan-model.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';
import { formatDays } from '../report/format.js';
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
        const rule = `its ${kpi.review.interval} review needs one every ${formatDays(interval)}`;
        let message: string;
        if (latest === null) {
            message = `${kpi.name} has no measurement on or before the status date ${status}: ${rule}`;
        } else {
            const age = statusDay - latest.day;
            if (age <= interval) return [];
            message = `${kpi.name} was last measured on ${formatIsoDay(latest.day)}, ${formatDays(age)} before the status date ${status}: ${rule}`;
        }
        return [{ severity: severityOf[DiagnosticCode.KpiStale], code: DiagnosticCode.KpiStale, message, source: kpi.review.source }];
    });
}
