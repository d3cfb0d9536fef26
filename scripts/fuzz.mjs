// `npm run fuzz [-- --runs N] [--seed S] [--path P] [--property NAME]`: the robustness properties of
// test/fuzz/fuzz-properties.ts (the ones `npm test` runs 2,000 times), bundled with esbuild into
// out/fuzz.cjs and run with N cases (default 100,000). Prints the number of cases and failures per
// property; on a failure, the shrunk plan goes to out/fuzz-failure.hitp with the commands that reproduce it.
// Environment: HITP_FUZZ_SEED, HITP_FUZZ_PATH, HITP_FUZZ_PROPERTY, HITP_FUZZ_RUNS (flags win).
import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

// HITP_FUZZ_EXTREME_DATES=1 also draws plans spanning 0000-01-01 .. 9999-12-31: off by default while
// the roadmap of such a plan takes seconds and a gigabyte to draw (reported against report/gantt-*.ts).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

function option(name, envName) {
    const i = process.argv.indexOf(`--${name}`);
    if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
    const inline = process.argv.find(a => a.startsWith(`--${name}=`));
    if (inline) return inline.slice(name.length + 3);
    const env = process.env[envName];
    return env === undefined || env === '' ? undefined : env;
}

const runs = Number(option('runs', 'HITP_FUZZ_RUNS') ?? 100_000);
const replayPath = option('path', 'HITP_FUZZ_PATH');
const only = option('property', 'HITP_FUZZ_PROPERTY');
if (!Number.isInteger(runs) || runs < 1) {
    console.error(`fuzz: --runs must be a positive whole number`);
    process.exit(2);
}

await esbuild.build({
    entryPoints: ['test/fuzz/fuzz-properties.ts'], outfile: 'out/fuzz.cjs',
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', logLevel: 'warning',
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
});
const fuzz = createRequire(import.meta.url)(path.join(root, 'out', 'fuzz.cjs'));

let seed;
try {
    const text = option('seed', 'HITP_FUZZ_SEED');
    seed = fuzz.fuzzSeed({ HITP_FUZZ_SEED: text });
} catch (error) {
    console.error(`fuzz: ${error.message}`);
    process.exit(2);
}

console.log(`hitp fuzz: ${replayPath ? `replaying path ${replayPath}` : `${runs.toLocaleString('en-US')} cases`}, seed ${seed}${only ? `, property ${only}` : ''}`);
const started = Date.now();
let cases = 0;
let failures = 0;
const reports = await fuzz.runFuzz({
    totalRuns: runs, seed, path: replayPath, only,
    onReport: report => {
        cases += report.numRuns;
        if (report.failed) failures++;
        console.log(`  ${report.failed ? 'FAIL' : 'ok  '} ${report.name.padEnd(18)} ${String(report.numRuns).padStart(7)} cases  ${(report.millis / 1000).toFixed(1)} s`);
    },
});
console.log(`${cases.toLocaleString('en-US')} cases, ${failures} failed properties, ${((Date.now() - started) / 1000).toFixed(1)} s`);

const failed = reports.filter(r => r.failed);
if (failed.length > 0) {
    mkdirSync('out', { recursive: true });
    failed.forEach((report, i) => {
        const file = i === 0 ? 'out/fuzz-failure.hitp' : `out/fuzz-failure-${i + 1}.hitp`;
        writeFileSync(file, report.counterexample ?? '', 'utf8');
        console.log('');
        console.log(`${report.name}: ${report.error}`);
        console.log(`  shrunk plan (${(report.counterexample ?? '').length} characters) written to ${file}; as JSON:`);
        const quoted = JSON.stringify(report.counterexample ?? '');
        console.log(`  ${quoted.length > 4000 ? `${quoted.slice(0, 4000)}… (truncated, see the file)` : quoted}`);
        console.log(`  reproduce: HITP_FUZZ_SEED=${report.seed} HITP_FUZZ_PATH=${report.path} HITP_FUZZ_PROPERTY=${report.name} npm run fuzz`);
        console.log(`         or: node out/cli.cjs analyze ${file} --json`);
    });
    process.exitCode = 1;
}
