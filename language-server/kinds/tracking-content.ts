/**
 * The tracking lines of hovers and code lenses (spec §9): a candidate's or phase's forecast
 * against its baseline with the slip, a KPI's current value and measurements, a cadence's
 * catch-up, the plan's status. Pure: every number comes from the analysis through `report/format.ts`.
 */
import type { CadenceAnalysis, CandidateAnalysis, KpiAnalysis, PlanSummary } from '../analysis/plan-analysis.js';
import { tracksCatchUp } from '../report/backlog-chart.js';
import { formatDate, formatKpiValue, formatNumber, formatPercent, formatSlip, type FormatOptions } from '../report/format.js';

type Tracked = Pick<CandidateAnalysis, 'start' | 'finish' | 'baselineStart' | 'baselineFinish' | 'slipDays'>;

/** Whether there is anything to say about tracking: a status date, or dates that moved. */
function isTracked(item: Tracked, plan: PlanSummary | null): boolean {
    return item.slipDays !== null && (plan?.status !== null && plan?.status !== undefined || item.slipDays !== 0 || item.start !== item.baselineStart);
}

function stateText(candidate: CandidateAnalysis, options: FormatOptions): string {
    if (candidate.tracking === 'finished') return ' · finished';
    if (candidate.tracking === 'started') return ` · started, ${formatPercent(candidate.progress ?? 0, 0, options)} done`;
    return '';
}

/** `Forecast A → B · baseline C → D · **18 days late** · started, 60% done`; '' when nothing is tracked. */
export function trackingHoverLine(item: Tracked, plan: PlanSummary | null, options: FormatOptions, candidate?: CandidateAnalysis): string {
    if (!isTracked(item, plan)) return '';
    const slip = formatSlip(item.slipDays, options);
    const verb = candidate?.tracking === 'finished' ? 'Actual' : 'Forecast';
    return `${verb} ${formatDate(item.start)} → ${formatDate(item.finish)} · baseline ${formatDate(item.baselineStart)} → ${formatDate(item.baselineFinish)}`
        + ` · **${slip}**${candidate ? stateText(candidate, options) : ''}`;
}

/** ` · forecast 2028-03-28 (190 days late)` for a code lens; '' when nothing is tracked. */
export function trackingLensSuffix(item: Tracked, plan: PlanSummary | null, options: FormatOptions): string {
    if (!isTracked(item, plan)) return '';
    return ` · forecast ${formatDate(item.finish)} (${formatSlip(item.slipDays, options)})`;
}

/** The plan's status line: `Status 2028-02-01 · baseline finish 2028-01-20 · **190 days late**`; '' without tracking. */
export function planTrackingLine(plan: PlanSummary, options: FormatOptions): string {
    if (plan.status === null && (plan.slipDays ?? 0) === 0) return '';
    const status = plan.status !== null ? `Status ${formatDate(plan.status)} · ` : '';
    return `${status}baseline finish ${formatDate(plan.baselineFinish)} · **${formatSlip(plan.slipDays, options)}**`;
}

/** `Current **2.4 s** (measured 2028-01-31)` and a table of the measurements; '' without any. */
export function kpiCurrentLines(kpi: KpiAnalysis, options: FormatOptions): string[] {
    if (kpi.measurements.length === 0) return kpi.review ? [`No measurement yet · review ${kpi.review}`] : [];
    const value = (amount: number | null) => formatKpiValue(amount, kpi, options);
    const review = kpi.review ? ` · review ${kpi.review}` : '';
    const current = kpi.current !== null ? `Current **${value(kpi.current)}** (measured ${formatDate(kpi.currentOn)})` : 'No measurement as of the status date';
    return [`${current}${review}`, '', '| Measured on | Value |', '|---|---:|', ...kpi.measurements.map(m => `| ${formatDate(m.on)} | ${value(m.value)} |`)];
}

/** `current 2.4 s on 2028-01-31 · target <= 2 s · not met` for a KPI's code lens. */
export function kpiLensTitle(kpi: KpiAnalysis, options: FormatOptions): string {
    const value = (amount: number | null) => formatKpiValue(amount, kpi, options);
    const current = kpi.current !== null ? `current ${value(kpi.current)} on ${formatDate(kpi.currentOn)}` : `baseline ${value(kpi.baseline)}`;
    const target = kpi.target ? ` · target ${kpi.target.comparator} ${value(kpi.target.value)}` : '';
    const met = kpi.targetMet === null ? '' : kpi.targetMet ? ' · met' : ' · not met';
    return `${current}${target}${met}`;
}

/** `Behind 3 releases at the start · caught up on 2028-09-30 · backlog at the horizon 0`; '' when not followed over time. */
export function cadenceCatchUpLine(cadence: CadenceAnalysis, options: FormatOptions): string {
    if (!tracksCatchUp(cadence) || cadence.backlogAtHorizon === null) return '';
    const caught = cadence.caughtUpOn !== null ? `caught up on **${formatDate(cadence.caughtUpOn)}**`
        : cadence.behind > 0 ? '**never caught up** within the horizon' : 'no backlog at the start';
    return `Behind ${formatNumber(cadence.behind, 2, options)} releases at the start · ${caught} · backlog at the horizon ${formatNumber(cadence.backlogAtHorizon, 2, options)}`;
}

