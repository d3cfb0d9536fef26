import { describe, expect, it } from 'vitest';
import { findCycles } from '../../../language-server/analysis/cycles.js';
import { scheduleWork, type ScheduleInput, type ScheduleResult } from '../../../language-server/analysis/schedule.js';
import { cand, day, days, iso, months, phase, riversideInput, scheduleInput } from '../../helpers/schedule-builders.js';

/** Expected [start, finish, totalFloatDays] per name, dates as ISO strings. */
type Expected = Record<string, [string, string, number]>;

function check(input: ScheduleInput, expected: { candidates?: Expected; phases?: Expected; finish?: string }): ScheduleResult {
    const result = scheduleWork(input);
    const actual = (items: Map<string, { startDay: number; finishDay: number; totalFloatDays: number }>, names: string[]) =>
        Object.fromEntries(names.map(name => {
            const item = items.get(name);
            return [name, item ? [iso(item.startDay), iso(item.finishDay), item.totalFloatDays] : undefined];
        }));
    if (expected.candidates) expect(actual(result.candidates, Object.keys(expected.candidates))).toEqual(expected.candidates);
    if (expected.phases) expect(actual(result.phases, Object.keys(expected.phases))).toEqual(expected.phases);
    if (expected.finish) expect(iso(result.finishDay)).toBe(expected.finish);
    for (const item of [...result.candidates.values(), ...result.phases.values()]) {
        expect(item.critical).toBe(item.totalFloatDays === 0);
    }
    return result;
}

/**
 * A textbook network in whole time units: [name, duration, predecessors, ES, EF, LS, slack].
 * Units become `unitDays` calendar days from the plan start.
 */
type Row = [string, number, string[], number, number, number, number];

function checkTextbook(rows: Row[], unitDays: number, projectUnits: number): void {
    const start = '2027-01-04';
    const at = (units: number) => iso(day(start) + units * unitDays);
    const input = scheduleInput(start, rows.map(([name, duration, after]) => cand(name, days(duration * unitDays), { after })));
    const result = check(input, {
        candidates: Object.fromEntries(rows.map(([name, , , es, ef, , slack]) => [name, [at(es), at(ef), slack * unitDays]])),
        finish: at(projectUnits),
    });
    for (const [name, duration, , , , ls] of rows) {
        const item = result.candidates.get(name)!;
        // Late start = early start + float.
        expect(iso(item.startDay + item.totalFloatDays), name).toBe(at(ls));
        expect(item.finishDay - item.startDay).toBe(duration * unitDays);
    }
}

describe('scheduleWork: the spec §1 Riverside plan', () => {
    it('reproduces the spec dates, floats and critical path', () => {
        const result = check(riversideInput(), {
            candidates: {
                CoreNetwork: ['2027-02-01', '2027-04-12', 0],
                DbMigration: ['2027-04-12', '2027-07-12', 0],
            },
            phases: {
                Design: ['2027-01-04', '2027-02-01', 0],
                Pilot: ['2027-02-01', '2027-07-12', 0],
            },
            finish: '2027-07-12',
        });
        expect(result.candidates.get('DbMigration')!.critical).toBe(true);
        expect(result.criticalPath).toEqual(['Design', 'CoreNetwork', 'Pilot', 'DbMigration']);
        expect(result.cycleEdgesIgnored).toBe(0);
    });

    it('gives the same dates without capacity (the two candidates are sequential anyway)', () => {
        const levelled = scheduleWork(riversideInput());
        const plain = scheduleWork({ ...riversideInput(), capacityFte: null });
        // The load profiles differ only in their capacity (unlimited without one).
        expect({ ...plain, loads: [] }).toEqual({ ...levelled, loads: [] });
    });
});

describe('scheduleWork: textbook CPM networks', () => {
    it('Heizer & Render, Operations Management, ch. 3: Milwaukee Paper Manufacturing (weeks)', () => {
        // Source: J. Heizer & B. Render, "Operations Management" (Pearson), chapter 3 "Project Management",
        // Milwaukee Paper Manufacturing's pollution-control project. Critical path A-C-E-G-H, 15 weeks;
        // slack B = 1, D = 1, F = 6 weeks. ES/EF/LS checked by hand below.
        checkTextbook([
            ['A', 2, [], 0, 2, 0, 0],
            ['B', 3, [], 0, 3, 1, 1],
            ['C', 2, ['A'], 2, 4, 2, 0],
            ['D', 4, ['A', 'B'], 3, 7, 4, 1],
            ['E', 4, ['C'], 4, 8, 4, 0],
            ['F', 3, ['C'], 4, 7, 10, 6],
            ['G', 5, ['D', 'E'], 8, 13, 8, 0],
            ['H', 2, ['F', 'G'], 13, 15, 13, 0],
        ], 7, 15);
    });

    it('studylib "Example 1: Draw the network for the events in Table 1" (hours as days)', () => {
        // Source: https://studylib.net/doc/8378728/example-1--draw-the-network-for-the-events-in-table-1
        // Table 2 of that example: critical path A-B-D-E-G, 16 hours; C and F have slack 1.
        checkTextbook([
            ['A', 6, [], 0, 6, 0, 0],
            ['B', 2, ['A'], 6, 8, 6, 0],
            ['C', 2, ['A'], 6, 8, 7, 1],
            ['D', 3, ['B'], 8, 11, 8, 0],
            ['F', 2, ['C'], 8, 10, 9, 1],
            ['E', 4, ['D', 'F'], 11, 15, 11, 0],
            ['G', 1, ['E'], 15, 16, 15, 0],
        ], 1, 16);
    });

    it('Wikipedia "Critical path method": the PERT chart with activities A–F, in calendar months', () => {
        // Source: https://en.wikipedia.org/wiki/Critical_path_method, figure "PERT chart for a project with
        // five milestones (10 through 50) and six activities (A through F)": A 3, B 4, C 3 (after B),
        // D 1 (after A), E 3 (after A), F 3 (after D) months. The article: two critical paths, B-C and A-D-F,
        // 7 months; E is sub-critical with a float of 1 month (here 30 days: it may start 2027-05-01 instead
        // of 2027-04-01; its finish could slip 31 days, July having 31, and the smaller float is reported).
        const input = scheduleInput('2027-01-01', [
            cand('A', months(3)), cand('B', months(4)), cand('C', months(3), { after: ['B'] }),
            cand('D', months(1), { after: ['A'] }), cand('E', months(3), { after: ['A'] }),
            cand('F', months(3), { after: ['D'] }),
        ]);
        const result = check(input, {
            candidates: {
                A: ['2027-01-01', '2027-04-01', 0], B: ['2027-01-01', '2027-05-01', 0],
                C: ['2027-05-01', '2027-08-01', 0], D: ['2027-04-01', '2027-05-01', 0],
                E: ['2027-04-01', '2027-07-01', 30], F: ['2027-05-01', '2027-08-01', 0],
            },
            finish: '2027-08-01',
        });
        expect(result.criticalPath).toEqual(['A', 'B', 'D', 'C', 'F']);
    });
});

describe('scheduleWork: phases', () => {
    it('a phase lasts its own duration when that is longer than its work, giving the work float', () => {
        const result = check(scheduleInput('2027-01-04', [cand('A', days(10), { phase: 'P' })], [phase('P', days(30))]), {
            candidates: { A: ['2027-01-04', '2027-01-14', 20] },
            phases: { P: ['2027-01-04', '2027-02-03', 0] },
            finish: '2027-02-03',
        });
        expect(result.criticalPath).toEqual(['P']);
    });

    it('a phase starts after the phases it is after, and its work waits for it', () => {
        check(scheduleInput('2027-01-04', [
            cand('Early', days(5)),
            cand('Late', days(5), { phase: 'Second' }),
        ], [phase('First', days(14)), phase('Second', null, ['First'])]), {
            candidates: { Early: ['2027-01-04', '2027-01-09', 14], Late: ['2027-01-18', '2027-01-23', 0] },
            phases: { First: ['2027-01-04', '2027-01-18', 0], Second: ['2027-01-18', '2027-01-23', 0] },
            finish: '2027-01-23',
        });
    });

    it('phases in sequence with their own durations are all critical', () => {
        const result = check(scheduleInput('2027-01-04', [], [phase('Q', days(10)), phase('P', days(20), ['Q'])]), {
            phases: { Q: ['2027-01-04', '2027-01-14', 0], P: ['2027-01-14', '2027-02-03', 0] },
        });
        expect(result.criticalPath).toEqual(['Q', 'P']);
    });

    it('a phase with slack before a critical candidate: float is the smaller of start and finish float', () => {
        // X (outside any phase) drives Y inside P; P itself could start later, but its finish is critical.
        check(scheduleInput('2027-01-04', [
            cand('X', days(20)), cand('Y', days(5), { phase: 'P', after: ['X'] }),
        ], [phase('P')]), {
            candidates: { X: ['2027-01-04', '2027-01-24', 0], Y: ['2027-01-24', '2027-01-29', 0] },
            phases: { P: ['2027-01-04', '2027-01-29', 0] },
        });
    });
});

describe('scheduleWork: edge cases', () => {
    it('schedules nothing at the plan start', () => {
        const result = scheduleWork(scheduleInput('2027-01-04', []));
        expect(iso(result.finishDay)).toBe('2027-01-04');
        expect(result.candidates.size).toBe(0);
        expect(result.criticalPath).toEqual([]);
    });

    it('treats null, zero, negative and non-finite durations as 0 days', () => {
        check(scheduleInput('2027-01-04', [
            cand('A', null), cand('B', days(-5), { after: ['A'] }), cand('C', months(Number.NaN), { after: ['B'] }),
            cand('D', days(0), { after: ['C'] }),
        ]), {
            candidates: {
                A: ['2027-01-04', '2027-01-04', 0], B: ['2027-01-04', '2027-01-04', 0],
                C: ['2027-01-04', '2027-01-04', 0], D: ['2027-01-04', '2027-01-04', 0],
            },
            finish: '2027-01-04',
        });
    });

    it('ignores references to names that are not in the input (deferred candidates)', () => {
        check(scheduleInput('2027-01-04', [cand('A', days(3), { after: ['Deferred'], phase: 'Nowhere' })], [phase('P', null, ['Ghost'])]), {
            candidates: { A: ['2027-01-04', '2027-01-07', 0] },
            phases: { P: ['2027-01-04', '2027-01-04', 3] },
        });
    });

    it('keeps the first of duplicate names', () => {
        const result = scheduleWork(scheduleInput('2027-01-04', [cand('A', days(3)), cand('A', days(30))]));
        expect(result.candidates.size).toBe(1);
        expect(iso(result.candidates.get('A')!.finishDay)).toBe('2027-01-07');
    });

    it('survives absurd durations without NaN', () => {
        const result = scheduleWork(scheduleInput('2027-01-04', [
            cand('A', days(1e308)), cand('B', months(1e308), { after: ['A'] }), cand('C', days(1), { after: ['B'] }),
        ]));
        for (const item of result.candidates.values()) {
            expect(Number.isFinite(item.startDay) && Number.isFinite(item.finishDay) && Number.isFinite(item.totalFloatDays)).toBe(true);
            expect(item.totalFloatDays).toBeGreaterThanOrEqual(0);
        }
    });
});

describe('scheduleWork: cycles', () => {
    it('ignores the after edges of a two-candidate cycle and counts them', () => {
        const result = check(scheduleInput('2027-01-04', [
            cand('A', days(3), { after: ['B'] }), cand('B', days(5), { after: ['A'] }), cand('C', days(2), { after: ['A'] }),
        ]), {
            candidates: { A: ['2027-01-04', '2027-01-07', 0], B: ['2027-01-04', '2027-01-09', 0], C: ['2027-01-07', '2027-01-09', 0] },
        });
        expect(result.cycleEdgesIgnored).toBe(2);
    });

    it('ignores self-references and phase cycles', () => {
        expect(scheduleWork(scheduleInput('2027-01-04', [cand('A', days(3), { after: ['A'] })])).cycleEdgesIgnored).toBe(1);
        const phases = scheduleWork(scheduleInput('2027-01-04', [], [phase('P', days(2), ['Q']), phase('Q', days(3), ['P'])]));
        expect(phases.cycleEdgesIgnored).toBe(2);
        expect(iso(phases.finishDay)).toBe('2027-01-07');
    });

    it('breaks a cycle through phase membership (phase-order) without hanging', () => {
        // Second is after First, but work in First waits for work in Second.
        const result = scheduleWork(scheduleInput('2027-01-04', [
            cand('InFirst', days(5), { phase: 'First', after: ['InSecond'] }), cand('InSecond', days(5), { phase: 'Second' }),
        ], [phase('First'), phase('Second', null, ['First'])]));
        expect(result.cycleEdgesIgnored).toBe(2);
        expect(result.candidates.get('InSecond')!.startDay).toBeGreaterThanOrEqual(result.phases.get('Second')!.startDay);
    });
});

describe('findCycles', () => {
    const graph = (edges: Record<string, string[]>) => (name: string) => edges[name] ?? [];

    it('finds none in a DAG', () => {
        expect(findCycles(['A', 'B', 'C'], graph({ B: ['A'], C: ['A', 'B'] }))).toEqual([]);
    });

    it('returns a loop that follows the edges', () => {
        const cycles = findCycles(['A', 'B', 'C', 'D'], graph({ A: ['B'], B: ['C'], C: ['A'], D: ['A'] }));
        expect(cycles).toEqual([{ members: ['A', 'B', 'C'], loop: ['A', 'B', 'C', 'A'] }]);
    });

    it('reports self-loops and separate cycles in input order of their first member', () => {
        const cycles = findCycles(['X', 'A', 'B', 'S'], graph({ S: ['S'], A: ['B'], B: ['A'], X: [] }));
        expect(cycles).toEqual([
            { members: ['A', 'B'], loop: ['A', 'B', 'A'] },
            { members: ['S'], loop: ['S', 'S'] },
        ]);
    });

    it('ignores unknown names and finds an elementary loop inside a big component', () => {
        const edges = graph({ A: ['B', 'Ghost'], B: ['C', 'D'], C: ['A', 'D'], D: ['B'] });
        const [cycle] = findCycles(['A', 'B', 'C', 'D'], edges);
        expect(cycle!.members).toEqual(['A', 'B', 'C', 'D']);
        expect(cycle!.loop).toEqual(['A', 'B', 'C', 'A']);
    });

    it('handles a 20 000-node chain closed into one loop without overflowing the stack', () => {
        const names = Array.from({ length: 20_000 }, (_, i) => `N${i}`);
        const cycles = findCycles(names, name => [`N${(Number(name.slice(1)) + 1) % names.length}`]);
        expect(cycles).toHaveLength(1);
        expect(cycles[0]!.loop).toHaveLength(20_001);
    });
});

describe('scheduleWork: scale', () => {
    it('schedules 10 000 candidates with up to 3 edges each well under a second', () => {
        let seed = 42;
        const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
        const candidates = Array.from({ length: 10_000 }, (_, i) => cand(`C${i}`, days(1 + Math.floor(random() * 30)), {
            after: Array.from({ length: Math.floor(random() * 4) }, () => `C${Math.floor(random() * i)}`).filter(() => i > 0),
            phase: `P${Math.floor(i / 1000)}`,
            rank: 1 + Math.floor(random() * 100),
        }));
        const phases = Array.from({ length: 10 }, (_, p) => phase(`P${p}`, null, p > 0 ? [`P${p - 1}`] : []));
        const begin = performance.now();
        const result = scheduleWork(scheduleInput('2027-01-04', candidates, phases));
        const elapsed = performance.now() - begin;
        expect(result.candidates.size).toBe(10_000);
        expect(result.criticalPath.length).toBeGreaterThan(0);
        expect(elapsed).toBeLessThan(2000);
    });
});
