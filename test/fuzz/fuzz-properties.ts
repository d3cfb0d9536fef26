/**
 * The robustness properties of issue 8, shared by `test/fuzz/fuzz.test.ts` (vitest, ≥ 2,000 cases)
 * and `npm run fuzz` (`scripts/fuzz.mjs` bundles this file to `out/fuzz.cjs`, 100,000 cases split
 * into chunks over worker threads). The checks run on each text are in fuzz-harness.ts.
 *
 * No vitest import: this file also runs as a plain Node bundle.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RobustnessViolation, createHarness, type Harness, type HarnessOptions } from './fuzz-harness.js';
import { anyPlanText, hugeLineExampleText, mutatedExampleText } from './example-mutations.js';
import { nearValidPlanText } from './near-valid-edits.js';
import { validPlanText } from './plan-arbitraries.js';

export {
    ALLOWED_CODES, RobustnessViolation, assertClean, assertFiniteNumbers, createHarness, emptyTimings, ignorePattern,
    type Harness, type HarnessOptions, type Timings,
} from './fuzz-harness.js';
export { HUGE_LINES, NAMED_MUTATIONS } from './example-mutations.js';

/** The texts of `examples/*.hitp`, from the project root. */
export function loadExamples(root = process.cwd()): string[] {
    const dir = path.join(root, 'examples');
    if (!existsSync(dir)) throw new Error(`${dir} is missing: run from the project root`);
    return readdirSync(dir).filter(f => f.endsWith('.hitp')).sort().map(f => readFileSync(path.join(dir, f), 'utf8'));
}

export interface FuzzProperty {
    name: string;
    /** Share of the total number of runs. */
    share: number;
    arbitrary: fc.Arbitrary<string>;
}

/**
 * The properties, by input family; shares sum to 1. `huge-lines` (a 1 MB line, up to seconds a case)
 * is 50 cases per 100,000 and at least one in any run.
 */
export function fuzzProperties(examples: readonly string[]): FuzzProperty[] {
    return [
        { name: 'valid-plans', share: 0.4, arbitrary: validPlanText },
        { name: 'near-valid-plans', share: 0.3, arbitrary: nearValidPlanText },
        { name: 'mutated-examples', share: 0.1995, arbitrary: mutatedExampleText(examples) },
        { name: 'any-text', share: 0.1, arbitrary: fc.oneof(
            anyPlanText(examples),
            fc.string({ unit: 'binary', maxLength: 200 }).filter(t => !/nan|infinity|undefined|null|object/i.test(t)),
        ) },
        { name: 'huge-lines', share: 0.0005, arbitrary: hugeLineExampleText(examples) },
    ];
}

/** Cases of a property in a run of `totalRuns` (at least 1). */
export function runsOf(property: FuzzProperty, totalRuns: number): number {
    return Math.max(1, Math.round(totalRuns * property.share));
}

export const DEFAULT_SEED = 20270104;

/** `HITP_FUZZ_SEED` or the fixed default, so every run of `npm test` is reproducible. */
export function fuzzSeed(env: Record<string, string | undefined> = process.env): number {
    const text = env['HITP_FUZZ_SEED'];
    const seed = text === undefined || text.trim() === '' ? DEFAULT_SEED : Number(text);
    if (!Number.isInteger(seed)) throw new Error(`HITP_FUZZ_SEED must be an integer, not ${text}`);
    return seed;
}

/**
 * The seed of chunk `chunk` of property number `property` in a run seeded with `seed` (chunk 0 of
 * every property keeps `seed`, so `npm test` and a one-chunk run draw the same cases). A 32-bit mix,
 * so chunks draw unrelated cases whatever worker runs them.
 */
export function chunkSeed(seed: number, property: number, chunk: number): number {
    if (chunk === 0) return seed | 0;
    let h = Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(property + 1, 0xc2b2ae35) ^ Math.imul(chunk, 0x27d4eb2f);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) | 0;
}

export interface Chunk {
    /** Index into `fuzzProperties`. */
    property: number;
    name: string;
    chunk: number;
    numRuns: number;
    seed: number;
}

/** `totalRuns` cases split into chunks of about `chunkSize` per property, the expensive `huge-lines` first. */
export function planChunks(properties: readonly FuzzProperty[], totalRuns: number, seed: number, chunkSize = 500): Chunk[] {
    const chunks: Chunk[] = [];
    properties.forEach((p, property) => {
        const runs = runsOf(p, totalRuns);
        const count = Math.ceil(runs / chunkSize);
        for (let chunk = 0; chunk < count; chunk++) {
            const numRuns = Math.floor((runs * (chunk + 1)) / count) - Math.floor((runs * chunk) / count);
            chunks.push({ property, name: p.name, chunk, numRuns, seed: chunkSeed(seed, property, chunk) });
        }
    });
    return chunks.sort((a, b) => (a.name === 'huge-lines' ? 0 : 1) - (b.name === 'huge-lines' ? 0 : 1));
}

export interface ChunkReport {
    name: string;
    chunk: number;
    numRuns: number;
    failed: boolean;
    seed: number;
    path?: string;
    counterexample?: string;
    error?: string;
    millis: number;
}

/** A worker's state: one harness and the properties, built once and reused for every chunk. */
export interface FuzzRunner {
    properties: FuzzProperty[];
    /** Runs `numRuns` cases of one property from `seed` (or replays `path`, one case); shrinks a failure. */
    run(chunk: { name: string; numRuns: number; seed: number; chunk?: number; path?: string }): Promise<ChunkReport>;
}

export function createRunner(options: { examples?: string[]; harness?: HarnessOptions } = {}): FuzzRunner {
    const harness: Harness = createHarness(options.harness);
    const properties = fuzzProperties(options.examples ?? loadExamples());
    return {
        properties,
        async run({ name, numRuns, seed, chunk = 0, path: replay }) {
            const property = properties.find(p => p.name === name);
            if (!property) throw new Error(`no fuzz property is called ${name} (${properties.map(p => p.name).join(', ')})`);
            const started = Date.now();
            const details = await fc.check(fc.asyncProperty(property.arbitrary, text => harness.check(text)), {
                numRuns: replay ? 1 : numRuns, seed, ...(replay ? { path: replay } : {}),
            });
            const report: ChunkReport = { name, chunk, numRuns: details.numRuns, failed: details.failed, seed: details.seed, millis: Date.now() - started };
            if (details.failed) {
                if (details.counterexamplePath !== null) report.path = details.counterexamplePath;
                if (details.counterexample) report.counterexample = details.counterexample[0];
                const e = details.errorInstance;
                report.error = e instanceof Error ? (e instanceof RobustnessViolation ? e.message : e.stack ?? e.message) : String(e);
            }
            return report;
        },
    };
}
