// The benchmark's TaskJuggler side (issue 7): the same network as a TaskJuggler project,
// run through Debian's `tj3`, and a comparison of its schedule with hitp's `analyze --json`.
//
// Calendar semantics: hitp counts calendar days (spec §2). In TaskJuggler, `duration Nd` is
// calendar time (independent of working hours), while `length` counts working days; so every
// candidate is a `duration` task. The project runs 24/7 (`workinghours mon - sun 0:00 - 24:00`,
// `dailyworkinghours 24`) so that the levelled variant's `effort` days are calendar days too.
// Durations are whole days and weeks only (the generator never writes months).
//
// Phases are container tasks. A hitp phase starts at the latest finish of the phases it is
// `after` (TJ: `depends` on the container, inherited by its children) and finishes at the
// latest finish of its candidates or start + its own duration: the container holds one extra
// child task `own` with that duration. TaskJuggler reports task ends as exclusive timestamps
// (2027-03-15-00:00 for a task ending on the 14th), which is exactly hitp's `finish`.
//
// TaskJuggler has no total-float column, so its critical set is derived from its own dates:
// a node is critical when a chain of tight precedence edges (successor starts the day the
// predecessor finishes) leads from it to the project end. With pure CPM dates this is exactly
// the zero-total-float set, the definition hitp uses.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const DAY_MS = 86_400_000;
const toDay = iso => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const toIso = day => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Is `tj3` on the PATH? If not and we are root, install Debian's package (apt-get update first). */
export function ensureTj3(log = console.error) {
    const which = () => spawnSync('sh', ['-c', 'command -v tj3'], { encoding: 'utf8' }).stdout.trim();
    let found = which();
    if (found) return found;
    if (typeof process.getuid === 'function' && process.getuid() !== 0) {
        log('tj3 is not installed and this is not root: run `sudo apt-get install -y tj3` to compare with TaskJuggler.');
        return null;
    }
    log('tj3 not found: installing Debian package tj3 (apt-get update && apt-get install -y tj3) …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    let install = spawnSync('apt-get', ['install', '-y', 'tj3'], { encoding: 'utf8', env });
    if (install.status !== 0) {
        spawnSync('apt-get', ['update'], { encoding: 'utf8', env });
        install = spawnSync('apt-get', ['install', '-y', 'tj3'], { encoding: 'utf8', env });
    }
    found = which();
    if (!found) log(`could not install tj3: ${(install.stderr || install.stdout || '').trim().split('\n').slice(-2).join(' ')}`);
    return found || null;
}

export function tj3Version(tj3) {
    const result = spawnSync(tj3, ['--version'], { encoding: 'utf8' });
    return (result.stdout || '').trim().split('\n').find(l => l.includes('TaskJuggler')) ?? 'tj3';
}

/** The plain CPM forward pass over the generated network: a third opinion, and the project length TJ needs. */
export function referenceSchedule(network) {
    const start = toDay(network.start);
    const finish = new Map();
    const phaseFinish = new Map();
    // Phases and candidates only point backwards (earlier phases, earlier candidates), so settling
    // phase by phase, candidates in order, is a topological order.
    const candidatesOf = new Map(network.phases.map(p => [p.name, []]));
    for (const c of network.candidates) candidatesOf.get(c.phase)?.push(c);
    for (const p of network.phases) {
        const ps = Math.max(start, ...p.after.map(q => phaseFinish.get(q)));
        let pf = ps + p.days;
        for (const c of candidatesOf.get(p.name)) {
            const s = Math.max(ps, ...c.after.map(a => finish.get(a)));
            finish.set(c.name, s + c.days);
            pf = Math.max(pf, s + c.days);
        }
        phaseFinish.set(p.name, pf);
    }
    const end = Math.max(start, ...finish.values(), ...phaseFinish.values());
    return { finish, end: toIso(end), endDay: end };
}

function tjString(text) {
    return `"${text.replace(/["\\]/g, '')}"`;
}

/**
 * The TaskJuggler project for `network`. `levelled: true` adds a team of `capacityFte` resources
 * and turns each candidate into an effort task (effort = days × FTE, rounded up to whole people),
 * each person chosen among the whole team: TaskJuggler's own levelling, for the timing comparison only.
 */
export function toTaskJuggler(network, { levelled = false, years = 10, title = 'hitp benchmark' } = {}) {
    const out = [];
    const line = text => out.push(text);
    line(`project bench ${tjString(title)} ${network.start} +${years}y {`);
    line('  timezone "UTC"');
    line('  dailyworkinghours 24');
    line('  workinghours mon - sun 0:00 - 24:00');
    line('  now 2027-01-01');
    line('}');
    const team = levelled ? Math.max(1, Math.round(network.capacityFte ?? 6)) : 0;
    if (levelled) {
        line('resource team "Team" {');
        for (let r = 1; r <= team; r++) line(`  resource r${r} "Person ${r}"`);
        line('}');
    }
    const phaseOf = new Map();
    for (const p of network.phases) for (const c of p.includes) phaseOf.set(c, p.name);
    const byName = new Map(network.candidates.map(c => [c.name, c]));
    for (const p of network.phases) {
        line(`task ${p.name} ${tjString(p.name)} {`);
        if (p.after.length > 0) line(`  depends ${p.after.join(', ')}`);
        line(`  task own "phase duration" { duration ${p.days}d }`);
        for (const name of p.includes) {
            const c = byName.get(name);
            const deps = c.after.map(a => `${phaseOf.get(a)}.${a}`);
            const body = [];
            if (levelled && c.effortFte > 0) {
                const people = Math.min(team, Math.ceil(c.effortFte));
                body.push(`effort ${c.days * people}d`);
                // Fixed people, round robin over the team: alternatives (`select minloaded`) make tj3 100× slower.
                const first = network.candidates.indexOf(c) * people;
                body.push(`allocate ${Array.from({ length: people }, (_, k) => `r${((first + k) % team) + 1}`).join(', ')}`);
            } else {
                body.push(`duration ${c.days}d`);
            }
            if (deps.length > 0) body.push(`depends ${deps.join(', ')}`);
            line(`  task ${c.name} ${tjString(c.title)} { ${body.join(' ')} }`);
        }
        line('}');
    }
    line('taskreport "tasks" {');
    line('  formats csv');
    line('  columns id, start, end');
    line('  timeformat "%Y-%m-%d-%H:%M"');
    line('  hideresource 1');
    line('}');
    return out.join('\n') + '\n';
}

/**
 * Runs `tj3` on `tjpFile` (output into its directory). Returns wall time, peak RSS (KiB, via
 * /usr/bin/time when present) and the parsed task report, or an error.
 */
export function runTj3(tj3, tjpFile, { timeoutMs = 600_000 } = {}) {
    const dir = path.dirname(tjpFile);
    const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
    const args = ['--silent', '--no-color', '-o', dir, tjpFile];
    const t0 = process.hrtime.bigint();
    const result = timeBin
        ? spawnSync(timeBin, ['-f', '__TIME__ %e %U %S %M', tj3, ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 })
        : spawnSync(tj3, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const timeLine = (result.stderr ?? '').split('\n').find(l => l.startsWith('__TIME__'));
    const [, , user, sys, maxRssKb] = timeLine ? timeLine.split(' ') : [];
    const cpuMs = user === undefined ? null : (Number(user) + Number(sys)) * 1000;
    if (result.error || result.status !== 0) {
        const why = result.error?.code === 'ETIMEDOUT' ? `timed out after ${timeoutMs / 1000} s` : (result.stderr || result.stdout || String(result.error)).trim().split('\n').filter(l => !l.startsWith('__TIME__')).slice(0, 3).join(' | ');
        return { ok: false, error: why, wallMs, cpuMs };
    }
    const csv = readFileSync(path.join(dir, 'tasks.csv'), 'utf8');
    const tasks = new Map();
    for (const row of csv.split('\n').slice(1)) {
        const cells = row.split(';').map(cell => cell.replace(/^"|"$/g, ''));
        if (cells.length < 3) continue;
        tasks.set(cells[0], { start: cells[1], end: cells[2] });
    }
    return { ok: true, wallMs, cpuMs, maxRssMb: maxRssKb ? Number(maxRssKb) / 1024 : null, tasks };
}

/** `2027-03-15-00:00` → ISO day number (null when the time is not midnight: a calendar mismatch). */
function tjDay(stamp) {
    const m = /^(\d{4}-\d{2}-\d{2})-(\d{2}):(\d{2})$/.exec(stamp ?? '');
    if (!m || m[2] !== '00' || m[3] !== '00') return null;
    return toDay(m[1]);
}

/** The critical set from dates, by tight edges back from the project end (see the header). */
function criticalFromDates(network, dates) {
    const { cs, ce, ps, pf, end } = dates;
    const phaseOf = new Map();
    for (const p of network.phases) for (const c of p.includes) phaseOf.set(c, p.name);
    const byName = new Map(network.candidates.map(c => [c.name, c]));
    const byPhase = new Map(network.phases.map(p => [p.name, p]));
    // Backward walk. Nodes: `c:NAME`, `ps:PHASE`, `pf:PHASE`.
    const critical = new Set();
    const stack = [];
    const mark = key => { if (!critical.has(key)) { critical.add(key); stack.push(key); } };
    for (const c of network.candidates) if (ce.get(c.name) === end) mark(`c:${c.name}`);
    for (const p of network.phases) if (pf.get(p.name) === end) mark(`pf:${p.name}`);
    // Reverse edges: for each node, its predecessors with a tight edge into it.
    const predecessorsOf = key => {
        const [kind, name] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
        const result = [];
        if (kind === 'c') {
            const c = byName.get(name);
            for (const a of c.after) if (ce.get(a) === cs.get(name)) result.push(`c:${a}`);
            const p = phaseOf.get(name);
            if (p && ps.get(p) === cs.get(name)) result.push(`ps:${p}`);
        } else if (kind === 'pf') {
            const p = byPhase.get(name);
            for (const c of p.includes) if (ce.get(c) === pf.get(name)) result.push(`c:${c}`);
            if (ps.get(name) + p.days === pf.get(name)) result.push(`ps:${name}`);
        } else {
            const p = byPhase.get(name);
            for (const q of p.after) if (pf.get(q) === ps.get(name)) result.push(`pf:${q}`);
        }
        return result;
    };
    while (stack.length > 0) for (const pred of predecessorsOf(stack.pop())) mark(pred);
    return critical;
}

/**
 * Compares TaskJuggler's schedule (`tasks` from `runTj3`) with hitp's `analyze --json` output for
 * the same resource-free network: every candidate's start and finish, every phase's dates, the
 * project end and the critical set.
 */
export function compareSchedules(network, tjTasks, hitpJson) {
    const phaseOf = new Map();
    for (const p of network.phases) for (const c of p.includes) phaseOf.set(c, p.name);
    const tj = { cs: new Map(), ce: new Map(), ps: new Map(), pf: new Map() };
    let unparsable = 0;
    for (const c of network.candidates) {
        const t = tjTasks.get(`${phaseOf.get(c.name)}.${c.name}`);
        const s = tjDay(t?.start), e = tjDay(t?.end);
        if (s === null || e === null) unparsable++;
        tj.cs.set(c.name, s); tj.ce.set(c.name, e);
    }
    for (const p of network.phases) {
        const t = tjTasks.get(p.name);
        tj.ps.set(p.name, tjDay(t?.start)); tj.pf.set(p.name, tjDay(t?.end));
    }
    const tjEnd = Math.max(...tj.ce.values(), ...tj.pf.values());
    tj.end = tjEnd;

    const hc = new Map(hitpJson.candidates.map(c => [c.name, c]));
    const hp = new Map(hitpJson.phases.map(p => [p.name, p]));
    let startDiffs = 0, finishDiffs = 0, phaseDiffs = 0;
    const examples = [];
    for (const c of network.candidates) {
        const h = hc.get(c.name);
        const hs = h?.start ? toDay(h.start) : null, hf = h?.finish ? toDay(h.finish) : null;
        if (hs !== tj.cs.get(c.name)) startDiffs++;
        if (hf !== tj.ce.get(c.name)) {
            finishDiffs++;
            if (examples.length < 5) examples.push(`${c.name}: hitp ${h?.finish ?? '—'}, tj3 ${tj.ce.get(c.name) === null ? '—' : toIso(tj.ce.get(c.name))}`);
        }
    }
    for (const p of network.phases) {
        const h = hp.get(p.name);
        if (!h || toDay(h.start) !== tj.ps.get(p.name) || toDay(h.finish) !== tj.pf.get(p.name)) phaseDiffs++;
    }
    const hitpEnd = hitpJson.plan?.finish ?? null;
    const tjCritical = criticalFromDates(network, tj);
    const tjCriticalCandidates = new Set(network.candidates.filter(c => tjCritical.has(`c:${c.name}`)).map(c => c.name));
    const hitpCriticalCandidates = new Set(hitpJson.candidates.filter(c => c.critical).map(c => c.name));
    const criticalOnlyHitp = [...hitpCriticalCandidates].filter(n => !tjCriticalCandidates.has(n));
    const criticalOnlyTj = [...tjCriticalCandidates].filter(n => !hitpCriticalCandidates.has(n));
    const tjCriticalPhases = new Set(network.phases.filter(p => tjCritical.has(`ps:${p.name}`) || tjCritical.has(`pf:${p.name}`)).map(p => p.name));
    const hitpCriticalPhases = new Set((hitpJson.phases ?? []).filter(p => p.critical).map(p => p.name));
    const phaseCriticalDiffs = network.phases.filter(p => tjCriticalPhases.has(p.name) !== hitpCriticalPhases.has(p.name)).length;
    const endAgrees = hitpEnd !== null && toDay(hitpEnd) === tjEnd;
    const agree = endAgrees && startDiffs === 0 && finishDiffs === 0 && phaseDiffs === 0
        && criticalOnlyHitp.length === 0 && criticalOnlyTj.length === 0 && unparsable === 0;
    return {
        agree,
        tasks: network.candidates.length,
        phases: network.phases.length,
        hitpEnd,
        tjEnd: Number.isFinite(tjEnd) ? toIso(tjEnd) : null,
        endAgrees,
        startDiffs,
        finishDiffs,
        phaseDiffs,
        unparsable,
        criticalHitp: hitpCriticalCandidates.size,
        criticalTj: tjCriticalCandidates.size,
        criticalOnlyHitp: criticalOnlyHitp.slice(0, 5),
        criticalOnlyTj: criticalOnlyTj.slice(0, 5),
        criticalDiffs: criticalOnlyHitp.length + criticalOnlyTj.length,
        phaseCriticalDiffs,
        examples,
    };
}

/** Writes both TaskJuggler variants of `network` into `dir`; returns their paths. */
export function writeTaskJugglerProjects(network, dir, { years, title }) {
    mkdirSync(path.join(dir, 'cpm'), { recursive: true });
    mkdirSync(path.join(dir, 'levelled'), { recursive: true });
    const cpm = path.join(dir, 'cpm', 'plan.tjp');
    const levelled = path.join(dir, 'levelled', 'plan.tjp');
    writeFileSync(cpm, toTaskJuggler(network, { levelled: false, years, title }));
    writeFileSync(levelled, toTaskJuggler(network, { levelled: true, years: years * 3, title }));
    return { cpm, levelled };
}
