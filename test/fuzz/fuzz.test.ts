/**
 * Issue 8: no input crashes hitp, loses work or shows a wrong number.
 * fast-check properties over valid, near-valid and mutated plans (see fuzz-properties.ts):
 * 2,000 cases in `npm test`, seeded from `HITP_FUZZ_SEED` (default fixed) for reproducibility.
 * A failure prints the shrunk plan text; rerun one property with
 * `HITP_FUZZ_SEED=… HITP_FUZZ_PATH=… HITP_FUZZ_PROPERTY=… npm run fuzz`.
 * `npm run fuzz` runs the same properties with 100,000 cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, assertFiniteNumbers, chunkSeed, createHarness, fuzzProperties, fuzzSeed, loadExamples, planChunks, runsOf } from './fuzz-properties.js';

/** Cases in `npm test`, shared between the properties by their shares. */
const TOTAL_RUNS = Number(process.env['HITP_FUZZ_RUNS'] ?? 2000);

/** Shrunk counterexamples of earlier runs, kept as regression cases. */
const REGRESSIONS = [
    // A flow line the parser recovers without a timing (buildFlow).
    'candidate A { cost 1e308e308 once }\n',
    'candidate A { benefit 1e308e308 yearly from year 1 }\n',
    // Half-typed durations: the parser recovers without the Duration node (buildCandidate, buildPhase, buildCadence).
    'candidate A { duration }\n',
    'candidate A { duration x weeks }\n',
    'phase P { duration }\n',
    'cadence C { vendor release every }\n',
    // A KPI target or gate condition without its comparator (buildKpi, buildGate).
    'kpi L { baseline 0k target { <= 0.0k }\n',
    'kpi K { baseline 5 target 3 }\nphase P { gate K 3 }\n',
];

const seed = fuzzSeed();
const harness = createHarness();
const examples = loadExamples();

describe('fuzz: parsing, validation, analysis, hover, code lens, JSON and report never fail', () => {
    for (const property of fuzzProperties(examples)) {
        const numRuns = runsOf(property, TOTAL_RUNS);
        it(`${property.name} (${numRuns} cases, seed ${seed})`, async () => {
            await fc.assert(fc.asyncProperty(property.arbitrary, text => harness.check(text)), {
                numRuns, seed,
                ...(process.env['HITP_FUZZ_PATH'] ? { path: process.env['HITP_FUZZ_PATH'] } : {}),
                reporter: details => {
                    if (!details.failed) return;
                    const text = details.counterexample?.[0] ?? '';
                    throw new Error([
                        `${property.name} failed after ${details.numRuns} cases: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`,
                        `Reproduce: HITP_FUZZ_SEED=${details.seed} HITP_FUZZ_PATH=${details.counterexamplePath} HITP_FUZZ_PROPERTY=${property.name} npm run fuzz`,
                        'Shrunk plan text (JSON-quoted):', JSON.stringify(text),
                    ].join('\n'));
                },
            });
        }, 120_000);
    }

    it('the examples themselves pass every check', async () => {
        for (const text of examples) await harness.check(text);
    });

    it('counterexamples found by earlier runs pass every check', async () => {
        for (const text of REGRESSIONS) await harness.check(text);
    });

    it('npm run fuzz splits the runs into chunks with distinct seeds, chunk 0 on the run\'s seed', () => {
        const chunks = planChunks(fuzzProperties(examples), 100_000, seed);
        const byName = (name: string) => chunks.filter(c => c.name === name).reduce((n, c) => n + c.numRuns, 0);
        expect(chunks.reduce((n, c) => n + c.numRuns, 0)).toBe(100_000);
        expect(byName('huge-lines')).toBe(50);
        expect(new Set(chunks.map(c => `${c.name} ${c.seed}`)).size).toBe(chunks.length);
        expect(chunks.filter(c => c.chunk === 0).every(c => c.seed === seed)).toBe(true);
        expect(chunkSeed(seed, 1, 2)).not.toBe(chunkSeed(seed, 2, 1));
    });

    it('the default seed is fixed', () => {
        expect(fuzzSeed({})).toBe(DEFAULT_SEED);
        expect(fuzzSeed({ HITP_FUZZ_SEED: '42' })).toBe(42);
    });

    it('the finite-number walk finds NaN and Infinity at any depth', () => {
        expect(() => assertFiniteNumbers({ a: [1, { b: NaN }] })).toThrow('$.a[1].b is NaN');
        expect(() => assertFiniteNumbers({ npv: -Infinity })).toThrow('$.npv is -Infinity');
        expect(() => assertFiniteNumbers({ a: [1, null, 'x', { b: 2 }] })).not.toThrow();
    });
});
