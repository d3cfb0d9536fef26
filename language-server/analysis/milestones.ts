/**
 * Milestones: when each is achieved and how late it is (spec §2, Schedule; §3 `milestone-late`).
 */
import type { IsoDay, Milestone, Phase } from '../model/plan-model.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';
import { daysBetween, formatIsoDay } from './calendar.js';
import type { Finding, MilestoneAnalysis } from './plan-analysis.js';
import type { ScheduledItem } from './schedule.js';

/** The finish day of a scheduled candidate or phase by name; undefined when it is not scheduled. */
export type FinishOf = (name: string) => IsoDay | undefined;

/**
 * The day a milestone is achieved: the latest finish of its `when` candidates, or, when it
 * names none, the finish of its phase. Null when one of them is not scheduled (deferred by
 * the budget, or the plan has no start). The simulation (spec §8) asks the same of each run.
 */
export function milestoneAchievedDay(milestone: Milestone, candidateFinish: FinishOf, phaseFinish: FinishOf): IsoDay | null {
    return achievedDayOf(milestone.when, milestone.phase, candidateFinish, phaseFinish);
}

/**
 * `milestoneAchievedDay` on any keys of the `when` candidates and the phase: the simulation
 * resolves the names to network nodes once and asks this of every run (issue 21).
 */
export function achievedDayOf<K>(
    when: readonly K[], phase: K, candidateFinish: (key: K) => IsoDay | undefined, phaseFinish: (key: K) => IsoDay | undefined,
): IsoDay | null {
    if (when.length === 0) return phaseFinish(phase) ?? null;
    let achieved: IsoDay | null = null;
    for (const name of when) {
        const finish = candidateFinish(name);
        if (finish === undefined) return null;
        achieved = achieved === null ? finish : Math.max(achieved, finish);
    }
    return achieved;
}

/**
 * Analyses every milestone of every phase, in declaration order (spec §2, Schedule).
 * `lateDays` = max(0, achieved − due) in calendar days, 0 when the achieved day is unknown.
 * A late milestone yields a `milestone-late` warning on the milestone, e.g.
 * `Milestone EhrFast is 12 days late: due 2027-09-30, achieved 2027-10-12`.
 *
 * @param phases the plan's phases, whose milestones are analysed
 * @param candidates scheduled candidates by name (see `scheduleWork`)
 * @param scheduledPhases scheduled phases by name, for milestones without `when`
 * @param deferred candidates the budget defers: a milestone waiting for one is blocked
 *   (spec §6, `milestone-blocked`: never achieved in this plan)
 */
export function analyzeMilestones(
    phases: Phase[],
    candidates: ReadonlyMap<string, ScheduledItem>,
    scheduledPhases: ReadonlyMap<string, ScheduledItem> = new Map(),
    deferred: ReadonlySet<string> = new Set(),
): { milestones: MilestoneAnalysis[]; findings: Finding[] } {
    const milestones: MilestoneAnalysis[] = [];
    const findings: Finding[] = [];
    for (const phase of phases) {
        for (const milestone of phase.milestones) {
            const achievedDay = milestoneAchievedDay(
                milestone, name => candidates.get(name)?.finishDay, name => scheduledPhases.get(name)?.finishDay,
            );
            const due = formatIsoDay(milestone.dueDay);
            const achieved = achievedDay === null ? null : formatIsoDay(achievedDay);
            const lateDays = achievedDay === null ? 0 : Math.max(0, daysBetween(milestone.dueDay, achievedDay));
            milestones.push({ name: milestone.name, due, achieved, lateDays, title: milestone.title, phase: milestone.phase });
            const blockedBy = milestone.when.filter(name => deferred.has(name));
            if (blockedBy.length > 0) {
                findings.push({
                    severity: severityOf[DiagnosticCode.MilestoneBlocked], code: DiagnosticCode.MilestoneBlocked, source: milestone.source,
                    milestone: milestone.name, deferred: blockedBy,
                });
            }
            if (lateDays > 0) {
                findings.push({
                    severity: severityOf[DiagnosticCode.MilestoneLate], code: DiagnosticCode.MilestoneLate, source: milestone.source,
                    milestone: milestone.name, lateDays, due, achieved,
                });
            }
        }
    }
    return { milestones, findings };
}
