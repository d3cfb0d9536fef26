/**
 * AST → plan model for risks and uncertainty (spec §7, §8): the risk register, three-point
 * durations and the plan's simulation lines. Like `build-plan-model.ts`, it never throws on
 * user input: an invalid value is left out (or `null`) and `validation/risk-rules.ts` reports it.
 */
import * as ast from '../generated/ast.js';
import type { DurationRange, PlanSettings, Risk } from './plan-model.js';
import { sourceOf } from './source-ref.js';
import { isWholeNumber, parseAmount, parseDuration, parseNumber, parsePercent } from './units.js';

/** Simulation defaults (spec §8): 5,000 runs, seed 1, confidence 80%. */
export const DEFAULT_SIMULATION = { runs: 5000, seed: 1, confidence: 0.8 } as const;
/** The allowed number of runs (spec §8). */
export const MIN_RUNS = 100;
export const MAX_RUNS = 1_000_000;
/** Seeds are whole numbers that fit the generator's 32-bit seed. */
export const MAX_SEED = 0xffff_ffff;

export function isValidRuns(runs: number | null): runs is number {
    return isWholeNumber(runs) && runs >= MIN_RUNS && runs <= MAX_RUNS;
}

export function isValidSeed(seed: number | null): seed is number {
    return isWholeNumber(seed) && seed >= 0 && seed <= MAX_SEED;
}

export function isValidConfidence(level: number | null): level is number {
    return level !== null && level >= 0 && level <= 1;
}

/** 0 < p ≤ 100% (spec §7). */
export function isValidLikelihood(p: number | null): p is number {
    return p !== null && p > 0 && p <= 1;
}

type SimulationSettings = Pick<PlanSettings, 'simulationRuns' | 'simulationSeed' | 'confidence'>;

/** The plan's `simulation N runs [seed S]` and `confidence P%` lines (the last of each counts). */
export function buildSimulationSettings(settings: readonly ast.PlanSetting[]): SimulationSettings {
    const simulation = settings.filter(ast.isPlanSimulation).at(-1);
    const confidence = parsePercent(settings.filter(ast.isPlanConfidence).at(-1)?.level);
    const runs = parseNumber(simulation?.runs);
    const seed = parseNumber(simulation?.seed);
    return {
        simulationRuns: isValidRuns(runs) ? runs : DEFAULT_SIMULATION.runs,
        simulationSeed: isValidSeed(seed) ? seed : DEFAULT_SIMULATION.seed,
        confidence: isValidConfidence(confidence) ? confidence : DEFAULT_SIMULATION.confidence,
    };
}

/** A delay in days: `N days` or `N weeks` (7 days); months and negative values are not a delay (null). */
export function delayDays(duration: ast.Duration | undefined): number | null {
    if (!duration || duration.unit?.startsWith('month')) return null;
    const parsed = parseDuration(duration.value, duration.unit);
    return parsed && parsed.unit === 'days' ? parsed.amount : null;
}

/**
 * `duration M unit (O to P)`: the three points in days, or null when the line has no range or
 * the range is unusable (months, O ≤ M ≤ P broken, negative or non-finite values).
 */
export function buildDurationRange(line: ast.DurationLine | undefined): DurationRange | null {
    const range = line?.range;
    const duration = line?.duration;
    if (!range || !duration || duration.unit === undefined || duration.unit.startsWith('month')) return null;
    const scale = duration.unit.startsWith('week') ? 7 : 1;
    const o = parseNumber(range.optimistic);
    const m = parseNumber(duration.value);
    const p = parseNumber(range.pessimistic);
    if (o === null || m === null || p === null || o < 0 || o > m || m > p || !Number.isFinite(p * scale)) return null;
    return { optimisticDays: o * scale, mostLikelyDays: m * scale, pessimisticDays: p * scale };
}

/** A risk, or null when it lacks a usable likelihood or any resolved affected candidate. */
export function buildRisk(node: ast.Risk): Risk | null {
    const affects: string[] = [];
    for (const line of node.lines.filter(ast.isRiskAffects)) {
        for (const ref of line.candidates) {
            const name = ref.ref?.name;
            if (name && !affects.includes(name)) affects.push(name);
        }
    }
    const likelihood = parsePercent(node.lines.filter(ast.isRiskLikelihood).at(-1)?.value);
    if (!node.name || affects.length === 0 || !isValidLikelihood(likelihood)) return null;
    const impact = node.lines.filter(ast.isRiskImpact).at(-1);
    const cost = parseAmount(impact?.cost);
    const contingency = parseAmount(node.lines.filter(ast.isRiskContingency).at(-1)?.amount);
    return {
        name: node.name,
        title: node.title ?? node.name,
        affects,
        likelihood,
        impactDays: delayDays(impact?.delay),
        impactCost: cost !== null && cost >= 0 ? cost : null,
        owner: node.lines.filter(ast.isOwnerLine).at(-1)?.owner?.ref?.name ?? null,
        mitigation: node.lines.filter(ast.isRiskMitigation).at(-1)?.text ?? null,
        contingency: contingency !== null && contingency >= 0 ? contingency : null,
        source: sourceOf(node, 'name'),
    };
}
