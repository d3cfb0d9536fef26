/**
 * What changed between two analyses of a plan (spec §9, `hitp diff`): the plan's finish, the
 * portfolio's figures, and per candidate whether it was added, removed or changed, with the
 * eight compared fields. Pure: two `PlanAnalysis` in, one `PlanDiff` out.
 */
import type { CandidateAnalysis, FinanceFigures, PlanAnalysis } from './plan-analysis.js';

/** The eight fields compared per candidate (spec §9, pinned). */
export const DIFF_FIELDS = ['rank', 'priorityIndex', 'funded', 'npv', 'irr', 'start', 'finish', 'critical'] as const;
export type DiffField = typeof DIFF_FIELDS[number];
export type CandidateFields = Partial<Pick<CandidateAnalysis, DiffField>>;

export interface PlanSide {
    finish: string | null;
    portfolio: FinanceFigures;
}

export interface CandidateChange {
    name: string;
    change: 'added' | 'removed' | 'changed';
    /** `added`: null; `removed`: all eight fields; `changed`: only the fields that differ. */
    before: CandidateFields | null;
    after: CandidateFields | null;
}

export interface PlanDiff {
    before: PlanSide;
    after: PlanSide;
    /** Changed and added candidates in the new plan's order, then removed ones in the old plan's order. */
    candidates: CandidateChange[];
}

/** Equal values: numbers within a relative 1e-9 (floating-point noise is not a change), others strictly. */
export function sameValue(a: unknown, b: unknown): boolean {
    if (typeof a === 'number' && typeof b === 'number') {
        return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
    }
    return a === b;
}

function fieldsOf(candidate: CandidateAnalysis, only: readonly DiffField[] = DIFF_FIELDS): CandidateFields {
    return Object.fromEntries(only.map(field => [field, candidate[field]])) as CandidateFields;
}

function sideOf(analysis: PlanAnalysis): PlanSide {
    return { finish: analysis.plan?.finish ?? null, portfolio: analysis.portfolio };
}

/** Compares two analyses of a plan (spec §9); unchanged candidates are not listed. */
export function diffPlans(before: PlanAnalysis, after: PlanAnalysis): PlanDiff {
    const old = new Map(before.candidates.map(c => [c.name, c]));
    const now = new Set(after.candidates.map(c => c.name));
    const candidates: CandidateChange[] = [];
    for (const candidate of after.candidates) {
        const previous = old.get(candidate.name);
        if (!previous) {
            candidates.push({ name: candidate.name, change: 'added', before: null, after: fieldsOf(candidate) });
            continue;
        }
        const differing = DIFF_FIELDS.filter(field => !sameValue(previous[field], candidate[field]));
        if (differing.length > 0) {
            candidates.push({ name: candidate.name, change: 'changed', before: fieldsOf(previous, differing), after: fieldsOf(candidate, differing) });
        }
    }
    for (const candidate of before.candidates) {
        if (!now.has(candidate.name)) candidates.push({ name: candidate.name, change: 'removed', before: fieldsOf(candidate), after: null });
    }
    return { before: sideOf(before), after: sideOf(after), candidates };
}
