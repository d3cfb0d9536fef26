// Seeded synthetic .hitp plans for the benchmark (issue 7), deterministic for a given (size, seed).
//
// Shape, per 100 candidates: one phase (`phase P001`) that includes them, with its own duration
// and a milestone; phases run in programmes of 10 (phase k is `after` phase k−1 inside a
// programme), so the plan's span grows with the number of programmes, not linearly in years.
// Every candidate is ~12 lines: owner, supports, five scores, a duration in days or weeks
// (never months: calendar-month arithmetic would need the same rules in TaskJuggler), an
// effort, cash flows, and 0–3 `after` edges to earlier candidates within a sliding window
// (clipped to the programme, so that dependencies never point into a later phase).
//
// The function also returns the network as data, so that scripts/bench/taskjuggler.mjs can
// write the same network for tj3 and compare the schedules.
//
// Usage as a module: `import { generatePlan, mulberry32 } from './generate-plan.mjs'`.
// Usage as a script: `node scripts/bench/generate-plan.mjs 1000 [seed] > plan.hitp`.

/** mulberry32: a tiny, fast, seedable 32-bit PRNG. Returns a function giving floats in [0, 1). */
export function mulberry32(seed) {
    let a = seed >>> 0;
    return function next() {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export const PLAN_START = '2027-01-04';
export const CANDIDATES_PER_PHASE = 100;
export const PHASES_PER_PROGRAMME = 10;
/** How far back `after` edges may reach (in candidates). */
export const WINDOW = 40;

const CRITERIA = [
    ['Strategic', 'Strategic alignment', 30],
    ['Clinical', 'Clinical impact', 25],
    ['Efficiency', 'Operational efficiency', 20],
    ['Risk', 'Risk reduction', 15],
    ['Resources', 'Resource availability', 10],
];
const STAKEHOLDERS = [
    ['Cmo', 'Chief Medical Officer', 'sponsor', 'high', 'high'],
    ['Cio', 'Chief Information Officer', 'sponsor', 'high', 'high'],
    ['Architect', 'IT architecture lead', 'architecture', 'medium', 'high'],
    ['Finance', 'Finance business partner', 'finance', 'medium', 'medium'],
    ['Pmo', 'Programme office', 'pmo', 'medium', 'high'],
];
const OBJECTIVES = 8;
const NOUNS = ['network', 'storage', 'EHR module', 'identity service', 'PACS archive', 'interface engine', 'backup', 'Wi-Fi', 'data centre', 'endpoint fleet'];
const VERBS = ['Refresh', 'Migrate', 'Consolidate', 'Upgrade', 'Harden', 'Virtualise', 'Replace', 'Segment'];

const pad = (n, width) => String(n).padStart(width, '0');

function isoPlusDays(iso, days) {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
}

/**
 * @param {number} size number of candidates
 * @param {{ seed?: number, capacity?: boolean, uncertainty?: boolean }} [options] `capacity: false` leaves out the
 *        plan's `capacity` line (the resource-free network used for the TaskJuggler comparison);
 *        `uncertainty: true` adds three-point durations and risks (spec §7, §8) without changing any other line.
 * @returns {{ text: string, network: { start: string, capacityFte: number | null,
 *   candidates: { name: string, title: string, days: number, effortFte: number, after: string[], phase: string }[],
 *   phases: { name: string, days: number, after: string[], includes: string[] }[] } }}
 */
export function generatePlan(size, options = {}) {
    const seed = options.seed ?? 20270104;
    const withCapacity = options.capacity ?? true;
    const withUncertainty = options.uncertainty ?? false;
    const random = mulberry32(seed ^ Math.imul(size, 2654435761));
    const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
    const pick = list => list[Math.floor(random() * list.length)];
    const width = Math.max(4, String(size).length);
    const name = i => `C${pad(i, width)}`;
    const phaseCount = Math.ceil(size / CANDIDATES_PER_PHASE);
    const phaseName = k => `P${pad(k + 1, 3)}`;
    // A team that grows with the plan: enough that levelling stretches, not serialises, the work.
    const capacityFte = withCapacity ? Math.max(6, Math.round(size / 40)) : null;

    const out = [];
    const line = text => out.push(text);
    line(`// Synthetic benchmark plan: ${size} candidates, seed ${seed}${withCapacity ? '' : ', no capacity (resource-free network)'}.`);
    line(`plan Bench${size} "Synthetic plan with ${size} candidates" {`);
    line(`    start ${PLAN_START}`);
    line('    horizon 7 years');
    line('    discount 8%');
    line('    inflation 3%');
    if (capacityFte !== null) line(`    capacity ${capacityFte} FTE`);
    line('    currency USD');
    line('}');
    line('');
    line('criteria {');
    for (const [id, title, weight] of CRITERIA) line(`    ${id} "${title}" weight ${weight}%`);
    line('}');
    line('');
    for (const [id, title, role, influence, interest] of STAKEHOLDERS) {
        line(`stakeholder ${id} "${title}" { role ${role} influence ${influence} interest ${interest} }`);
    }
    line('');
    line('kpi Incidents "Severity 1 incidents per month" { baseline 6 target <= 2 }');
    line('kpi EhrLoadTime "Average EHR page load time" { unit "s" baseline 3.1 target <= 2 }');
    for (let o = 1; o <= OBJECTIVES; o++) {
        line(`objective O${o} "Objective number ${o}" { kpi ${o % 2 ? 'Incidents' : 'EhrLoadTime'} owner ${STAKEHOLDERS[o % STAKEHOLDERS.length][0]} }`);
    }
    line('');

    const candidates = [];
    for (let i = 0; i < size; i++) {
        const phaseIndex = Math.floor(i / CANDIDATES_PER_PHASE);
        const programmeStart = Math.floor(phaseIndex / PHASES_PER_PROGRAMME) * PHASES_PER_PROGRAMME * CANDIDATES_PER_PHASE;
        const lo = Math.max(programmeStart, i - WINDOW);
        const edges = new Set();
        const wanted = i > lo ? int(0, 3) : 0;
        for (let e = 0; e < wanted; e++) edges.add(int(lo, i - 1));
        const after = [...edges].sort((a, b) => a - b).map(name);
        const inWeeks = random() < 0.8;
        const amount = inWeeks ? int(1, 12) : int(3, 40);
        const days = inWeeks ? amount * 7 : amount;
        const effortFte = int(1, 6) / 2;
        const candidate = {
            name: name(i), title: `${pick(VERBS)} ${pick(NOUNS)} ${i + 1}`, days, effortFte, after, phase: phaseName(phaseIndex),
        };
        candidates.push(candidate);
        line(`candidate ${candidate.name} "${candidate.title}" {`);
        line(`    owner ${pick(STAKEHOLDERS)[0]}`);
        line(`    supports O${int(1, OBJECTIVES)}`);
        line(`    scores ${CRITERIA.map(([id]) => `${id} ${int(1, 5)}`).join(', ')}`);
        // A three-point estimate on two candidates in three (spec §8), derived from the most likely
        // value so that the generator's random stream, and so every other line, stays the same.
        const range = withUncertainty && i % 3 !== 2 ? ` (${Math.max(1, Math.floor(amount * 0.8))} to ${Math.ceil(amount * 1.5)})` : '';
        line(`    duration ${amount} ${inWeeks ? 'weeks' : 'days'}${range}`);
        line(`    effort ${effortFte} FTE`);
        line(`    cost ${int(20, 900)}k once`);
        line(`    cost ${int(1, 60)}k yearly from year ${int(1, 2)}`);
        line(`    benefit ${int(10, 400)}k yearly from year ${int(1, 3)}${random() < 0.5 ? ` growing ${int(1, 6)}%` : ''}`);
        if (random() < 0.3) line(`    benefit ${int(10, 200)}k once in year ${int(1, 5)}`);
        if (random() < 0.2) line(`    advances infram stage ${int(4, 6)} by ${int(1, 3)}%`);
        if (after.length > 0) line(`    after ${after.join(', ')}`);
        line('}');
    }
    line('');

    const phases = [];
    for (let k = 0; k < phaseCount; k++) {
        const members = candidates.slice(k * CANDIDATES_PER_PHASE, (k + 1) * CANDIDATES_PER_PHASE);
        const after = k % PHASES_PER_PROGRAMME === 0 ? [] : [phaseName(k - 1)];
        const weeks = int(2, 8);
        phases.push({ name: phaseName(k), days: weeks * 7, after, includes: members.map(c => c.name) });
        line(`phase ${phaseName(k)} "Wave ${k + 1}" {`);
        line(`    duration ${weeks} weeks`);
        if (after.length > 0) line(`    after ${after.join(', ')}`);
        for (let j = 0; j < members.length; j += 10) {
            line(`    includes ${members.slice(j, j + 10).map(c => c.name).join(', ')}`);
        }
        const when = [members[int(0, members.length - 1)].name, members[int(0, members.length - 1)].name];
        line(`    milestone M${pad(k + 1, 3)} "Wave ${k + 1} go-live" due ${isoPlusDays(PLAN_START, 200 + 150 * (k % PHASES_PER_PROGRAMME))} when ${[...new Set(when)].join(', ')}`);
        line('    gate Incidents <= 4');
        line('}');
    }
    line('');
    if (withUncertainty) {
        // One risk per phase (spec §7), on two of its candidates: the simulation's delays.
        for (let k = 0; k < phaseCount; k++) {
            const members = candidates.slice(k * CANDIDATES_PER_PHASE, (k + 1) * CANDIDATES_PER_PHASE);
            const affects = [...new Set([members[0].name, members[members.length - 1].name])];
            line(`risk R${pad(k + 1, 3)} "Supplier slip in wave ${k + 1}" { affects ${affects.join(', ')} likelihood ${10 + (k % 5) * 10}% `
                + `impact ${1 + (k % 4)} weeks, ${50 + 10 * (k % 7)}k owner ${STAKEHOLDERS[k % STAKEHOLDERS.length][0]} mitigation "Second supplier" }`);
        }
        line('');
    }
    line('infram {');
    line('    stage 1 100%');
    line('    stage 2 95%');
    line('    stage 3 88%');
    line('    stage 4 76%');
    line('    stage 5 61%');
    line('    stage 6 30%');
    line('    stage 7 10%');
    line('    goal stage 5 by 2030-12-31');
    line('}');
    line('');
    line('cadence EhrUpgrades "EHR vendor upgrades" {');
    line('    vendor release every 13 weeks');
    line('    internal cycle 12 to 15 weeks');
    line('}');
    line('');
    return { text: out.join('\n'), network: { start: PLAN_START, capacityFte, candidates, phases } };
}

/** Where, in the text, to make a one-character edit "in the middle": the first score digit of the middle candidate. */
export function middleScoreDigit(text, size) {
    const width = Math.max(4, String(size).length);
    const target = `candidate C${pad(Math.floor(size / 2), width)} `;
    const at = text.indexOf(target);
    const scores = text.indexOf('scores Strategic ', at);
    const offset = scores + 'scores Strategic '.length;
    return { offset, candidate: target.slice('candidate '.length).trim() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const size = Number(process.argv[2] ?? 1000);
    const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
    process.stdout.write(generatePlan(size, { seed }).text);
}
