/**
 * Values of a `scenario` block (spec §10) the model cannot use (`invalid-value`): a change of
 * `benefits`, `costs` or `durations` below −100%, and a `cycle` that does not run forward.
 * The plan's own lines in a scenario (`discount`, `budget`, …) are checked by `value-rules.ts`.
 */
import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { LOWEST_SCENARIO_CHANGE } from '../model/build-scenarios.js';
import { parseNumber, parsePercent } from '../model/units.js';
import { DiagnosticCode } from '../protocol/diagnostic-codes.js';

type ScaleLine = ast.ScenarioBenefits | ast.ScenarioCosts | ast.ScenarioDurations;

/** `benefits|costs|durations ±p%`: p a finite percentage, the change no lower than −100%. */
export const scenarioChangeMustBeUsable = () => (line: ScaleLine, accept: ValidationAcceptor): void => {
    if (line.change === undefined) return;
    const change = parsePercent(line.change);
    const what = ast.isScenarioBenefits(line) ? 'Benefits' : ast.isScenarioCosts(line) ? 'Costs' : 'Durations';
    if (change === null || change < LOWEST_SCENARIO_CHANGE) {
        accept('error', `${what} change must be a percentage of -100% or more: ${line.plus ? '+' : ''}${line.change}`, {
            node: line, property: 'change', code: DiagnosticCode.InvalidValue,
        });
    }
};

/** `cycle NAME A to B weeks`: 0 < A ≤ B. */
export const scenarioCycleMustRunForward = () => (line: ast.ScenarioCycle, accept: ValidationAcceptor): void => {
    if (line.unit === undefined) return;
    const min = parseNumber(line.min);
    const max = parseNumber(line.max);
    const shown = `${line.min} to ${line.max} ${line.unit}`;
    if (min === null || max === null || min <= 0 || max <= 0) {
        accept('error', `Cycle must be more than 0: ${shown}`, { node: line, property: min === null || min <= 0 ? 'min' : 'max', code: DiagnosticCode.InvalidValue });
    } else if (min > max) {
        accept('error', `Cycle must run from the shorter to the longer time: ${shown}`, { node: line, property: 'min', code: DiagnosticCode.InvalidValue });
    }
};
