// The Mon–Fri side of the TaskJuggler comparison (issue 17, spec §11): a seeded resource-free
// network with a Monday–Friday calendar, public holidays (single days and a range), lags and
// leads, written both as a .hitp plan and as a TaskJuggler project, and a task-by-task
// comparison of tj3's schedule with hitp's.
//
// The mapping is the one spec §11 pins (TaskJuggler 3.7):
// - `workinghours mon - fri 9:00 - 17:00`, `workinghours sat, sun off`, `leaves holiday`;
// - `N days` / `N weeks` → `length Nd` / `length (5N)d` (working days);
// - `after X + N unit` → `depends X { gaplength Nd }`;
// - `after X - N days` (a lead of N ≤ X's length L) → `depends X { onstart gaplength (L−N)d }`
//   (plain `onstart` when N = L);
// - a phase is a container with a child `own` of the phase's own duration (a milestone when it
//   has none), as in taskjuggler.mjs.
// tj3 reports a start or end at the end of a working day (17:00) when work begins on the next
// working day; hitp's start is that working day and its finish "the first working day after the
// last day of work", so both convert with `hitpDay` below.
import { mulberry32 } from './generate-plan.mjs';

const DAY_MS = 86_400_000;
const toDay = iso => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const toIso = day => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** ISO weekday, 1 = Monday … 7 = Sunday. */
const weekday = day => ((((day + 3) % 7) + 7) % 7) + 1;

/** Public holidays of the generated plans: single days and one inclusive range. */
export const CALENDAR_HOLIDAYS = [
    ['2027-01-18', '2027-01-18'], ['2027-02-15', '2027-02-15'], ['2027-05-31', '2027-05-31'],
    ['2027-07-05', '2027-07-05'], ['2027-09-06', '2027-09-06'], ['2027-11-25', '2027-11-26'],
    ['2027-12-24', '2027-12-31'], ['2028-01-17', '2028-01-17'], ['2028-05-29', '2028-05-29'],
    ['2028-07-04', '2028-07-04'], ['2028-12-25', '2028-12-26'],
];

/** The Mon–Fri calendar with `CALENDAR_HOLIDAYS`, as a predicate on ISO days. */
export function isWorkingDay(day) {
    if (weekday(day) > 5) return false;
    return !CALENDAR_HOLIDAYS.some(([a, b]) => toDay(a) <= day && day <= toDay(b));
}

function nextWorkingDay(day) {
    let d = day;
    while (!isWorkingDay(d)) d++;
    return d;
}

/** A tj3 timestamp (`2027-01-20-17:00`) → the hitp day it means (see the header); null when unreadable. */
export function hitpDay(stamp) {
    const m = /^(\d{4}-\d{2}-\d{2})-(\d{2}):(\d{2})$/.exec(stamp ?? '');
    if (!m) return null;
    const endOfDay = Number(m[2]) >= 17;
    return nextWorkingDay(toDay(m[1]) + (endOfDay ? 1 : 0));
}

/**
 * A seeded network of `size` candidates in phases of up to 8, each candidate `after` 0–2 earlier
 * ones (same or earlier phase) with a lag, a lead or neither; phases chain with optional lags.
 * Returns the .hitp text and the network as data.
 */
export function generateCalendarNetwork(size, seed = 17) {
    const random = mulberry32(seed ^ Math.imul(size, 2246822519));
    const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
    // The plan may start on a weekend or a holiday: the first work moves to the next working day.
    const start = toIso(toDay('2027-01-01') + int(0, 20));
    const candidates = [];
    const phases = [];
    const phaseCount = Math.max(1, Math.ceil(size / 8));
    for (let k = 0; k < phaseCount; k++) {
        const name = `W${k + 1}`;
        const ownWeeks = random() < 0.7 ? int(1, 4) : 0;
        const lag = k > 0 && random() < 0.5 ? { sign: 1, amount: int(1, 5), unit: random() < 0.5 ? 'days' : 'weeks' } : null;
        phases.push({ name, after: k > 0 ? [{ name: `W${k}`, lag }] : [], ownWorkingDays: ownWeeks * 5, ownText: ownWeeks ? `${ownWeeks} weeks` : null, includes: [] });
    }
    for (let i = 0; i < size; i++) {
        const phase = phases[Math.floor(i / 8)];
        const inWeeks = random() < 0.4;
        const amount = inWeeks ? int(1, 6) : int(1, 25);
        const workingDays = inWeeks ? amount * 5 : amount;
        const after = [];
        const picks = i === 0 ? 0 : int(0, 2);
        for (let e = 0; e < picks; e++) {
            const j = int(Math.max(0, i - 12), i - 1);
            if (after.some(a => a.name === candidates[j].name)) continue;
            const pred = candidates[j];
            const roll = random();
            const lag = roll < 0.35 ? { sign: 1, amount: int(1, 10), unit: 'days' }
                : roll < 0.5 ? { sign: 1, amount: int(1, 3), unit: 'weeks' }
                : roll < 0.75 ? { sign: -1, amount: int(0, pred.workingDays), unit: 'days' }
                : null;
            after.push({ name: pred.name, lag });
        }
        const candidate = { name: `T${i + 1}`, phase: phase.name, workingDays, durationText: `${amount} ${inWeeks ? 'weeks' : 'days'}`, after };
        candidates.push(candidate);
        phase.includes.push(candidate.name);
    }
    return { start, candidates, phases, text: toHitp({ start, candidates, phases }) };
}

const lagText = lag => lag ? ` ${lag.sign > 0 ? '+' : '-'} ${lag.amount} ${lag.unit}` : '';

function toHitp({ start, candidates, phases }) {
    const out = [];
    const holidays = CALENDAR_HOLIDAYS.map(([a, b]) => a === b ? `    holiday ${a}` : `    holiday ${a} to ${b}`);
    out.push(`plan Cal "Mon-Fri network" {`, `    start ${start}`, '    workdays Mon-Fri', ...holidays, '}');
    out.push('criteria { Value "Value" weight 100% }');
    for (const c of candidates) {
        const after = c.after.length > 0 ? ` after ${c.after.map(a => `${a.name}${lagText(a.lag)}`).join(', ')}` : '';
        out.push(`candidate ${c.name} { scores Value 3 duration ${c.durationText}${after} }`);
    }
    for (const p of phases) {
        const after = p.after.length > 0 ? ` after ${p.after.map(a => `${a.name}${lagText(a.lag)}`).join(', ')}` : '';
        const own = p.ownText ? ` duration ${p.ownText}` : '';
        const includes = p.includes.length > 0 ? ` includes ${p.includes.join(', ')}` : '';
        out.push(`phase ${p.name} {${own}${after}${includes} }`);
    }
    return out.join('\n') + '\n';
}

function tjDepends(a, path, predLength) {
    if (!a.lag) return path;
    const days = a.lag.unit === 'weeks' ? a.lag.amount * 5 : a.lag.amount;
    if (a.lag.sign > 0) return `${path} { gaplength ${days}d }`;
    const gap = predLength - days;
    return gap > 0 ? `${path} { onstart gaplength ${gap}d }` : `${path} { onstart }`;
}

/** The same network as a TaskJuggler project (Mon–Fri working hours, holidays as leaves). */
export function calendarToTaskJuggler(network, years = 6) {
    const out = [];
    out.push(`project cal "Mon-Fri network" ${network.start} +${years}y {`, '  timezone "UTC"', '  dailyworkinghours 8',
        '  workinghours mon - fri 9:00 - 17:00', '  workinghours sat, sun off', `  now ${network.start}`, '}');
    CALENDAR_HOLIDAYS.forEach(([a, b], i) => out.push(`leaves holiday "Holiday ${i + 1}" ${a} +${toDay(b) - toDay(a) + 1}d`));
    const byName = new Map(network.candidates.map(c => [c.name, c]));
    for (const p of network.phases) {
        out.push(`task ${p.name} "${p.name}" {`);
        if (p.after.length > 0) out.push(`  depends ${p.after.map(a => tjDepends(a, a.name, 0)).join(', ')}`);
        out.push(p.ownWorkingDays > 0 ? `  task own "phase duration" { length ${p.ownWorkingDays}d }` : '  task own "phase duration" { milestone }');
        for (const name of p.includes) {
            const c = byName.get(name);
            const deps = c.after.map(a => tjDepends(a, `${byName.get(a.name).phase}.${a.name}`, byName.get(a.name).workingDays));
            out.push(`  task ${c.name} "${c.name}" { length ${c.workingDays}d${deps.length > 0 ? ` depends ${deps.join(', ')}` : ''} }`);
        }
        out.push('}');
    }
    out.push('taskreport "tasks" {', '  formats csv', '  columns id, start, end', '  timeformat "%Y-%m-%d-%H:%M"', '  hideresource 1', '}');
    return out.join('\n') + '\n';
}

/** tj3's `tasks.csv` → Map id → { start, end } (the report's raw timestamps). */
export function readTaskReport(csv) {
    const tasks = new Map();
    for (const row of csv.split('\n').slice(1)) {
        const cells = row.split(';').map(cell => cell.replace(/^"|"$/g, ''));
        if (cells.length >= 3) tasks.set(cells[0], { start: cells[1], end: cells[2] });
    }
    return tasks;
}

/**
 * Every candidate's and phase's start and finish, hitp's (`analyze --json` shape) against tj3's.
 * Returns the number of tasks compared and the disagreements (up to `limit` described).
 */
export function compareCalendarSchedules(network, tjTasks, hitpJson, limit = 10) {
    const hitp = new Map([...hitpJson.candidates, ...hitpJson.phases].map(x => [x.name, x]));
    const phaseOf = new Map(network.candidates.map(c => [c.name, c.phase]));
    const differences = [];
    let compared = 0;
    const check = (name, id) => {
        compared++;
        const h = hitp.get(name);
        const t = tjTasks.get(id);
        const tjStart = hitpDay(t?.start), tjFinish = hitpDay(t?.end);
        const ok = h && tjStart !== null && tjFinish !== null && h.start === toIso(tjStart) && h.finish === toIso(tjFinish);
        if (!ok) differences.push(`${name}: hitp ${h?.start ?? '—'} → ${h?.finish ?? '—'}, tj3 ${t?.start ?? '—'} → ${t?.end ?? '—'}`);
    };
    for (const c of network.candidates) check(c.name, `${phaseOf.get(c.name)}.${c.name}`);
    for (const p of network.phases) check(p.name, p.name);
    return { compared, differing: differences.length, differences: differences.slice(0, limit) };
}
