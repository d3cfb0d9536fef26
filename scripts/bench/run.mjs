// `npm run bench` (issue 7): hitp's performance on seeded synthetic plans, side by side with TaskJuggler.
//
//   node scripts/bench/run.mjs [--sizes 100,1000,10000] [--repeat 3] [--seed N]
//                              [--lsp-size 1000] [--edits 30] [--no-lsp]
//                              [--tj-sizes 100,1000] [--tj-levelled-sizes 100] [--no-tj] [--use-out]
//
// 1. Bundles the current sources with esbuild (the options of scripts/bundle.mjs) into out/bench/:
//    cli.cjs, server.cjs and in-process.cjs (scripts/bench/in-process.ts). With --use-out it uses
//    out/cli.cjs and out/server.cjs from `npm run build` instead.
// 2. Per size: the in-process timings (parse + link, validation, analysis, the 5,000-run simulation), `--repeat` cold
//    `hitp analyze --json` processes (wall, CPU and peak RSS via /usr/bin/time when present).
// 3. The language server over LSP on the --lsp-size plan: edit → diagnostics, hover, completion.
// 4. TaskJuggler: the resource-free network (no `capacity`) through hitp and tj3, compared task by
//    task; the same size as a Mon–Fri network with holidays, lags and leads (calendar-network.mjs);
//    a levelled variant for timing. Installs Debian's tj3 when missing (as root).
// 5. Prints a markdown report and writes out/bench-results.md and out/bench-results.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { generatePlan, middleScoreDigit } from './generate-plan.mjs';
import { measureLsp, percentile } from './lsp-client.mjs';
import { median, ms, writeResults } from './results.mjs';
import { judgeTargets } from './targets.mjs';
import { calendarToTaskJuggler, compareCalendarSchedules, generateCalendarNetwork } from './calendar-network.mjs';
import { compareSchedules, ensureTj3, referenceSchedule, runTj3, tj3Version, writeTaskJugglerProjects } from './taskjuggler.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = path.join(root, 'out');
const benchDir = path.join(outDir, 'bench');

function option(name, fallback) {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const flag = name => process.argv.includes(`--${name}`);
const list = text => (text === '' || text === 'none' ? [] : text.split(',').map(Number).filter(n => n > 0));

const sizes = list(option('sizes', '100,1000,10000'));
const repeat = Math.max(1, Number(option('repeat', '3')));
const seed = Number(option('seed', '20270104'));
const lspSize = Number(option('lsp-size', '1000'));
const edits = Number(option('edits', '30'));
const tjSizes = flag('no-tj') ? [] : list(option('tj-sizes', '100,1000'));
const tjLevelledSizes = flag('no-tj') ? [] : list(option('tj-levelled-sizes', '100'));
const log = text => process.stderr.write(`${text}\n`);

// ---------------------------------------------------------------- 1. binaries
const importMetaUrl = {
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
};
const node = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', absWorkingDir: root, ...importMetaUrl };
mkdirSync(benchDir, { recursive: true });
const useOut = flag('use-out');
const cli = useOut ? path.join(outDir, 'cli.cjs') : path.join(benchDir, 'cli.cjs');
const server = useOut ? path.join(outDir, 'server.cjs') : path.join(benchDir, 'server.cjs');
const inProcess = path.join(benchDir, 'in-process.cjs');
log('bundling …');
await Promise.all([
    esbuild.build({ ...node, entryPoints: ['scripts/bench/in-process.ts'], outfile: inProcess }),
    ...(useOut ? [] : [
        esbuild.build({ ...node, entryPoints: ['language-server/cli/main.ts'], outfile: cli }),
        esbuild.build({ ...node, entryPoints: ['language-server/main.ts'], outfile: server }),
    ]),
]);
for (const file of [cli, server]) {
    if (!existsSync(file)) { log(`${path.relative(root, file)} is missing: run \`npm run build\` or drop --use-out`); process.exit(2); }
}

// ---------------------------------------------------------------- helpers
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs `node args…`; returns wall ms, CPU ms and peak RSS (MiB) of the child, stdout, status. */
function timedNode(args, { maxBuffer = 1 << 30 } = {}) {
    const t0 = process.hrtime.bigint();
    const result = timeBin
        ? spawnSync(timeBin, ['-f', '__TIME__ %e %U %S %M', process.execPath, ...args], { encoding: 'utf8', maxBuffer })
        : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer });
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const timeLine = (result.stderr ?? '').split('\n').find(l => l.startsWith('__TIME__'));
    const [, , user, sys, rss] = timeLine ? timeLine.split(' ') : [];
    return {
        wallMs, status: result.status, stdout: result.stdout, stderr: (result.stderr ?? '').split('\n').filter(l => !l.startsWith('__TIME__')).join('\n'),
        cpuMs: user === undefined ? null : (Number(user) + Number(sys)) * 1000,
        rssMb: rss === undefined ? null : Number(rss) / 1024,
    };
}

const plans = new Map();
function planFile(size, capacity = true, uncertainty = false) {
    const key = `${size}-${capacity}-${uncertainty}`;
    if (!plans.has(key)) {
        const generated = generatePlan(size, { seed, capacity, uncertainty });
        const file = path.join(benchDir, `plan-${size}${capacity ? '' : '-no-capacity'}${uncertainty ? '-uncertain' : ''}.hitp`);
        writeFileSync(file, generated.text);
        plans.set(key, { ...generated, file });
    }
    return plans.get(key);
}

const results = {
    date: new Date().toISOString(),
    seed, repeat,
    binaries: useOut ? 'out/cli.cjs, out/server.cjs (npm run build)' : 'out/bench/{cli,server}.cjs bundled from the current sources',
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '?', node: process.version, loadStart: os.loadavg(), loadEnd: [] },
    sizes: [], lsp: null, tj: null, targets: [],
};

// ---------------------------------------------------------------- 2. sizes
for (const size of sizes) {
    const plan = planFile(size);
    const lines = plan.text.split('\n').length;
    log(`${size} candidates (${lines} lines): in-process …`);
    const iterations = size >= 10_000 ? Math.max(3, repeat) : Math.max(5, repeat + 2);
    // The simulation is timed on the same plan with three-point durations and risks (spec §7, §8).
    const uncertain = planFile(size, true, true);
    const run = timedNode(['--max-old-space-size=8192', '--expose-gc', inProcess, plan.file, String(iterations), uncertain.file]);
    if (run.status !== 0) { log(run.stderr); process.exit(1); }
    const data = JSON.parse(run.stdout);
    const warm = data.iterations.length > 1 ? data.iterations.slice(1) : data.iterations;
    const med = key => median(warm.map(it => it[key]));
    log(`${size} candidates: ${repeat} cold \`hitp analyze --json\` …`);
    const cliRuns = [];
    let json = null;
    for (let i = 0; i < repeat; i++) {
        const r = timedNode([cli, 'analyze', plan.file, '--json']);
        if (r.status !== 0 && r.status !== 1) { log(`hitp analyze failed (${r.status}): ${r.stderr}`); process.exit(1); }
        json ??= JSON.parse(r.stdout);
        cliRuns.push(r);
    }
    const entry = {
        size, lines,
        parse: med('parse'), index: med('index'), scopes: med('scopes'), link: med('link'), refs: med('refs'),
        parseLink: med('parseLink'), model: med('model'), analyzePlan: med('analyzePlan'),
        analysis: med('analysis'), validation: med('validation'), codeLens: med('codeLens'), inlayHints: med('inlayHints'),
        cpuParse: med('cpuParse'), cpuParseLink: med('cpuParseLink'), cpuCodeLens: med('cpuCodeLens'), cpuInlayHints: med('cpuInlayHints'), cpuAnalysis: med('cpuAnalysis'), cpuValidation: med('cpuValidation'),
        simulation: med('simulation'), cpuSimulation: med('cpuSimulation'),
        coldParseLink: data.iterations[0].parseLink, servicesMs: data.servicesMs,
        inProcessRssMb: data.maxRssMb,
        cliWall: median(cliRuns.map(r => r.wallMs)), cliCpu: median(cliRuns.map(r => r.cpuMs)),
        cliRssMb: median(cliRuns.map(r => r.rssMb)), cliRuns: cliRuns.map(r => Math.round(r.wallMs)),
        diagnostics: json.diagnostics.length, finish: json.plan?.finish ?? null,
    };
    entry.analysisShare = entry.analysis / entry.parseLink;
    entry.cpuAnalysisShare = entry.cpuAnalysis / entry.cpuParseLink;
    results.sizes.push(entry);
    log(`  parse+link ${ms(entry.parseLink)} ms, validation ${ms(entry.validation)} ms, analysis ${ms(entry.analysis)} ms, simulation ${ms(entry.simulation)} ms (CPU ${ms(entry.cpuSimulation)}), cold CLI ${ms(entry.cliWall)} ms [${entry.cliRuns.join(', ')}], RSS ${Math.round(entry.cliRssMb ?? 0)} MiB`);
}

// ---------------------------------------------------------------- 3. language server
if (!flag('no-lsp') && lspSize > 0) {
    const plan = planFile(lspSize);
    const { offset } = middleScoreDigit(plan.text, lspSize);
    const middle = plan.network.candidates[Math.floor(lspSize / 2)];
    const nameOffset = plan.text.indexOf(`candidate ${middle.name} `) + 'candidate '.length + 1;
    const afterOffset = plan.text.indexOf('    after ', nameOffset) + '    after '.length;
    log(`language server on ${lspSize} candidates: ${edits} edits …`);
    const r = await measureLsp({
        server, uri: `file://${plan.file}`, text: plan.text,
        editOffset: offset, hoverOffset: nameOffset, completionOffset: afterOffset, edits, queries: edits,
    });
    const stats = values => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values), all: values.map(v => Math.round(v * 10) / 10) });
    results.lsp = {
        size: lspSize, edits, queries: edits, openMs: r.openMs, edit: stats(r.editMs), hover: stats(r.hoverMs), completion: stats(r.completionMs),
        completionItems: r.completionItems, hoverText: r.hoverText, serverPeakRssMb: r.serverPeakRssMb,
    };
    log(`  edit → diagnostics p50 ${ms(results.lsp.edit.p50)} p95 ${ms(results.lsp.edit.p95)}; hover p50 ${ms(results.lsp.hover.p50)}; completion p50 ${ms(results.lsp.completion.p50)}`);
}

// ---------------------------------------------------------------- 4. TaskJuggler

/**
 * The Mon–Fri case (spec §11): a seeded network of `size` candidates with a Monday–Friday
 * calendar, holidays, lags and leads, through hitp and tj3, compared task by task.
 */
function calendarCase(tj3, size) {
    log(`TaskJuggler, ${size} candidates, Mon–Fri calendar with holidays and lags: hitp and tj3 …`);
    const network = generateCalendarNetwork(size, 17);
    const dir = path.join(benchDir, `tj-calendar-${size}`);
    mkdirSync(dir, { recursive: true });
    const planPath = path.join(dir, 'plan.hitp');
    writeFileSync(planPath, network.text);
    const hitpRun = timedNode([cli, 'analyze', planPath, '--json']);
    const json = JSON.parse(hitpRun.stdout);
    const years = Math.ceil((Date.parse(json.plan.finish) - Date.parse(network.start)) / (365 * 86_400_000)) + 2;
    const tjpPath = path.join(dir, 'plan.tjp');
    writeFileSync(tjpPath, calendarToTaskJuggler(network, years));
    const tj = runTj3(tj3, tjpPath);
    const compare = tj.ok ? compareCalendarSchedules(network, tj.tasks, json, 5) : null;
    log(`  hitp ${ms(hitpRun.wallMs)} ms, tj3 ${ms(tj.wallMs)} ms; ${compare ? (compare.differing === 0 ? `all ${compare.compared} tasks agree` : `${compare.differing} of ${compare.compared} tasks DIFFER`) : tj.error}`);
    return { hitpMs: hitpRun.wallMs, tj: { ok: tj.ok, error: tj.error, wallMs: tj.wallMs }, end: json.plan.finish, compare };
}
if (tjSizes.length > 0 || tjLevelledSizes.length > 0) {
    const tj3 = ensureTj3(log);
    if (!tj3) {
        results.tj = { version: 'not installed', error: 'tj3 is not available; the comparison was skipped.', sizes: [] };
    } else {
        results.tj = { version: tj3Version(tj3), sizes: [] };
        for (const size of [...new Set([...tjSizes, ...tjLevelledSizes])].sort((a, b) => a - b)) {
            const free = planFile(size, false);
            const reference = referenceSchedule(free.network);
            const years = Math.ceil((Date.parse(reference.end) - Date.parse(free.network.start)) / (365 * 86_400_000)) + 2;
            const files = writeTaskJugglerProjects(free.network, path.join(benchDir, `tj-${size}`), { years, title: `hitp benchmark, ${size} candidates` });
            const entry = { size };
            if (tjSizes.includes(size)) {
                log(`TaskJuggler, ${size} candidates, resource-free: hitp and tj3 …`);
                const hitpRuns = [];
                let json = null;
                for (let i = 0; i < repeat; i++) {
                    const r = timedNode([cli, 'analyze', free.file, '--json']);
                    json ??= JSON.parse(r.stdout);
                    hitpRuns.push(r.wallMs);
                }
                const tjRuns = [];
                for (let i = 0; i < repeat; i++) {
                    const r = runTj3(tj3, files.cpm);
                    tjRuns.push(r);
                    if (!r.ok) break;
                }
                const cpm = tjRuns[tjRuns.length - 1];
                entry.hitpMs = median(hitpRuns);
                entry.cpm = { ok: cpm.ok, error: cpm.error, wallMs: median(tjRuns.map(r => r.wallMs)), cpuMs: median(tjRuns.map(r => r.cpuMs)), maxRssMb: cpm.maxRssMb };
                entry.ratio = cpm.ok ? entry.hitpMs / entry.cpm.wallMs : null;
                entry.referenceEnd = reference.end;
                if (cpm.ok) entry.compare = compareSchedules(free.network, cpm.tasks, json);
                log(`  hitp ${ms(entry.hitpMs)} ms, tj3 ${ms(entry.cpm.wallMs)} ms; ${entry.compare ? (entry.compare.agree ? 'schedules agree' : `schedules DIFFER: ${entry.compare.finishDiffs} finishes, ${entry.compare.startDiffs} starts, ${entry.compare.criticalDiffs} critical flags`) : cpm.error}`);
                entry.calendar = calendarCase(tj3, size);
            }
            if (tjLevelledSizes.includes(size)) {
                log(`TaskJuggler, ${size} candidates, levelled (timing only) …`);
                const lev = runTj3(tj3, files.levelled, { timeoutMs: 300_000 });
                const hitpLevelled = timedNode([cli, 'analyze', planFile(size).file, '--json']);
                entry.levelled = { ok: lev.ok, error: lev.error, wallMs: lev.wallMs, cpuMs: lev.cpuMs };
                entry.levelledRatio = lev.ok ? hitpLevelled.wallMs / lev.wallMs : null;
                log(`  hitp ${ms(hitpLevelled.wallMs)} ms, tj3 ${lev.ok ? `${ms(lev.wallMs)} ms` : lev.error}`);
            }
            results.tj.sizes.push(entry);
        }
    }
}

// ---------------------------------------------------------------- 5. targets and report
results.targets = judgeTargets(results);
results.machine.loadEnd = os.loadavg();
const markdown = writeResults(results, path.join(outDir, 'bench-results.md'), path.join(outDir, 'bench-results.json'));
process.stdout.write(markdown + '\n');
log(`wrote ${path.relative(root, path.join(outDir, 'bench-results.md'))} and bench-results.json`);
