/**
 * Spec §10, metamorphic: each scenario line gives the same analysis as the base analysis of a
 * plan whose text has that change written in (discount, inflation, budget, capacity, start,
 * amounts scaled, durations scaled, candidates deleted, the cycle rewritten).
 */
import { describe, expect, it } from 'vitest';
import type { PlanAnalysis } from '../../../../language-server/analysis/plan-analysis.js';
import { expectPinned } from '../../../helpers/pinned.js';
import { hitp, parse } from '../../../helpers/services.js';

interface Plan {
    settings: string;
    a: string; b: string; c: string; d: string;
    cycle: string;
    milestone: string;
}

const BASE: Plan = {
    settings: 'start 2027-01-04 horizon 5 years discount 8% inflation 3% budget 400k capacity 4 FTE',
    a: 'scores Value 5 duration 10 weeks effort 3 FTE cost 150k once cost 20k yearly benefit 60k yearly from year 1 growing 5%',
    b: 'scores Value 4 duration 3 months effort 2 FTE cost 200k once benefit 90k yearly after A',
    c: 'scores Value 3 duration 15 days effort 2 FTE cost 120k once benefit 50k once in year 2',
    d: 'scores Value 2 duration 4 weeks effort 1 FTE cost 80k once benefit 30k yearly from year 2',
    cycle: '12 to 15 weeks',
    milestone: 'milestone M "M" due 2027-09-30 when B',
};

function text(plan: Plan, scenario = '', without: string[] = []): string {
    const candidate = (name: 'A' | 'B' | 'C' | 'D') => without.includes(name) ? '' : `candidate ${name} "${name}" { ${plan[name.toLowerCase() as 'a']} }\n`;
    const includes = ['A', 'B', 'C', 'D'].filter(n => !without.includes(n)).join(', ');
    return `plan P "P" { ${plan.settings} }\ncriteria { Value weight 100% }\n`
        + candidate('A') + candidate('B') + candidate('C') + candidate('D')
        + `phase Ph "Ph" { includes ${includes} ${plan.milestone} }\n`
        + `cadence Ehr "Ehr" { vendor release every 13 weeks internal cycle ${plan.cycle} }\n`
        + (scenario ? `scenario S "S" { ${scenario} }\n` : '');
}

async function scenarioAnalysis(scenarioLine: string): Promise<PlanAnalysis> {
    const document = await parse(text(BASE, scenarioLine));
    const result = hitp.plan.PlanService.getScenarioResult(document, 'S');
    expect(result, 'the scenario exists').toBeDefined();
    expect(result!.analysis.plan?.scenario).toBe('S');
    return result!.analysis;
}

async function baseAnalysis(plan: Plan, without: string[] = []): Promise<PlanAnalysis> {
    const document = await parse(text(plan, '', without));
    return hitp.plan.PlanService.getPlanResult(document).analysis;
}

/** What a scenario changes: every candidate's figures and dates, the portfolio, milestones, cadences, the plan's finish. */
function comparable(analysis: PlanAnalysis, options: { milestones?: boolean } = {}) {
    return {
        finish: analysis.plan?.finish,
        candidates: analysis.candidates.map(c => ({
            name: c.name, rank: c.rank, cashflows: c.cashflows, npv: c.npv, irr: c.irr, paybackYears: c.paybackYears, roi: c.roi,
            funded: c.funded, start: c.start, finish: c.finish, totalFloatDays: c.totalFloatDays, critical: c.critical,
        })),
        phases: analysis.phases,
        portfolio: analysis.portfolio,
        milestones: options.milestones === false ? [] : analysis.milestones,
        cadences: analysis.cadences,
        sensitivity: analysis.sensitivity,
    };
}

async function expectSame(scenarioLine: string, rewritten: Plan, without: string[] = [], options: { milestones?: boolean } = {}): Promise<PlanAnalysis> {
    const scenario = await scenarioAnalysis(scenarioLine);
    const base = await baseAnalysis(rewritten, without);
    expectPinned(comparable(scenario, options), comparable(base, options));
    return scenario;
}

/** B's `3 months` in days as the base plan schedules it (calendar months differ in length). */
async function baseSpanOfB(): Promise<number> {
    const b = (await baseAnalysis(BASE)).candidates.find(c => c.name === 'B')!;
    const span = (Date.parse(b.finish!) - Date.parse(b.start!)) / 86_400_000;
    expect(span).toBeGreaterThanOrEqual(89);
    return span;
}

const withSettings = (replace: [string, string]) => ({ ...BASE, settings: BASE.settings.replace(...replace) });

describe('a scenario line is the plan with that change written in (spec §10)', () => {
    it('discount', () => expectSame('discount 12%', withSettings(['discount 8%', 'discount 12%'])));
    it('inflation', () => expectSame('inflation 6%', withSettings(['inflation 3%', 'inflation 6%'])));
    it('budget', async () => {
        const scenario = await expectSame('budget 250k', withSettings(['budget 400k', 'budget 250k']));
        expect(scenario.candidates.filter(c => !c.funded).length, 'the smaller budget defers some work').toBeGreaterThan(0);
    });
    it('capacity', () => expectSame('capacity 3 FTE', withSettings(['capacity 4 FTE', 'capacity 3 FTE'])));
    it('start', () => expectSame('start 2027-04-05', withSettings(['start 2027-01-04', 'start 2027-04-05'])));
    it('benefits −20%', () => expectSame('benefits -20%', {
        ...BASE,
        a: BASE.a.replace('benefit 60k', 'benefit 48k'), b: BASE.b.replace('benefit 90k', 'benefit 72k'),
        c: BASE.c.replace('benefit 50k', 'benefit 40k'), d: BASE.d.replace('benefit 30k', 'benefit 24k'),
    }));
    it('costs +15% (the one-off costs count against the budget as scaled)', () => expectSame('costs +15%', {
        ...BASE,
        a: BASE.a.replace('cost 150k once cost 20k', 'cost 172.5k once cost 23k'), b: BASE.b.replace('cost 200k', 'cost 230k'),
        c: BASE.c.replace('cost 120k', 'cost 138k'), d: BASE.d.replace('cost 80k', 'cost 92k'),
    }));
    it('durations +25%: the base spans in days, halves up (70 → 88, 15 → 19, 28 → 35; 3 months as scheduled)', async () => {
        const months = await baseSpanOfB();
        await expectSame('durations +25%', {
            ...BASE,
            a: BASE.a.replace('10 weeks', '88 days'), b: BASE.b.replace('3 months', `${Math.floor(months * 1.25 + 0.5)} days`),
            c: BASE.c.replace('15 days', '19 days'), d: BASE.d.replace('4 weeks', '35 days'),
        });
    });
    it('exclude: the candidate and its dependants are gone; the milestone waiting for them is never achieved', async () => {
        const scenario = await expectSame('exclude A', BASE, ['A', 'B'], { milestones: false });
        expect(scenario.candidates.map(c => c.name)).toEqual(['C', 'D']);
        expect(scenario.milestones[0]).toMatchObject({ name: 'M', achieved: null, lateDays: 0 });
        expect(scenario.phases[0]!.candidates).toEqual(['C', 'D']);
    });
    it('cycle', async () => {
        const scenario = await expectSame('cycle Ehr 6 to 8 weeks', { ...BASE, cycle: '6 to 8 weeks' });
        expect(scenario.cadences[0]!.absorbedPerYear).toBe(6.5);
    });
    it('several lines apply in the order written, each against the base plan', async () => expectSame('discount 10% budget 1M durations -50% costs -10%', {
        ...BASE,
        settings: BASE.settings.replace('discount 8%', 'discount 10%').replace('budget 400k', 'budget 1M'),
        a: BASE.a.replace('10 weeks', '35 days').replace('cost 150k once cost 20k', 'cost 135k once cost 18k'),
        b: BASE.b.replace('3 months', `${Math.floor(await baseSpanOfB() * 0.5 + 0.5)} days`).replace('cost 200k', 'cost 180k'),
        c: BASE.c.replace('15 days', '8 days').replace('cost 120k', 'cost 108k'),
        d: BASE.d.replace('4 weeks', '14 days').replace('cost 80k', 'cost 72k'),
    }));
});

describe('the scenarios list (spec §10)', () => {
    it('compares each scenario with the base plan', async () => {
        const document = await parse(text(BASE, 'budget 1M'));
        const { analysis } = hitp.plan.PlanService.getPlanResult(document);
        const run = hitp.plan.PlanService.getScenarioResult(document, 'S')!.analysis;
        expect(analysis.scenarios).toHaveLength(1);
        const [s] = analysis.scenarios;
        expect(s!.name).toBe('S');
        expect(s!.funded).toEqual(run.candidates.filter(c => c.funded).map(c => c.name));
        expect(s!.deferred).toEqual([]);
        expect(analysis.candidates.some(c => !c.funded), 'the base plan defers work the scenario funds').toBe(true);
        expect(s!.portfolio).toEqual({ npv: run.portfolio.npv, irr: run.portfolio.irr, paybackYears: run.portfolio.paybackYears, roi: run.portfolio.roi });
        expect(s!.npvChange).toBeCloseTo(run.portfolio.npv - analysis.portfolio.npv, 6);
        const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
        expect(s!.finishChangeDays).toBe(days(run.plan!.finish!) - days(analysis.plan!.finish!));
        expect(analysis.plan?.scenario).toBeNull();
        expect(run.scenarios).toEqual(analysis.scenarios);
    });

    it('is empty without scenarios, and an unknown scenario has no analysis', async () => {
        const document = await parse(text(BASE));
        expect(hitp.plan.PlanService.getPlanResult(document).analysis.scenarios).toEqual([]);
        expect(hitp.plan.PlanService.getScenarioResult(document, 'S')).toBeUndefined();
    });
});
