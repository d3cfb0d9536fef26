/**
 * The precedence network and the critical path method (spec §2, Schedule).
 *
 * The network has one node per candidate and two per phase (its start and its finish event):
 * - `after` between candidates: candidate finish → successor start;
 * - `after` between phases: phase finish → successor phase start;
 * - membership: phase start → candidate start, candidate finish → phase finish,
 *   and phase start + the phase's own duration → phase finish.
 * Cycles never hang the analysis: `after` edges inside a strongly connected component
 * are ignored (membership edges alone can never form a cycle), and counted.
 * Everything is O(V + E) apart from levelling (see `levelling.ts`).
 */
import type { Duration, IsoDay, Lag, TeamEffort } from '../model/plan-model.js';
import { clampIsoDay, daysBetween } from './calendar.js';
import type { FreezeMove, FreezeWindow } from './change-freeze.js';
import { firstIndexByName, stronglyConnectedComponents, toAdjacency } from './cycles.js';
import { forwardPass, type LoadProfile } from './levelling.js';
import { ALL_DAYS, latestFinishBeforeLag, latestStartOfWork, type WorkCalendar } from './working-calendar.js';

/** What the scheduler needs of a funded candidate. */
export interface ScheduleCandidate {
    name: string;
    /** null = 0 days; negative or non-finite amounts count as 0. */
    duration: Duration | null;
    /** Names of candidates it starts after; names not in the input are ignored. */
    after: string[];
    /** The phase that includes it; null or an unknown phase = none. */
    phase: string | null;
    /** Priority rank (1 = first); ties broken by input order. Used by levelling only. */
    rank: number;
    /** Effort in FTE on the plan's pool; null = uses no capacity. */
    effortFte: number | null;
    /** Spec §11: the lag of each `after` reference, parallel to `after` (absent = none). */
    lags?: ReadonlyArray<Lag | null | undefined>;
    /** Spec §11: effort drawn on teams. Teams not in the input are ignored. */
    teamEffort?: readonly TeamEffort[];
    /**
     * Actual or forecast dates (spec §9): the candidate runs exactly from start to finish (calendar
     * days), placed before levelling; `final` (a `finished` date) is never moved by a freeze.
     */
    fixed?: { startDay: IsoDay; finishDay: IsoDay; final?: boolean } | null;
    /** Work not started by the status date starts no earlier than this day (spec §9). */
    notBeforeDay?: IsoDay | null;
}

export interface SchedulePhase {
    name: string;
    duration: Duration | null;
    after: string[];
    /** Spec §11: the lag of each `after` reference, parallel to `after`. */
    lags?: ReadonlyArray<Lag | null | undefined>;
}

/** Input of `scheduleWork`: only funded candidates; the first of duplicate names counts. */
export interface ScheduleInput {
    startDay: IsoDay;
    candidates: ScheduleCandidate[];
    phases: SchedulePhase[];
    /** `capacity N FTE`; null = no levelling. */
    capacityFte: number | null;
    /** Spec §11: the working calendar (default: every day works), freeze windows and teams. */
    calendar?: WorkCalendar;
    freezes?: readonly FreezeWindow[];
    teams?: ReadonlyArray<{ name: string; capacityFte: number | null }>;
}

export interface ScheduledItem {
    startDay: IsoDay;
    /** The day the work is done and successors may start. */
    finishDay: IsoDay;
    /** Days the item can slip without delaying the plan finish; ≥ 0. */
    totalFloatDays: number;
    critical: boolean;
}

export interface ScheduleResult {
    candidates: Map<string, ScheduledItem>;
    phases: Map<string, ScheduledItem>;
    /** The latest finish of any candidate or phase (the plan start when there are none). */
    finishDay: IsoDay;
    /** Candidates and phases with zero float, ordered by start day, then name. */
    criticalPath: string[];
    /** `after` edges ignored because they lie inside a dependency cycle. */
    cycleEdgesIgnored: number;
    /** Spec §11: go-lives moved by change freezes, by candidate name. */
    freezeMoves: Map<string, FreezeMove>;
    /** The load of each pool: index 0 the plan's pool, then the input's teams in order. */
    loads: LoadProfile[];
}

/** One pool a candidate draws on: 0 = the plan's pool, 1.. = the teams in input order. */
export interface PoolDraw {
    pool: number;
    fte: number;
}

/**
 * The acyclic precedence network, in compressed adjacency form.
 * Nodes 0..n−1 are candidates, n..n+m−1 phase starts, n+m..n+2m−1 phase finishes.
 */
export interface PrecedenceNetwork {
    startDay: IsoDay;
    candidateCount: number;
    phaseCount: number;
    /** Per node: its duration (phase starts carry the phase's duration, finishes 0 days). */
    duration: Duration[];
    /** Per candidate: effort (0 when none), rank. */
    effortFte: Float64Array;
    rank: Float64Array;
    /** Per candidate: its fixed (actual or forecast) start day, NaN when not fixed; its earliest start day. */
    fixedStart: Float64Array;
    notBefore: Float64Array;
    /** Per candidate: 1 when its fixed dates are final (`finished`: never moved by a freeze). */
    fixedFinal: Uint8Array;
    /** Out-edges of node v: target[outStart[v] .. outStart[v + 1]). */
    outStart: Int32Array;
    target: Int32Array;
    /** Per edge (parallel to `target`): the lag of an `after` edge, null otherwise. */
    lag: Array<Lag | null>;
    /** Per candidate: the pools it draws on (effort > 0 only). */
    draws: PoolDraw[][];
    calendar: WorkCalendar;
    freezes: readonly FreezeWindow[];
}

const ZERO_DAYS: Duration = { amount: 0, unit: 'days' };

function safeDuration(duration: Duration | null): Duration {
    if (!duration || !Number.isFinite(duration.amount) || duration.amount <= 0) return ZERO_DAYS;
    return duration;
}

function finiteOr(value: number | null, fallback: number): number {
    return value !== null && Number.isFinite(value) ? value : fallback;
}

/** The network of `buildNetwork` with the names of its candidate and phase nodes, in node order. */
export interface NamedNetwork {
    network: PrecedenceNetwork;
    cycleEdgesIgnored: number;
    candidateNames: string[];
    phaseNames: string[];
}

/**
 * Builds the network, drops `after` edges inside cycles and reports how many were dropped.
 * Exported for the simulation (spec §8), which reschedules the same network many times.
 */
export function buildNetwork(input: ScheduleInput): NamedNetwork {
    const candidateIndex = firstIndexByName(input.candidates.map(c => c.name));
    const phaseIndex = firstIndexByName(input.phases.map(p => p.name));
    const candidates = input.candidates.filter((c, i) => candidateIndex.get(c.name) === i);
    const phases = input.phases.filter((p, i) => phaseIndex.get(p.name) === i);
    const n = candidates.length;
    const m = phases.length;
    const size = n + 2 * m;
    const from: number[] = [];
    const to: number[] = [];
    const isAfter: boolean[] = [];
    const lags: Array<Lag | null> = [];
    const edge = (u: number, v: number, after: boolean, lag: Lag | null = null): void => {
        from.push(u); to.push(v); isAfter.push(after); lags.push(lag);
    };
    candidates.forEach((c, i) => {
        c.after.forEach((name, k) => {
            const j = candidateIndex.get(name);
            if (j !== undefined) edge(j, i, true, c.lags?.[k] ?? null);
        });
        const p = c.phase === null ? undefined : phaseIndex.get(c.phase);
        if (p !== undefined) {
            edge(n + p, i, false);
            edge(i, n + m + p, false);
        }
    });
    phases.forEach((phase, p) => {
        edge(n + p, n + m + p, false);
        phase.after.forEach((name, k) => {
            const q = phaseIndex.get(name);
            if (q !== undefined) edge(n + m + q, n + p, true, phase.lags?.[k] ?? null);
        });
    });
    const component = stronglyConnectedComponents(toAdjacency(size, from, to));
    const keep = from.map((u, e) => !(isAfter[e] && component[u] === component[to[e]!]));
    const cycleEdgesIgnored = keep.filter(k => !k).length;
    const { outStart, target } = toAdjacency(size, from, to, keep);
    // The lags in the order toAdjacency placed the kept edges (by source node, then input order).
    const fill = outStart.slice(0, size);
    const lag = new Array<Lag | null>(target.length).fill(null);
    from.forEach((u, e) => { if (keep[e]) lag[fill[u]!++] = lags[e]!; });
    const duration: Duration[] = [
        ...candidates.map(c => c.fixed ? { amount: Math.max(0, c.fixed.finishDay - c.fixed.startDay), unit: 'days' as const } : safeDuration(c.duration)),
        ...phases.map(p => safeDuration(p.duration)),
        ...phases.map(() => ZERO_DAYS),
    ];
    const effortFte = Float64Array.from(candidates, c => Math.max(0, finiteOr(c.effortFte, 0)));
    const rank = Float64Array.from(candidates, c => finiteOr(c.rank, Number.MAX_SAFE_INTEGER));
    const fixedStart = Float64Array.from(candidates, c => c.fixed ? clampIsoDay(c.fixed.startDay) : Number.NaN);
    const fixedFinal = Uint8Array.from(candidates, c => (c.fixed?.final ? 1 : 0));
    const notBefore = Float64Array.from(candidates, c => clampIsoDay(Math.max(input.startDay, finiteOr(c.notBeforeDay ?? null, input.startDay))));
    const teamIndex = firstIndexByName((input.teams ?? []).map(t => t.name));
    const draws = candidates.map((c, i): PoolDraw[] => {
        const list: PoolDraw[] = effortFte[i]! > 0 ? [{ pool: 0, fte: effortFte[i]! }] : [];
        for (const drawn of c.teamEffort ?? []) {
            const t = teamIndex.get(drawn.team);
            if (t !== undefined && Number.isFinite(drawn.fte) && drawn.fte > 0) list.push({ pool: t + 1, fte: drawn.fte });
        }
        return list;
    });
    const network: PrecedenceNetwork = {
        startDay: clampIsoDay(input.startDay), candidateCount: n, phaseCount: m,
        duration, effortFte, rank, fixedStart, fixedFinal, notBefore, outStart, target, lag, draws,
        calendar: input.calendar ?? ALL_DAYS, freezes: input.freezes ?? [],
    };
    return { network, cycleEdgesIgnored, candidateNames: candidates.map(c => c.name), phaseNames: phases.map(p => p.name) };
}

/** The plan's finish (spec §2): the latest finish of any candidate or phase, the plan start when there are none. */
export function networkFinish(net: PrecedenceNetwork, earlyFinish: Float64Array): IsoDay {
    let finishDay = net.startDay;
    for (let v = 0; v < earlyFinish.length; v++) if (earlyFinish[v]! > finishDay) finishDay = earlyFinish[v]!;
    return finishDay;
}

/**
 * The latest time node `v` may deliver along edge `e` (backward pass): a phase start must leave
 * room for the phase's own duration before its finish; an `after` edge must leave room for its
 * lag; every other successor needs `v` done by its own late time.
 */
function lateRequirement(net: PrecedenceNetwork, v: number, e: number, late: Float64Array): number {
    const w = net.target[e]!;
    const isPhaseStart = v >= net.candidateCount && v < net.candidateCount + net.phaseCount;
    if (isPhaseStart && w === v + net.phaseCount) return latestStartOfWork(net.calendar, late[w]!, net.duration[v]!);
    return latestFinishBeforeLag(net.calendar, late[w]!, net.lag[e]);
}

/**
 * Schedules funded candidates and phases on calendar days (spec §2, Schedule): forward pass
 * (levelled when `capacityFte` is set and some candidate has effort), then a backward pass
 * from the plan finish for late dates and total float.
 *
 * Decisions where the spec is silent:
 * - total float = min(late start − early start, late finish − early finish), in days; the two
 *   differ only for calendar-month durations at month ends, and the smaller is the safe one;
 * - a phase's float is that of its start and finish events, the smaller of the two;
 * - after levelling, the levelled starts serve as early starts, so float measures slack
 *   against the plan finish with the levelled placement kept (resource limits are not re-checked).
 */
export function scheduleWork(input: ScheduleInput): ScheduleResult {
    const { network: net, cycleEdgesIgnored, candidateNames, phaseNames } = buildNetwork(input);
    const n = net.candidateCount;
    const m = net.phaseCount;
    const capacity = input.capacityFte;
    const capacities = [capacity !== null && !Number.isNaN(capacity) ? capacity : null, ...(input.teams ?? []).map(t => t.capacityFte)];
    const { early, earlyFinish, order, loads, freezeMoves: moves } = forwardPass(net, capacities);
    const finishDay = networkFinish(net, earlyFinish);
    // Backward pass in reverse topological order: late = latest start, lateFinish = latest finish.
    const late = new Float64Array(early.length);
    const lateFinish = new Float64Array(early.length);
    for (let k = order.length - 1; k >= 0; k--) {
        const v = order[k]!;
        let latest = finishDay;
        for (let e = net.outStart[v]!; e < net.outStart[v + 1]!; e++) {
            latest = Math.min(latest, lateRequirement(net, v, e, late));
        }
        lateFinish[v] = latest;
        // Work whose go-live a freeze moved keeps its whole calendar span, freeze wait included.
        late[v] = v >= n ? latest
            : moves.has(v) ? latest - (earlyFinish[v]! - early[v]!)
            : latestStartOfWork(net.calendar, latest, net.duration[v]!);
    }
    const item = (startNode: number, finishNode: number): ScheduledItem => {
        const startFloat = daysBetween(early[startNode]!, late[startNode]!);
        const finishFloat = daysBetween(earlyFinish[finishNode]!, lateFinish[finishNode]!);
        const totalFloatDays = Math.max(0, Math.min(startFloat, finishFloat));
        return { startDay: early[startNode]!, finishDay: earlyFinish[finishNode]!, totalFloatDays, critical: totalFloatDays === 0 };
    };
    const candidates = new Map<string, ScheduledItem>();
    candidateNames.forEach((name, i) => candidates.set(name, item(i, i)));
    const phases = new Map<string, ScheduledItem>();
    phaseNames.forEach((name, p) => phases.set(name, item(n + p, n + m + p)));
    const criticalPath = [...candidates, ...phases]
        .filter(([, it]) => it.critical)
        .sort(([a, x], [b, y]) => x.startDay - y.startDay || (a < b ? -1 : a > b ? 1 : 0))
        .map(([name]) => name);
    const freezeMoves = new Map<string, FreezeMove>();
    for (const [v, move] of moves) freezeMoves.set(candidateNames[v]!, move);
    return { candidates, phases, finishDay, criticalPath, cycleEdgesIgnored, freezeMoves, loads };
}
