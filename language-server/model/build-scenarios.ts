/**
 * AST → the plan model's scenarios (spec §10). Never throws on user input: a line whose value is
 * invalid (reported as `invalid-value` by `validation/scenario-rules.ts` and `value-rules.ts`) or
 * whose reference does not resolve is left out, so the scenario runs without it.
 */
import * as ast from '../generated/ast.js';
import { parseIsoDay } from './units.js';
import type { Scenario, ScenarioChange } from './plan-model.js';
import { sourceOf, uriOf } from './source-ref.js';
import { parseAmount, parseNumber, parsePercent, weeksOf } from './units.js';

/** The lowest change a `benefits`, `costs` or `durations` line may make: −100% (everything gone). */
export const LOWEST_SCENARIO_CHANGE = -1;

export function buildScenario(node: ast.Scenario): Scenario {
    const uri = uriOf(node);
    return {
        name: node.name,
        title: node.title ?? node.name,
        changes: node.lines.flatMap(line => scenarioChange(line, sourceOf(line, undefined, uri))),
        source: sourceOf(node, 'name', uri),
    };
}

/** The change a scenario line makes, or none when its value is unusable. */
export function scenarioChange(line: ast.ScenarioLine, source: ScenarioChange['source']): ScenarioChange[] {
    if (ast.isPlanDiscount(line) || ast.isPlanInflation(line)) {
        const rate = parsePercent(line.rate);
        return rate !== null && rate > -1 ? [{ kind: ast.isPlanDiscount(line) ? 'discount' : 'inflation', rate, source }] : [];
    }
    if (ast.isPlanBudget(line)) {
        const amount = parseAmount(line.amount);
        return amount !== null && amount >= 0 ? [{ kind: 'budget', amount, source }] : [];
    }
    if (ast.isPlanCapacity(line)) {
        const fte = parseNumber(line.fte);
        return fte !== null && fte > 0 ? [{ kind: 'capacity', fte, source }] : [];
    }
    if (ast.isPlanStart(line)) {
        const day = line.date ? parseIsoDay(line.date) : null;
        return day === null ? [] : [{ kind: 'start', day, source }];
    }
    if (ast.isScenarioBenefits(line) || ast.isScenarioCosts(line) || ast.isScenarioDurations(line)) {
        const change = parsePercent(line.change);
        const kind = ast.isScenarioBenefits(line) ? 'benefits' : ast.isScenarioCosts(line) ? 'costs' : 'durations';
        return change !== null && change >= LOWEST_SCENARIO_CHANGE ? [{ kind, change, source }] : [];
    }
    if (ast.isScenarioExclude(line)) {
        const candidates = line.candidates.flatMap(ref => ref.ref?.name ? [ref.ref.name] : []);
        return candidates.length > 0 ? [{ kind: 'exclude', candidates, source }] : [];
    }
    if (ast.isScenarioCycle(line)) {
        const cadence = line.cadence?.ref?.name;
        const minWeeks = weeksOf(line.min, line.unit);
        const maxWeeks = weeksOf(line.max, line.unit);
        return cadence && minWeeks !== null && maxWeeks !== null && minWeeks > 0 && minWeeks <= maxWeeks
            ? [{ kind: 'cycle', cadence, minWeeks, maxWeeks, source }] : [];
    }
    return [];
}
