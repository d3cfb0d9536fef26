/**
 * `hitp simulate FILE [--runs N] [--seed S] [--json]` (spec §8, §13): the Monte Carlo simulation
 * alone, with its percentiles and each milestone's on-time probability. `--runs` and `--seed`
 * override the plan's `simulation` line. With `--json`: `{"simulation": …}` (`null` when the
 * simulation does not run). Exit 1 when the file has errors, like `hitp analyze`.
 */
import type { SimulationAnalysis } from '../analysis/plan-analysis.js';
import { isValidRuns, isValidSeed, MAX_RUNS, MAX_SEED, MIN_RUNS } from '../model/build-risk-model.js';
import { formatDate, formatNumber, formatPercent } from '../report/format.js';
import { CliError } from './cli-error.js';
import { jsonText } from './json-output.js';
import { loadDocuments, severityName, sortedDiagnostics } from './load-documents.js';

export interface SimulateOptions {
    runs?: string;
    seed?: string;
    json?: boolean;
    /** Standard output is a terminal: `--json` is indented (`json-output.ts`). */
    toTerminal?: boolean;
}

/** A whole number read strictly (`5000`, not `5e3`, `5000x` or ` 5000`). */
function wholeNumber(text: string): number | null {
    return /^\d+$/.test(text) ? Number(text) : null;
}

function parseRuns(text: string | undefined): number | undefined {
    if (text === undefined) return undefined;
    const runs = wholeNumber(text);
    if (!isValidRuns(runs)) throw new CliError(`--runs must be a whole number from ${MIN_RUNS} to ${MAX_RUNS}, not '${text}'`);
    return runs;
}

function parseSeed(text: string | undefined): number | undefined {
    if (text === undefined) return undefined;
    const seed = wholeNumber(text);
    if (!isValidSeed(seed)) throw new CliError(`--seed must be a whole number from 0 to ${MAX_SEED}, not '${text}'`);
    return seed;
}

/** The simulation for people: percentiles, then one line per milestone. */
export function renderSimulation(simulation: SimulationAnalysis | null): string {
    if (!simulation) return 'No simulation: the plan has no start, or no three-point duration and no risk with a delay.';
    const lines = [
        `Simulation of ${formatNumber(simulation.runs, 0)} runs (seed ${simulation.seed})`,
        `  finish  P50 ${formatDate(simulation.finishP50)}  P80 ${formatDate(simulation.finishP80)}  P95 ${formatDate(simulation.finishP95)}`
            + `  (deterministic ${formatDate(simulation.deterministicFinish)})`,
    ];
    for (const m of simulation.milestones) {
        lines.push(`  ${m.name}: on time in ${formatPercent(m.onTimeProbability, 1)} of runs, P80 ${formatDate(m.achievedP80)}, due ${formatDate(m.due)}`);
    }
    return lines.join('\n');
}

export async function simulateCommand(file: string, options: SimulateOptions, write: (text: string) => void): Promise<number> {
    const override = { runs: parseRuns(options.runs), seed: parseSeed(options.seed) };
    const { services, documents } = await loadDocuments([file]);
    const document = documents[0].document;
    const errors = sortedDiagnostics(document).filter(d => severityName(d) === 'error').length;
    const { simulation } = services.plan.PlanService.getSimulation(document, override);
    write(options.json ? jsonText({ simulation }, options.toTerminal === true) : renderSimulation(simulation));
    return errors > 0 ? 1 : 0;
}
