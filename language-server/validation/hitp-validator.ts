/**
 * The index of hitp's validation rules: AST type → the rules that check it, alphabetically.
 * Reading `registerValidationChecks` tells every rule; each rule lives in a file of its family:
 * names (`name-rules.ts`), scoring (`scoring-rules.ts`), precedence (`dependency-rules.ts`),
 * values (`value-rules.ts`), people and goals (`stakeholder-rules.ts`) and analysis findings
 * (`analysis-rules.ts`). Rules that look across the workspace cache what they compute once per
 * workspace state, so each check is a lookup.
 */
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { HitpAstType, HitpFile } from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import { reportAnalysisFindings, reportSimulationFindings } from './analysis-rules.js';
import {
    candidateDependenciesMustNotFormACycle, candidateMustBeInOnePhase, candidateMustNotDependOnALaterPhase, phaseDependenciesMustNotFormACycle,
} from './dependency-rules.js';
import {
    freezeMustRunForward, holidayMustRunForward, lagMustBeUsable, teamCapacityMustBePositive, workdayMustBeAWeekday,
} from './calendar-rules.js';
import { nameMustBeUnique } from './name-rules.js';
import { scenarioChangeMustBeUsable, scenarioCycleMustRunForward } from './scenario-rules.js';
import {
    durationRangeMustBeOrdered, riskMustBeComplete, riskShouldHaveAnOwner, riskValuesMustBeUsable, simulationSettingsMustBeUsable,
} from './risk-rules.js';
import {
    candidateMustScoreEveryCriterion, criteriaWeightsShouldSumTo100, planShouldDeclareItsCriteria, scaleMustRunUpwards,
    scoreMustBeOnTheScale, scoreMustNameACriterion,
} from './scoring-rules.js';
import {
    candidateShouldHaveAnOwner, candidateShouldSupportAnObjective, objectiveShouldBeSupported, planShouldHaveASponsor,
} from './stakeholder-rules.js';
import {
    advanceMustNameAStage, behindMustNotBeNegative, criterionMustBeScoredOnce, dateMustExist, durationMustNotBeNegative, effortMustNotBeNegative,
    flowMustBeUsable, inframStagesMustBeOnTheScale, internalCycleMustRunForward, planSettingsMustBeUsable,
    quantityMustBeFinite, singleValuedLineMustNotRepeat, weightMustNotBeNegative,
} from './value-rules.js';

export function registerValidationChecks(services: HitpServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.HitpValidator;
    const s = services;
    const uniqueName = nameMustBeUnique(s);
    const singleValued = singleValuedLineMustNotRepeat();
    const checks: ValidationChecks<HitpAstType> = {
        AdvancesLine: [advanceMustNameAStage()],
        AfterLine: [candidateDependenciesMustNotFormACycle(s), candidateMustNotDependOnALaterPhase(s)],
        Cadence: [uniqueName, singleValued],
        CadenceBehind: [behindMustNotBeNegative()],
        Candidate: [
            uniqueName, singleValued, candidateMustScoreEveryCriterion(s), criterionMustBeScoredOnce(),
            candidateShouldHaveAnOwner(), candidateShouldSupportAnObjective(),
        ],
        CriteriaBlock: [singleValued, criteriaWeightsShouldSumTo100(s)],
        Criterion: [uniqueName, weightMustNotBeNegative()],
        FinishedLine: [dateMustExist()],
        Duration: [durationMustNotBeNegative()],
        DurationRange: [durationRangeMustBeOrdered()],
        EffortDraw: [effortMustNotBeNegative()],
        FlowLine: [flowMustBeUsable()],
        Freeze: [uniqueName, freezeMustRunForward()],
        Lag: [lagMustBeUsable()],
        GateCondition: [quantityMustBeFinite()],
        HitpFile: [validator.checkAnalysisFindings],
        IncludesLine: [candidateMustBeInOnePhase(s)],
        InframBlock: [singleValued, inframStagesMustBeOnTheScale()],
        InframGoal: [dateMustExist()],
        InternalCycle: [internalCycleMustRunForward()],
        Kpi: [uniqueName, singleValued],
        KpiBaseline: [quantityMustBeFinite()],
        KpiMeasured: [quantityMustBeFinite(), dateMustExist()],
        KpiTarget: [quantityMustBeFinite()],
        Milestone: [uniqueName, dateMustExist()],
        Objective: [uniqueName, singleValued, objectiveShouldBeSupported(s)],
        Phase: [uniqueName, singleValued],
        PhaseAfter: [phaseDependenciesMustNotFormACycle(s)],
        Plan: [
            uniqueName, singleValued, planSettingsMustBeUsable(), simulationSettingsMustBeUsable(), planShouldDeclareItsCriteria(s),
            planShouldHaveASponsor(s),
        ],
        PlanHoliday: [holidayMustRunForward()],
        PlanStart: [dateMustExist()],
        PlanStatus: [dateMustExist()],
        Risk: [uniqueName, singleValued, riskMustBeComplete(), riskValuesMustBeUsable(), riskShouldHaveAnOwner()],
        Scenario: [uniqueName, singleValued, planSettingsMustBeUsable()],
        ScenarioBenefits: [scenarioChangeMustBeUsable()],
        ScenarioCosts: [scenarioChangeMustBeUsable()],
        ScenarioCycle: [scenarioCycleMustRunForward()],
        ScenarioDurations: [scenarioChangeMustBeUsable()],
        Score: [scoreMustBeOnTheScale(s), scoreMustNameACriterion(s)],
        ScoreScale: [scaleMustRunUpwards()],
        Stakeholder: [uniqueName, singleValued],
        StartedLine: [dateMustExist()],
        Team: [uniqueName, singleValued],
        TeamCapacity: [teamCapacityMustBePositive()],
        WorkdaySpan: [workdayMustBeAWeekday()],
    };
    registry.register(checks, validator);
}

/** Holds the services the analysis findings need; the other rules are created by `registerValidationChecks`. */
export class HitpValidator {
    constructor(private readonly services: HitpServices) {}

    checkAnalysisFindings = async (file: HitpFile, accept: ValidationAcceptor): Promise<void> => {
        await reportAnalysisFindings(this.services, file, accept);
        await reportSimulationFindings(this.services, file, accept);
    };
}
