/**
 * The pinned syntax (spec §1): every construct and lexical rule parses, and wrong input gets a
 * plain-words parse error (`validation/hitp-parser-messages.ts`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as ast from '../../../language-server/generated/ast.js';
import { parse, parseWorkspace, syntaxErrors } from '../../helpers/services.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Parses and links without validation; returns the elements and the syntax errors. */
async function check(text: string): Promise<{ elements: ast.Element[]; errors: string[] }> {
    const document = await parse(text, { validation: false });
    return { elements: document.parseResult.value.elements, errors: syntaxErrors(document) };
}

async function only<T extends ast.Element>(text: string, guard: (e: unknown) => e is T): Promise<T> {
    const { elements, errors } = await check(text);
    expect(errors).toEqual([]);
    expect(elements).toHaveLength(1);
    expect(guard(elements[0])).toBe(true);
    return elements[0] as T;
}

describe('the plan of spec section 1', () => {
    it('parses without errors, every element in order', async () => {
        const { elements, errors } = await check(readFileSync(join(here, '../../../examples/riverside.hitp'), 'utf8'));
        expect(errors).toEqual([]);
        expect(elements.map(e => e.$type)).toEqual([
            'Plan', 'CriteriaBlock', 'Stakeholder', 'Stakeholder', 'Objective', 'Kpi', 'Kpi', 'Candidate', 'Candidate',
            'Phase', 'Phase', 'InframBlock', 'Cadence',
        ]);
        const plan = elements[0] as ast.Plan;
        expect([plan.name, plan.title]).toEqual(['Riverside', 'Riverside Health infrastructure upgrade 2027-2031']);
        expect(plan.settings.map(s => s.$type)).toEqual([
            'PlanStart', 'PlanHorizon', 'PlanDiscount', 'PlanInflation', 'PlanBudget', 'PlanCapacity', 'PlanCurrency',
        ]);
    });
});

describe('blocks', () => {
    it('reads a plan block', async () => {
        const plan = await only('plan P "T" { start 2027-01-04 horizon 5 years discount 8% inflation 3% budget 2.5M capacity 6 FTE currency EUR }', ast.isPlan);
        const [start, horizon, discount, inflation, budget, capacity, currency] = plan.settings;
        expect((start as ast.PlanStart).date).toBe('2027-01-04');
        expect((horizon as ast.PlanHorizon).years).toBe('5');
        expect((discount as ast.PlanDiscount).rate).toBe('8%');
        expect((inflation as ast.PlanInflation).rate).toBe('3%');
        expect((budget as ast.PlanBudget).amount).toBe('2.5M');
        expect((capacity as ast.PlanCapacity).fte).toBe('6');
        expect((currency as ast.PlanCurrency).code).toBe('EUR');
    });

    it('reads a criteria block with a scale and titles', async () => {
        const block = await only('criteria { scale 1 to 10 Strategic "Strategic alignment" weight 30% Risk weight 70% }', ast.isCriteriaBlock);
        expect(block.scales.map(s => [s.min, s.max])).toEqual([['1', '10']]);
        expect(block.criteria.map(c => [c.name, c.title, c.weight])).toEqual([['Strategic', 'Strategic alignment', '30%'], ['Risk', undefined, '70%']]);
    });

    it('reads stakeholders with every role and level', async () => {
        const roles = ['sponsor', 'clinical', 'architecture', 'finance', 'pmo', 'change', 'operations', 'vendor', 'users'];
        const text = roles.map((role, i) => `stakeholder S${i} { role ${role} influence ${['low', 'medium', 'high'][i % 3]} interest high }`).join('\n');
        const { elements, errors } = await check(text);
        expect(errors).toEqual([]);
        expect(elements.map(e => ((e as ast.Stakeholder).lines[0] as ast.StakeholderRole).role)).toEqual(roles);
        expect(((elements[1] as ast.Stakeholder).lines[1] as ast.StakeholderInfluence).level).toBe('medium');
    });

    it('reads objectives and KPIs with every comparator', async () => {
        const comparators = ['<=', '<', '>=', '>', '='];
        const text = [
            'objective O "Faster" { kpi K0, K1 owner S }',
            ...comparators.map((c, i) => `kpi K${i} "t" { unit "s" baseline 3.1 target ${c} 2 source "APM" }`),
        ].join('\n');
        const { elements, errors } = await check(text);
        expect(errors).toEqual([]);
        expect(((elements[0] as ast.Objective).lines[0] as ast.ObjectiveKpis).kpis.map(k => k.$refText)).toEqual(['K0', 'K1']);
        expect(elements.slice(1).map(k => ((k as ast.Kpi).lines[2] as ast.KpiTarget).comparator)).toEqual(comparators);
    });

    it('reads every candidate line', async () => {
        const candidate = await only(`candidate C "T" {
            owner A supports O1, O2 scores Strategic 4, Clinical 2.5 duration 10 weeks effort 3 FTE
            cost 450k once cost 10k once in year 2 cost 30k yearly benefit 120k yearly from year 2 to year 4 growing 5%
            advances infram stage 5 by 10% after X, Y
        }`, ast.isCandidate);
        expect(candidate.lines.map(l => l.$type)).toEqual([
            'OwnerLine', 'SupportsLine', 'ScoresLine', 'DurationLine', 'EffortLine', 'FlowLine', 'FlowLine', 'FlowLine', 'FlowLine',
            'AdvancesLine', 'AfterLine',
        ]);
        const scores = (candidate.lines[2] as ast.ScoresLine).scores;
        expect(scores.map(s => [s.criterion.$refText, s.value])).toEqual([['Strategic', '4'], ['Clinical', '2.5']]);
        const benefit = candidate.lines[8] as ast.FlowLine;
        expect(benefit.kind).toBe('benefit');
        expect(benefit.timing).toMatchObject({ $type: 'YearlyTiming', from: '2', to: '4', growth: '5%' });
        expect((candidate.lines[6] as ast.FlowLine).timing).toMatchObject({ $type: 'OnceTiming', year: '2' });
        expect(candidate.lines[9]).toMatchObject({ stage: '5', points: '10%' });
    });

    it('reads phases with milestones and gates', async () => {
        const phase = await only('phase P "T" { after D includes A, B milestone M "t" due 2027-09-30 when A, B gate K <= 2.5, L > 3 duration 4 weeks }', ast.isPhase);
        expect(phase.lines.map(l => l.$type)).toEqual(['PhaseAfter', 'IncludesLine', 'Milestone', 'Gate', 'DurationLine']);
        const milestone = phase.lines[2] as ast.Milestone;
        expect([milestone.name, milestone.title, milestone.due, milestone.when.map(w => w.$refText)]).toEqual(['M', 't', '2027-09-30', ['A', 'B']]);
        expect((phase.lines[3] as ast.Gate).conditions.map(c => [c.kpi.$refText, c.comparator, c.value])).toEqual([['K', '<=', '2.5'], ['L', '>', '3']]);
    });

    it('reads the INFRAM block and a cadence', async () => {
        const { elements, errors } = await check('infram { stage 1 100% goal stage 6 by 2029-12-31 } cadence E "t" { vendor release every 13 weeks internal cycle 12 to 15 weeks }');
        expect(errors).toEqual([]);
        expect((elements[0] as ast.InframBlock).lines).toMatchObject([{ stage: '1', score: '100%' }, { stage: '6', date: '2029-12-31' }]);
        expect((elements[1] as ast.Cadence).lines).toMatchObject([{ interval: { value: '13', unit: 'weeks' } }, { min: '12', max: '15', unit: 'weeks' }]);
    });

    it('accepts empty blocks and titles left out', async () => {
        const { elements, errors } = await check('plan P { } criteria { } candidate C { } phase X { } infram { } cadence E { }');
        expect(errors).toEqual([]);
        expect(elements).toHaveLength(6);
    });
});

describe('lexical rules', () => {
    it('skips // and /* */ comments, also inside blocks and across lines', async () => {
        const plan = await only('// heading\nplan P /* a\nmulti-line comment */ { // trailing\n start 2027-01-04 /* inline */ }', ast.isPlan);
        expect(plan.settings).toHaveLength(1);
    });

    it('reads quoted titles with escapes', async () => {
        const plan = await only('plan P "a \\"b\\" c" { }', ast.isPlan);
        expect(plan.title).toBe('a "b" c');
        const other = await only('plan P "Riverside Health — 2027-2031, 100% {braces}" { }', ast.isPlan);
        expect(other.title).toBe('Riverside Health — 2027-2031, 100% {braces}');
    });

    it.each([['450k'], ['2.5M'], ['1B'], ['1200'], ['0.5k']])('reads the amount %s', async amount => {
        const plan = await only(`plan P { budget ${amount} }`, ast.isPlan);
        expect((plan.settings[0] as ast.PlanBudget).amount).toBe(amount);
    });

    it.each([['8%'], ['0%'], ['-5%'], ['2.5%']])('reads the percentage %s', async rate => {
        const plan = await only(`plan P { discount ${rate} }`, ast.isPlan);
        expect((plan.settings[0] as ast.PlanDiscount).rate).toBe(rate);
    });

    it.each([['3 days'], ['1 day'], ['10 weeks'], ['1 week'], ['3 months'], ['1 month'], ['1.5 weeks']])('reads the duration %s', async text => {
        const candidate = await only(`candidate C { duration ${text} }`, ast.isCandidate);
        const duration = (candidate.lines[0] as ast.DurationLine).duration;
        expect(`${duration.value} ${duration.unit}`).toBe(text);
    });

    it('reads ISO dates', async () => {
        const plan = await only('plan P { start 2027-01-04 }', ast.isPlan);
        expect((plan.settings[0] as ast.PlanStart).date).toBe('2027-01-04');
    });

    it('accepts lines in any order and one-line blocks', async () => {
        const a = await only('candidate C { after X duration 2 weeks owner A }', ast.isCandidate);
        const b = await only('candidate C {\n  owner A\n  duration 2 weeks\n  after X\n}', ast.isCandidate);
        expect(a.lines.map(l => l.$type)).toEqual(['AfterLine', 'DurationLine', 'OwnerLine']);
        expect(b.lines.map(l => l.$type)).toEqual(['OwnerLine', 'DurationLine', 'AfterLine']);
    });
});

describe('references', () => {
    it('resolve before and after the declaration', async () => {
        const { elements } = await check('candidate A { after B } candidate B { } candidate C { after B } phase P { includes A milestone M due 2027-01-04 when C }');
        const [a, , c, p] = elements as [ast.Candidate, ast.Candidate, ast.Candidate, ast.Phase];
        expect((a.lines[0] as ast.AfterLine).candidates[0]!.ref?.name).toBe('B');
        expect((c.lines[0] as ast.AfterLine).candidates[0]!.ref?.name).toBe('B');
        expect((p.lines[1] as ast.Milestone).when[0]!.ref).toBe(c);
    });

    it('resolve across the files of a workspace', async () => {
        const documents = await parseWorkspace({
            'plan.hitp': 'plan P { } candidate A { owner Cmo supports O after B }',
            'people.hitp': 'stakeholder Cmo { role sponsor } objective O { kpi K }',
            'work.hitp': 'candidate B { } kpi K { }',
        });
        const a = documents.get('plan.hitp')!.parseResult.value.elements[1] as ast.Candidate;
        expect((a.lines[0] as ast.OwnerLine).owner.ref?.name).toBe('Cmo');
        expect((a.lines[1] as ast.SupportsLine).objectives[0]!.ref?.name).toBe('O');
        expect((a.lines[2] as ast.AfterLine).candidates[0]!.ref?.name).toBe('B');
        const objective = documents.get('people.hitp')!.parseResult.value.elements[1] as ast.Objective;
        expect((objective.lines[0] as ast.ObjectiveKpis).kpis[0]!.ref?.name).toBe('K');
    });

    it('report a name that is declared nowhere as a linking error', async () => {
        const document = await parse('candidate A { after Nobody }');
        expect(document.diagnostics?.map(d => d.message)).toContain("Could not resolve reference to Candidate named 'Nobody'.");
    });
});

describe('parse errors in plain words', () => {
    it.each([
        ['a date with one-digit month and day', 'plan P { start 2027-1-4 }', ['Expected a date like 2027-01-04 but found `2027`.']],
        ['a rate without %', 'plan P { discount 8 }', ['Expected a percentage like 8% but found `8`.']],
        ['a score without a number', 'candidate A { scores Clinical }', ['Expected a number but found `}`.']],
        ['a candidate without a name', 'candidate { }', ['Expected a name but found `{`.']],
        ['an owner without a name', 'candidate A { owner }', ['Expected a name but found `}`.']],
        ['a stray closing brace', 'plan P { } }', ['Expected a new block (plan, criteria, stakeholder, objective, kpi, candidate, phase, infram, cadence, risk, scenario, freeze or team) but found `}`.']],
        ['a block left open', 'plan P {', ["Expected '}' but found the end of the file."]],
        ['an unknown duration unit', 'candidate A { duration 3 fortnights }', ["Expected 'days', 'day', 'weeks', 'week', 'months' or 'month' but found `fortnights`."]],
        ['an unknown role', 'stakeholder S { role boss }', ["Expected 'sponsor', 'clinical', 'architecture', 'finance', 'pmo', 'change', 'operations', 'vendor' or 'users' but found `boss`."]],
        ['an unknown level', 'stakeholder S { influence huge }', ["Expected 'low', 'medium' or 'high' but found `huge`."]],
        ['a gate without a comparator', 'phase X { gate K 3 }', ["Expected '<=', '<', '>=', '>' or '=' but found `3`."]],
        ['a flow without timing', 'candidate A { cost 5k }', ["Expected 'once' or 'yearly' but found `}`."]],
        ['a horizon without unit', 'plan P { horizon 5 }', ["Expected 'years' or 'year' but found `}`."]],
        ['a criterion without weight', 'criteria { Clinical 30% }', ["Expected 'weight' but found `30%`."]],
        ['a year without the word year', 'candidate A { cost 5k once in 2 }', ["Expected 'year' but found `2`."]],
        ['an amount with an unknown suffix', 'plan P { budget 2.5X }', ["Expected '}' but found `X`."]],
        ['an unknown comparator character', 'kpi K { target ~ 3 }', ['Unexpected character `~`: hitp does not use it here.', "Expected '<=', '<', '>=', '>' or '=' but found `3`."]],
        ['an unterminated title', 'plan P "open { }', ['This title is not closed: end it with `"` on the same line.', "Expected '{' but found `open`."]],
        ['an unterminated block comment', 'plan P { /* open', ['This comment is not closed: end it with `*/`.', "Expected '}' but found `open`."]],
    ])('explains %s', async (_name, text, expected) => {
        expect((await check(text)).errors).toEqual(expected);
    });
});
