/**
 * Precedence (spec §2 Schedule, §3): `dependency-cycle`, `multiple-phases`, `phase-order`.
 *
 * References resolve across the workspace, so the graphs are built over every file, once per
 * workspace state (`perWorkspaceState`), and each check only looks its reference up: O(V + E)
 * for the whole workspace, not per reference. Strongly connected components come from
 * `analysis/cycles.ts` (`findCycles`), the same code that keeps the scheduler out of cycles.
 */
import type { Reference, ValidationAcceptor } from 'langium';
import { findCycles } from '../analysis/cycles.js';
import * as ast from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import { DiagnosticCode } from './diagnostic-codes.js';
import { hitpDocumentsInUriOrder, perWorkspaceState } from './name-rules.js';

/** Above this many members, a reference off the component's loop names the component's loop (no search per edge). */
const MAX_COMPONENT_FOR_LOOP_SEARCH = 500;

interface DependencyFacts {
    /** `after` references (of candidates and of phases) that lie on a cycle → the loop to name. */
    cycleLoops: Map<Reference, string[]>;
    /** `includes` references of a candidate some earlier phase already includes → that phase. */
    earlierPhase: Map<Reference, ast.Phase>;
    /** The phase of each candidate: the first phase (URI order, then position) that includes it. */
    phaseOf: Map<ast.Candidate, ast.Phase>;
    /** Phases each phase comes after, transitively; filled on demand. */
    phasesBefore: Map<ast.Phase, Set<ast.Phase>>;
}

const dependencyFacts = perWorkspaceState((services): DependencyFacts => {
    const elements = hitpDocumentsInUriOrder(services).flatMap(doc => doc.parseResult.value.elements);
    const candidates = elements.filter(ast.isCandidate);
    const phases = elements.filter(ast.isPhase);
    const cycleLoops = new Map<Reference, string[]>();
    collectCycleLoops(candidates, c => c.lines.filter(ast.isAfterLine).flatMap(line => line.candidates), cycleLoops);
    collectCycleLoops(phases, p => p.lines.filter(ast.isPhaseAfter).flatMap(line => line.phases), cycleLoops);
    const earlierPhase = new Map<Reference, ast.Phase>();
    const phaseOf = new Map<ast.Candidate, ast.Phase>();
    for (const phase of phases) {
        for (const reference of phase.lines.filter(ast.isIncludesLine).flatMap(line => line.candidates)) {
            const candidate = reference.ref;
            if (!candidate) continue;
            const first = phaseOf.get(candidate);
            if (!first) phaseOf.set(candidate, phase);
            // Naming a candidate twice in the same phase is harmless; only a second phase is reported.
            else if (first !== phase) earlierPhase.set(reference, first);
        }
    }
    return { cycleLoops, earlierPhase, phaseOf, phasesBefore: new Map() };
});

/**
 * Finds every strongly connected component (self-loops included) and records, for each reference
 * whose both ends lie in one component, an elementary loop through that very reference, starting
 * at the node that holds it: `B → C → A → B` for B's `after C`.
 */
function collectCycleLoops<N extends ast.Candidate | ast.Phase>(nodes: N[], refsOf: (node: N) => Array<Reference<N>>, out: Map<Reference, string[]>): void {
    const idOf = new Map<N, number>(nodes.map((node, i) => [node, i]));
    const refs = nodes.map(refsOf);
    const targets = refs.map(list => list.map(ref => (ref.ref ? idOf.get(ref.ref as N) : undefined) ?? -1));
    const cycles = findCycles(nodes.map((_, i) => String(i)), key => targets[Number(key)]!.filter(t => t >= 0).map(String));
    const componentOf = new Int32Array(nodes.length).fill(-1);
    cycles.forEach((cycle, c) => cycle.members.forEach(m => { componentOf[Number(m)] = c; }));
    cycles.forEach((cycle, c) => {
        const loop = cycle.loop.map(Number);
        const onLoop = new Set(loop.slice(1).map((v, i) => `${loop[i]}>${v}`));
        const searchable = cycle.members.length <= MAX_COMPONENT_FOR_LOOP_SEARCH;
        for (const member of cycle.members) {
            const u = Number(member);
            refs[u]!.forEach((ref, r) => {
                const v = targets[u]![r]!;
                if (v < 0 || componentOf[v] !== c) return;
                let ids: number[] = loop;
                if (onLoop.has(`${u}>${v}`)) ids = rotate(loop, u);
                else if (searchable) ids = [u, ...shortestPath(v, u, targets, componentOf, c)];
                out.set(ref, ids.map(i => nodes[i]!.name ?? '?'));
            });
        }
    });
}

/** A closed loop `[a, b, c, a]` rotated to start (and end) at `start`. */
function rotate(loop: number[], start: number): number[] {
    const open = loop.slice(0, -1);
    const i = open.indexOf(start);
    return [...open.slice(i), ...open.slice(0, i), start];
}

/** The shortest path from `from` to `to` inside component `c` (breadth-first), both ends included. */
function shortestPath(from: number, to: number, targets: number[][], componentOf: Int32Array, c: number): number[] {
    const parent = new Map<number, number>([[from, from]]);
    const queue = [from];
    for (let head = 0; head < queue.length && !parent.has(to); head++) {
        const u = queue[head]!;
        for (const w of targets[u]!) {
            if (w >= 0 && componentOf[w] === c && !parent.has(w)) { parent.set(w, u); queue.push(w); }
        }
    }
    const path = [to];
    for (let v = to; v !== from; v = parent.get(v)!) path.push(parent.get(v)!);
    return path.reverse();
}

function reportCycles(facts: DependencyFacts, node: ast.AfterLine | ast.PhaseAfter, refs: Reference[], property: string, accept: ValidationAcceptor): void {
    refs.forEach((ref, index) => {
        const loop = facts.cycleLoops.get(ref);
        if (loop) accept('error', `Dependency cycle: ${loop.join(' → ')}`, { node, property: property as never, index, code: DiagnosticCode.DependencyCycle });
    });
}

/** A candidate's `after` references must not lead back to itself (self-dependency included). */
export const candidateDependenciesMustNotFormACycle = (services: HitpServices) => (line: ast.AfterLine, accept: ValidationAcceptor): void => {
    reportCycles(dependencyFacts(services), line, line.candidates, ast.AfterLine.candidates, accept);
};

/** A phase's `after` references must not lead back to itself. */
export const phaseDependenciesMustNotFormACycle = (services: HitpServices) => (line: ast.PhaseAfter, accept: ValidationAcceptor): void => {
    reportCycles(dependencyFacts(services), line, line.phases, ast.PhaseAfter.phases, accept);
};

/** A candidate belongs to at most one phase: every `includes` of it after the first phase's is an error. */
export const candidateMustBeInOnePhase = (services: HitpServices) => (line: ast.IncludesLine, accept: ValidationAcceptor): void => {
    const facts = dependencyFacts(services);
    line.candidates.forEach((ref, index) => {
        const first = facts.earlierPhase.get(ref);
        if (!first?.name || !ref.$refText) return;
        accept('error', `${ref.$refText} is already included in phase ${first.name}`, {
            node: line, property: ast.IncludesLine.candidates, index, code: DiagnosticCode.MultiplePhases,
        });
    });
};

/**
 * A candidate must not depend on one whose phase comes after its own (transitively, through the
 * phases' `after`). Phases on a common cycle are not ordered: the cycle is reported instead.
 */
export const candidateMustNotDependOnALaterPhase = (services: HitpServices) => (line: ast.AfterLine, accept: ValidationAcceptor): void => {
    const facts = dependencyFacts(services);
    const candidate = line.$container;
    const phase = facts.phaseOf.get(candidate);
    if (!phase || !candidate.name || !phase.name) return;
    line.candidates.forEach((ref, index) => {
        const prerequisite = ref.ref;
        const later = prerequisite ? facts.phaseOf.get(prerequisite) : undefined;
        if (!prerequisite?.name || !later?.name || later === phase) return;
        if (!phasesBefore(facts, later).has(phase) || phasesBefore(facts, phase).has(later)) return;
        accept('error', `${candidate.name} is in phase ${phase.name} but depends on ${prerequisite.name}, which is in the later phase ${later.name}`, {
            node: line, property: ast.AfterLine.candidates, index, code: DiagnosticCode.PhaseOrder,
        });
    });
};

/** Every phase that `phase` comes after, directly or transitively (memoised per workspace state). */
function phasesBefore(facts: DependencyFacts, phase: ast.Phase): Set<ast.Phase> {
    let result = facts.phasesBefore.get(phase);
    if (result) return result;
    result = new Set<ast.Phase>();
    const queue = [phase];
    for (let head = 0; head < queue.length; head++) {
        for (const ref of queue[head]!.lines.filter(ast.isPhaseAfter).flatMap(line => line.phases)) {
            const before = ref.ref;
            if (before && !result.has(before)) { result.add(before); queue.push(before); }
        }
    }
    facts.phasesBefore.set(phase, result);
    return result;
}
