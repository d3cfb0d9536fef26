/**
 * The one place where the analysis's findings become words: `Finding` (code, source, facts) →
 * the diagnostic message, in the user's number format (`hitp.numberLocale`). Dates stay ISO
 * `YYYY-MM-DD`; money goes through the plan's currency; every number through `report/format.ts`.
 */
import type { Finding } from '../analysis/plan-analysis.js';
import { formatDate, formatDays, formatKpiValue, formatMoney, formatNumber, formatPercent, type FormatOptions } from '../report/format.js';

/**
 * Rates with two decimals so that close roots stay distinguishable: `8.86%`.
 * Rounded first, so that a root of −1e-17 prints as `0%`, not `-0%`.
 */
function rate(value: number, options?: FormatOptions): string {
    return formatPercent(Math.round(value * 1e4) / 1e4 || 0, 2, options);
}

/** The message of a finding, in the given number format (default en-US). */
export function findingMessage(finding: Finding, options?: FormatOptions): string {
    const n = (value: number, digits = 2) => formatNumber(value, digits, options);
    switch (finding.code) {
        case 'behind-schedule':
            return `${finding.candidate} is behind schedule: forecast to finish on ${formatDate(finding.forecastFinish)}, `
                + `${formatDays(finding.slipDays, options)} after its baseline finish ${formatDate(finding.baselineFinish)}`;
        case 'gate-failing': {
            const basis = finding.measuredOn !== null ? `measured ${finding.measuredOn}` : 'baseline';
            return `The gate of ${finding.phase} fails as of the status date ${formatDate(finding.status)}: ${finding.kpi} is `
                + `${formatKpiValue(finding.value, finding, options)} (${basis}), the gate needs ${finding.comparator} ${formatKpiValue(finding.gateValue, finding, options)}`;
        }
        case 'kpi-stale': {
            const rule = `its ${finding.interval} review needs one every ${formatDays(finding.intervalDays, options)}`;
            return finding.lastMeasured === null
                ? `${finding.kpi} has no measurement on or before the status date ${formatDate(finding.status)}: ${rule}`
                : `${finding.kpi} was last measured on ${formatDate(finding.lastMeasured)}, ${formatDays(finding.ageDays, options)} before the status date ${formatDate(finding.status)}: ${rule}`;
        }
        case 'cadence-never-catches-up':
            return `${finding.cadence} never catches up on its backlog of ${n(finding.behind)} ${finding.behind === 1 ? 'release' : 'releases'} `
                + `within the horizon: ${n(finding.backlogAtHorizon)} still to absorb on ${formatDate(finding.horizon)}`;
        case 'invalid-value':
            return invalidActualMessage(finding, options);
        case 'scenario-negative-npv':
            return `Scenario ${finding.scenario} has a negative portfolio NPV of ${formatMoney(finding.npv, finding.currency, options)} `
                + `(the plan: ${formatMoney(finding.planNpv, finding.currency, options)})`;
        case 'over-budget':
            return `${finding.candidate} is deferred: its one-off costs of ${formatMoney(finding.needed, finding.currency, options)}`
                + `${finding.withPrerequisites ? ' (with its unfunded prerequisites)' : ''} `
                + `do not fit the remaining budget of ${formatMoney(finding.remaining, finding.currency, options)}`;
        case 'multiple-irr': {
            const reported = finding.irr === null ? '' : `; the one closest to ${rate(finding.guess, options)}, ${rate(finding.irr, options)}, is reported`;
            return `${finding.candidate} has ${finding.roots.length} internal rates of return (${finding.roots.map(root => rate(root, options)).join(', ')})${reported}`;
        }
        case 'irr-undefined':
            return `${finding.candidate} has no internal rate of return (IRR): `
                + (finding.changesSign ? 'its net present value is not zero at any rate above -100%' : 'its cash flows never change sign');
        case 'no-payback': {
            const horizon = finding.horizonYears === null ? 'the horizon' : `the ${n(finding.horizonYears, 0)}-year horizon`;
            const cumulative = finding.cumulative === null || finding.horizonYears === null ? ''
                : `: its cumulative cash flow is ${formatMoney(finding.cumulative, finding.currency, options)} in year ${n(finding.horizonYears, 0)}`;
            return `${finding.candidate} does not pay back within ${horizon}${cumulative}`;
        }
        case 'freeze-moved': {
            const windows = finding.freezes.map(f => `${f.name} (${formatDate(f.from)} to ${formatDate(f.to)})`);
            const what = windows.length === 1 ? `change freeze ${windows[0]}` : `change freezes ${windows.slice(0, -1).join(', ')} and ${windows[windows.length - 1]}`;
            return `${finding.candidate} goes live on ${formatDate(finding.toGoLive)} instead of ${formatDate(finding.fromGoLive)}: ${what}`;
        }
        case 'milestone-late':
            return `Milestone ${finding.milestone} is ${formatDays(finding.lateDays, options)} late: due ${formatDate(finding.due)}, achieved ${formatDate(finding.achieved)}`;
        case 'infram-goal-missed': {
            const goal = `INFRAM goal stage ${n(finding.goalStage, 0)} by ${formatDate(finding.goalBy)} is missed`;
            return finding.reachedOn !== null
                ? `${goal}: stage ${n(finding.goalStage, 0)} is reached on ${formatDate(finding.reachedOn)}`
                : `${goal}: the plan reaches stage ${n(finding.projectedStage, 0)}`;
        }
        case 'cadence-backlog': {
            const backlog = n(finding.backlogPerYear);
            return `${finding.cadence} falls behind by ${backlog} vendor ${formatNumber(finding.backlogPerYear) === '1' ? 'release' : 'releases'} a year: `
                + `the vendor ships ${n(finding.vendorPerYear)} a year, the team absorbs ${n(finding.absorbedPerYear)} `
                + `(slowest internal cycle ${n(finding.slowestWeeks)} weeks)`;
        }
        case 'outside-horizon': {
            const what = `This ${finding.timing === 'yearly' ? 'yearly ' : ''}${finding.kind} of ${finding.candidate}`;
            return finding.lastYear === null
                ? `${what} ${finding.timing === 'yearly' ? 'starts' : 'falls'} in year ${n(finding.firstYear, 0)}, after the ${n(finding.horizonYears, 0)}-year horizon: it is left out`
                : `${what} starts in year ${n(finding.firstYear, 0)}, the year after go-live, which is after its last year ${n(finding.lastYear, 0)}: it adds nothing`;
        }
        case 'benefit-before-go-live': {
            const what = `This ${finding.timing === 'yearly' ? 'yearly ' : ''}${finding.kind} of ${finding.candidate}`;
            const fix = finding.timing === 'once' ? `'once at go-live'` : `'yearly from go-live'`;
            return `${what} starts in year ${n(finding.firstYear, 0)}, before it goes live on ${formatDate(finding.goLive)} (plan year ${n(finding.goLiveYear, 0)}): `
                + `write ${fix} to start it ${finding.timing === 'once' ? 'in the go-live year' : 'the year after go-live'}`;
        }
        case 'unit-mismatch': {
            const kind = (percent: boolean) => percent ? 'a percentage' : 'a plain number';
            const value = (v: number, percent: boolean) => formatKpiValue(v, { percent }, options);
            return `The ${finding.what} ${value(finding.value, finding.percent)} is ${kind(finding.percent)}, but ${finding.kpi}'s ${finding.referenceWhat} `
                + `${value(finding.referenceValue, finding.referencePercent)} is ${kind(finding.referencePercent)}: write both the same way, so that they can be compared`;
        }
        case 'milestone-blocked':
            return `Milestone ${finding.milestone} is never achieved in this plan: it waits for ${finding.deferred.join(', ')}, `
                + `which ${finding.deferred.length === 1 ? 'is' : 'are'} deferred (over budget)`;
        case 'unmitigated-risk':
            return `Risk ${finding.risk} affects ${finding.criticalCandidates.join(', ')} on the critical path and has no mitigation: add 'mitigation "…"'`;
        case 'milestone-at-risk':
            return `Milestone ${finding.milestone} is on time in ${formatPercent(finding.onTimeProbability, 1, options)} of `
                + `${n(finding.runs, 0)} runs, below the plan's ${formatPercent(finding.confidence, 0, options)} confidence: `
                + `P80 ${formatDate(finding.achievedP80)}, due ${formatDate(finding.due)}`;
        case 'target-met': {
            const value = (v: number) => formatKpiValue(v, { percent: finding.percent }, options);
            return `${finding.kpi} already meets its target: baseline ${value(finding.baseline)} ${finding.comparator} ${value(finding.target)}`;
        }
    }
}

/** An impossible actual line (spec §9). */
function invalidActualMessage(finding: Extract<Finding, { code: 'invalid-value' }>, options?: FormatOptions): string {
    switch (finding.actual) {
        case 'started-after-status': return `Started date must not be after the status date ${finding.status}: ${finding.date}`;
        case 'finished-after-status': return `Finished date must not be after the status date ${finding.status}: ${finding.date}`;
        case 'finished-before-started': return `Finished date must not be before the started date ${finding.started}: ${finding.date}`;
        case 'progress-out-of-range': return `Progress must be from 0% to 100%: ${formatPercent(finding.progress, 6, options)}`;
        case 'progress-without-status': return `Progress must come with the plan's 'status' date: ${formatPercent(finding.progress, 6, options)}`;
        case 'progress-without-started': return `Progress must come with a 'started' date: ${formatPercent(finding.progress, 6, options)}`;
    }
}
