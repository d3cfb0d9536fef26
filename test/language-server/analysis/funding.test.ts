import { describe, expect, it } from 'vitest';
import { fundCandidates, oneOffCost, type FundingCandidate } from '../../../language-server/analysis/funding.js';
import { benefitOnce, benefitYearly, costOnce, costYearly, riversideCandidates } from '../../helpers/model-builders.js';

function item(name: string, rank: number, oneOffCost: number, after: string[] = []): FundingCandidate {
    return { name, rank, oneOffCost, after };
}

/** Funds candidates under a budget and compares the funded names and the deferrals. */
function check(ranked: FundingCandidate[], budget: number | null,
    expected: { funded: string[]; deferred?: { name: string; needed: number; remaining: number }[] }): void {
    const result = fundCandidates({ ranked, budget });
    expect([...result.funded].sort()).toEqual([...expected.funded].sort());
    expect(result.deferred).toEqual(expected.deferred ?? []);
}

describe('oneOffCost', () => {
    it('sums the `cost … once` amounts, whatever their year', () => {
        expect(oneOffCost([costOnce(450_000), costOnce(50_000, 3), costYearly(30_000), benefitOnce(1_000_000), benefitYearly(5)]))
            .toBe(500_000);
    });

    it('is 0 without one-off costs', () => {
        expect(oneOffCost([])).toBe(0);
        expect(oneOffCost([costYearly(10)])).toBe(0);
    });

    it('saturates instead of overflowing', () => {
        expect(oneOffCost([costOnce(1e308), costOnce(1e308)])).toBe(Number.MAX_VALUE);
    });
});

describe('fundCandidates (spec §2, Funding)', () => {
    it('funds everything without a budget', () => {
        check([item('A', 1, 1e9), item('B', 2, 1e9)], null, { funded: ['A', 'B'] });
    });

    it('funds both Riverside candidates within 2.5M: DbMigration brings CoreNetwork along', () => {
        const [core, db] = riversideCandidates();
        check([
            item('CoreNetwork', 2, oneOffCost(core!.flows), core!.after.map(a => a.name)),
            item('DbMigration', 1, oneOffCost(db!.flows), db!.after.map(a => a.name)),
        ], 2_500_000, { funded: ['CoreNetwork', 'DbMigration'] });
    });

    it('defers a candidate whose prerequisites make it too expensive, and names the amounts', () => {
        check([item('CoreNetwork', 2, 450_000), item('DbMigration', 1, 900_000, ['CoreNetwork'])], 1_000_000, {
            funded: ['CoreNetwork'],
            deferred: [{ name: 'DbMigration', needed: 1_350_000, remaining: 1_000_000 }],
        });
    });

    it('lets later, cheaper candidates fit after a deferral', () => {
        check([item('A', 1, 120), item('B', 2, 50), item('C', 3, 30), item('D', 4, 30)], 100, {
            funded: ['B', 'C'],
            deferred: [{ name: 'A', needed: 120, remaining: 100 }, { name: 'D', needed: 30, remaining: 20 }],
        });
    });

    it('funds prerequisites transitively', () => {
        check([item('A', 1, 10, ['B']), item('B', 2, 10, ['C']), item('C', 3, 10), item('D', 4, 75)], 100, {
            funded: ['A', 'B', 'C'],
            deferred: [{ name: 'D', needed: 75, remaining: 70 }],
        });
    });

    it('does not charge an already-funded prerequisite twice', () => {
        check([item('P', 1, 60), item('A', 2, 30, ['P']), item('B', 3, 10, ['P'])], 100, { funded: ['P', 'A', 'B'] });
    });

    it('takes equal ranks in the given order', () => {
        check([item('X', 1, 60), item('Y', 1, 60)], 100, {
            funded: ['X'],
            deferred: [{ name: 'Y', needed: 60, remaining: 40 }],
        });
    });

    it('survives dependency cycles and unknown prerequisites', () => {
        check([item('A', 1, 10, ['B', 'Ghost']), item('B', 2, 10, ['A']), item('S', 3, 1, ['S'])], 21, { funded: ['A', 'B', 'S'] });
    });

    it('funds a candidate that exactly uses up the budget, despite float noise', () => {
        check([item('A', 1, 0.1), item('B', 2, 0.2)], 0.3, { funded: ['A', 'B'] });
    });

    it('funds free candidates with a zero budget', () => {
        check([item('A', 1, 0), item('B', 2, 1)], 0, { funded: ['A'], deferred: [{ name: 'B', needed: 1, remaining: 0 }] });
    });

    it('does not list as deferred a candidate funded later as a prerequisite (negative one-off costs)', () => {
        check([item('A', 1, 20), item('B', 2, -15, ['A'])], 10, { funded: ['A', 'B'] });
    });
});
