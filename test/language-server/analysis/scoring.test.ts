import { describe, expect, it } from 'vitest';
import { competitionRanks, normaliseWeights, scoreCandidates } from '../../../language-server/analysis/scoring.js';
import { candidate, criterion, model, riversideCandidates, riversideCriteria } from '../../helpers/model-builders.js';
import { expectClose } from '../../helpers/numbers.js';

/** Scores a model and compares name → [priority index, rank]. */
function check(input: Parameters<typeof model>[0], expected: Record<string, [number, number]>): void {
    const scored = scoreCandidates(model(input));
    expect(scored.map(s => s.name)).toEqual(Object.keys(expected));
    for (const s of scored) {
        const [index, rank] = expected[s.name]!;
        expectClose(s.priorityIndex, index);
        expect(s.rank, s.name).toBe(rank);
    }
}

describe('normaliseWeights', () => {
    it('divides each weight by the sum of weights', () => {
        const result = normaliseWeights([criterion('A', 0.3), criterion('B', 0.1)]);
        expectClose(result[0]!.normalisedWeight, 0.75);
        expectClose(result[1]!.normalisedWeight, 0.25);
        expect(result[0]).toMatchObject({ name: 'A', title: 'A', weight: 0.3 });
    });

    it('gives every criterion 0 when the weights sum to 0 (never NaN)', () => {
        expect(normaliseWeights([criterion('A', 0), criterion('B', 0)]).map(c => c.normalisedWeight)).toEqual([0, 0]);
    });

    it('treats a sum that is zero up to rounding as zero', () => {
        const result = normaliseWeights([criterion('A', 0.3), criterion('B', -0.1), criterion('C', -0.2)]);
        expect(result.map(c => c.normalisedWeight)).toEqual([0, 0, 0]);
    });

    it('keeps the Riverside weights, which already sum to 100%', () => {
        expect(normaliseWeights(riversideCriteria()).map(c => c.normalisedWeight).reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    });

    it('returns nothing for no criteria', () => {
        expect(normaliseWeights([])).toEqual([]);
    });
});

describe('scoreCandidates', () => {
    it('reproduces the Riverside priority indices and ranks (spec §4)', () => {
        check({ criteria: riversideCriteria(), candidates: riversideCandidates() },
            { CoreNetwork: [3.35, 2], DbMigration: [3.95, 1] });
    });

    it('explains the priority index term by term', () => {
        const [core] = scoreCandidates(model({ criteria: riversideCriteria(), candidates: riversideCandidates() }));
        expect(core!.breakdown.map(t => t.criterion)).toEqual(['Strategic', 'Clinical', 'Efficiency', 'Risk', 'Resources']);
        const strategic = core!.breakdown[0]!;
        expectClose(strategic.weight, 0.3);
        expect(strategic.score).toBe(4);
        expectClose(strategic.product, 1.2);
    });

    it('normalises weights that do not sum to 100%', () => {
        check({ criteria: [criterion('A', 2), criterion('B', 2)], candidates: [candidate({ name: 'X', scores: { A: 5, B: 1 } })] },
            { X: [3, 1] });
    });

    it('counts a missing score as 0', () => {
        const scored = scoreCandidates(model({
            criteria: [criterion('A', 0.5), criterion('B', 0.5)],
            candidates: [candidate({ name: 'X', scores: { A: 4 } })],
        }));
        expectClose(scored[0]!.priorityIndex, 2);
        expect(scored[0]!.breakdown[1]).toEqual({ criterion: 'B', weight: 0.5, score: 0, product: 0 });
    });

    it('ignores scores for unknown criteria', () => {
        check({ criteria: [criterion('A', 1)], candidates: [candidate({ name: 'X', scores: { A: 3, Zzz: 5 } })] }, { X: [3, 1] });
    });

    it('shares ranks between equal indices (1, 2, 2, 4)', () => {
        check({
            criteria: [criterion('A', 1)],
            candidates: [
                candidate({ name: 'W', scores: { A: 2 } }), candidate({ name: 'X', scores: { A: 5 } }),
                candidate({ name: 'Y', scores: { A: 2 } }), candidate({ name: 'Z', scores: { A: 1 } }),
            ],
        }, { W: [2, 2], X: [5, 1], Y: [2, 2], Z: [1, 4] });
    });

    it('does not let floating-point noise split a tie', () => {
        // 0.1·3 + 0.2·3 and 0.3·3 differ in the last bits.
        const criteria = [criterion('A', 0.1), criterion('B', 0.2), criterion('C', 0.3), criterion('D', 0.4)];
        const scored = scoreCandidates(model({
            criteria,
            candidates: [
                candidate({ name: 'X', scores: { A: 3, B: 3, C: 0, D: 1 } }),
                candidate({ name: 'Y', scores: { A: 0, B: 0, C: 3, D: 1 } }),
            ],
        }));
        expect(scored.map(s => s.rank)).toEqual([1, 1]);
    });

    it('returns index 0 for every candidate when there are no criteria', () => {
        check({ criteria: [], candidates: [candidate({ name: 'X' }), candidate({ name: 'Y' })] }, { X: [0, 1], Y: [0, 1] });
    });

    it('returns nothing for no candidates', () => {
        expect(scoreCandidates(model({ criteria: riversideCriteria() }))).toEqual([]);
    });
});

describe('competitionRanks', () => {
    it('ranks highest first with shared ranks', () => {
        expect(competitionRanks([1, 3, 3, 2, 5])).toEqual([5, 2, 2, 4, 1]);
    });
});
