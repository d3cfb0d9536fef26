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
    const predecessorsOf = new Map<string, string[]>();
    const before = (step: string): string[] => {
        let list = predecessorsOf.get(step);
        if (!list) predecessorsOf.set(step, list = predecessors(step));
        return list;
    };
    // Whether a step's chain reaches back to the plan's start, computed without recursion (a chain
    // may be thousands of steps long) so that the walk below only follows predecessors that lead to a chain.
    const reaches = new Map<string, boolean | 'visiting'>();
    const reachesStart = (root: string): boolean => {
        const stack = [root];
        while (stack.length > 0) {
            const step = stack[stack.length - 1]!;
            const state = reaches.get(step);
            if (state === true || state === false) { stack.pop(); continue; }
            if (state === undefined) {
                reaches.set(step, 'visiting');
                for (const previous of before(step)) if (!reaches.has(previous)) stack.push(previous);
                continue;
            }
            const list = before(step);
            reaches.set(step, list.length === 0 ? itemOf(step)!.startDay === input.startDay : list.some(p => reaches.get(p) === true));
            stack.pop();
        }
        return reaches.get(root) === true;
    };
    const chains: string[][] = [];
    const seen = new Set<string>();
    /** Depth-first from a finishing step back to the start, with an explicit stack; `path` holds the steps walked. */
    const walk = (last: string): void => {
        const path: string[] = [];
        const onPath = new Set<string>();
        const frames: Array<{ step: string; next: number }> = [{ step: last, next: 0 }];
        path.push(last);
        onPath.add(last);
        while (frames.length > 0 && chains.length < MAX_CRITICAL_CHAINS) {
            const frame = frames[frames.length - 1]!;
            const list = before(frame.step);
            if (list.length === 0 && frame.next === 0) {
                const chain = [...path].reverse().map(s => s.replace(/^phase:/, ''));
                const key = chain.join('\u0000');
                if (!seen.has(key)) { seen.add(key); chains.push(chain); }
            }
            const previous = list[frame.next++];
            if (previous === undefined) {
                frames.pop();
                onPath.delete(path.pop()!);
                continue;
            }
            if (onPath.has(previous) || !reachesStart(previous)) continue;
            frames.push({ step: previous, next: 0 });
            path.push(previous);
            onPath.add(previous);
        }
    };
    for (const step of steps) if (itemOf(step)!.finishDay === input.finishDay && reachesStart(step)) walk(step);
    return chains.sort((a, b) => a.join(' ').localeCompare(b.join(' ')));
}
