/**
 * The critical path as chains (issue 13): each chain runs from the plan's start to its finish
 * through critical work, each step starting on the day the one before finishes, so parallel
 * critical work reads as parallel chains instead of one date-sorted list.
 *
 * The steps are critical candidates, and critical phases that hold no scheduled candidate (a phase
 * that is only its own duration, such as a design phase). A phase that holds candidates is not a
 * step: its candidates are, and its `after` links pass through it.
 */
import type { IsoDay } from '../model/plan-model.js';
import type { ScheduledItem } from './schedule.js';

export interface ChainCandidate {
    name: string;
    after: readonly string[];
    phase: string | null;
}

export interface ChainPhase {
    name: string;
    after: readonly string[];
}

export interface ChainInput {
    startDay: IsoDay;
    finishDay: IsoDay;
    candidates: readonly ChainCandidate[];
    phases: readonly ChainPhase[];
    scheduledCandidates: ReadonlyMap<string, ScheduledItem>;
    scheduledPhases: ReadonlyMap<string, ScheduledItem>;
}

/** At most this many chains are listed (a wide plan could have very many). */
export const MAX_CRITICAL_CHAINS = 50;

/**
 * Every critical chain, start → finish, ordered by their names. A step's predecessors are the
 * critical steps that finish on the day it starts and that it follows: through `after`, or through
 * the `after` of the phase it starts with.
 */
export function criticalChains(input: ChainInput): string[][] {
    const candidatesOf = new Map<string, ChainCandidate[]>();
    for (const candidate of input.candidates) {
        if (candidate.phase === null || !input.scheduledCandidates.has(candidate.name)) continue;
        const list = candidatesOf.get(candidate.phase);
        if (list) list.push(candidate); else candidatesOf.set(candidate.phase, [candidate]);
    }
    const candidateByName = new Map(input.candidates.map(c => [c.name, c]));
    const phaseByName = new Map(input.phases.map(p => [p.name, p]));
    const critical = (item: ScheduledItem | undefined): item is ScheduledItem => item !== undefined && item.critical;

    /** The steps that end a phase on its finish day: its tight critical candidates, or the phase itself. */
    const phaseEnders = (name: string): string[] => {
        const item = input.scheduledPhases.get(name);
        if (!critical(item)) return [];
        const enders = (candidatesOf.get(name) ?? [])
            .filter(c => { const it = input.scheduledCandidates.get(c.name); return critical(it) && it.finishDay === item.finishDay; })
            .map(c => c.name);
        return enders.length > 0 ? enders : [`phase:${name}`];
    };
    /** The steps that lead into a phase's start: the enders of the phases it is after, finishing that day. */
    const intoPhase = (name: string, day: IsoDay): string[] => (phaseByName.get(name)?.after ?? [])
        .filter(before => input.scheduledPhases.get(before)?.finishDay === day)
        .flatMap(phaseEnders);

    const itemOf = (step: string) => step.startsWith('phase:') ? input.scheduledPhases.get(step.slice(6)) : input.scheduledCandidates.get(step);
    const predecessors = (step: string): string[] => {
        const item = itemOf(step)!;
        if (step.startsWith('phase:')) return intoPhase(step.slice(6), item.startDay);
        const candidate = candidateByName.get(step)!;
        const direct = candidate.after.filter(before => {
            const it = input.scheduledCandidates.get(before);
            return critical(it) && it.finishDay === item.startDay;
        });
        const phaseStart = candidate.phase === null ? undefined : input.scheduledPhases.get(candidate.phase);
        const viaPhase = phaseStart && phaseStart.startDay === item.startDay ? intoPhase(candidate.phase!, item.startDay) : [];
        return [...new Set([...direct, ...viaPhase])];
    };

    const steps = [
        ...input.candidates.filter(c => critical(input.scheduledCandidates.get(c.name))).map(c => c.name),
        ...input.phases.filter(p => critical(input.scheduledPhases.get(p.name)) && (candidatesOf.get(p.name) ?? []).length === 0).map(p => `phase:${p.name}`),
    ];
    // Whether a step's chain reaches back to the plan's start (memoised, so the walk below only
    // follows predecessors that lead to a chain and stays linear in the chains it lists).
    const reaches = new Map<string, boolean>();
    const reachesStart = (step: string): boolean => {
        const known = reaches.get(step);
        if (known !== undefined) return known;
        reaches.set(step, false);
        const before = predecessors(step);
        const result = before.length === 0 ? itemOf(step)!.startDay === input.startDay : before.some(reachesStart);
        reaches.set(step, result);
        return result;
    };
    const chains: string[][] = [];
    const seen = new Set<string>();
    const walk = (step: string, tail: string[]): void => {
        if (chains.length >= MAX_CRITICAL_CHAINS || tail.includes(step) || !reachesStart(step)) return;
        const path = [step, ...tail];
        const before = predecessors(step);
        if (before.length === 0) {
            const chain = path.map(s => s.replace(/^phase:/, ''));
            const key = chain.join('\u0000');
            if (!seen.has(key)) { seen.add(key); chains.push(chain); }
            return;
        }
        for (const previous of before) walk(previous, path);
    };
    for (const step of steps) if (itemOf(step)!.finishDay === input.finishDay) walk(step, []);
    return chains.sort((a, b) => a.join(' ').localeCompare(b.join(' ')));
}
