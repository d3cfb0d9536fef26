/**
 * The `after` links an export may write as dependencies (TaskJuggler `depends`, MSPDI
 * PredecessorLinks). A tool that reads them refuses a loop, and a loop can also run through a
 * phase's container (a phase after a phase whose candidate waits for one of its own), so the
 * links are checked on the whole network: a candidate waits for its phase's start, a phase's
 * finish waits for its candidates. A link inside a strongly connected component (a reported
 * `dependency-cycle` or `phase-order` error) is left out, as the scheduler leaves it out, and
 * so is one the schedule does not honour (the predecessor finishing after the successor starts,
 * unless the link is a lead, spec §11, which lets the successor start before that finish).
 */
import type { LagAnalysis, PlanAnalysis } from '../analysis/plan-analysis.js';
import { stronglyConnectedComponents, toAdjacency } from '../analysis/cycles.js';

export interface DependencyEdges {
    /** The scheduled `after` candidates of a scheduled candidate that can be written. */
    candidate(name: string): string[];
    /** The scheduled `after` phases of a scheduled phase that can be written. */
    phase(name: string): string[];
}

export function dependencyEdges(analysis: PlanAnalysis): DependencyEdges {
    const candidates = analysis.candidates.filter(c => c.start !== null && c.finish !== null);
    const phases = analysis.phases.filter(p => p.start !== null && p.finish !== null);
    const node = new Map<string, number>();
    const add = (key: string) => node.set(key, node.size);
    for (const c of candidates) add(`c:${c.name}`);
    for (const p of phases) { add(`ps:${p.name}`); add(`pf:${p.name}`); }
    const from: number[] = [];
    const to: number[] = [];
    const edge = (a: string, b: string) => {
        const u = node.get(a);
        const v = node.get(b);
        if (u !== undefined && v !== undefined) { from.push(u); to.push(v); }
    };
    for (const c of candidates) {
        for (const a of c.after) edge(`c:${a}`, `c:${c.name}`);
        if (c.phase !== null) { edge(`ps:${c.phase}`, `c:${c.name}`); edge(`c:${c.name}`, `pf:${c.phase}`); }
    }
    for (const p of phases) {
        edge(`ps:${p.name}`, `pf:${p.name}`);
        for (const q of p.after) edge(`pf:${q}`, `ps:${p.name}`);
    }
    const component = stronglyConnectedComponents(toAdjacency(node.size, from, to));
    const separate = (a: string, b: string) => component[node.get(a)!] !== component[node.get(b)!];
    /** `after X - N unit`: the successor may start before X's finish. */
    const isLead = (item: { after: string[]; afterLags?: Array<LagAnalysis | null> }, name: string) =>
        item.after.some((a, i) => a === name && item.afterLags?.[i]?.sign === -1);
    type Scheduled = { name: string; start: string | null; finish: string | null; after: string[]; afterLags?: Array<LagAnalysis | null> };
    /** The written `after` links of `name` among `items` that the schedule honoured and that close no loop. */
    const linksOf = (items: readonly Scheduled[], from: string, to: string) => {
        const byName = new Map(items.map(item => [item.name, item]));
        return (name: string): string[] => {
            const item = byName.get(name);
            if (!item) return [];
            return [...new Set(item.after)].filter(a => {
                const before = byName.get(a);
                return before !== undefined && (before.finish! <= item.start! || isLead(item, a)) && separate(`${from}:${a}`, `${to}:${name}`);
            });
        };
    };
    return { candidate: linksOf(candidates, 'c', 'c'), phase: linksOf(phases, 'pf', 'ps') };
}
