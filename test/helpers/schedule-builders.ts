/**
 * Small builders for schedule, milestone and INFRAM tests: hand-built inputs, no parsing.
 */
import type { Duration, Infram, InframAdvance, IsoDay, Milestone, Phase, SourceRef } from '../../language-server/model/plan-model.js';
import { formatIsoDay, parseIsoDay } from '../../language-server/analysis/calendar.js';
import type { ScheduleCandidate, ScheduleInput, SchedulePhase } from '../../language-server/analysis/schedule.js';

/** `'2027-01-04'` → ISO day; throws on a malformed date so a typo in a test fails loudly. */
export function day(iso: string): IsoDay {
    const parsed = parseIsoDay(iso);
    if (parsed === null) throw new Error(`bad test date ${iso}`);
    return parsed;
}

export const iso = formatIsoDay;

export const days = (amount: number): Duration => ({ amount, unit: 'days' });
export const weeks = (amount: number): Duration => ({ amount: amount * 7, unit: 'days' });
export const months = (amount: number): Duration => ({ amount, unit: 'months' });

/** A source reference on the given 0-based line of `test.hitp`. */
export function source(line = 0): SourceRef {
    return { uri: 'file:///test.hitp', range: { start: { line, character: 0 }, end: { line, character: 1 } } };
}

export interface CandidateOptions {
    after?: string[];
    phase?: string | null;
    rank?: number;
    effortFte?: number | null;
}

export function cand(name: string, duration: Duration | null, options: CandidateOptions = {}): ScheduleCandidate {
    return {
        name, duration,
        after: options.after ?? [],
        phase: options.phase ?? null,
        rank: options.rank ?? 1,
        effortFte: options.effortFte ?? null,
    };
}

export function phase(name: string, duration: Duration | null = null, after: string[] = []): SchedulePhase {
    return { name, duration, after };
}

export function scheduleInput(
    start: string, candidates: ScheduleCandidate[], phases: SchedulePhase[] = [], capacityFte: number | null = null,
): ScheduleInput {
    return { startDay: day(start), candidates, phases, capacityFte };
}

/** The schedule part of the spec §1 Riverside plan. */
export function riversideInput(): ScheduleInput {
    return scheduleInput('2027-01-04', [
        cand('CoreNetwork', weeks(10), { phase: 'Pilot', rank: 2, effortFte: 3 }),
        cand('DbMigration', months(3), { phase: 'Pilot', rank: 1, effortFte: 2, after: ['CoreNetwork'] }),
    ], [
        phase('Design', weeks(4)),
        phase('Pilot', null, ['Design']),
    ], 6);
}

export function milestone(name: string, phaseName: string, due: string, when: string[], line = 0): Milestone {
    return { name, title: name, phase: phaseName, dueDay: day(due), when, source: source(line) };
}

export function modelPhase(name: string, milestones: Milestone[] = [], includes: string[] = []): Phase {
    return { name, title: name, duration: null, after: [], includes, milestones, gates: [], source: source() };
}

/** An `infram` block from `{ stage: percent }` (percent as written, 76 → 76%) and an optional goal. */
export function infram(percentByStage: Record<number, number>, goal?: { stage: number; by: string }): Infram {
    return {
        stages: Object.entries(percentByStage).map(([stage, percent]) => ({ stage: Number(stage), score: percent / 100, source: source() })),
        goal: goal ? { stage: goal.stage, byDay: day(goal.by), source: source(77) } : null,
        source: source(),
    };
}

export function advance(stage: number, percent: number): InframAdvance {
    return { stage, points: percent / 100, source: source() };
}
