/**
 * `hitp export --to ics` (spec §12, §14.13): iCalendar (RFC 5545) for the governance calendar,
 * written by ical-generator (a maintained writer: TEXT escaping of `\ ; , newline` and folding
 * of long lines at 75 octets are its job). One all-day event per milestone (on its due date),
 * per phase with gates (on the phase's finish) and per change freeze; each `UID` is
 * `<plan>-<kind>-<name>@hitp`, the same on every export.
 */
import icalGenerator from 'ical-generator';
import type { GateAnalysis, MilestoneAnalysis, PlanAnalysis } from '../analysis/plan-analysis.js';
import { formatNumber } from '../report/format.js';
import { addDaysIso, isFourDigitYear, utcDate, type ExportInput } from './export-input.js';

export type IcsEventKind = 'milestone' | 'gate' | 'freeze';

/** The pinned UID: `<plan>-<kind>-<name>@hitp` (the plan part is `<plan>.<scenario>` for a scenario). */
export function icsUid(planId: string, kind: IcsEventKind, name: string): string {
    return `${planId}-${kind}-${name}@hitp`;
}

function milestoneDescription(m: MilestoneAnalysis): string {
    const achieved = m.achieved === null
        ? 'Not achieved in this plan (its work is not scheduled).'
        : `Achieved ${m.achieved}${m.lateDays > 0 ? `, ${formatNumber(m.lateDays, 0)} days late` : ', on time'}.`;
    return `Milestone ${m.name} of phase ${m.phase}, due ${m.due}. ${achieved}`;
}

function gateDescription(gate: GateAnalysis, analysis: PlanAnalysis): string {
    const verdict = (passes: boolean | null) => (passes === null ? 'unknown' : passes ? 'passes' : 'fails');
    const conditions = gate.conditions.map(c => {
        const kpi = analysis.kpis.find(k => k.name === c.kpi);
        const value = (v: number | null) => (kpi?.percent && v !== null ? `${formatNumber(v * 100, 2)}%` : formatNumber(v, 4));
        return `${c.kpi} ${c.comparator} ${value(c.value)} (baseline ${value(c.baseline)}: ${verdict(c.passes)})`;
    });
    return `Gate of phase ${gate.phase}: ${conditions.join('; ')}. On the baseline the gate ${verdict(gate.passes)}.`;
}

export function exportIcs({ analysis, planId, stamp }: ExportInput): string {
    const calendar = icalGenerator({ name: analysis.plan?.title ?? planId, prodId: { company: 'hitp', product: 'hitp export', language: 'EN' } });
    const allDay = (kind: IcsEventKind, name: string, summary: string, first: string, lastInclusive: string, description: string) => {
        // An iCalendar DATE has four year digits; only an absurd duration gives another date.
        if (!isFourDigitYear(first) || !isFourDigitYear(addDaysIso(lastInclusive, 1))) return;
        calendar.createEvent({
            id: icsUid(planId, kind, name), stamp, allDay: true, summary, description,
            start: utcDate(first), end: utcDate(addDaysIso(lastInclusive, 1)),
        });
    };
    for (const m of analysis.milestones) {
        allDay('milestone', m.name, `Milestone: ${m.title || m.name}`, m.due, m.due, milestoneDescription(m));
    }
    for (const gate of analysis.gates) {
        const phase = analysis.phases.find(p => p.name === gate.phase);
        if (!phase?.finish) continue;
        allDay('gate', gate.phase, `Gate: ${phase.title || phase.name}`, phase.finish, phase.finish, gateDescription(gate, analysis));
    }
    // Spec §11, §14.13: a change freeze from its first to its last day (DTEND is the day after).
    for (const freeze of analysis.freezes ?? []) {
        const moved = freeze.moved.length > 0 ? ` It moved the go-live of ${freeze.moved.join(', ')}.` : '';
        allDay('freeze', freeze.name, `Change freeze: ${freeze.title || freeze.name}`, freeze.from, freeze.to,
            `No go-live from ${freeze.from} to ${freeze.to} (${formatNumber(freeze.workingDays, 0)} working days).${moved}`);
    }
    return calendar.toString();
}
