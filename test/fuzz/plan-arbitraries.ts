/**
 * fast-check arbitraries for `.hitp` text (issue 8, robustness):
 * - `validPlanText`: syntactically valid plans from the grammar, with random names, titles
 *   (unicode, right-to-left), references (some dangling, some cyclic), amounts, percentages,
 *   dates, durations and layouts (one line per setting or several on one line);
 * - near-valid plans (a few random edits of these) are in near-valid-edits.ts;
 * - the shipped examples under the mutations of the issue are in example-mutations.ts.
 *
 * Generated names and titles never contain the words the properties forbid in output
 * (`NaN`, `Infinity`, `undefined`, `null`), so any such word in a message is the product's.
 * Pure: no file system access (the examples are passed in as text).
 */
import fc from 'fast-check';

import {
    amountText, block, comparator, dateText, durationText, identifier, maybe, numberText, optTitle, percentText, quantityText, quote, refList, titleText,
} from './lexical-arbitraries.js';

export { FORBIDDEN_OUTPUT, quote } from './lexical-arbitraries.js';

// ---------------------------------------------------------------- elements

interface Names {
    criteria: string[];
    stakeholders: string[];
    objectives: string[];
    kpis: string[];
    candidates: string[];
    phases: string[];
    teams: string[];
    freezes: string[];
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
    teams: uniqueNames(0, 2),
    freezes: uniqueNames(0, 2),
    risks: uniqueNames(0, 2),
});

// ---------------------------------------------------------------- spec §11: calendars, freezes, lags, teams

/** Weekday lists, some invalid (`Fry`) or wrapping (`Sun-Thu`, `Fri-Mon`). */
const workdaysText = fc.constantFrom('Mon-Fri', 'Mon, Tue, Wed, Thu', 'Sun-Thu', 'Sat', 'Mon-Wed, Fri', 'Mon-Fry', 'Fri-Mon', 'Sun');
const holidayLine = fc.tuple(dateText, maybe(dateText)).map(([a, b]) => (b ? `holiday ${a} to ${b}` : `holiday ${a}`));

/** A lag after an `after` reference: none, a lag, a lead, in any unit, sometimes absurd. */
const lagText: fc.Arbitrary<string> = fc.option(
    fc.tuple(fc.constantFrom('+', '-'), fc.oneof(fc.integer({ min: 0, max: 30 }).map(String), fc.constantFrom('1.5', '1e308', '-2', '0')),
        fc.constantFrom('days', 'day', 'weeks', 'week', 'months', 'month')).map(([sign, n, unit]) => ` ${sign} ${n} ${unit}`),
    { nil: '', freq: 2 });

/** `after A + 2 days, B`: references (some dangling) each with an optional lag. */
function afterLine(declared: string[]): fc.Arbitrary<string> {
    return refList(declared, 2).chain(refs => fc.tuple(...refs.map(ref => lagText.map(lag => `${ref}${lag}`))))
        .map(refs => `after ${refs.join(', ')}`);
}

/** `effort 2 FTE Network, 1 FTE`: one to three parts, each on a team (some dangling) or on the plan's pool. */
function effortLine(teams: string[]): fc.Arbitrary<string> {
    const team = teams.length === 0 ? identifier : fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...teams) }, { weight: 1, arbitrary: identifier });
    const part = fc.tuple(numberText, maybe(team)).map(([n, t]) => (t ? `${n} FTE ${t}` : `${n} FTE`));
    return fc.array(part, { minLength: 1, maxLength: 3 }).map(parts => `effort ${parts.join(', ')}`);
}

function freeze(name: string): fc.Arbitrary<string> {
    return fc.tuple(optTitle, dateText, dateText).map(([title, from, to]) => `freeze ${name}${title} from ${from} to ${to}`);
}

function team(name: string): fc.Arbitrary<string> {
    return fc.tuple(optTitle, fc.array(numberText.map(n => `capacity ${n} FTE`), { maxLength: 2 }), fc.boolean())
        .map(([title, lines, oneLine]) => block(`team ${name}${title}`, lines, oneLine));
}

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
        workdays: maybe(workdaysText.map(w => `workdays ${w}`)),
        holidays: fc.array(holidayLine, { maxLength: 3 }).map(lines => (lines.length > 0 ? lines.join(' ') : undefined)),
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
        effort: maybe(effortLine(names.teams)),
        flows: fc.array(flowLine, { maxLength: 4 }),
        advances: maybe(fc.tuple(fc.integer({ min: 0, max: 8 }), percentText).map(([s, p]) => `advances infram stage ${s} by ${p}`)),
        after: maybe(afterLine(names.candidates)),
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
        after: maybe(afterLine(names.phases)),
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
        ...names.teams.map(team),
        ...names.freezes.map(freeze),
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
