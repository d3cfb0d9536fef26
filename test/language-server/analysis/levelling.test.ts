import { describe, expect, it } from 'vitest';
import { LoadProfile } from '../../../language-server/analysis/levelling.js';
import { scheduleWork, type ScheduleInput } from '../../../language-server/analysis/schedule.js';
import { cand, day, days, iso, phase, scheduleInput } from '../../helpers/schedule-builders.js';

/** Checks levelled [start, finish] per candidate. */
function check(input: ScheduleInput, expected: Record<string, [string, string]>): void {
    const result = scheduleWork(input);
    const actual = Object.fromEntries(Object.keys(expected).map(name => {
        const item = result.candidates.get(name)!;
        return [name, [iso(item.startDay), iso(item.finishDay)]];
    }));
    expect(actual).toEqual(expected);
}

describe('levelling (spec §2 Schedule: capacity and effort)', () => {
    it('places work in rank order at the first day it fits, letting smaller work fill gaps', () => {
        // Capacity 6: A (4 FTE) first; B (3 FTE) does not fit beside A and waits until A ends;
        // C (2 FTE) fits beside A (4 + 2 = 6) and starts at once.
        check(scheduleInput('2027-01-04', [
            cand('A', days(10), { rank: 1, effortFte: 4 }),
            cand('B', days(5), { rank: 2, effortFte: 3 }),
            cand('C', days(3), { rank: 3, effortFte: 2 }),
        ], [], 6), {
            A: ['2027-01-04', '2027-01-14'], B: ['2027-01-14', '2027-01-19'], C: ['2027-01-04', '2027-01-07'],
        });
    });

    it('takes work by earliest possible start before rank', () => {
        // X (rank 2) can start on day 0, Y (rank 1) only on day 5 after W: X is placed first.
        check(scheduleInput('2027-01-04', [
            cand('W', days(5), { rank: 3 }),
            cand('X', days(10), { rank: 2, effortFte: 4 }),
            cand('Y', days(2), { rank: 1, effortFte: 4, after: ['W'] }),
        ], [], 4), {
            X: ['2027-01-04', '2027-01-14'], Y: ['2027-01-14', '2027-01-16'],
        });
    });

    it('breaks rank ties by declaration order', () => {
        check(scheduleInput('2027-01-04', [
            cand('First', days(3), { rank: 1, effortFte: 2 }), cand('Second', days(3), { rank: 1, effortFte: 2 }),
        ], [], 2), {
            First: ['2027-01-04', '2027-01-07'], Second: ['2027-01-07', '2027-01-10'],
        });
    });

    it('starts successors after their predecessors’ levelled finishes, and work after its phase start', () => {
        check(scheduleInput('2027-01-04', [
            cand('Big', days(10), { rank: 1, effortFte: 3 }),
            cand('Delayed', days(4), { rank: 2, effortFte: 3 }),
            cand('Next', days(2), { rank: 1, after: ['Delayed'] }),
            cand('Phased', days(1), { rank: 1, phase: 'Late', effortFte: 1 }),
        ], [phase('Gate', days(20)), phase('Late', null, ['Gate'])], 3), {
            Big: ['2027-01-04', '2027-01-14'], Delayed: ['2027-01-14', '2027-01-18'],
            Next: ['2027-01-18', '2027-01-20'], Phased: ['2027-01-24', '2027-01-25'],
        });
    });

    it('runs work bigger than the capacity alone, and nothing with effort beside it', () => {
        check(scheduleInput('2027-01-04', [
            cand('Small', days(4), { rank: 1, effortFte: 1 }),
            cand('Big', days(10), { rank: 2, effortFte: 5 }),
            cand('Small2', days(3), { rank: 3, effortFte: 1 }),
            cand('Long', days(12), { rank: 4, effortFte: 1 }),
            cand('Free', days(30), { rank: 5, effortFte: 0 }),
        ], [], 2), {
            Small: ['2027-01-04', '2027-01-08'],
            Big: ['2027-01-08', '2027-01-18'],
            Small2: ['2027-01-04', '2027-01-07'],
            Long: ['2027-01-18', '2027-01-30'],
            Free: ['2027-01-04', '2027-02-03'],
        });
    });

    it('with zero capacity runs all work with effort one at a time', () => {
        check(scheduleInput('2027-01-04', [
            cand('A', days(2), { rank: 1, effortFte: 1 }), cand('B', days(2), { rank: 2, effortFte: 1 }),
        ], [], 0), { A: ['2027-01-04', '2027-01-06'], B: ['2027-01-06', '2027-01-08'] });
    });

    it('does not level without capacity, or when no candidate has effort', () => {
        const work = [cand('A', days(2), { effortFte: 5 }), cand('B', days(2), { effortFte: 5 })];
        check(scheduleInput('2027-01-04', work, [], null), { A: ['2027-01-04', '2027-01-06'], B: ['2027-01-04', '2027-01-06'] });
        check(scheduleInput('2027-01-04', [cand('A', days(2)), cand('B', days(2))], [], 1), {
            A: ['2027-01-04', '2027-01-06'], B: ['2027-01-04', '2027-01-06'],
        });
    });

    it('computes float on the levelled dates (levelled starts as early starts)', () => {
        // A and B cannot overlap, so B follows A; A has float against the levelled finish, B none.
        const result = scheduleWork(scheduleInput('2027-01-04', [
            cand('A', days(10), { rank: 1, effortFte: 4 }), cand('B', days(5), { rank: 2, effortFte: 4 }),
        ], [], 4));
        expect(iso(result.finishDay)).toBe('2027-01-19');
        expect(result.candidates.get('A')!.totalFloatDays).toBe(5);
        expect(result.candidates.get('B')!.totalFloatDays).toBe(0);
        expect(result.criticalPath).toEqual(['B']);
    });
});

describe('levelling: scale', () => {
    it('levels 10 000 candidates with effort in well under two seconds', () => {
        let seed = 7;
        const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
        const candidates = Array.from({ length: 10_000 }, (_, i) => cand(`C${i}`, days(1 + Math.floor(random() * 30)), {
            after: i > 0 ? Array.from({ length: Math.floor(random() * 4) }, () => `C${Math.floor(random() * i)}`) : [],
            rank: 1 + Math.floor(random() * 100),
            effortFte: 0.5 + Math.floor(random() * 6) / 2,
        }));
        const begin = performance.now();
        const result = scheduleWork(scheduleInput('2027-01-04', candidates, [], 8));
        const elapsed = performance.now() - begin;
        expect(result.candidates.size).toBe(10_000);
        expect(elapsed).toBeLessThan(2000);
    });
});

describe('LoadProfile', () => {
    it('keeps load as steps over half-open spans', () => {
        const load = new LoadProfile(5);
        load.add(day('2027-01-04'), day('2027-01-10'), 2);
        load.add(day('2027-01-06'), day('2027-01-12'), 1.5);
        expect(load.steps().map(s => [iso(s.day), s.loadFte])).toEqual([
            ['2027-01-04', 2], ['2027-01-06', 3.5], ['2027-01-10', 1.5], ['2027-01-12', 0],
        ]);
        expect(load.loadAt(day('2027-01-03'))).toBe(0);
        expect(load.loadAt(day('2027-01-09'))).toBe(3.5);
        expect(load.loadAt(day('2027-01-12'))).toBe(0);
    });

    it('finds the first fit, jumping past blocked steps', () => {
        const load = new LoadProfile(3);
        load.add(10, 20, 2);
        load.add(25, 30, 3);
        expect(load.firstFit(0, 1, s => s + 40)).toBe(30);
        expect(load.firstFit(0, 1, s => s + 10)).toBe(0);
        expect(load.firstFit(0, 2, s => s + 5)).toBe(0);
        expect(load.firstFit(0, 2, s => s + 11)).toBe(30);
        expect(load.firstFit(12, 2, s => s + 3)).toBe(20);
        expect(load.firstFit(12, 2, s => s)).toBe(12);
    });

    it('tolerates floating-point sums at the capacity', () => {
        const load = new LoadProfile(0.3);
        load.add(0, 10, 0.1);
        expect(load.firstFit(0, 0.2, s => s + 10)).toBe(0);
    });
});
