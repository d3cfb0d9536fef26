/**
 * Hand-built `PlanAnalysis` fixtures for the roadmap renderer tests (unit and browser).
 * `riverside` is the spec's §4 JSON for the §1 plan plus the extras; `hospital` is a
 * larger plan (13 candidates in 3 phases, deferred candidates, a late milestone, gates);
 * `sparse` is full of nulls; `hostile` carries markup in every title.
 */
import type { CandidateAnalysis, PlanAnalysis, ScoreTerm } from '../../../language-server/analysis/plan-analysis.js';

const WEIGHTS: [string, number][] = [['Strategic', 0.3], ['Clinical', 0.25], ['Efficiency', 0.2], ['Risk', 0.15], ['Resources', 0.1]];

function breakdown(scores: number[]): ScoreTerm[] {
    return WEIGHTS.map(([criterion, weight], i) => ({ criterion, weight, score: scores[i]!, product: weight * scores[i]! }));
}

function candidate(c: Partial<CandidateAnalysis> & { name: string; scores: number[] }): CandidateAnalysis {
    const terms = breakdown(c.scores);
    const { scores: _scores, ...rest } = c;
    const npv = rest.npv ?? 59708.4;
    return {
        title: `${c.name} project`, priorityIndex: terms.reduce((s, t) => s + t.product, 0), rank: 1,
        cashflows: [-100000, 40000, 40000, 40000, 40000, 40000], npv, irr: 0.2859, paybackYears: 2.5, roi: 1,
        funded: true, phase: null, start: null, finish: null, totalFloatDays: 10, critical: false, goLive: null,
        riskExposure: 0, riskAdjustedNpv: npv,
        scoreBreakdown: terms, irrRoots: [], after: [], effortFte: null, tracking: 'planned', progress: null,
        ...rest,
        baselineStart: rest.baselineStart ?? rest.start ?? null, baselineFinish: rest.baselineFinish ?? rest.finish ?? null,
        slipDays: rest.slipDays ?? (rest.finish ? 0 : null),
    };
}

const criteria = WEIGHTS.map(([name, weight]) => ({ name, title: `${name} criterion`, weight, normalisedWeight: weight }));

export function riverside(): PlanAnalysis {
    return {
        plan: { name: 'Riverside', title: 'Riverside Health infrastructure upgrade 2027-2031', start: '2027-01-04', finish: '2027-07-12',
            horizonYears: 5, discountRate: 0.08, currency: 'USD', inflationRate: 0.03, budget: 2500000, capacityFte: 6,
            status: null, baselineFinish: '2027-07-12', slipDays: 0, scenario: null },
        candidates: [
            candidate({ name: 'DbMigration', title: 'EHR database migration to new cluster', scores: [5, 4, 4, 3, 2], rank: 1,
                cashflows: [-900000, 400000, 420000, 441000, 463050, 486202.5], npv: 851789.518, irr: 0.381875, paybackYears: 2.181406, roi: 1.455836,
                phase: 'Pilot', start: '2027-04-12', finish: '2027-07-12', totalFloatDays: 0, critical: true, after: ['CoreNetwork'], effortFte: 2 }),
            candidate({ name: 'CoreNetwork', title: 'Core network refresh and segmentation', scores: [4, 2, 3, 5, 3], rank: 2,
                cashflows: [-450000, -30000, 89100, 88173, 87218.19, 86234.7357], npv: -208596.43, irr: -0.08628, paybackYears: null, roi: -0.212177,
                phase: 'Pilot', start: '2027-02-01', finish: '2027-04-12', totalFloatDays: 0, critical: true, effortFte: 3 }),
        ],
        phases: [
            { name: 'Design', title: 'Design', start: '2027-01-04', finish: '2027-02-01', baselineStart: '2027-01-04', baselineFinish: '2027-02-01', slipDays: 0, totalFloatDays: 0, critical: true, candidates: [], after: [] },
            { name: 'Pilot', title: 'Pilot in outpatient imaging', start: '2027-02-01', finish: '2027-07-12', baselineStart: '2027-02-01', baselineFinish: '2027-07-12', slipDays: 0, totalFloatDays: 0, critical: true,
                candidates: ['CoreNetwork', 'DbMigration'], after: ['Design'] },
        ],
        milestones: [{ name: 'EhrFast', title: 'EHR on new database', due: '2027-09-30', achieved: '2027-07-12', lateDays: 0, phase: 'Pilot' }],
        portfolio: { cashflows: [-1350000, 370000, 509100, 529173, 550268.19, 572437.24], npv: 643193.085, irr: 0.235033, paybackYears: 2.889879, roi: 0.782481,
            riskExposure: 0, riskAdjustedNpv: 643193.085, contingency: 0 },
        infram: { stage: 4, projectedStage: 5, goalStage: 6, goalReachedOn: null, scores: [1, 0.95, 0.88, 0.76, 0.61, 0.3, 0.1],
            projectedScores: [1, 0.95, 0.88, 0.76, 0.71, 0.3, 0.1], goalBy: '2029-12-31' },
        cadences: [{ name: 'EhrUpgrades', title: 'EHR vendor upgrades', vendorPerYear: 4, absorbedPerYear: 3.466667, backlogPerYear: 0.533333, caughtUpOn: null, backlogAtHorizon: null, behind: 0, backlogCurve: [] }],
        risks: [],
        simulation: null,
        criteria,
        kpis: [
            { name: 'EhrLoadTime', title: 'Average EHR page load time', unit: 's', baseline: 3.1, target: { comparator: '<=', value: 2 }, targetMet: false, percent: false, current: null, currentOn: null, measurements: [], review: null },
            { name: 'Incidents', title: 'Severity 1 incidents per month', unit: null, baseline: 6, target: { comparator: '<=', value: 2 }, targetMet: false, percent: false, current: null, currentOn: null, measurements: [], review: null },
        ],
        gates: [{ phase: 'Pilot', passes: false, conditions: [
            { kpi: 'EhrLoadTime', comparator: '<=', value: 2.5, baseline: 3.1, current: null, passes: false },
            { kpi: 'Incidents', comparator: '<=', value: 3, baseline: 6, current: null, passes: false },
        ] }],
        stakeholders: [
            { name: 'Cmo', title: 'Chief Medical Officer', role: 'sponsor', influence: 'high', interest: 'high' },
            { name: 'Architect', title: 'IT architecture lead', role: 'architecture', influence: 'medium', interest: 'high' },
        ],
        objectives: [{ name: 'FasterEhr', title: 'Reduce average EHR page load time by 30% within 12 months', perspective: null, kpis: ['EhrLoadTime'] }],
        criticalPath: ['Design', 'CoreNetwork', 'DbMigration'], criticalChains: [['Design', 'CoreNetwork', 'DbMigration']],
        teams: [],
        scenarios: [],
        sensitivity: { breakEvenBenefitChange: -0.303421, drivers: [
            { driver: 'discount', low: 0.06, high: 0.1, npvLow: 760079.995, npvHigh: 535962.009 },
            { driver: 'inflation', low: 0.01, high: 0.05, npvLow: 647789.232, npvHigh: 638419.398 },
            { driver: 'benefits', low: 0.8, high: 1.2, npvLow: 219232.363, npvHigh: 1067153.807 },
            { driver: 'costs', low: 0.8, high: 1.2, npvLow: 938515.19, npvHigh: 347870.98 },
        ] },
    };
}

export function hospital(): PlanAnalysis {
    const c = (name: string, scores: number[], phase: string | null, start: string | null, finish: string | null, extra: Partial<CandidateAnalysis> = {}) =>
        candidate({ name, title: `${name} — ${phase ?? 'standalone'} work`, scores, phase, start, finish, ...extra });
    const candidates = [
        c('CoreNetwork', [4, 2, 3, 5, 3], 'Foundation', '2027-01-04', '2027-03-15', { critical: true, totalFloatDays: 0 }),
        c('Identity', [3, 2, 3, 4, 4], 'Foundation', '2027-01-04', '2027-02-15'),
        c('Backup', [2, 1, 2, 5, 4], 'Foundation', '2027-01-18', '2027-04-05', { irr: null, paybackYears: null, roi: null }),
        c('Datacenter', [3, 1, 3, 4, 2], 'Foundation', '2027-02-01', '2027-06-28', { totalFloatDays: null }),
        c('DbMigration', [5, 4, 4, 3, 2], 'Clinical', '2027-06-28', '2027-09-28', { critical: true, totalFloatDays: 0, after: ['CoreNetwork'] }),
        c('Pacs', [4, 5, 3, 2, 2], 'Clinical', '2027-06-28', '2027-12-20', { after: ['Datacenter'] }),
        c('Lab', [3, 4, 4, 2, 3], 'Clinical', '2027-07-05', '2027-10-04'),
        c('Telehealth', [4, 4, 3, 1, 3], 'Clinical', '2027-06-28', '2027-11-01', { after: ['Identity'] }),
        c('Analytics', [4, 3, 4, 2, 2], 'Optimise', '2027-12-20', '2028-06-19', { critical: true, totalFloatDays: 0, after: ['DbMigration'] }),
        c('Mobile', [3, 3, 3, 1, 3], 'Optimise', '2027-12-20', '2028-04-10', { after: ['Telehealth', 'Telehealth'] }),
        c('ServiceDesk', [2, 2, 4, 2, 5], null, '2027-03-01', '2027-05-24'),
        c('RoboticsPilot', [3, 4, 2, 1, 1], 'Optimise', null, null, { funded: false, totalFloatDays: null, critical: false, after: ['Analytics'] }),
        c('Rfid', [2, 2, 3, 1, 2], null, null, null, { funded: false, totalFloatDays: null, npv: -12000.5, irr: null, paybackYears: null }),
    ];
    [...candidates].sort((a, b) => b.priorityIndex - a.priorityIndex).forEach((x, i) => { x.rank = i + 1; });
    const base = riverside();
    const flows = [0, 1, 2, 3, 4, 5].map(t => candidates.filter(x => x.funded).reduce((sum, x) => sum + (x.cashflows[t] ?? 0), 0));
    return {
        ...base,
        portfolio: { cashflows: flows, npv: 656792.4, irr: 0.2859, paybackYears: 2.5, roi: 1, riskExposure: 0, riskAdjustedNpv: 656792.4, contingency: 0 },
        plan: { ...base.plan!, name: 'Hospital', title: 'Hospital group roadmap 2027-2029', finish: '2028-06-19', budget: 6000000 },
        candidates,
        phases: [
            { name: 'Foundation', title: 'Foundation', start: '2027-01-04', finish: '2027-06-28', baselineStart: '2027-01-04', baselineFinish: '2027-06-28', slipDays: 0, totalFloatDays: 0, critical: true, candidates: ['CoreNetwork', 'Identity', 'Backup', 'Datacenter'], after: [] },
            { name: 'Clinical', title: 'Clinical systems', start: '2027-06-28', finish: '2027-12-20', baselineStart: '2027-06-28', baselineFinish: '2027-12-20', slipDays: 0, totalFloatDays: 0, critical: true, candidates: ['DbMigration', 'Pacs', 'Lab', 'Telehealth'], after: ['Foundation'] },
            { name: 'Optimise', title: 'Optimise and extend', start: '2027-12-20', finish: '2028-06-19', baselineStart: '2027-12-20', baselineFinish: '2028-06-19', slipDays: 0, totalFloatDays: 0, critical: true, candidates: ['Analytics', 'Mobile', 'RoboticsPilot'], after: ['Clinical'] },
        ],
        milestones: [
            { name: 'NetworkReady', title: 'Network ready', due: '2027-04-01', achieved: '2027-03-15', lateDays: 0, phase: 'Foundation' },
            { name: 'PacsLive', title: 'PACS live', due: '2027-11-05', achieved: '2027-12-20', lateDays: 45, phase: 'Clinical' },
            { name: 'RobotsOn', title: 'Robots on the ward', due: '2028-05-01', achieved: null, lateDays: 0, phase: 'Optimise' },
        ],
        gates: [
            { phase: 'Foundation', passes: true, conditions: [{ kpi: 'Incidents', comparator: '<=', value: 8, baseline: 6, current: null, passes: true }] },
            ...base.gates.map(g => ({ ...g, phase: 'Clinical' })),
            { phase: 'Optimise', passes: null, conditions: [{ kpi: 'Uptime', comparator: '>=', value: 0.999, baseline: null, current: null, passes: null }] },
        ],
        kpis: [...base.kpis, { name: 'Uptime', title: 'Core system uptime', unit: null, baseline: null, target: { comparator: '>=', value: 0.999 }, targetMet: null, percent: true, current: null, currentOn: null, measurements: [], review: null }],
        stakeholders: [
            ...base.stakeholders,
            { name: 'Cfo', title: 'Chief Financial Officer', role: 'finance', influence: 'high', interest: 'low' },
            { name: 'Nurses', title: 'Nursing council', role: 'users', influence: 'low', interest: 'high' },
            { name: 'Vendor', title: 'EHR vendor', role: 'vendor', influence: 'low', interest: 'low' },
            { name: 'Pmo', title: 'Programme office', role: 'pmo', influence: null, interest: 'medium' },
        ],
        criticalPath: ['Foundation', 'CoreNetwork', 'DbMigration', 'Analytics'], criticalChains: [['Foundation', 'CoreNetwork', 'DbMigration', 'Analytics']],
        teams: [],
        cadences: [...base.cadences, { name: 'LabSystem', title: 'Lab system releases', vendorPerYear: 2, absorbedPerYear: 2, backlogPerYear: 0, caughtUpOn: null, backlogAtHorizon: null, behind: 0, backlogCurve: [] }],
    };
}

/** Nulls everywhere: no plan start, no schedule, no INFRAM, unknown figures. */
export function sparse(): PlanAnalysis {
    return {
        plan: { name: 'Draft', title: '', start: null, finish: null, horizonYears: 3, discountRate: 0.05, currency: 'EUR', inflationRate: 0, budget: null, capacityFte: null,
            status: null, baselineFinish: null, slipDays: null, scenario: null },
        candidates: [candidate({ name: 'Idea', scores: [3, 3, 3, 3, 3], cashflows: [0, 0, 0, 0], npv: 0, irr: null, paybackYears: null, roi: null, totalFloatDays: null }),
            candidate({ name: 'Other', scores: [1, 1, 1, 1, 1], rank: 2, funded: false, cashflows: [NaN, Infinity, 0, 0], npv: NaN, irr: null, paybackYears: null, roi: null, totalFloatDays: null })],
        phases: [{ name: 'Later', title: 'Later', start: null, finish: null, baselineStart: null, baselineFinish: null, slipDays: null, totalFloatDays: null, critical: false, candidates: [], after: [] }],
        milestones: [],
        portfolio: { cashflows: [0, 0, 0, 0], npv: 0, irr: null, paybackYears: null, roi: null, riskExposure: 0, riskAdjustedNpv: 0, contingency: 0 },
        infram: null,
        risks: [],
        simulation: null,
        cadences: [{ name: 'Vendor', title: 'Vendor', vendorPerYear: null, absorbedPerYear: null, backlogPerYear: null, caughtUpOn: null, backlogAtHorizon: null, behind: 0, backlogCurve: [] }],
        criteria: [], kpis: [{ name: 'Nps', title: 'Net promoter score', unit: null, baseline: null, target: null, targetMet: null, percent: false, current: null, currentOn: null, measurements: [], review: null }],
        gates: [], objectives: [], stakeholders: [{ name: 'Someone', title: 'Someone', role: null, influence: null, interest: null }], criticalPath: [], criticalChains: [], teams: [],
        scenarios: [],
        sensitivity: { breakEvenBenefitChange: null, drivers: [
            { driver: 'discount', low: 0.03, high: 0.07, npvLow: null, npvHigh: NaN },
            { driver: 'benefits', low: 0.8, high: 1.2, npvLow: 0, npvHigh: 0 },
        ] },
    };
}

export const HOSTILE_IMG = '<img src=x onerror=alert(1)>';
export const HOSTILE_SCRIPT = '</script><script>alert(1)</script>';

/** Riverside with markup in the plan, candidate, phase, milestone, KPI and stakeholder titles. */
export function hostile(): PlanAnalysis {
    const a = riverside();
    a.plan!.title = HOSTILE_IMG;
    a.candidates[0]!.title = HOSTILE_SCRIPT;
    a.candidates[1]!.title = `"><svg onload=alert(1)>${HOSTILE_IMG}`;
    a.phases[1]!.title = HOSTILE_SCRIPT;
    a.milestones[0]!.title = HOSTILE_IMG;
    a.kpis[0]!.title = HOSTILE_SCRIPT;
    a.kpis[0]!.unit = HOSTILE_IMG;
    a.stakeholders[0]!.title = `${HOSTILE_IMG}' onmouseover='alert(1)`;
    a.cadences[0]!.title = HOSTILE_SCRIPT;
    a.criteria[0]!.title = HOSTILE_IMG;
    return a;
}

/** Riverside with two scenarios against it (spec §10): a downside below zero and a cheaper case. */
export function withScenarios(): PlanAnalysis {
    const base = riverside();
    return {
        ...base,
        scenarios: [
            { name: 'Downside', title: 'Benefits smaller, money dearer', finish: '2027-08-30', funded: ['DbMigration', 'CoreNetwork'], deferred: [],
                portfolio: { npv: -125000.5, irr: 0.041, paybackYears: null, roi: -0.05 }, npvChange: -768193.585, finishChangeDays: 49 },
            { name: 'Cheaper', title: 'Costs 20% lower', finish: '2027-07-12', funded: ['DbMigration'], deferred: ['CoreNetwork'],
                portfolio: { npv: 938515.19, irr: 0.31, paybackYears: 2.4, roi: 1.1 }, npvChange: 295322.105, finishChangeDays: 0 },
        ],
    };
}

export const FIXTURES = { riverside, hospital, sparse, hostile, withScenarios } as const;
export type FixtureName = keyof typeof FIXTURES;

/** What the Gantt must show for an analysis, computed independently of the renderer. */
export function expectedGanttCounts(a: PlanAnalysis): { bars: number; arrows: number; milestones: number; critical: number; late: number; stubs: number; phases: number; gates: number } {
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    const scheduled = a.candidates.filter(c => c.funded && iso.test(c.start ?? '') && iso.test(c.finish ?? ''));
    const names = new Set(scheduled.map(c => c.name));
    const dated = (p: { start: string | null; finish: string | null }) => iso.test(p.start ?? '') && iso.test(p.finish ?? '');
    return {
        bars: scheduled.length,
        arrows: scheduled.reduce((n, c) => n + [...new Set(c.after)].filter(p => names.has(p)).length, 0),
        milestones: a.milestones.length,
        critical: scheduled.filter(c => c.critical).length,
        late: a.milestones.filter(m => m.lateDays > 0).length,
        stubs: a.candidates.length - scheduled.length,
        phases: a.phases.filter(dated).length,
        gates: a.gates.filter(g => a.phases.some(p => p.name === g.phase && iso.test(p.finish ?? ''))).length,
    };
}
