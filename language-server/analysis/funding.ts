/**
 * Funding under a budget for one-off costs (spec §2, Funding).
 */
import type { Flow } from '../model/plan-model.js';

export interface FundingCandidate {
    name: string;
    /** Competition rank from scoring: 1 is funded first. */
    rank: number;
    /** Σ of the candidate's `cost … once` amounts, in currency units. */
    oneOffCost: number;
    /** Names of the candidates it starts after (its prerequisites). */
    after: string[];
}

export interface DeferredCandidate {
    name: string;
    /** One-off cost of the candidate plus its still-unfunded prerequisites. */
    needed: number;
    /** Budget left when it was considered. */
    remaining: number;
}

export interface FundingResult {
    funded: Set<string>;
    /** In the order they were considered (rank order). */
    deferred: DeferredCandidate[];
}

/**
 * Σ of the `cost X once` amounts of a candidate, in currency units, whatever their year
 * (spec §2, Funding: the budget covers one-off costs; recurring costs are not charged to it).
 */
export function oneOffCost(flows: Flow[]): number {
    let total = 0;
    for (const flow of flows) {
        if (flow.kind === 'cost' && flow.timing === 'once' && Number.isFinite(flow.amount)) total += flow.amount;
    }
    return Number.isFinite(total) ? total : Number.MAX_VALUE;
}

/** The candidate and its unfunded prerequisites, transitively through `after`; cycles and unknown names are skipped. */
function groupOf(name: string, byName: Map<string, FundingCandidate>, funded: Set<string>): string[] {
    const group: string[] = [];
    const seen = new Set<string>();
    const stack = [name];
    while (stack.length > 0) {
        const next = stack.pop()!;
        if (seen.has(next) || funded.has(next)) continue;
        seen.add(next);
        const candidate = byName.get(next);
        if (!candidate) continue;
        group.push(next);
        stack.push(...candidate.after);
    }
    return group;
}

/**
 * Decides which candidates are funded (spec §2, Funding). Amounts in currency units.
 * Without a budget (null) every candidate is funded. With one, candidates are taken in rank order
 * (equal ranks in the given order); each one not yet funded is funded together with its unfunded
 * prerequisites when their one-off costs fit the remaining budget; otherwise it is deferred and
 * later ones may still fit. A candidate funded later as someone's prerequisite is not listed as deferred.
 * A shortfall within 1e-9 of the budget (float noise) still fits.
 */
export function fundCandidates(input: { ranked: FundingCandidate[]; budget: number | null }): FundingResult {
    const funded = new Set<string>();
    const { ranked, budget } = input;
    if (budget === null || !Number.isFinite(budget)) {
        for (const candidate of ranked) funded.add(candidate.name);
        return { funded, deferred: [] };
    }
    const byName = new Map<string, FundingCandidate>();
    for (const candidate of ranked) if (!byName.has(candidate.name)) byName.set(candidate.name, candidate);
    // A stable sort keeps the given order among equal ranks.
    const order = [...byName.values()].sort((a, b) => a.rank - b.rank);
    const slack = 1e-9 * Math.max(1, Math.abs(budget));
    let remaining = budget;
    const deferred: DeferredCandidate[] = [];
    for (const candidate of order) {
        if (funded.has(candidate.name)) continue;
        const group = groupOf(candidate.name, byName, funded);
        const needed = group.reduce((sum, name) => sum + (byName.get(name)!.oneOffCost), 0);
        if (needed <= remaining + slack) {
            for (const name of group) funded.add(name);
            remaining -= needed;
        } else {
            deferred.push({ name: candidate.name, needed, remaining });
        }
    }
    return { funded, deferred: deferred.filter(d => !funded.has(d.name)) };
}
