/**
 * `hitp export --to taskjuggler` (spec §12, §14.14): a `.tjp` project that tj3 3.7 schedules to
 * the same start and finish as hitp for every scheduled candidate.
 *
 * hitp counts calendar days (§2), so the project works around the clock
 * (`workinghours mon - sun 0:00 - 24:00`) and every candidate is a `duration` task of its
 * scheduled length in days (a month-long task gets its exact calendar-month length). Phases are
 * container tasks: their `depends` is inherited by their candidates, exactly as a candidate
 * starts no earlier than its phase; a phase's own `duration` is a child task of that length.
 * In a levelled plan (`capacity`), tj3 has no rule that reproduces hitp's placement, so every
 * candidate carries its start as a fixed `start`. In a tracked plan (a `status` date, or any
 * `started`/`finished` line, spec §9) actual and forecast dates follow no rule of tj3 either
 * (§14.14): every candidate carries a fixed `start` and `end`, and so does a phase's own duration.
 * A fixed task keeps only the `depends` its dates honour (an actual start may precede a
 * predecessor's finish, which tj3 refuses). Achieved milestones are `milestone` tasks.
 *
 * No library writes TaskJuggler; `tjString` is the one escaping rule (tested against tj3).
 */
import { addDuration, parseIsoDay } from '../analysis/calendar.js';
import type { PlanAnalysis } from '../analysis/plan-analysis.js';
import type { Phase } from '../model/plan-model.js';
import { dependencyEdges } from './dependency-edges.js';
import { addDaysIso, daysBetweenIso, ExportError, scheduledCandidates, type ExportInput } from './export-input.js';

/**
 * Plan text → a TaskJuggler string literal. tj3 ends a string at `"` unless a backslash precedes
 * it, keeps every other backslash, and expands `${…}` macros inside strings: so quotes are escaped,
 * backslashes become the look-alike `⧵` (a backslash before the closing quote would escape it),
 * `${` becomes `＄{`, and line breaks become spaces.
 */
export function tjString(text: string): string {
    const safe = text
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(/\\/g, '\u29f5')
        .replace(/\$\{/g, '\uff04{')
        .replace(/"/g, '\\"');
    return `"${safe}"`;
}

/** The dates tj3 3.7 accepts ("Year 2036 out of range (1970 - 2035)"). */
const TJ_FIRST = '1970-01-02';
const TJ_LAST = '2035-12-31';

function ownDurationDays(phase: Phase | undefined, start: string): number {
    const startDay = parseIsoDay(start);
    if (!phase?.duration || startDay === null) return 0;
    return Math.max(0, addDuration(startDay, phase.duration) - startDay);
}

/** `duration Nd`, or `milestone` for no length (tj3 refuses a zero duration). */
function lengthOf(days: number): string {
    return days > 0 ? `duration ${days}d` : 'milestone';
}

/** The tj3 task id of every exported element: top-level ids must be unique across kinds. */
export interface TaskJugglerIds {
    phases: Map<string, string>;
    /** Full ids (`Phase.Candidate` inside a phase). */
    candidates: Map<string, string>;
    /** By position in `analysis.milestones` (undefined when not achieved). */
    milestones: (string | undefined)[];
}

/**
 * Ids are the hitp names; a phase, an unphased candidate and a milestone may share a name in hitp
 * (names are unique per kind), so a later top-level clash gets its kind as a suffix.
 */
export function taskJugglerIds(analysis: PlanAnalysis): TaskJugglerIds {
    const used = new Set<string>();
    const claim = (name: string, kind: string) => {
        let id = name;
        for (let n = 2; used.has(id); n++) id = `${name}_${kind}${n > 2 ? n : ''}`;
        used.add(id);
        return id;
    };
    const phases = new Map(analysis.phases.filter(p => p.start && p.finish).map(p => [p.name, claim(p.name, 'phase')]));
    const candidates = new Map<string, string>();
    for (const c of scheduledCandidates(analysis)) {
        const phase = c.phase === null ? undefined : phases.get(c.phase);
        candidates.set(c.name, phase ? `${phase}.${c.name}` : claim(c.name, 'candidate'));
    }
    const milestones = analysis.milestones.map(m => (m.achieved === null ? undefined : claim(m.name, 'milestone')));
    return { phases, candidates, milestones };
}

export function exportTaskJuggler({ analysis, model }: ExportInput): string {
    const plan = analysis.plan;
    if (!plan?.start) throw new ExportError('the plan has no start date, so nothing is scheduled to export to TaskJuggler');
    const candidates = scheduledCandidates(analysis);
    const byName = new Map(candidates.map(c => [c.name, c]));
    const ids = taskJugglerIds(analysis);
    // Only the links the schedule honoured and that form no loop (dependency-edges.ts).
    const edges = dependencyEdges(analysis);
    const levelled = plan.capacityFte !== null;
    const tracked = plan.status !== null || candidates.some(c => c.tracking !== 'planned');
    const candidateFinish = (name: string) => byName.get(name)?.finish ?? '';
    const phaseFinish = new Map(analysis.phases.map(p => [p.name, p.finish ?? '']));
    const finishes = [plan.start, ...candidates.map(c => c.finish), ...analysis.phases.flatMap(p => (p.finish ? [p.finish] : []))];
    // tj3 3.7 keeps dates between 1970 and 2035: the project ends a year after the last finish, within that range.
    const latest = finishes.sort().at(-1)!;
    // Actual dates (spec §9) may lie before the plan's start: the project window opens at the earliest.
    const earliest = [plan.start, ...candidates.flatMap(c => (c.start ? [c.start] : []))].sort()[0]!;
    if (earliest < TJ_FIRST || latest >= TJ_LAST) {
        throw new ExportError(`TaskJuggler 3.7 schedules dates from ${TJ_FIRST} to ${TJ_LAST} only; this plan runs from ${earliest} to ${latest}`);
    }
    const end = [addDaysIso(latest, 366), TJ_LAST].sort()[0]!;

    const out: string[] = [];
    out.push(`project ${plan.name} ${tjString(plan.title)} ${earliest} - ${end} {`);
    out.push('  timezone "UTC"', '  dailyworkinghours 24', '  workinghours mon - sun 0:00 - 24:00', `  now ${earliest}`);
    out.push(`  currency ${tjString(plan.currency)}`, '}');

    const candidateTask = (c: (typeof candidates)[number], indent: string) => {
        const days = daysBetweenIso(c.start, c.finish);
        const body = tracked ? [`start ${c.start}`, days > 0 ? `end ${c.finish}` : 'milestone'] : [lengthOf(days)];
        if (levelled && !tracked) body.unshift(`start ${c.start}`);
        const honoured = edges.candidate(c.name).filter(a => !(levelled || tracked) || candidateFinish(a) <= c.start);
        const depends = honoured.map(a => ids.candidates.get(a)!);
        if (depends.length > 0) body.push(`depends ${depends.join(', ')}`);
        out.push(`${indent}task ${ids.candidates.get(c.name)!.split('.').at(-1)} ${tjString(c.title)} { ${body.join(' ')} }`);
    };

    for (const phase of analysis.phases) {
        const id = ids.phases.get(phase.name);
        if (id === undefined) continue;
        const members = candidates.filter(c => c.phase === phase.name);
        const own = ownDurationDays(model.phases.find(p => p.name === phase.name), phase.start!);
        // Every member inherits the phase's `depends`: a fixed member before a predecessor's finish drops it.
        const firstStart = [...(own > 0 || members.length === 0 ? [phase.start!] : []), ...members.map(c => c.start)].sort()[0]!;
        const depends = edges.phase(phase.name)
            .filter(a => !(levelled || tracked) || (phaseFinish.get(a) ?? '') <= firstStart)
            .map(a => ids.phases.get(a)!);
        out.push(`task ${id} ${tjString(phase.title)} {`);
        if (depends.length > 0) out.push(`  depends ${depends.join(', ')}`);
        if (own > 0 || members.length === 0) {
            let ownId = 'phase_duration';
            while (members.some(c => c.name === ownId)) ownId += '_';
            const fixed = tracked ? `start ${phase.start!} ` : '';
            out.push(`  task ${ownId} ${tjString(`${phase.title} (phase duration)`)} { ${fixed}${lengthOf(own)} }`);
        }
        for (const c of members) candidateTask(c, '  ');
        out.push('}');
    }
    for (const c of candidates) if (c.phase === null || !ids.phases.has(c.phase)) candidateTask(c, '');

    analysis.milestones.forEach((achieved, index) => {
        const id = ids.milestones[index];
        const milestone = model.phases.find(p => p.name === achieved.phase)?.milestones.find(m => m.name === achieved.name);
        const when = [...new Set(milestone?.when ?? [])].filter(name => byName.has(name));
        if (id === undefined || when.length === 0) return;
        out.push(`task ${id} ${tjString(achieved.title)} { milestone depends ${when.map(name => ids.candidates.get(name)!).join(', ')} }`);
    });
    return out.join('\n') + '\n';
}
