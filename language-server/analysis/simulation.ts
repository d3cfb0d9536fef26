/**
 * The Monte Carlo schedule simulation (spec §8): a pure function of the plan's schedule basis
 * and a seed. Each run draws every three-point duration from its triangular distribution (in
 * whole days, halves up), lets every risk occur independently with its likelihood (adding its
 * delay to each affected candidate), and reschedules the same precedence network with the
 * same forward pass as the deterministic schedule (`schedule.ts`, `levelling.ts`), without
 * levelling and with no candidate starting before its deterministic start. Finished work keeps
 * its dates in every run; a started candidate with a three-point duration finishes at
 * `status + round((1 − progress) × drawn D)`, never before its start + 1 day (spec §14 item 8).
 *
 * The generator is pure-rand's xoroshiro128+, so the same seed gives the same runs on every
 * machine. Runs can be taken in chunks (`SimulationRun.step`), so the language server can
 * interleave them with requests and drop a stale simulation; the draws do not depend on the chunking.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { Duration, DurationRange, IsoDay, Milestone, PlanModel } from '../model/plan-model.js';
import { startedFinishDay, type StartedWork } from './actuals.js';
import { formatIsoDay } from './calendar.js';
import { ForwardScratch, forwardPass } from './levelling.js';
import { achievedDayOf, milestoneAchievedDay } from './milestones.js';
import type { FinishCount, SimulationAnalysis } from './plan-analysis.js';
import { buildNetwork, networkFinish, type NamedNetwork, type PrecedenceNetwork, type ScheduleInput, type ScheduleResult } from './schedule.js';
import { ALL_DAYS, type WorkCalendar } from './working-calendar.js';

/** Everything a simulation needs, taken from the model and its deterministic schedule. */
export interface SimulationBasis {
    /** The deterministic schedule's input (funded candidates and phases). */
    schedule: ScheduleInput;
    /** Each scheduled candidate's deterministic start: no run starts it earlier. */
    startDays: ReadonlyMap<string, IsoDay>;
    deterministicFinish: IsoDay;
    /** Three-point durations of the scheduled candidates that have not finished. */
    ranges: ReadonlyMap<string, DurationRange>;
    /** The started, unfinished candidates among them (spec §14 item 8): their drawn D gives the forecast. */
    started: ReadonlyMap<string, StartedWork>;
    /** Risks with a delay (days > 0 or = 0), in declaration order. */
    risks: readonly { likelihood: number; delayDays: number; affects: readonly string[] }[];
    /** The milestones achieved in the deterministic schedule (blocked ones are left out, spec §14.8). */
    milestones: readonly Milestone[];
}

/**
 * The basis of the simulation, or null when it does not run: the plan has no start, or neither
 * a three-point duration nor a risk with a delay (spec §8).
 */
export function simulationBasis(
    model: PlanModel, schedule: ScheduleInput | null, result: ScheduleResult, started: ReadonlyMap<string, StartedWork> = new Map(),
): SimulationBasis | null {
    if (!schedule) return null;
    const delayed = model.risks.filter(risk => risk.impactDays !== null);
    const ranged = model.candidates.filter(c => c.durationRange !== null);
    if (delayed.length === 0 && ranged.length === 0) return null;
    const startDays = new Map<string, IsoDay>();
    for (const [name, item] of result.candidates) startDays.set(name, item.startDay);
    const ranges = new Map<string, DurationRange>();
    // Spec §14 item 8: finished work keeps its dates in every run; started work draws its D.
    const fixed = new Set(schedule.candidates.filter(c => c.fixed && !started.has(c.name)).map(c => c.name));
    for (const candidate of ranged) if (startDays.has(candidate.name) && !fixed.has(candidate.name)) ranges.set(candidate.name, candidate.durationRange!);
    const startedRanged = new Map([...started].filter(([name]) => ranges.has(name)));
    const finishOf = (items: ScheduleResult['candidates']) => (name: string) => items.get(name)?.finishDay;
    const milestones = model.phases.flatMap(phase => phase.milestones)
        .filter(m => milestoneAchievedDay(m, finishOf(result.candidates), finishOf(result.phases)) !== null);
    return {
        schedule, startDays, deterministicFinish: result.finishDay, ranges, started: startedRanged, milestones,
        risks: delayed.map(risk => ({ likelihood: risk.likelihood, delayDays: risk.impactDays!, affects: risk.affects })),
    };
}

/** A triangular draw (O, M, P) by the inverse of its distribution function, for u in [0, 1). */
export function triangularQuantile(u: number, range: DurationRange): number {
    return triangularDraw(u, range.optimisticDays, range.mostLikelyDays, range.pessimisticDays);
}

/** `triangularQuantile` on the three points themselves (the runs keep them in typed arrays). */
function triangularDraw(u: number, o: number, m: number, p: number): number {
    const span = p - o;
    if (span <= 0) return m;
    return u < (m - o) / span ? o + Math.sqrt(u * span * (m - o)) : p - Math.sqrt((1 - u) * span * (p - m));
}

/** The mean of a triangular distribution (O + M + P) / 3, in days. */
export function triangularMean(range: DurationRange): number {
    return (range.optimisticDays + range.mostLikelyDays + range.pessimisticDays) / 3;
}

/** Nearest rank (spec §8): the ⌈p·N⌉-th smallest of N sorted values, p given in whole percent. */
export function nearestRank(sorted: ArrayLike<number>, percent: number): number {
    const rank = Math.max(1, Math.ceil((percent * sorted.length) / 100));
    return sorted[Math.min(sorted.length, rank) - 1]!;
}

/** Discarded first outputs: xoroshiro128+ seeded with a small number starts close to its seed. */
const WARM_UP = 32;

/** A simulation in progress: call `step` until it returns true, then `result`. */
export class SimulationRun {
    private readonly named: NamedNetwork;
    private readonly rng;
    /**
     * The three points of the ranged candidates' ranges (O, M, P per candidate, in typed arrays:
     * objects scattered over a large model's heap cost a cache miss per run each), and the started
     * work among them (null: not started).
     */
    private readonly rangedPoints: Float64Array;
    private readonly rangedStarted: (StartedWork | null)[];
    /** The plan's working calendar (spec §11): a started candidate's drawn D is in working days. */
    private readonly calendar: WorkCalendar;
    /** Per risk: its likelihood, delay and affected candidate nodes. */
    private readonly riskNodes: { likelihood: number; delayDays: number; nodes: Int32Array }[];
    private readonly finishes: Float64Array;
    private readonly achieved: Float64Array[];
    /** The network rescheduled in each run: its ranged candidates' durations are rewritten per run. */
    private readonly runNetwork: PrecedenceNetwork;
    private readonly rangedDurations: Duration[];
    /** The buffers every run's forward pass reuses. */
    private readonly scratch: ForwardScratch;
    /** Per milestone: its achieved day in the run just scheduled. */
    private readonly achievedIn: (earlyFinish: Float64Array, milestone: number) => IsoDay | null;
    private done = 0;

    constructor(private readonly basis: SimulationBasis, readonly runs: number, readonly seed: number) {
        this.named = buildNetwork(basis.schedule);
        const net = this.named.network;
        const candidateIndex = new Map(this.named.candidateNames.map((name, i) => [name, i]));
        const n = net.candidateCount, m = net.phaseCount;
        const phaseFinishIndex = new Map(this.named.phaseNames.map((name, p) => [name, n + m + p]));
        // Each milestone's `when` candidates and phase as network nodes (−1: not scheduled), resolved once.
        const nodes = basis.milestones.map(milestone => ({
            when: milestone.when.map(name => candidateIndex.get(name) ?? -1),
            phase: phaseFinishIndex.get(milestone.phase) ?? -1,
        }));
        let runFinish: Float64Array = new Float64Array(0);
        const finishOf = (v: number): IsoDay | undefined => (v < 0 ? undefined : runFinish[v]);
        this.achievedIn = (earlyFinish, j) => {
            runFinish = earlyFinish;
            return achievedDayOf(nodes[j]!.when, nodes[j]!.phase, finishOf, finishOf);
        };
        // No run starts a candidate before its deterministic start: a floor that is the same in every
        // run, so it joins the network's own (spec §9) once, as the larger of the two, instead of
        // being applied at each placement (the same dates: a start is the maximum of its floors).
        const notBefore = Float64Array.from(this.named.candidateNames, (name, i) => Math.max(net.notBefore[i]!, basis.startDays.get(name) ?? net.startDay));
        const ranged = this.named.candidateNames.flatMap((name, i) => {
            const range = basis.ranges.get(name);
            return range ? [{ i, range }] : [];
        });
        this.rangedPoints = Float64Array.from(ranged.flatMap(r => [r.range.optimisticDays, r.range.mostLikelyDays, r.range.pessimisticDays]));
        this.calendar = basis.schedule.calendar ?? ALL_DAYS;
        this.rangedStarted = ranged.map(r => basis.started.get(this.named.candidateNames[r.i]!) ?? null);
        this.rangedDurations = ranged.map(r => ({ amount: r.range.mostLikelyDays, unit: 'days' }));
        // Fresh copies, side by side in memory, rather than the model's objects spread over its heap.
        const duration = net.duration.map((d): Duration => ({ amount: d.amount, unit: d.unit, inWeeks: d.inWeeks }));
        ranged.forEach((r, k) => { duration[r.i] = this.rangedDurations[k]!; });
        this.runNetwork = { ...net, duration, notBefore };
        this.scratch = new ForwardScratch(this.runNetwork);
        this.riskNodes = basis.risks.map(risk => ({
            likelihood: risk.likelihood,
            delayDays: Math.max(0, Math.floor(risk.delayDays + 0.5)),
            nodes: Int32Array.from(risk.affects.flatMap(name => candidateIndex.get(name) ?? [])),
        }));
        this.rng = xoroshiro128plus(seed >>> 0);
        for (let k = 0; k < WARM_UP; k++) this.rng.next();
        this.finishes = new Float64Array(runs);
        this.achieved = basis.milestones.map(() => new Float64Array(runs));
    }

    /** Runs at most `count` more runs; true when all runs are done. */
    step(count: number): boolean {
        const net = this.named.network;
        const end = Math.min(this.runs, this.done + Math.max(1, count));
        const delays = new Float64Array(net.candidateCount);
        for (; this.done < end; this.done++) {
            const points = this.rangedPoints;
            for (let k = 0; k < this.rangedDurations.length; k++) {
                const drawn = Math.floor(triangularDraw(uniformFloat64(this.rng), points[3 * k]!, points[3 * k + 1]!, points[3 * k + 2]!) + 0.5);
                const started = this.rangedStarted[k];
                // A started candidate keeps its actual start (its network node is fixed there) and finishes as §9 says for the drawn D.
                this.rangedDurations[k]!.amount = started ? startedFinishDay(started, drawn, this.calendar) - started.startDay : drawn;
            }
            delays.fill(0);
            for (const risk of this.riskNodes) {
                if (uniformFloat64(this.rng) >= risk.likelihood) continue;
                for (const node of risk.nodes) delays[node]! += risk.delayDays;
            }
            const { earlyFinish } = forwardPass(this.runNetwork, null, { delayDays: delays, scratch: this.scratch });
            this.finishes[this.done] = networkFinish(net, earlyFinish);
            for (let j = 0; j < this.achieved.length; j++) this.achieved[j]![this.done] = this.achievedIn(earlyFinish, j) ?? Number.POSITIVE_INFINITY;
        }
        return this.done >= this.runs;
    }

    /** The pinned result (spec §8) of the runs done. */
    result(confidence: number): SimulationAnalysis {
        const runs = this.done;
        const finishes = this.finishes.slice(0, runs).sort();
        const percentile = (sorted: Float64Array, p: number) => formatIsoDay(runs === 0 ? this.basis.deterministicFinish : nearestRank(sorted, p));
        return {
            runs,
            seed: this.seed,
            finishP50: percentile(finishes, 50),
            finishP80: percentile(finishes, 80),
            finishP95: percentile(finishes, 95),
            milestones: this.basis.milestones.map((milestone, j) => {
                const achieved = this.achieved[j]!.slice(0, runs).sort();
                let onTime = 0;
                for (const day of achieved) if (day <= milestone.dueDay) onTime++;
                return {
                    name: milestone.name,
                    onTimeProbability: runs === 0 ? 0 : onTime / runs,
                    achievedP80: percentile(achieved, 80),
                    due: formatIsoDay(milestone.dueDay),
                };
            }),
            deterministicFinish: formatIsoDay(this.basis.deterministicFinish),
            finishDistribution: countFinishes(finishes),
            confidence,
        };
    }
}

function countFinishes(sorted: Float64Array): FinishCount[] {
    const counts: FinishCount[] = [];
    for (let k = 0; k < sorted.length;) {
        let j = k;
        while (j < sorted.length && sorted[j] === sorted[k]) j++;
        counts.push({ finish: formatIsoDay(sorted[k]!), runs: j - k });
        k = j;
    }
    return counts;
}

/** The whole simulation at once (spec §8): `runs` runs from `seed`. */
export function simulate(basis: SimulationBasis, runs: number, seed: number, confidence: number): SimulationAnalysis {
    const run = new SimulationRun(basis, runs, seed);
    run.step(runs);
    return run.result(confidence);
}
