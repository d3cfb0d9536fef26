/**
 * Markdown for hovers: one function per kind of element, from the cached `PlanAnalysis`.
 * Pure: every number comes from the analysis and becomes text through `report/format.ts`.
 */
import type { AnalysisLookup } from '../analysis/analysis-lookup.js';
import type {
    CadenceAnalysis, CandidateAnalysis, CriterionAnalysis, InframAnalysis, KpiAnalysis, MilestoneAnalysis,
    PhaseAnalysis, PlanAnalysis, StakeholderAnalysis
} from '../analysis/plan-analysis.js';
import { sensitivityLines } from './scenario-content.js';
import {
    formatDate, formatDays, formatKpiValue, formatMoney, formatNumber, formatPercent, formatYears, MISSING, type FormatOptions
} from '../report/format.js';
import { cadenceCatchUpLine, kpiCurrentLines, planTrackingLine, trackingHoverLine } from './tracking-content.js';
import { calendarLine, lagsLine, workingDaysLine } from './calendar-content.js';

/** Spec §11 lines under a candidate's or phase's dates: working days and lags, when there are any. */
function calendarLines(context: HoverContext, workingDays: number | null | undefined, after: readonly string[], lags: CandidateAnalysis['afterLags']): string[] {
    return [workingDaysLine(context.analysis, workingDays, context.options), lagsLine(after, lags, context.options)]
        .filter((line): line is string => line !== undefined).flatMap(line => ['', line]);
}

/** What hover and lens content reads: the analysis, its lookup by name, and the user's number format. */
export interface HoverContext {
    analysis: PlanAnalysis;
    lookup: AnalysisLookup;
    options: FormatOptions;
}

function currencyOf(context: HoverContext): string {
    return context.analysis.plan?.currency ?? 'USD';
}

function heading(name: string, title: string, kind: string): string {
    return title && title !== name ? `**${name}** — ${title} *(${kind})*` : `**${name}** *(${kind})*`;
}

function span(start: string | null, finish: string | null): string {
    return `${formatDate(start)} → ${formatDate(finish)}`;
}

/** `total float 0 days · **critical**`, or only the float when not critical. */
function floatText(totalFloatDays: number | null, critical: boolean, options: FormatOptions): string {
    const float = `total float ${formatDays(totalFloatDays, options)}`;
    return critical ? `${float} · **critical**` : float;
}

/** Spec §2's ROI, in words, under every hover that shows one. */
export const ROI_DEFINITION = '*ROI = (total benefits − total costs) ÷ total costs over the whole horizon: undiscounted and gross (not per year).*';

/** Spec §2: rank, priority index and its breakdown, cash flows, NPV, IRR, payback, ROI, funding and schedule. */
export function candidateHover(candidate: CandidateAnalysis, context: HoverContext): string {
    const { options } = context;
    const currency = currencyOf(context);
    const lines = [heading(candidate.name, candidate.title, 'candidate'), ''];
    lines.push(`Rank **#${candidate.rank}** · priority index **${formatNumber(candidate.priorityIndex, 2, options)}**`, '');
    if (candidate.scoreBreakdown.length > 0) {
        lines.push('| Criterion | Weight | Score | Product |', '|---|---:|---:|---:|');
        for (const term of candidate.scoreBreakdown) {
            lines.push(`| ${term.criterion} | ${formatPercent(term.weight, 1, options)} | ${formatNumber(term.score, 2, options)} | ${formatNumber(term.product, 2, options)} |`);
        }
        lines.push('');
    }
    if (candidate.cashflows.length > 0) {
        lines.push('| Year | Cash flow |', '|---:|---:|');
        candidate.cashflows.forEach((flow, year) => lines.push(`| ${year} | ${formatMoney(flow, currency, options)} |`));
        lines.push('');
    }
    lines.push(
        `NPV **${formatMoney(candidate.npv, currency, options)}** · IRR **${formatPercent(candidate.irr, 1, options)}**`
        + ` · payback **${formatYears(candidate.paybackYears, options)}** · ROI **${formatPercent(candidate.roi, 1, options)}**`, '');
    if (!candidate.funded) {
        lines.push('**Deferred** (over budget)');
    } else {
        lines.push(`Funded · ${span(candidate.start, candidate.finish)} · ${floatText(candidate.totalFloatDays, candidate.critical, options)}`);
        lines.push(...calendarLines(context, candidate.workingDays, candidate.after, candidate.afterLags));
        if (candidate.goLive) {
            lines.push('', `Goes live ${formatDate(candidate.goLive.day)} (plan year ${formatNumber(candidate.goLive.planYear, 0, options)})`);
        }
        const tracking = trackingHoverLine(candidate, context.analysis.plan, options, candidate);
        if (tracking) lines.push('', tracking);
    }
    lines.push('', ROI_DEFINITION);
    return lines.join('\n');
}

/** The normalised weight and the candidates this criterion moves most (largest products first). */
export function criterionHover(criterion: CriterionAnalysis, context: HoverContext): string {
    const { options } = context;
    const lines = [heading(criterion.name, criterion.title, 'criterion'), ''];
    lines.push(`Weight ${formatPercent(criterion.weight, 1, options)} · normalised **${formatPercent(criterion.normalisedWeight, 1, options)}**`);
    const moved = context.analysis.candidates
        .flatMap(candidate => candidate.scoreBreakdown
            .filter(term => term.criterion === criterion.name)
            .map(term => ({ candidate: candidate.name, term })))
        .sort((a, b) => b.term.product - a.term.product || a.candidate.localeCompare(b.candidate))
        .slice(0, 5);
    if (moved.length > 0) {
        lines.push('', 'Moves most:', '', '| Candidate | Score | Product |', '|---|---:|---:|');
        for (const { candidate, term } of moved) {
            lines.push(`| ${candidate} | ${formatNumber(term.score, 2, options)} | ${formatNumber(term.product, 2, options)} |`);
        }
    }
    return lines.join('\n');
}

function passText(passes: boolean | null): string {
    if (passes === null) return 'unknown (no value)';
    return passes ? 'passes' : 'fails';
}

/** Baseline, target, and the gates that use the KPI with whether they pass on the baseline. */
export function kpiHover(kpi: KpiAnalysis, context: HoverContext): string {
    const { options } = context;
    const value = (amount: number | null) => formatKpiValue(amount, kpi, options);
    const lines = [heading(kpi.name, kpi.title, 'KPI'), ''];
    const target = kpi.target ? `${kpi.target.comparator} ${value(kpi.target.value)}` : MISSING;
    const met = kpi.targetMet === null ? '' : kpi.targetMet ? ' · target already met' : ' · target not yet met';
    lines.push(`Baseline **${value(kpi.baseline)}** · target **${target}**${met}`);
    const current = kpiCurrentLines(kpi, options);
    if (current.length > 0) lines.push('', ...current);
    const gates = context.analysis.gates.flatMap(gate => gate.conditions
        .filter(condition => condition.kpi === kpi.name)
        .map(condition => ({ phase: gate.phase, condition })));
    if (gates.length > 0) {
        lines.push('', `| Gate | Condition | On ${kpi.current !== null ? 'current value' : 'baseline'} |`, '|---|---|---|');
        for (const { phase, condition } of gates) {
            lines.push(`| ${phase} | ${condition.comparator} ${value(condition.value)} | ${passText(condition.passes)} |`);
        }
    }
    return lines.join('\n');
}

function lateText(lateDays: number, achieved: string | null, options: FormatOptions): string {
    if (achieved === null) return 'not scheduled';
    return lateDays > 0 ? `**${formatDays(lateDays, options)} late**` : 'on time';
}

export function milestoneHover(milestone: MilestoneAnalysis, context: HoverContext): string {
    const { options } = context;
    return [
        heading(milestone.name, milestone.title, `milestone of ${milestone.phase}`), '',
        `Due ${formatDate(milestone.due)} · achieved ${formatDate(milestone.achieved)} · ${lateText(milestone.lateDays, milestone.achieved, options)}`,
    ].join('\n');
}

export function phaseHover(phase: PhaseAnalysis, context: HoverContext): string {
    const { options } = context;
    const lines = [heading(phase.name, phase.title, 'phase'), ''];
    lines.push(`${span(phase.start, phase.finish)} · ${floatText(phase.totalFloatDays, phase.critical, options)}`);
    const tracking = trackingHoverLine(phase, context.analysis.plan, options);
    if (tracking) lines.push('', tracking);
    lines.push(...calendarLines(context, phase.workingDays, phase.after, phase.afterLags));
    if (phase.candidates.length > 0) lines.push('', `Candidates: ${phase.candidates.join(', ')}`);
    const milestones = context.analysis.milestones.filter(milestone => milestone.phase === phase.name);
    if (milestones.length > 0) {
        lines.push('', '| Milestone | Due | Achieved | |', '|---|---|---|---|');
        for (const milestone of milestones) {
            lines.push(`| ${milestone.name} | ${formatDate(milestone.due)} | ${formatDate(milestone.achieved)} | ${lateText(milestone.lateDays, milestone.achieved, options)} |`);
        }
    }
    return lines.join('\n');
}

/** INFRAM: the stage achieved now, the projected stage, and the goal (spec §2, INFRAM). */
export function inframHover(infram: InframAnalysis, context: HoverContext): string {
    const { options } = context;
    const goal = infram.goalStage === null
        ? 'no goal'
        : `goal stage **${infram.goalStage}** by ${formatDate(infram.goalBy)} — ${infram.goalReachedOn ? `reached on ${formatDate(infram.goalReachedOn)}` : 'not reached'}`;
    const lines = ['**INFRAM**', '', `Current stage **${infram.stage}** · projected stage **${infram.projectedStage}** · ${goal}`, ''];
    lines.push('| Stage | Now | Projected |', '|---:|---:|---:|');
    infram.scores.forEach((score, index) => {
        lines.push(`| ${index + 1} | ${formatPercent(score, 1, options)} | ${formatPercent(infram.projectedScores[index], 1, options)} |`);
    });
    return lines.join('\n');
}

/** Releases a year from the vendor, absorbed by the team, and the backlog growth (spec §2, Cadence). */
export function cadenceHover(cadence: CadenceAnalysis, context: HoverContext): string {
    const { options } = context;
    const backlog = cadence.backlogPerYear === null
        ? MISSING
        : cadence.backlogPerYear > 0 ? `**${formatNumber(cadence.backlogPerYear, 2, options)}** releases a year` : 'none';
    const catchUp = cadenceCatchUpLine(cadence, options);
    return [
        heading(cadence.name, cadence.title, 'cadence'), '',
        `Vendor releases **${formatNumber(cadence.vendorPerYear, 2, options)}** a year · absorbed **${formatNumber(cadence.absorbedPerYear, 2, options)}** a year · backlog ${backlog}`,
        ...(catchUp ? ['', catchUp] : []),
    ].join('\n');
}

export function stakeholderHover(stakeholder: StakeholderAnalysis): string {
    return [
        heading(stakeholder.name, stakeholder.title, 'stakeholder'), '',
        `Role ${stakeholder.role ?? MISSING} · influence ${stakeholder.influence ?? MISSING} · interest ${stakeholder.interest ?? MISSING}`,
    ].join('\n');
}

/** The plan: the portfolio of funded candidates and the finish date. */
/** Each critical chain on its own line, start → finish. */
function criticalChainLines(chains: readonly string[][]): string[] {
    if (chains.length === 0) return [];
    return ['', chains.length === 1 ? 'Critical chain:' : `Critical chains (${chains.length}, in parallel):`, '', ...chains.map(chain => `- ${chain.join(' → ')}`)];
}

export function planHover(context: HoverContext): string | undefined {
    const { analysis, options } = context;
    const plan = analysis.plan;
    if (!plan) return undefined;
    const currency = currencyOf(context);
    const portfolio = analysis.portfolio;
    return [
        heading(plan.name, plan.title, 'plan'), '',
        `${span(plan.start, plan.finish)} · horizon ${formatNumber(plan.horizonYears, 0, options)} years · discount ${formatPercent(plan.discountRate, 2, options)}`, '',
        ...[calendarLine(analysis, options)].filter((line): line is string => line !== undefined).flatMap(line => [line, '']),
        `Portfolio NPV **${formatMoney(portfolio.npv, currency, options)}** · IRR **${formatPercent(portfolio.irr, 1, options)}**`
        + ` · payback **${formatYears(portfolio.paybackYears, options)}** · ROI **${formatPercent(portfolio.roi, 1, options)}**`,
        ...criticalChainLines(analysis.criticalChains ?? []),
        '', ROI_DEFINITION,
        ...(planTrackingLine(plan, options) ? ['', planTrackingLine(plan, options)] : []),
        '',
        ...sensitivityLines(analysis.sensitivity, currency, options),
    ].join('\n');
}
