/**
 * The forward pass of the schedule, with capacity-based levelling (spec §2, Schedule).
 *
 * This is the serial schedule-generation scheme: candidates are taken by earliest possible
 * start (which respects their predecessors' levelled finishes and their phase's start), then
 * rank, then input order, and each is placed at the first day on which the summed effort of
 * overlapping work stays within capacity for its whole span. Without capacity the same pass
 * is the plain CPM forward pass (every candidate starts at its earliest possible start).
 *
 * Load is kept as a step function over sorted breakpoints, so cost depends on the number of
 * placed candidates, never on the number of days the plan covers.
 */
import type { Duration, IsoDay } from '../model/plan-model.js';
import { clampIsoDay } from './calendar.js';
import { moveOutOfFreezes, type FreezeMove } from './change-freeze.js';
import type { PoolDraw, PrecedenceNetwork } from './schedule.js';
import { addWorkingDays, finishOfWork, nextWorkingDay, startAfterLag, type WorkCalendar } from './working-calendar.js';

/** Tolerance for summed FTE (0.1 + 0.2 must fit in a capacity of 0.3). */
const LOAD_EPSILON = 1e-9;

/** One step of the load function: from `day` on (until the next step) the summed effort is `loadFte`. */
export interface LoadStep {
    day: IsoDay;
    loadFte: number;
}

/**
 * The summed effort (FTE) of placed work over time, as a step function: zero before the first
 * breakpoint and after the last one. Work occupies the half-open span [start, finish).
 */
export class LoadProfile {
    private readonly days: number[] = [];
    private readonly loads: number[] = [];
    readonly capacityFte: number;

    /** Capacity in FTE: a negative or NaN capacity counts as 0, +Infinity as unlimited. */
    constructor(capacityFte: number) {
        this.capacityFte = Number.isNaN(capacityFte) ? 0 : Math.max(0, capacityFte);
    }

    /** Index of the step containing `day`, −1 before the first breakpoint. */
    private stepOf(day: number): number {
        let lo = 0, hi = this.days.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.days[mid]! <= day) lo = mid + 1; else hi = mid;
        }
        return lo - 1;
    }

    /** The summed effort on `day`, in FTE. */
    loadAt(day: IsoDay): number {
        const j = this.stepOf(day);
        return j < 0 ? 0 : this.loads[j]!;
    }

    /** The breakpoints of the load function, in day order. */
    steps(): LoadStep[] {
        return this.days.map((day, j) => ({ day, loadFte: this.loads[j]! }));
    }

    /**
     * The first day ≥ `earliest` where work of `effortFte` fits under capacity for its whole span
     * [s, finishOf(s)). Work bigger than the whole capacity needs a span with no other load:
     * it runs alone (and nothing with effort can be placed beside it later).
     */
    firstFit(earliest: IsoDay, effortFte: number, finishOf: (start: IsoDay) => IsoDay): IsoDay {
        const demand = Math.min(effortFte, this.capacityFte);
        let start = earliest;
        let finish = finishOf(start);
        // One sweep over the steps: a blocked step moves the start to that step's end, and the
        // sweep goes on from there; steps already passed never need a second look.
        for (let j = this.stepOf(start); j < this.days.length && finish > start; j++) {
            if (j >= 0 && this.days[j]! >= finish) break;
            const load = j < 0 ? 0 : this.loads[j]!;
            if (load + demand > this.capacityFte + LOAD_EPSILON) {
                // The last step always has load 0, so a blocked step always has an end.
                start = this.days[j + 1] ?? start;
                finish = finishOf(start);
            }
        }
        return start;
    }

    /** Adds `effortFte` over [start, finish). */
    add(start: IsoDay, finish: IsoDay, effortFte: number): void {
        if (!(finish > start) || !(effortFte > 0)) return;
        const first = this.breakpointAt(start);
        const end = this.breakpointAt(finish);
        for (let j = first; j < end; j++) this.loads[j]! += effortFte;
    }

    private breakpointAt(day: number): number {
        const j = this.stepOf(day);
        if (j >= 0 && this.days[j] === day) return j;
        this.days.splice(j + 1, 0, day);
        this.loads.splice(j + 1, 0, j < 0 ? 0 : this.loads[j]!);
        return j + 1;
    }
}

/** A binary min-heap of candidate indices, by (earliest start, rank, index). */
class CandidateHeap {
    private readonly items: number[] = [];
    constructor(private readonly early: Float64Array, private readonly rank: Float64Array) {}

    get size(): number { return this.items.length; }

    private less(a: number, b: number): boolean {
        const ea = this.early[a]!, eb = this.early[b]!;
        if (ea !== eb) return ea < eb;
        const ra = this.rank[a]!, rb = this.rank[b]!;
        return ra !== rb ? ra < rb : a < b;
    }

    push(v: number): void {
        const items = this.items;
        let i = items.push(v) - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (!this.less(items[i]!, items[parent]!)) break;
            [items[i], items[parent]] = [items[parent]!, items[i]!];
            i = parent;
        }
    }

    pop(): number {
        const items = this.items;
        const top = items[0]!;
        const last = items.pop()!;
        if (items.length > 0) {
            items[0] = last;
            for (let i = 0; ;) {
                const l = 2 * i + 1, r = l + 1;
                let best = i;
                if (l < items.length && this.less(items[l]!, items[best]!)) best = l;
                if (r < items.length && this.less(items[r]!, items[best]!)) best = r;
                if (best === i) break;
                [items[i], items[best]] = [items[best]!, items[i]!];
                i = best;
            }
        }
        return top;
    }
}

/** Early dates per network node and the (topological) order in which nodes were settled. */
export interface ForwardResult {
    /** Start day of candidates; the event day of phase starts and finishes. */
    early: Float64Array;
    /** Finish day of candidates; the event day of phase starts and finishes. */
    earlyFinish: Float64Array;
    order: Int32Array;
    /** The load function of each pool (0 = the plan's pool, then the teams), levelled or not. */
    loads: LoadProfile[];
    /** Candidates whose go-live a change freeze moved (spec §11), by node index. */
    freezeMoves: Map<number, FreezeMove>;
}

/**
 * The first start ≥ `earliest` (a working day) at which every pool the work draws on has room
 * for it over its whole span (spec §11 Teams, §14 item 11). Pools without capacity never block.
 */
function firstFitAll(loads: LoadProfile[], draws: readonly PoolDraw[], earliest: IsoDay, finishOf: (start: IsoDay) => IsoDay, calendar: WorkCalendar): IsoDay {
    let start = nextWorkingDay(calendar, earliest);
    for (let moved = true; moved;) {
        moved = false;
        for (const draw of draws) {
            const pool = loads[draw.pool]!;
            if (pool.capacityFte === Infinity) continue;
            const fit = pool.firstFit(start, draw.fte, finishOf);
            if (fit > start) { start = nextWorkingDay(calendar, fit); moved = true; }
        }
    }
    return start;
}

const NO_DRAWS: readonly PoolDraw[] = [];

/** Per candidate node, for the simulation (spec §8): a floor on its start, days added to its duration. */
export interface ForwardOptions {
    notBefore?: Float64Array;
    delayDays?: Float64Array;
    /**
     * Buffers to reuse (the simulation's runs): the result's arrays are then the scratch's own,
     * valid until the next pass with the same scratch. Absent: a pass allocates its own.
     */
    scratch?: ForwardScratch;
}

/**
 * The working arrays of forward passes over one network, allocated once: the simulation reruns
 * the same network thousands of times, and fresh arrays of n + 2m numbers per run were most of its
 * garbage (issue 21). Keeps the network's in-degrees, and the order in which an unlevelled pass
 * settled the nodes: without levelling that order depends on the network alone, so later passes
 * replay it instead of counting in-degrees and queueing (the same nodes in the same order).
 */
export class ForwardScratch {
    readonly early: Float64Array;
    readonly earlyFinish: Float64Array;
    readonly order: Int32Array;
    readonly inDegree: Int32Array;
    private readonly networkInDegree: Int32Array;
    readonly events: number[] = [];
    readonly ready: number[] = [];
    /** How many nodes of `order` an unlevelled pass settled (the rest were left in cycles); −1 before one. */
    settledInOrder = -1;

    constructor(readonly net: PrecedenceNetwork) {
        const size = net.candidateCount + 2 * net.phaseCount;
        this.early = new Float64Array(size);
        this.earlyFinish = new Float64Array(size);
        this.order = new Int32Array(size);
        this.inDegree = new Int32Array(size);
        this.networkInDegree = new Int32Array(size);
        for (const w of net.target) this.networkInDegree[w]! += 1;
    }

    /**
     * Resets the arrays for a pass: every early day the plan start, then `notBefore` (spec §9);
     * the in-degrees and queues unless the pass replays the order. `earlyFinish` needs no reset:
     * a pass writes every node's finish before reading it.
     */
    reset(replay: boolean): void {
        this.early.fill(this.net.startDay);
        this.early.set(this.net.notBefore);
        if (replay) return;
        this.inDegree.set(this.networkInDegree);
        this.events.length = 0;
        this.ready.length = 0;
    }
}

/** The finish of work started on `start`, with a risk's delay in working days (spec §14 item 4). */
function delayedFinish(cal: WorkCalendar, start: IsoDay, duration: Duration, delay: number): IsoDay {
    const finish = finishOfWork(cal, start, duration);
    if (delay === 0) return finish;
    return cal.allDays || delay < 0 ? clampIsoDay(finish + delay) : addWorkingDays(cal, finish, delay);
}

/**
 * The forward pass over an acyclic precedence network (spec §2, Schedule; §11): candidates are
 * placed in (earliest start, rank, input order); each starts on a working day, levelled in every
 * pool with a capacity (`capacities[p]` null = not levelled), and its go-live is moved out of
 * change freezes (the wait books no effort). Phase events settle as soon as their predecessors
 * have; a phase start moves to a working day; lags shift the ready day of `after` edges.
 */
export function forwardPass(net: PrecedenceNetwork, capacities: ReadonlyArray<number | null> | null, options: ForwardOptions = {}): ForwardResult {
    const { notBefore, delayDays } = options;
    const n = net.candidateCount;
    const m = net.phaseCount;
    const size = n + 2 * m;
    const cal = net.calendar;
    const scratch = options.scratch?.net === net ? options.scratch : new ForwardScratch(net);
    const { early, earlyFinish, inDegree, order, events, ready } = scratch;
    const { outStart, target, lag, duration: durations, fixedStart } = net;
    // `capacities` null (the simulation's runs): no pool is tracked. Levelling takes candidates by
    // (earliest start, rank); without it any ready order gives the same dates, so a plain stack does.
    const loads = (capacities ?? []).map(c => new LoadProfile(c === null ? Infinity : c));
    const levelled = loads.some(load => load.capacityFte !== Infinity);
    const heap = levelled ? new CandidateHeap(early, net.rank) : null;
    // Unlevelled, the stack's order depends on the network alone: replay the one recorded before.
    const replayed = heap === null ? scratch.settledInOrder : -1;
    const replay = replayed >= 0;
    scratch.reset(replay);
    const enqueue = (v: number): void => { if (v >= n) events.push(v); else if (heap) heap.push(v); else ready.push(v); };
    if (!replay) for (let v = 0; v < size; v++) if (inDegree[v] === 0) enqueue(v);
    const freezeMoves = new Map<number, FreezeMove>();
    // Spec §9: actual and forecast dates are calendar days from the fixed start (`fixedFinish`);
    // levelling places started and finished work there first, in every pool it draws on.
    const fixedFinish = (c: number): IsoDay => clampIsoDay(fixedStart[c]! + durations[c]!.amount);
    for (let c = 0; c < n && loads.length > 0; c++) {
        if (Number.isNaN(fixedStart[c]!)) continue;
        for (const draw of net.draws[c]!) loads[draw.pool]!.add(fixedStart[c]!, fixedFinish(c), draw.fte);
    }
    let count = 0;
    const settle = (v: number): void => {
        if (!replay) order[count] = v;
        count++;
        const phaseStart = v >= n && v < n + m;
        for (let e = outStart[v]!, end = outStart[v + 1]!; e < end; e++) {
            const w = target[e]!;
            // A phase's own duration runs from its start event to its finish event.
            const readyDay = phaseStart && w === v + m
                ? finishOfWork(cal, early[v]!, durations[v]!)
                : startAfterLag(cal, earlyFinish[v]!, lag[e]);
            if (readyDay > early[w]!) early[w] = readyDay;
            if (!replay && --inDegree[w]! === 0) enqueue(w);
        }
    };
    for (;;) {
        // Phase events first, then candidates; or the recorded order.
        let v = replay ? (count < replayed ? order[count] : undefined) : events.pop();
        if (v === undefined && !replay) v = heap ? (heap.size === 0 ? undefined : heap.pop()) : ready.pop();
        if (v === undefined) break;
        if (v >= n) {
            if (v < n + m) early[v] = nextWorkingDay(cal, early[v]!);
            earlyFinish[v] = early[v]!;
            settle(v);
            continue;
        }
        const c = v;
        // The simulation (spec §8) books no candidate before its deterministic start.
        if (notBefore && notBefore[c]! > early[c]!) early[c] = notBefore[c]!;
        const duration: Duration = durations[c]!;
        if (!Number.isNaN(fixedStart[c]!)) {
            // Spec §9, §14 items 8 and 9: fixed work keeps its dates in every run (no risk delay);
            // a forecast still leaves a change freeze, a `finished` date never moves.
            early[c] = fixedStart[c]!;
            const move = net.fixedFinal[c] ? null : moveOutOfFreezes(early[c]!, fixedFinish(c), net.freezes, cal);
            if (move) freezeMoves.set(c, move);
            earlyFinish[c] = move ? move.finishDay : fixedFinish(c);
            settle(c);
            continue;
        }
        const delay = delayDays ? delayDays[c]! : 0;
        const draws = loads.length > 0 ? net.draws[c]! : NO_DRAWS;
        early[c] = draws.length > 0
            ? firstFitAll(loads, draws, early[c]!, start => delayedFinish(cal, start, duration, delay), cal)
            : nextWorkingDay(cal, early[c]!);
        const workFinish = delayedFinish(cal, early[c]!, duration, delay);
        for (const draw of draws) loads[draw.pool]!.add(early[c]!, workFinish, draw.fte);
        const move = moveOutOfFreezes(early[c]!, workFinish, net.freezes, cal);
        if (move) freezeMoves.set(c, move);
        earlyFinish[c] = move ? move.finishDay : workFinish;
        settle(c);
    }
    const settledCount = count;
    if (heap === null) scratch.settledInOrder = settledCount;
    // The network is acyclic by construction; should a node still be unsettled (its in-degree never
    // reached 0), it keeps its early day.
    if (!replay) for (let v = 0; v < size && count < size; v++) if (inDegree[v]! > 0) order[count++] = v;
    for (let k = settledCount; k < size; k++) {
        const v = order[k]!;
        earlyFinish[v] = v < n ? finishOfWork(cal, early[v]!, durations[v]!) : early[v]!;
    }
    return { early, earlyFinish, order, loads, freezeMoves };
}
