/**
 * `hitp diff OLD NEW [--json]` (spec §9): compares two versions of a plan, each a file or
 * `REV:PATH`. With `--json` the pinned object `{before, after, candidates}`; without, the changes
 * in words. Exit 0; a usage, file or git problem is a `CliError` (exit 2).
 */
import { diffPlans } from '../analysis/plan-diff.js';
import type { PlanAnalysis } from '../analysis/plan-analysis.js';
import { renderDiff } from './diff-summary.js';
import { loadTexts } from './load-documents.js';
import { readPlanSource } from './plan-source.js';

async function analyse(spec: string): Promise<PlanAnalysis> {
    const text = await readPlanSource(spec);
    const { services, documents } = await loadTexts([{ file: spec, text }]);
    return services.plan.PlanService.getPlanResult(documents[0]!.document).analysis;
}

export async function diffCommand(before: string, after: string, options: { json?: boolean }, write: (text: string) => void): Promise<number> {
    const [old, now] = [await analyse(before), await analyse(after)];
    const diff = diffPlans(old, now);
    write(options.json ? JSON.stringify(diff, null, 2) : renderDiff(diff, now.plan?.currency ?? old.plan?.currency ?? 'USD'));
    return 0;
}
