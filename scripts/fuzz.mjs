// `npm run fuzz [-- --runs N] [--seed S] [--workers W] [--timings] [--property NAME] [--path P]`:
// the robustness properties of test/fuzz/fuzz-properties.ts (the ones `npm test` runs 2,000 times),
// bundled once with esbuild into out/fuzz.cjs and run with N cases (default 100,000), split into
// chunks of ~500 cases (each with its own seed derived from S) shared out to W worker threads
// (default: one per core). Prints progress every 10,000 cases, then the cases and failures per
// property and a last line `N passed, F failed`; exits 1 on any failure. A failure's shrunk plan is
// written to out/fuzz-failure.hitp with the command that replays it in one process:
// `--seed` (the chunk's) + `--path` + `--property`.
// Environment: HITP_FUZZ_SEED, HITP_FUZZ_PATH, HITP_FUZZ_PROPERTY, HITP_FUZZ_RUNS, HITP_FUZZ_WORKERS,
// HITP_FUZZ_IGNORE (see fuzz-harness.ts); flags win.
// HITP_FUZZ_EXTREME_DATES=1 also draws plans spanning 0000-01-01 .. 9999-12-31: off by default while
// the roadmap of such a plan takes seconds and a gigabyte to draw (reported against report/gantt-*.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'out', 'fuzz.cjs');
const load = () => createRequire(import.meta.url)(bundle);
const PHASES = ['build', 'json', 'summary', 'report', 'hover', 'lens', 'clear'];

function option(name, envName) {
    const i = process.argv.indexOf(`--${name}`);
    if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
    const inline = process.argv.find(a => a.startsWith(`--${name}=`));
    if (inline) return inline.slice(name.length + 3);
    const env = envName && process.env[envName];
    return env === undefined || env === '' ? undefined : env;
}

function usage(message) {
    console.error(`fuzz: ${message}`);
    process.exit(2);
}

const count = n => n.toLocaleString('en-US');
const seconds = ms => `${(ms / 1000).toFixed(1)} s`;

async function main() {
    process.chdir(root);
    const runs = Number(option('runs', 'HITP_FUZZ_RUNS') ?? 100_000);
    const replayPath = option('path', 'HITP_FUZZ_PATH');
    const only = option('property', 'HITP_FUZZ_PROPERTY');
    const workers = Number(option('workers', 'HITP_FUZZ_WORKERS') ?? Math.max(1, availableParallelism()));
    const chunkSize = Number(option('chunk') ?? 500);
    const withTimings = process.argv.includes('--timings');
    if (!Number.isInteger(runs) || runs < 1) usage('--runs must be a positive whole number');
    if (!Number.isInteger(workers) || workers < 1) usage('--workers must be a positive whole number');
    if (!Number.isInteger(chunkSize) || chunkSize < 1) usage('--chunk must be a positive whole number');
    if (replayPath && !only) usage('--path replays one case of one property: add --property NAME');

    const esbuild = await import('esbuild');
    await esbuild.build({
        entryPoints: ['test/fuzz/fuzz-properties.ts'], outfile: bundle,
        bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', logLevel: 'warning',
        banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
        define: { 'import.meta.url': '__importMetaUrl' },
    });
    const fuzz = load();
    let seed;
    try {
        seed = fuzz.fuzzSeed({ HITP_FUZZ_SEED: option('seed', 'HITP_FUZZ_SEED') });
    } catch (error) {
        usage(error.message);
    }
    const started = Date.now();
    const failures = [];
    const byProperty = new Map();
    const account = report => {
        const entry = byProperty.get(report.name) ?? { cases: 0, failures: 0, millis: 0 };
        entry.cases += report.numRuns;
        entry.millis += report.millis;
        if (report.failed) { entry.failures++; failures.push(report); }
        byProperty.set(report.name, entry);
    };

    if (replayPath) {
        // Replays one case in this process, from the seed and path a failure printed.
        console.log(`hitp fuzz: replaying ${only} path ${replayPath}, seed ${seed}`);
        account({ ...(await fuzz.createRunner().run({ name: only, numRuns: 1, seed, path: replayPath })), numRuns: 1 });
    } else {
        const properties = fuzz.fuzzProperties(fuzz.loadExamples()).filter(p => !only || p.name === only);
        if (properties.length === 0) usage(`no fuzz property is called ${only}`);
        const chunks = fuzz.planChunks(properties, runs, seed, chunkSize);
        const total = chunks.reduce((n, c) => n + c.numRuns, 0);
        const threads = Math.min(workers, chunks.length);
        console.log(`hitp fuzz: ${count(total)} cases in ${chunks.length} chunks on ${threads} worker${threads === 1 ? '' : 's'}, seed ${seed}${only ? `, property ${only}` : ''}`);
        await runChunks(chunks, threads, withTimings, account, total, started, () => failures.length);
    }

    const cases = [...byProperty.values()].reduce((n, e) => n + e.cases, 0);
    const elapsed = Date.now() - started;
    console.log('');
    for (const [name, e] of byProperty) {
        console.log(`  ${e.failures > 0 ? 'FAIL' : 'ok  '} ${name.padEnd(18)} ${count(e.cases).padStart(8)} cases  ${String(e.failures).padStart(3)} failed  ${(e.millis / Math.max(1, e.cases)).toFixed(1).padStart(7)} ms/case (one worker)`);
    }
    printFailures(failures);
    const breakdown = [...byProperty].map(([name, e]) => `${name} ${count(e.cases)}${e.failures ? ` (${e.failures} failed)` : ''}`).join(', ');
    console.log(`fuzz: ${count(cases)} cases, ${failures.length} failures (${breakdown}) in ${seconds(elapsed)}, ${(cases / (elapsed / 1000)).toFixed(1)} cases/s`);
    console.log(`${cases - failures.length} passed, ${failures.length} failed`);
    process.exitCode = failures.length > 0 ? 1 : 0;
}

/** Shares the chunks out to `threads` workers, the next chunk to whichever finishes first. */
async function runChunks(chunks, threads, withTimings, account, total, started, failureCount) {
    const MAX_FAILURES_PER_PROPERTY = 3;
    const MAX_CRASHES = 3;
    let crashes = 0;
    const failedBy = new Map();
    const timings = Object.fromEntries([...PHASES, 'reports'].map(k => [k, 0]));
    const queue = [...chunks];
    let done = 0;
    let nextProgress = 10_000;
    const take = () => {
        while (queue.length > 0) {
            const chunk = queue.shift();
            if ((failedBy.get(chunk.name) ?? 0) < MAX_FAILURES_PER_PROPERTY) return chunk;
        }
        return null;
    };
    const finished = report => {
        account(report);
        done += report.numRuns;
        if (report.failed) {
            failedBy.set(report.name, (failedBy.get(report.name) ?? 0) + 1);
            console.log(`  FAIL ${report.name} chunk ${report.chunk} (seed ${report.seed}): ${String(report.error).split('\n')[0]}`);
            if (failedBy.get(report.name) === MAX_FAILURES_PER_PROPERTY) console.log(`  ${report.name}: ${MAX_FAILURES_PER_PROPERTY} failures, its remaining chunks are skipped`);
        }
        while (done >= nextProgress) {
            const elapsed = Date.now() - started;
            console.log(`  ${count(done).padStart(7)} / ${count(total)} cases, ${failureCount()} failures, ${seconds(elapsed)}, ${(done / (elapsed / 1000)).toFixed(1)} cases/s`);
            nextProgress += 10_000;
        }
    };
    const one = () => new Promise(resolve => {
        const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { timings: withTimings } });
        let current = null;
        const feed = () => {
            current = take();
            worker.postMessage(current);
            if (current === null) resolve();
        };
        worker.on('message', ({ report, timings: t }) => {
            if (t) for (const key of Object.keys(timings)) timings[key] += t[key];
            finished(report);
            feed();
        });
        worker.on('error', error => {
            // The product (or the harness) crashed the worker: a failure of its chunk; a new worker goes on.
            if (current) finished({ ...current, numRuns: 1, failed: true, error: `worker crashed: ${error.stack ?? error}`, millis: 0 });
            current = null;
            if (++crashes < MAX_CRASHES) { one().then(resolve); return; }
            if (crashes === MAX_CRASHES) console.log(`  ${MAX_CRASHES} workers crashed: the remaining ${queue.length} chunks are skipped`);
            queue.length = 0;
            resolve();
        });
        feed();
    });
    await Promise.all(Array.from({ length: threads }, one));
    if (withTimings) {
        console.log(`  per case (ms, summed over workers): ${PHASES.map(k => `${k} ${(timings[k] / Math.max(1, done)).toFixed(2)}`).join(', ')}; report rendered for ${(100 * timings.reports / Math.max(1, done)).toFixed(0)}% of cases`);
    }
}

function printFailures(failures) {
    if (failures.length === 0) return;
    mkdirSync(path.join(root, 'out'), { recursive: true });
    failures.forEach((report, i) => {
        const file = i === 0 ? 'out/fuzz-failure.hitp' : `out/fuzz-failure-${i + 1}.hitp`;
        writeFileSync(path.join(root, file), report.counterexample ?? '', 'utf8');
        console.log('');
        console.log(`${report.name} (chunk ${report.chunk}): ${report.error}`);
        console.log(`  shrunk plan (${(report.counterexample ?? '').length} characters) written to ${file}; as JSON:`);
        const quoted = JSON.stringify(report.counterexample ?? '');
        console.log(`  ${quoted.length > 4000 ? `${quoted.slice(0, 4000)}… (truncated, see the file)` : quoted}`);
        if (report.path !== undefined) {
            console.log(`  replay: npm run fuzz -- --seed ${report.seed} --path ${report.path} --property ${report.name}`);
        }
        console.log(`      or: node out/cli.cjs analyze ${file} --json`);
    });
    console.log('');
}

if (!isMainThread) {
    // A worker: one runner (services, harness, arbitraries) for every chunk it is given.
    const fuzz = load();
    const timings = workerData.timings ? fuzz.emptyTimings() : undefined;
    const runner = fuzz.createRunner({ examples: fuzz.loadExamples(root), harness: { timings } });
    parentPort.on('message', async chunk => {
        if (chunk === null) { parentPort.close(); return; }
        const report = await runner.run(chunk);
        parentPort.postMessage({ report, timings: timings && { ...timings } });
        if (timings) for (const key of Object.keys(timings)) timings[key] = 0;
    });
} else {
    await main();
}
