/**
 * PlanModel → PlanAnalysis + findings (spec §2): scoring, cash flows and finance, funding,
 * schedule (with levelling), milestones, gates, INFRAM and cadence, in that order, each
 * step a pure function of the model and the steps before it.
 */
import type { Candidate, IsoDay, PlanModel } from '../model/plan-model.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';
import { analyzeCadence } from './cadence.js';
import { formatIsoDay } from './calendar.js';
import { candidateCashflows, horizonOf, saturate, sumSeries, type CashflowSeries } from './cashflows.js';
import { financeFindings } from './finance-findings.js';
import { criticalChains } from './critical-chains.js';
import { flowTimingFindings, placeFlows, workYearsOf, type WorkYears } from './flow-timing.js';
import { financeFigures } from './finance.js';
import { fundCandidates, oneOffCost } from './funding.js';
import { analyzeInfram } from './infram.js';
import { analyzeKpis, evaluateGates } from './kpi-gates.js';
import { unitMismatchFindings } from './kpi-units.js';
import { analyzeMilestones } from './milestones.js';
import type { AnalysisResult, CandidateAnalysis, Finding, PhaseAnalysis, PlanSummary } from './plan-analysis.js';
import { analyzeRisks } from './risks.js';
import { calendarAnalysis, calendarOf, freezeFindings, freezesAnalysis, lagAnalysis, teamsAnalysis, workingDaysOf } from './calendar-analysis.js';
import { goLiveDay } from './go-live.js';
import { scheduleWork, type ScheduleInput, type ScheduleResult, type ScheduledItem } from './schedule.js';
import { simulationBasis } from './simulation.js';
import { actualScheduleFields, judgeActuals, startedWork, type StartedWork, type UsableActuals } from './actuals.js';
import { staleKpiFindings } from './kpi-reviews.js';
import { baselineFields, behindScheduleFindings, gateFailingFindings, trackingState } from './tracking.js';
import { analyzeScenario, analyzeWithScenarios } from './scenarios/analyze-scenarios.js';
import { analyzeSensitivity } from './scenarios/sensitivity.js';
import { normaliseWeights, scoreCandidates } from './scoring.js';

const NO_SCHEDULE: ScheduleResult = {
    candidates: new Map(), phases: new Map(), finishDay: 0, criticalPath: [], cycleEdgesIgnored: 0, freezeMoves: new Map(), loads: [],
};

function isoOrNull(item: ScheduledItem | undefined, key: 'startDay' | 'finishDay'): string | null {
    return item ? formatIsoDay(item[key]) : null;
}

function goLiveOf(work: WorkYears | undefined): CandidateAnalysis['goLive'] {
    return work ? { day: formatIsoDay(work.goLiveDay), planYear: work.goLiveYear } : null;
}

/** The plan and each of its scenarios (spec §10). */
export function analyzePlan(model: PlanModel): AnalysisResult {
    return analyzeWithScenarios(model, analyzeOnePlan);
}

/** The full analysis of one scenario of the plan (`hitp analyze --scenario NAME`); null when there is none of that name. */
export function analyzePlanScenario(model: PlanModel, scenario: string): AnalysisResult | null {
    return analyzeScenario(model, scenario, analyzeOnePlan);
}

function analyzeOnePlan(model: PlanModel): AnalysisResult {
    const findings: Finding[] = [];
    const plan = model.plan;
    const horizon = horizonOf(plan?.horizonYears ?? 5);
    const inflation = plan?.inflationRate ?? 0;
    const discount = plan?.discountRate ?? 0;
    const currency = plan?.currency ?? 'USD';

    // Scoring, then candidates in rank order (ties keep declaration order).
    const scored = scoreCandidates(model);
    const order = model.candidates.map((candidate, index) => ({ candidate, score: scored[index]!, index }))
        .sort((a, b) => a.score.rank - b.score.rank || a.index - b.index);

    // Funding under the budget.
    const funding = fundCandidates({
        budget: plan?.budget ?? null,
        ranked: order.map(({ candidate, score }) => ({
            name: candidate.name, rank: score.rank, oneOffCost: oneOffCost(candidate.flows), after: candidate.after.map(a => a.name),
        })),
    });
    const byName = new Map(model.candidates.map(c => [c.name, c]));
    for (const deferred of funding.deferred) {
        const candidate = byName.get(deferred.name);
        if (!candidate) continue;
        findings.push({
            severity: severityOf[DiagnosticCode.OverBudget], code: DiagnosticCode.OverBudget, source: candidate.source,
            candidate: candidate.name, needed: deferred.needed, remaining: deferred.remaining,
            withPrerequisites: deferred.needed > oneOffCost(candidate.flows), currency,
        });
    }
    const funded = (candidate: Candidate) => funding.funded.has(candidate.name);

    // Schedule of the funded candidates, on the plan's working calendar (spec §11): the baseline
    // ignores every actual line; the schedule itself is the same computation with the actual and
    // forecast dates fixed (spec §9).
    const calendar = calendarOf(model);
    const statusDay = plan?.statusDay ?? null;
    const judged = judgeActuals(model.candidates, statusDay);
    findings.push(...judged.findings);
    const baselineInput: ScheduleInput | null = plan?.startDay !== null && plan?.startDay !== undefined
        ? {
            startDay: plan.startDay,
            capacityFte: plan.capacityFte,
            candidates: order.filter(({ candidate }) => funded(candidate)).map(({ candidate, score }) => ({
                name: candidate.name, duration: candidate.duration, after: candidate.after.map(a => a.name),
                phase: candidate.phase, rank: score.rank, effortFte: candidate.effortFte,
                lags: candidate.after.map(a => a.lag), teamEffort: candidate.teamEffort,
            })),
            phases: model.phases.map(phase => ({
                name: phase.name, duration: phase.duration, after: phase.after.map(a => a.name), lags: phase.after.map(a => a.lag),
            })),
            calendar, freezes: model.freezes, teams: model.teams,
        }
        : null;
    const baseline = baselineInput ? scheduleWork(baselineInput) : NO_SCHEDULE;
    const tracked = baselineInput !== null && (statusDay !== null || judged.actuals.size > 0);
    const scheduleInput: ScheduleInput | null = tracked ? {
        ...baselineInput,
        candidates: baselineInput.candidates.map(c => ({ ...c, ...actualScheduleFields(judged.actuals.get(c.name), baseline.candidates.get(c.name), statusDay, calendar) })),
    } : baselineInput;
    const schedule = tracked && scheduleInput ? scheduleWork(scheduleInput) : baseline;
    findings.push(...behindScheduleFindings(model.candidates, judged.actuals, schedule.candidates, baseline.candidates));
    findings.push(...freezeFindings(model, schedule));
    const scheduled = schedule.candidates.size + schedule.phases.size > 0;

    // Cash flows from the final schedule (spec §5): anchored lines take their work's plan years.
    const series = new Map<string, CashflowSeries>();
    const workYears = new Map<string, WorkYears>();
    for (const candidate of model.candidates) {
        const item = schedule.candidates.get(candidate.name);
        const goLive = item ? schedule.freezeMoves.get(candidate.name)?.toGoLive ?? goLiveDay(item.startDay, item.finishDay, calendar) : null;
        const work = item && goLive !== null && plan?.startDay != null ? workYearsOf(plan.startDay, item, goLive) : null;
        if (work) workYears.set(candidate.name, work);
        const placed = placeFlows(candidate.flows, work);
        findings.push(...flowTimingFindings(candidate, placed, work, horizon));
        series.set(candidate.name, candidateCashflows(placed, horizon, inflation));
    }
    // Risks (spec §7): exposures shared among the affected candidates.
    const riskFigures = analyzeRisks(model.risks, new Map(model.candidates.map(c => [c.name, {
        funded: funded(c), critical: schedule.candidates.get(c.name)?.critical ?? false,
    }])));
    findings.push(...riskFigures.findings);

    const candidates: CandidateAnalysis[] = order.map(({ candidate, score }) => {
        const figures = financeFigures(series.get(candidate.name)!, discount);
        const riskExposure = riskFigures.exposureByCandidate.get(candidate.name) ?? 0;
        findings.push(...financeFindings(candidate, { ...figures }, currency));
        const item = schedule.candidates.get(candidate.name);
        return {
            name: candidate.name,
            title: candidate.title,
            priorityIndex: score.priorityIndex,
            rank: score.rank,
            cashflows: figures.cashflows,
            npv: figures.npv,
            irr: figures.irr,
            paybackYears: figures.paybackYears,
            roi: figures.roi,
            funded: funded(candidate),
            phase: candidate.phase,
            start: isoOrNull(item, 'startDay'),
            finish: isoOrNull(item, 'finishDay'),
            totalFloatDays: item ? item.totalFloatDays : null,
            critical: item?.critical ?? false,
            ...baselineFields(item, baseline.candidates.get(candidate.name)),
            tracking: trackingState(judged.actuals.get(candidate.name)),
            progress: judged.actuals.get(candidate.name)?.progress ?? null,
            goLive: goLiveOf(workYears.get(candidate.name)),
            riskExposure,
            riskAdjustedNpv: saturate(figures.npv - riskExposure),
            scoreBreakdown: score.breakdown,
            irrRoots: figures.irrRoots,
            after: candidate.after.map(a => a.name),
            effortFte: candidate.effortFte,
            afterLags: candidate.after.map(a => lagAnalysis(a.lag)),
            teamEffort: candidate.teamEffort ?? [],
            workingDays: workingDaysOf(calendar, item),
        };
    });

    const candidatesByPhase = new Map<string, string[]>();
    for (const candidate of model.candidates) {
        if (candidate.phase === null) continue;
        const list = candidatesByPhase.get(candidate.phase);
        if (list) list.push(candidate.name); else candidatesByPhase.set(candidate.phase, [candidate.name]);
    }
    const phases: PhaseAnalysis[] = model.phases.map(phase => {
        const item = schedule.phases.get(phase.name);
        return {
            name: phase.name,
            start: isoOrNull(item, 'startDay'),
            finish: isoOrNull(item, 'finishDay'),
            ...baselineFields(item, baseline.phases.get(phase.name)),
            title: phase.title,
            totalFloatDays: item ? item.totalFloatDays : null,
            critical: item?.critical ?? false,
            candidates: candidatesByPhase.get(phase.name) ?? [],
            after: phase.after.map(a => a.name),
            afterLags: phase.after.map(a => lagAnalysis(a.lag)),
            workingDays: workingDaysOf(calendar, item),
        };
    });

    const milestones = analyzeMilestones(model.phases, schedule.candidates, schedule.phases, new Set(funding.deferred.map(d => d.name)));
    findings.push(...milestones.findings);

    const infram = analyzeInfram(
        model.infram,
        model.candidates.filter(funded).flatMap(candidate => candidate.advances.map(advance => ({
            candidate: candidate.name, advance, finishDay: schedule.candidates.get(candidate.name)?.finishDay ?? null,
        }))),
        plan?.startDay ?? null,
    );
    findings.push(...infram.findings);

    const timeline = { startDay: plan?.startDay ?? null, horizonYears: plan?.horizonYears ?? 5 };
    const cadences = model.cadences.map(c => analyzeCadence(c, timeline));
    for (const cadence of cadences) findings.push(...cadence.findings);

    const kpis = analyzeKpis(model.kpis, statusDay);
    findings.push(...kpis.findings, ...unitMismatchFindings(model.kpis, model.phases), ...staleKpiFindings(model.kpis, statusDay));
    const gates = evaluateGates(model.phases, model.kpis, statusDay);
    findings.push(...gateFailingFindings(model.phases, gates, kpis.kpis, schedule.phases, statusDay));

    const portfolioSeries = sumSeries(model.candidates.filter(funded).map(c => series.get(c.name)!), horizon + 1);
    const portfolio = financeFigures(portfolioSeries, discount);
    // Sensitivity (spec §10) holds funding and the schedule; only the money of the changed model is
    // recomputed (the unchanged model's is the portfolio above: the same function of the same flows).
    const sensitivity = analyzeSensitivity(model, changed => changed === model ? portfolioSeries : sumSeries(changed.candidates.filter(funded)
        .map(c => candidateCashflows(placeFlows(c.flows, workYears.get(c.name) ?? null), horizon, changed.plan?.inflationRate ?? 0)), horizon + 1));

    const summary: PlanSummary | null = plan ? {
        name: plan.name,
        title: plan.title,
        start: plan.startDay === null ? null : formatIsoDay(plan.startDay),
        finish: scheduled ? formatIsoDay(schedule.finishDay) : null,
        horizonYears: plan.horizonYears,
        discountRate: plan.discountRate,
        currency: plan.currency,
        status: statusDay === null ? null : formatIsoDay(statusDay),
        baselineFinish: scheduled ? formatIsoDay(baseline.finishDay) : null,
        slipDays: scheduled ? schedule.finishDay - baseline.finishDay : null,
        inflationRate: plan.inflationRate,
        budget: plan.budget,
        capacityFte: plan.capacityFte,
        scenario: null,
    } : null;

    return {
        analysis: {
            plan: summary,
            candidates,
            phases,
            milestones: milestones.milestones,
            portfolio: {
                cashflows: portfolio.cashflows, npv: portfolio.npv, irr: portfolio.irr, paybackYears: portfolio.paybackYears, roi: portfolio.roi,
                riskExposure: riskFigures.portfolioExposure,
                riskAdjustedNpv: saturate(portfolio.npv - riskFigures.portfolioExposure),
                contingency: riskFigures.portfolioContingency,
            },
            infram: infram.analysis,
            cadences: cadences.map(c => c.analysis),
            risks: riskFigures.risks,
            simulation: null,
            criteria: normaliseWeights(model.criteria),
            kpis: kpis.kpis,
            gates,
            objectives: model.objectives.map(o => ({ name: o.name, title: o.title, perspective: o.perspective, kpis: o.kpis })),
            stakeholders: model.stakeholders.map(s => ({ name: s.name, title: s.title, role: s.role, influence: s.influence, interest: s.interest })),
            criticalPath: schedule.criticalPath,
            scenarios: [],
            sensitivity,
            criticalChains: scheduled && plan?.startDay != null ? criticalChains({
                startDay: plan.startDay, finishDay: schedule.finishDay,
                candidates: model.candidates.map(c => ({ name: c.name, after: c.after.map(a => a.name), phase: c.phase })),
                phases: model.phases.map(p => ({ name: p.name, after: p.after.map(a => a.name) })),
                scheduledCandidates: schedule.candidates, scheduledPhases: schedule.phases,
            }) : [],
            teams: teamsAnalysis(model, schedule, calendar, plan?.startDay ?? null),
            calendar: calendarAnalysis(calendar, plan?.startDay ?? null, scheduled ? schedule.finishDay : null),
            freezes: freezesAnalysis(model, schedule, calendar),
        },
        findings,
        simulationBasis: simulationBasis(model, scheduleInput, schedule, startedOf(judged.actuals, statusDay)),
    };
}

/** The started, unfinished candidates (spec §14 item 8: the simulation draws their D). */
function startedOf(actuals: ReadonlyMap<string, UsableActuals>, statusDay: IsoDay | null): Map<string, StartedWork> {
    const started = new Map<string, StartedWork>();
    for (const [name, actual] of actuals) {
        const work = startedWork(actual, statusDay);
        if (work) started.set(name, work);
    }
    return started;
}
