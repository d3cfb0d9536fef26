/**
 * fast-check arbitraries for `.hitp` text (issue 8, robustness):
 * - `validPlanText`: syntactically valid plans from the grammar, with random names, titles
 *   (unicode, right-to-left), references (some dangling, some cyclic), amounts, percentages,
 *   dates, durations and layouts (one line per setting or several on one line);
 * - `nearValidPlanText`: the same plans with a few random edits (a character range deleted,
 *   a brace or quote dropped, a token inserted, lines duplicated or swapped);
 * - the shipped examples under the mutations of the issue are in example-mutations.ts.
 *
 * Generated names and titles never contain the words the properties forbid in output
 * (`NaN`, `Infinity`, `undefined`, `null`), so any such word in a message is the product's.
 * Pure: no file system access (the examples are passed in as text).
 */
import fc from 'fast-check';

/** Words of the grammar: an identifier equal to one of them does not lex as an ID. */
export const KEYWORDS = new Set([
    'plan', 'start', 'horizon', 'years', 'year', 'discount', 'inflation', 'budget', 'capacity', 'FTE', 'currency',
    'criteria', 'scale', 'to', 'weight', 'stakeholder', 'role', 'influence', 'interest', 'sponsor', 'clinical',
    'architecture', 'finance', 'pmo', 'change', 'operations', 'vendor', 'users', 'low', 'medium', 'high',
    'objective', 'kpi', 'owner', 'unit', 'baseline', 'target', 'source', 'candidate', 'supports', 'scores',
    'duration', 'effort', 'cost', 'benefit', 'once', 'in', 'yearly', 'from', 'growing', 'advances', 'infram', 'at', 'go-live',
    'stage', 'by', 'after', 'phase', 'includes', 'milestone', 'due', 'when', 'gate', 'goal', 'cadence',
    'release', 'every', 'internal', 'cycle', 'days', 'day', 'weeks', 'week', 'months', 'month',
    // Spec §9.
    'status', 'started', 'finished', 'progress', 'measured', 'on', 'review', 'weekly', 'monthly', 'quarterly',
    'perspective', 'financial', 'patient', 'operational', 'strategic', 'behind', 'releases',
    'scenario', 'benefits', 'costs', 'durations', 'exclude',
    'risk', 'affects', 'likelihood', 'impact', 'mitigation', 'contingency', 'simulation', 'runs', 'seed', 'confidence',
]);

/**
 * Text the robustness properties forbid in anything shown to a user: JavaScript values printed
 * as text. The code `irr-undefined` is a name, not a value.
 */
export const FORBIDDEN_OUTPUT = /\bNaN\b|Infinity|(?<!-)\bundefined\b|\bnull\b|\[object Object\]/;

const FORBIDDEN_INPUT = /nan|infinity|undefined|null|object/i;

// ---------------------------------------------------------------- lexical pieces

const NAME_POOL = ['Core', 'Net', 'Ehr', 'Db', 'Wifi', 'Pacs', 'Lab', 'Mfa', 'Dr', 'Backup', 'A', 'B', 'X1', '_tmp', 'Ñame'];

/** An identifier (`[_a-zA-Z]\w*`), never a keyword. */
export const identifier: fc.Arbitrary<string> = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NAME_POOL.filter(n => /^[_a-zA-Z]\w*$/.test(n))) },
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Z][a-zA-Z0-9_]{0,10}$/) },
    { weight: 1, arbitrary: fc.stringMatching(/^_[a-z0-9]{0,3}$/) },
).filter(name => !KEYWORDS.has(name) && !FORBIDDEN_INPUT.test(name));

const RTL_AND_UNICODE = [
    'خطة تحديث الشبكة', 'שדרוג רשת הליבה', 'Überprüfung der Netzwerke', '病院ネットワーク更新', 'Réseau — cœur',
    'emoji 🏥💉', 'mixed עברית and English', '\u202Eright-to-left override', 'zero\u200Bwidth', 'tab\there',
    'combining e\u0301', 'surrogate 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];

/** Characters of a title; quotes and backslashes are escaped by `quote`. */
const titleChar = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ-0123456789,.:()/&%'.split('')) },
    { weight: 1, arbitrary: fc.constantFrom('"', '\\', '—', 'é', 'ü', 'ß', 'ع', 'א', '中', '🏥', '\u202E', '\u200F') },
);

export const titleText: fc.Arbitrary<string> = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: titleChar, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom(...RTL_AND_UNICODE) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
).map(text => text.replace(/[\r\n\u2028\u2029]/g, ' ')).filter(text => !FORBIDDEN_INPUT.test(text));

/** A STRING token: `"…"` with `"` and `\` escaped. */
export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const decimal = (max: number) => fc.oneof(
    fc.integer({ min: 0, max }).map(String),
    fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
);

/** An `Amount`: `450k`, `2.5M`, `1B`, `1200`, `0`, `1e308`, `-5k`. */
export const amountText: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(decimal(999), fc.constantFrom('k', 'M', 'B', '')).map(([n, s]) => `${n}${s}`) },
    { weight: 1, arbitrary: fc.constantFrom('0', '0k', '1e308', '1.7976931348623157e308', '9e307', '1e-300', '-5k', '999B', '-0') },
);

/** A plain NUMBER (`3`, `2.5`, `1e3`, `-1`). */
export const numberText: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: decimal(20) },
    { weight: 1, arbitrary: fc.constantFrom('0', '-1', '1e3', '1e308', '-0', '0.000001', '1E-5', '100') },
);

/** A PERCENT: `8%`, `-99.99%`, `0%`, `250%`. */
export const percentText: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: decimal(120).map(n => `${n}%`) },
    { weight: 1, arbitrary: fc.constantFrom('0%', '-99.99%', '-100%', '-150%', '100%', '1000%', '-0.5%', '99999%') },
);

/**
 * Whether `dateText` may produce 0000-01-01 and 9999-12-31. Off by default: the roadmap of a plan
 * spanning 10,000 years takes seconds to draw (reported), which would blow the 2,000-case budget
 * of `npm test` and `npm run fuzz`. `HITP_FUZZ_EXTREME_DATES=1` turns them on.
 */
const EXTREME_DATES = typeof process !== 'undefined' && process.env['HITP_FUZZ_EXTREME_DATES'] === '1';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A DATE: mostly real days of 2020..2040; some of 1900..2200 with impossible months and days;
 * rarely the extremes 0000-01-01 and 9999-12-31 (a roadmap spanning 10,000 years is slow to draw).
 */
export const dateText: fc.Arbitrary<string> = fc.oneof(
    { weight: 20, arbitrary: fc.tuple(fc.integer({ min: 2020, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
        .map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`) },
    { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
        .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`) },
    { weight: 3, arbitrary: fc.constantFrom('2027-02-29', '2028-02-29', '2027-13-01', '2027-04-31', '2027-00-10') },
    ...(EXTREME_DATES ? [{ weight: 1, arbitrary: fc.constantFrom('0000-01-01', '9999-12-31') }] : []),
);

export const durationText: fc.Arbitrary<string> = fc.tuple(
    fc.oneof({ weight: 5, arbitrary: decimal(60) }, { weight: 1, arbitrary: fc.constantFrom('0', '-3', '1e308', '1e9', '99999999') }),
    fc.constantFrom('days', 'day', 'weeks', 'week', 'months', 'month'),
).map(([n, unit]) => `${n} ${unit}`);

const comparator = fc.constantFrom('<=', '<', '>=', '>', '=');
const quantityText = fc.oneof(numberText, percentText, amountText);
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 3 });
const optTitle = maybe(titleText).map(t => (t === undefined ? '' : ` ${quote(t)}`));

/** Writes block lines either one per line (indented) or all on the block's line. */
function block(head: string, lines: string[], oneLine: boolean): string {
    if (lines.length === 0) return `${head} { }`;
    return oneLine ? `${head} { ${lines.join(' ')} }` : `${head} {\n${lines.map(l => `    ${l}`).join('\n')}\n}`;
}

/** Picks names for references: mostly declared ones, sometimes a dangling one. */
function refList(declared: string[], max: number): fc.Arbitrary<string[]> {
    const ref = declared.length === 0
        ? identifier
        : fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...declared) }, { weight: 1, arbitrary: identifier });
    return fc.array(ref, { minLength: 1, maxLength: max });
}

// ---------------------------------------------------------------- elements

interface Names {
    criteria: string[];
    stakeholders: string[];
    objectives: string[];
    kpis: string[];
    candidates: string[];
    phases: string[];
    risks: string[];
}

const uniqueNames = (min: number, max: number) => fc.uniqueArray(identifier, { minLength: min, maxLength: max });

const namesArb: fc.Arbitrary<Names> = fc.record({
    criteria: uniqueNames(0, 5),
    stakeholders: uniqueNames(0, 3),
    objectives: uniqueNames(0, 2),
    kpis: uniqueNames(0, 3),
    candidates: uniqueNames(0, 6),
    phases: uniqueNames(0, 3),
    risks: uniqueNames(0, 2),
});

function planBlock(name: string): fc.Arbitrary<string> {
    const settings = fc.record({
        start: maybe(dateText.map(d => `start ${d}`)),
        horizon: maybe(fc.oneof(fc.integer({ min: 0, max: 30 }).map(String), fc.constantFrom('0', '1', '100', '1000', '2.5', '-1', '1e308'))
            .map(n => `horizon ${n} ${n === '1' ? 'year' : 'years'}`)),
        discount: maybe(percentText.map(p => `discount ${p}`)),
        inflation: maybe(percentText.map(p => `inflation ${p}`)),
        budget: maybe(amountText.map(a => `budget ${a}`)),
        capacity: maybe(numberText.map(n => `capacity ${n} FTE`)),
        currency: maybe(fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'XYZ', 'usd', 'CHF').map(c => `currency ${c}`)),
        status: maybe(dateText.map(d => `status ${d}`)),
        // Spec §8. Mostly few runs: a plan without the line simulates 5,000 runs, which the fuzzer can afford only now and then.
        simulation: fc.option(fc.tuple(fc.constantFrom('100', '150', '300', '99', '1e9', '2.5', '-1'), maybe(fc.constantFrom('0', '1', '7', '4294967295', '4294967296', '1.5', '-3')))
            .map(([runs, seed]) => `simulation ${runs} runs${seed === undefined ? '' : ` seed ${seed}`}`), { nil: undefined, freq: 8 }),
        confidence: maybe(percentText.map(p => `confidence ${p}`)),
    });
    return fc.tuple(optTitle, settings, fc.boolean()).map(([title, s, oneLine]) =>
        block(`plan ${name}${title}`, Object.values(s).filter((l): l is string => l !== undefined), oneLine));
}

function criteriaBlock(names: Names): fc.Arbitrary<string> {
    const criterion = (name: string) => fc.tuple(optTitle, percentText).map(([title, w]) => `${name}${title} weight ${w}`);
    const allZero = fc.constant(names.criteria.map(n => `${n} weight 0%`));
    const lines = names.criteria.length === 0 ? fc.constant([] as string[]) : fc.oneof(
        { weight: 6, arbitrary: fc.tuple(...names.criteria.map(criterion)) },
        { weight: 1, arbitrary: allZero },
    );
    const scale = maybe(fc.tuple(numberText, numberText).map(([a, b]) => `scale ${a} to ${b}`));
    return fc.tuple(lines, scale, fc.boolean()).map(([ls, sc, oneLine]) => block('criteria', sc ? [sc, ...ls] : ls, oneLine));
}

function stakeholder(name: string): fc.Arbitrary<string> {
    const lines = fc.record({
        role: maybe(fc.constantFrom('sponsor', 'clinical', 'architecture', 'finance', 'pmo', 'change', 'operations', 'vendor', 'users').map(r => `role ${r}`)),
        influence: maybe(fc.constantFrom('low', 'medium', 'high').map(l => `influence ${l}`)),
        interest: maybe(fc.constantFrom('low', 'medium', 'high').map(l => `interest ${l}`)),
    });
    return fc.tuple(optTitle, lines, fc.boolean()).map(([title, l, oneLine]) =>
        block(`stakeholder ${name}${title}`, Object.values(l).filter((x): x is string => x !== undefined), oneLine));
}

function objective(name: string, names: Names): fc.Arbitrary<string> {
    const lines = fc.record({
        kpi: maybe(refList(names.kpis, 3).map(k => `kpi ${k.join(', ')}`)),
        owner: maybe(refList(names.stakeholders, 1).map(o => `owner ${o[0]}`)),
        perspective: maybe(fc.constantFrom('financial', 'clinical', 'patient', 'operational', 'strategic').map(p => `perspective ${p}`)),
    });
    return fc.tuple(optTitle, lines, fc.boolean()).map(([title, l, oneLine]) =>
        block(`objective ${name}${title}`, Object.values(l).filter((x): x is string => x !== undefined), oneLine));
}

function kpi(name: string): fc.Arbitrary<string> {
    const lines = fc.record({
        unit: maybe(titleText.map(u => `unit ${quote(u)}`)),
        baseline: maybe(quantityText.map(q => `baseline ${q}`)),
        target: maybe(fc.tuple(comparator, quantityText).map(([c, q]) => `target ${c} ${q}`)),
        source: maybe(titleText.map(s => `source ${quote(s)}`)),
        review: maybe(fc.constantFrom('weekly', 'monthly', 'quarterly', 'yearly').map(r => `review ${r}`)),
    });
    const measured = fc.array(fc.tuple(quantityText, dateText).map(([q, d]) => `measured ${q} on ${d}`), { maxLength: 3 });
    return fc.tuple(optTitle, lines, measured, fc.boolean()).map(([title, l, m, oneLine]) =>
        block(`kpi ${name}${title}`, [...Object.values(l).filter((x): x is string => x !== undefined), ...m], oneLine));
}

const flowLine: fc.Arbitrary<string> = fc.tuple(
    fc.constantFrom('cost', 'benefit'),
    amountText,
    fc.oneof(
        maybe(fc.integer({ min: 0, max: 12 })).map(y => (y === undefined ? 'once' : `once in year ${y}`)),
        // Spec §5: anchored to the schedule.
        fc.constantFrom('once at start', 'once at go-live'),
        fc.record({
            from: maybe(fc.oneof(fc.integer({ min: 0, max: 12 }).map(String), fc.constantFrom('1.5', '1e308', '-1', 'go-live'))),
            to: maybe(fc.oneof(fc.integer({ min: 0, max: 12 }).map(String), fc.constantFrom('1000', '1e308'))),
            growing: maybe(percentText),
        }).map(t => ['yearly', t.from && (t.from === 'go-live' ? 'from go-live' : `from year ${t.from}`), t.to && `to year ${t.to}`, t.growing && `growing ${t.growing}`]
            .filter(Boolean).join(' ')),
    ),
).map(([kind, amount, timing]) => `${kind} ${amount} ${timing}`);

function candidate(name: string, names: Names): fc.Arbitrary<string> {
    // Scores: usually one per criterion (or per default criterion), sometimes missing, unknown or out of range.
    const criteria = names.criteria.length > 0 ? names.criteria : ['Strategic', 'Clinical', 'Efficiency', 'Risk', 'Resources'];
    const score = (c: string) => fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }).map(v => `${c} ${v}`) },
        { weight: 1, arbitrary: fc.constantFrom('0', '6', '-1', '2.5', '1e308', '10').map(v => `${c} ${v}`) },
    );
    const scores = fc.tuple(...criteria.map(score), fc.boolean(), maybe(identifier)).map(([...rest]) => {
        const drop = rest[rest.length - 2] as boolean;
        const extra = rest[rest.length - 1] as string | undefined;
        const list = (rest.slice(0, -2) as string[]).slice(drop ? 1 : 0);
        if (extra) list.push(`${extra} 3`);
        return list.length > 0 ? `scores ${list.join(', ')}` : undefined;
    });
    // `after`: declared candidates (cycles and self-references happen) or dangling names.
    const lines = fc.record({
        owner: maybe(refList(names.stakeholders, 1).map(o => `owner ${o[0]}`)),
        supports: maybe(refList(names.objectives, 2).map(o => `supports ${o.join(', ')}`)),
        scores,
        duration: maybe(fc.tuple(durationText, maybe(fc.tuple(numberText, numberText)))
            .map(([d, range]) => `duration ${d}${range ? ` (${range[0]} to ${range[1]})` : ''}`)),
        effort: maybe(numberText.map(n => `effort ${n} FTE`)),
        flows: fc.array(flowLine, { maxLength: 4 }),
        advances: maybe(fc.tuple(fc.integer({ min: 0, max: 8 }), percentText).map(([s, p]) => `advances infram stage ${s} by ${p}`)),
        after: maybe(refList(names.candidates, 2).map(a => `after ${a.join(', ')}`)),
        started: maybe(dateText.map(d => `started ${d}`)),
        finished: maybe(dateText.map(d => `finished ${d}`)),
        progress: maybe(percentText.map(p => `progress ${p}`)),
    });
    return fc.tuple(optTitle, lines, fc.boolean(), fc.boolean()).map(([title, l, oneLine, reverse]) => {
        const all = [l.owner, l.supports, l.scores, l.duration, l.effort, ...l.flows, l.advances, l.after, l.started, l.finished, l.progress]
            .filter((x): x is string => x !== undefined);
        return block(`candidate ${name}${title}`, reverse ? all.reverse() : all, oneLine);
    });
}

function phase(name: string, names: Names): fc.Arbitrary<string> {
    const milestone = fc.tuple(identifier, optTitle, dateText, maybe(refList(names.candidates, 2)))
        .map(([m, title, due, when]) => `milestone ${m}${title} due ${due}${when ? ` when ${when.join(', ')}` : ''}`);
    const gate = refList(names.kpis, 2).chain(kpis => fc.tuple(...kpis.map(k => fc.tuple(comparator, quantityText).map(([c, q]) => `${k} ${c} ${q}`))))
        .map(conditions => `gate ${conditions.join(', ')}`);
    const lines = fc.record({
        duration: maybe(durationText.map(d => `duration ${d}`)),
        after: maybe(refList(names.phases, 2).map(p => `after ${p.join(', ')}`)),
        includes: maybe(refList(names.candidates, 3).map(c => `includes ${c.join(', ')}`)),
        milestones: fc.array(milestone, { maxLength: 2 }),
        gate: maybe(gate),
    });
    return fc.tuple(optTitle, lines, fc.boolean()).map(([title, l, oneLine]) =>
        block(`phase ${name}${title}`, [l.duration, l.after, l.includes, ...l.milestones, l.gate].filter((x): x is string => x !== undefined), oneLine));
}

const inframBlock: fc.Arbitrary<string> = fc.tuple(
    fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), percentText).map(([s, p]) => `stage ${s} ${p}`), { maxLength: 8 }),
    maybe(fc.tuple(fc.integer({ min: 0, max: 8 }), dateText).map(([s, d]) => `goal stage ${s} by ${d}`)),
    fc.boolean(),
).map(([stages, goal, oneLine]) => block('infram', goal ? [...stages, goal] : stages, oneLine));

function cadence(name: string): fc.Arbitrary<string> {
    const lines = fc.record({
        vendor: maybe(durationText.map(d => `vendor release every ${d}`)),
        cycle: maybe(fc.tuple(numberText, numberText, fc.constantFrom('days', 'weeks', 'months'))
            .map(([a, b, u]) => `internal cycle ${a} to ${b} ${u}`)),
        later: maybe(fc.tuple(numberText, numberText, fc.constantFrom('days', 'weeks', 'months'), dateText)
            .map(([a, b, u, d]) => `internal cycle ${a} to ${b} ${u} from ${d}`)),
        behind: maybe(numberText.map(n => `behind ${n} ${n === '1' ? 'release' : 'releases'}`)),
    });
    return fc.tuple(optTitle, lines, fc.boolean()).map(([title, l, oneLine]) =>
        block(`cadence ${name}${title}`, Object.values(l).filter((x): x is string => x !== undefined), oneLine));
}

/** Spec §7: a risk; `affects` and `likelihood` are sometimes missing (`invalid-value`), the impact in either order. */
function risk(name: string, names: Names): fc.Arbitrary<string> {
    const impact = fc.oneof(
        durationText, amountText,
        fc.tuple(durationText, amountText).map(([d, a]) => `${d}, ${a}`),
        fc.tuple(amountText, durationText).map(([a, d]) => `${a}, ${d}`),
    );
    const lines = fc.record({
        affects: maybe(refList(names.candidates, 3).map(c => `affects ${c.join(', ')}`)),
        likelihood: maybe(percentText.map(p => `likelihood ${p}`)),
        impact: maybe(impact.map(i => `impact ${i}`)),
        owner: maybe(refList(names.stakeholders, 1).map(o => `owner ${o[0]}`)),
        mitigation: maybe(titleText.map(t => `mitigation ${quote(t)}`)),
        contingency: maybe(amountText.map(a => `contingency ${a}`)),
    });
    return fc.tuple(optTitle, lines, fc.boolean()).map(([title, l, oneLine]) =>
        block(`risk ${name}${title}`, Object.values(l).filter((x): x is string => x !== undefined), oneLine));
}

/** `scenario` (spec §10): every line kind, signed changes, references to candidates and cadences (some dangling). */
function scenario(name: string, names: Names, cadences: string[]): fc.Arbitrary<string> {
    const change = fc.tuple(fc.constantFrom('', '+'), percentText).map(([sign, p]) => `${sign}${p}`);
    const lines = fc.record({
        discount: maybe(percentText.map(p => `discount ${p}`)),
        inflation: maybe(percentText.map(p => `inflation ${p}`)),
        benefits: maybe(change.map(c => `benefits ${c}`)),
        costs: maybe(change.map(c => `costs ${c}`)),
        durations: maybe(change.map(c => `durations ${c}`)),
        budget: maybe(amountText.map(a => `budget ${a}`)),
        capacity: maybe(numberText.map(n => `capacity ${n} FTE`)),
        start: maybe(dateText.map(d => `start ${d}`)),
        exclude: maybe(refList(names.candidates, 2).map(c => `exclude ${c.join(', ')}`)),
        cycle: maybe(fc.tuple(refList(cadences, 1), numberText, numberText, fc.constantFrom('days', 'weeks', 'months'))
            .map(([c, a, b, u]) => `cycle ${c[0]} ${a} to ${b} ${u}`)),
    });
    return fc.tuple(optTitle, lines, fc.boolean()).map(([title, l, oneLine]) =>
        block(`scenario ${name}${title}`, Object.values(l).filter((x): x is string => x !== undefined), oneLine));
}

/** Cadences, then scenarios whose `cycle` lines may name them. */
function cadencesAndScenarios(names: Names): fc.Arbitrary<string> {
    const joined = (parts: fc.Arbitrary<string>[]) => parts.length === 0 ? fc.constant('') : fc.tuple(...parts).map(x => x.join('\n\n'));
    return fc.tuple(fc.array(identifier, { maxLength: 2 }), fc.array(identifier, { maxLength: 2 })).chain(([cs, ss]) =>
        fc.tuple(joined(cs.map(cadence)), joined(ss.map(s => scenario(s, names, cs))))
            .map(([c, s]) => [c, s].filter(x => x !== '').join('\n\n')));
}

const comment = fc.constantFrom('// a comment', '/* block\n comment */', '// خطة', '');

/**
 * A syntactically valid plan. Semantics vary freely: dangling and cyclic references,
 * duplicate names (a name may be reused across kinds), invalid values the validator reports.
 */
export const validPlanText: fc.Arbitrary<string> = namesArb.chain(names => {
    const parts: fc.Arbitrary<string>[] = [
        fc.option(identifier.chain(planBlock), { nil: '', freq: 8 }),
        fc.option(criteriaBlock(names), { nil: '', freq: 4 }),
        ...names.stakeholders.map(stakeholder),
        ...names.objectives.map(o => objective(o, names)),
        ...names.kpis.map(kpi),
        ...names.candidates.map(c => candidate(c, names)),
        ...names.phases.map(p => phase(p, names)),
        ...names.risks.map(r => risk(r, names)),
        fc.option(inframBlock, { nil: '', freq: 3 }),
        cadencesAndScenarios(names),
    ];
    return fc.tuple(fc.tuple(...parts), fc.array(comment, { maxLength: 2 }), fc.boolean()).map(([elements, comments, shuffle]) => {
        const list = elements.filter(e => e !== '');
        if (shuffle) list.reverse();
        return [...comments, ...list].join('\n\n') + '\n';
    });
});
