/**
 * A plan compared with an earlier version of itself (the preview's "Compare with Last Commit"):
 * `hitp diff`'s comparison (`plan-diff.ts`) plus what the roadmap draws from it: the change in
 * portfolio NPV and finish, and each candidate's earlier dates, drawn as a ghost bar behind its
 * bar. Pure: two `PlanAnalysis` in, one `PlanComparison` out.
 */
import { dateChangeDays } from './calendar.js';
import type { PlanAnalysis } from './plan-analysis.js';
import { diffPlans, type PlanDiff } from './plan-diff.js';

/** A candidate's dates in the earlier version, and how far its finish moved since. */
export interface EarlierDates {
    start: string | null;
    finish: string | null;
    /** Days from the earlier finish to the finish now (positive: later now); null when either is unscheduled. */
    finishChangeDays: number | null;
}

export interface PlanComparison {
    /** What `hitp diff OLD NEW --json` says of the two versions. */
    diff: PlanDiff;
    /** Portfolio NPV now minus before. */
    npvChange: number;
    /** Days from the earlier plan finish to the finish now; null when either plan has none. */
    finishChangeDays: number | null;
    /** The earlier dates of every candidate that both versions have, by name. */
    earlier: Map<string, EarlierDates>;
}

/** Compares the analysis of an earlier version (`before`) with the plan now (`after`). */
export function comparePlans(before: PlanAnalysis, after: PlanAnalysis): PlanComparison {
    const diff = diffPlans(before, after);
    const earlier = new Map<string, EarlierDates>();
    const now = new Map(after.candidates.map(c => [c.name, c]));
    for (const c of before.candidates) {
        const current = now.get(c.name);
        if (current) earlier.set(c.name, { start: c.start, finish: c.finish, finishChangeDays: dateChangeDays(c.finish, current.finish) });
    }
    return {
        diff,
        npvChange: after.portfolio.npv - before.portfolio.npv,
        finishChangeDays: dateChangeDays(diff.before.finish, diff.after.finish),
        earlier,
    };
}
