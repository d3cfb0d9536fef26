/**
 * Markdown for the hovers of spec §7 and §8: a risk (exposure, delay exposure, each affected
 * candidate's share and whether it is critical), a three-point duration (range, most likely,
 * mean), and the simulation's lines added to the plan, candidate and milestone hovers.
 * Pure: every number comes from the analysis (or the model's range) through `report/format.ts`.
 */
import { AstUtils, type AstNode } from 'langium';
import type { CandidateAnalysis, PlanAnalysis, SimulationAnalysis } from '../analysis/plan-analysis.js';
import type { SimulationResult } from '../analysis/simulation-findings.js';
import { triangularMean } from '../analysis/simulation.js';
import * as ast from '../generated/ast.js';
import type { DurationRange, PlanModel } from '../model/plan-model.js';
import { formatDate, formatDays, formatMoney, formatNumber, formatPercent, type FormatOptions } from '../report/format.js';

/** The simulation as the editor knows it: done (or `null`: it does not run), or still running (`undefined`). */
export type SimulationState = SimulationAnalysis | null | undefined;

export interface RiskHoverContext {
    analysis: PlanAnalysis;
    options: FormatOptions;
    simulation: SimulationState;
}

function currencyOf(analysis: PlanAnalysis): string {
    return analysis.plan?.currency ?? 'USD';
}

/** Spec §8: a three-point estimate's range, most likely value and mean (O + M + P) / 3. */
export function durationRangeHover(range: DurationRange, options: FormatOptions): string {
    return [
        '**Three-point duration** *(simulated)*', '',
        `Range ${formatDays(range.optimisticDays, options)} to ${formatDays(range.pessimisticDays, options)}`
        + ` · most likely **${formatDays(range.mostLikelyDays, options)}** (the schedule uses it)`
        + ` · mean **${formatNumber(triangularMean(range), 1, options)} days**`,
    ].join('\n');
}

/** `Simulated finish (5,000 runs): P50 … · P80 … · P95 …`, or that it is running. */
export function simulationLine(simulation: SimulationState, options: FormatOptions): string | undefined {
    if (simulation === null) return undefined;
    if (simulation === undefined) return 'Simulated finish: *simulating…*';
    return `Simulated finish (${formatNumber(simulation.runs, 0, options)} runs): P50 **${formatDate(simulation.finishP50)}**`
        + ` · P80 **${formatDate(simulation.finishP80)}** · P95 **${formatDate(simulation.finishP95)}**`;
}

/** The portfolio's risk figures, under the plan hover. */
export function planRiskLines(context: RiskHoverContext): string {
    const { analysis, options } = context;
    const portfolio = analysis.portfolio;
    const currency = currencyOf(analysis);
    const lines: string[] = [];
    if (analysis.risks.length > 0) {
        lines.push(`Risk exposure **${formatMoney(portfolio.riskExposure, currency, options)}** · risk-adjusted NPV`
            + ` **${formatMoney(portfolio.riskAdjustedNpv, currency, options)}** · contingency **${formatMoney(portfolio.contingency, currency, options)}**`);
    }
    const simulation = simulationLine(context.simulation, options);
    if (simulation) lines.push(simulation);
    return lines.join('\n\n');
}

/** A candidate's share of risk exposure and its risk-adjusted NPV (only when a risk affects it). */
export function candidateRiskLine(candidate: CandidateAnalysis, context: RiskHoverContext): string {
    if (!context.analysis.risks.some(risk => risk.affects.includes(candidate.name))) return '';
    const currency = currencyOf(context.analysis);
    return `Risk exposure **${formatMoney(candidate.riskExposure, currency, context.options)}**`
        + ` · risk-adjusted NPV **${formatMoney(candidate.riskAdjustedNpv, currency, context.options)}**`;
}

/** A milestone's on-time probability and P80 date in the simulation. */
export function milestoneSimulationLine(name: string, context: RiskHoverContext): string {
    const { simulation, options } = context;
    if (simulation === null) return '';
    if (simulation === undefined) return 'On-time probability: *simulating…*';
    const figures = simulation.milestones.find(m => m.name === name);
    if (!figures) return '';
    return `On time in **${formatPercent(figures.onTimeProbability, 1, options)}** of ${formatNumber(simulation.runs, 0, options)} runs`
        + ` · P80 **${formatDate(figures.achievedP80)}**`;
}

/** The plan lens's simulation part: ` · P50 … · P80 … · P95 …`, ` · simulating…` or nothing. */
export function planLensSimulation(simulation: SimulationState): string {
    if (simulation === null) return '';
    if (simulation === undefined) return ' · simulating…';
    return ` · P50 ${formatDate(simulation.finishP50)} · P80 ${formatDate(simulation.finishP80)} · P95 ${formatDate(simulation.finishP95)}`;
}

/**
 * The editor's view of the simulation: `null` when it does not run, `undefined` while the
 * language server is still running it, else its result.
 */
export function simulationState(result: SimulationResult | undefined, analysis: PlanAnalysis, runs: boolean): SimulationState {
    if (!runs || !analysis.plan) return null;
    return result === undefined ? undefined : result.simulation;
}

/** What spec §7 and §8 add to a hover: a risk, a three-point duration, and lines under plan, candidate and milestone hovers. */
export function riskHoverContent(node: AstNode, context: RiskHoverContext, model: PlanModel): string | undefined {
    const { analysis } = context;
    if (ast.isDurationRange(node)) {
        const candidate = AstUtils.getContainerOfType(node, ast.isCandidate);
        const range = candidate && model.candidates.find(c => c.name === candidate.name)?.durationRange;
        return range ? durationRangeHover(range, context.options) : undefined;
    }
    if (ast.isPlan(node) && analysis.plan?.name === node.name) return planRiskLines(context);
    if (ast.isCandidate(node)) {
        const candidate = analysis.candidates.find(item => item.name === node.name);
        return candidate ? candidateRiskLine(candidate, context) : undefined;
    }
    if (ast.isMilestone(node)) return milestoneSimulationLine(node.name, context);
    return undefined;
}

/** The three-point estimate a hover at this node is about (its numbers, `(`, `to`, `)` or the `duration` keyword), if any. */
export function durationRangeAt(node: AstNode): ast.DurationRange | undefined {
    if (ast.isDurationRange(node)) return node;
    if (ast.isDuration(node) && ast.isDurationLine(node.$container)) return node.$container.range;
    if (ast.isDurationLine(node)) return node.range;
    return undefined;
}
