/**
 * The in-flight example (`examples/regional-rollout-in-flight.hitp`) and a text → analysis helper,
 * shared by the report and browser tests of spec §9.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { PlanAnalysis } from '../../language-server/analysis/plan-analysis.js';
import { projectRoot } from './cli.js';
import { hitp, parse } from './services.js';

export const IN_FLIGHT = readFileSync(path.join(projectRoot, 'examples', 'regional-rollout-in-flight.hitp'), 'utf8');

export async function analyse(text: string): Promise<PlanAnalysis> {
    return hitp.plan.PlanService.getPlanResult(await parse(text)).analysis;
}
