/**
 * Precedence (spec §2 Schedule, §3): `dependency-cycle`, `multiple-phases`, `phase-order`.
 *
 * References resolve across the workspace, so the graphs are built over every file, once per
 * workspace state (`perWorkspaceState`), and each check only looks its reference up: O(V + E)
 * for the whole workspace, not per reference. Strongly connected components come from
 * `analysis/cycles.ts` (`findCycles`), the same code that keeps the scheduler out of cycles.
 */
import { AstUtils, type Reference, type ValidationAcceptor } from 'langium';
import { findCycles } from '../analysis/cycles.js';
import * as ast from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import { DiagnosticCode } from '../protocol/diagnostic-codes.js';
import type { PlanResult } from '../plan/plan-service.js';
import { hitpDocumentsInUriOrder, perWorkspaceState, planProblemsAt } from './name-rules.js';

/** Above this many members, a reference off the component's loop names the component's loop (no search per edge). */
const MAX_COMPONENT_FOR_LOOP_SEARCH = 500;

interface DependencyFacts {
    /** `after` references (of candidates and of phases) that lie on a cycle → the loop to name. */
    cycleLoops: Map<Reference, string[]>;
}

const dependencyFacts = perWorkspaceState((services): DependencyFacts => {
    const elements = hitpDocumentsInUriOrder(services).flatMap(doc => doc.parseResult.value.elements);
    const candidates = elements.filter(ast.isCandidate);
    const phases = elements.filter(ast.isPhase);
    const cycleLoops = new Map<Reference, string[]>();
    collectCycleLoops(candidates, c => c.lines.filter(ast.isAfterLine).flatMap(line => line.candidates), cycleLoops);
    collectCycleLoops(phases, p => p.lines.filter(ast.isPhaseAfter).flatMap(line => line.phases), cycleLoops);
    return { cycleLoops };
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

/** A candidate belongs to at most one phase: every `includes` of it after the owning phase's is an error (the plan index decides the owner). */
export const candidateMustBeInOnePhase = (services: HitpServices) => (line: ast.IncludesLine, accept: ValidationAcceptor): void => {
    for (const problem of planProblemsAt(services, line)) {
        if (problem.code !== DiagnosticCode.MultiplePhases) continue;
        accept('error', `${problem.candidate} is already included in phase ${problem.phase}`, {
            node: line, property: ast.IncludesLine.candidates, index: problem.index, code: DiagnosticCode.MultiplePhases,
        });
    }
};

/** Every phase a phase comes after, transitively, by name; built once per plan result. */
const phasesBeforeByResult = new WeakMap<PlanResult, Map<string, Set<string>>>();

function phasesBefore(result: PlanResult, phase: string): Set<string> {
    let memo = phasesBeforeByResult.get(result);
    if (!memo) phasesBeforeByResult.set(result, memo = new Map());
    let before = memo.get(phase);
    if (before) return before;
    const afterOf = new Map(result.model.phases.map(p => [p.name, p.after.map(a => a.name)]));
    before = new Set<string>();
    const queue = [phase];
    for (let head = 0; head < queue.length; head++) {
        for (const name of afterOf.get(queue[head]!) ?? []) {
            if (!before.has(name)) { before.add(name); queue.push(name); }
        }
    }
    memo.set(phase, before);
    return before;
}

/**
 * A candidate must not depend on one whose phase comes after its own (transitively, through the
 * phases' `after`). Phases on a common cycle are not ordered: the cycle is reported instead.
 * The phase of a candidate is the plan model's (the plan index's owner).
 */
export const candidateMustNotDependOnALaterPhase = (services: HitpServices) => (line: ast.AfterLine, accept: ValidationAcceptor): void => {
    const candidate = line.$container;
    if (!candidate.name) return;
    const result = services.plan.PlanService.getPlanResult(AstUtils.getDocument(line));
    const phaseOf = phaseOwners(result);
    const phase = phaseOf.get(candidate.name);
    if (!phase) return;
    line.candidates.forEach((ref, index) => {
        const prerequisite = ref.ref?.name;
        const later = prerequisite ? phaseOf.get(prerequisite) : undefined;
        if (!prerequisite || !later || later === phase) return;
        if (!phasesBefore(result, later).has(phase) || phasesBefore(result, phase).has(later)) return;
        accept('error', `${candidate.name} is in phase ${phase} but depends on ${prerequisite}, which is in the later phase ${later}`, {
            node: line, property: ast.AfterLine.candidates, index, code: DiagnosticCode.PhaseOrder,
        });
    });
};

const ownersByResult = new WeakMap<PlanResult, Map<string, string>>();

function phaseOwners(result: PlanResult): Map<string, string> {
    let owners = ownersByResult.get(result);
    if (!owners) {
        owners = new Map(result.model.candidates.flatMap(c => c.phase ? [[c.name, c.phase] as [string, string]] : []));
        ownersByResult.set(result, owners);
    }
    return owners;
}
