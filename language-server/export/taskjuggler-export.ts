/**
 * `hitp export --to taskjuggler` (spec §12, §14.14): a `.tjp` project that tj3 3.7 schedules to
 * the same start and finish as hitp for every scheduled candidate.
 *
 * Every candidate is a task of its scheduled length: calendar days (`duration`) in a plan where
 * every day works, working days (`length`) under the plan's calendar, with its holidays and lags
 * (taskjuggler-calendar.ts). Phases are container tasks: their `depends` is inherited by their
 * candidates, exactly as a candidate starts no earlier than its phase; a phase's own `duration`
 * is a child task of that length. Where no rule of tj3 reproduces hitp's placement the start is
 * fixed: every candidate of a levelled plan (`capacity`, a team's capacity), a lag in months, a
 * lead longer than its predecessor; a go-live moved by a change freeze fixes start and end.
 * In a tracked plan (a `status` date, or any `started`/`finished` line, spec §9) actual and
 * forecast dates follow no rule of tj3 either (§14.14): every candidate carries a fixed `start`
 * and `end`, a phase's own duration a fixed start, and a task keeps only the `depends` its dates
 * honour (an actual start may precede a predecessor's finish, which tj3 refuses).
 * Achieved milestones are `milestone` tasks.
 *
 * No library writes TaskJuggler; `tjString` is the one escaping rule (tested against tj3).
 */
import { calendarOf } from '../analysis/calendar-analysis.js';
import { parseIsoDay } from '../analysis/calendar.js';
import type { PlanAnalysis } from '../analysis/plan-analysis.js';
import { countWorkingDays, finishOfWork, type WorkCalendar } from '../analysis/working-calendar.js';
import type { NameRef, Phase } from '../model/plan-model.js';
import { dependencyEdges } from './dependency-edges.js';
import { addDaysIso, ExportError, scheduledCandidates, type ExportInput } from './export-input.js';
import { tjHolidays, tjLength, tjLink, tjWorkingDays, tjWorkingHours } from './taskjuggler-calendar.js';

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

/** A phase's own duration in the days its tasks count (calendar or working days). */
function ownDurationDays(cal: WorkCalendar, phase: Phase | undefined, start: string): number {
    const startDay = parseIsoDay(start);
    if (!phase?.duration || startDay === null) return 0;
    return Math.max(0, countWorkingDays(cal, startDay, finishOfWork(cal, startDay, phase.duration)));
}

/** The lags written on the `after` references to `name` (one null per reference without one). */
function lagsTo(after: readonly NameRef[] | undefined, name: string) {
    const lags = (after ?? []).filter(ref => ref.name === name).map(ref => ref.lag ?? null);
    return lags.length > 0 ? lags : [null];
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
    const phaseByName = new Map(analysis.phases.map(p => [p.name, p]));
    const sourceCandidates = new Map(model.candidates.map(c => [c.name, c]));
    const sourcePhases = new Map(model.phases.map(p => [p.name, p]));
    const ids = taskJugglerIds(analysis);
    const cal = calendarOf(model);
    // Only the links the schedule honoured and that form no loop (dependency-edges.ts).
    const edges = dependencyEdges(analysis);
    const levelled = plan.capacityFte !== null || analysis.teams.some(team => team.capacityFte !== null);
    const moved = new Set((analysis.freezes ?? []).flatMap(freeze => freeze.moved));
    const tracked = plan.status !== null || candidates.some(c => c.tracking !== 'planned');
    const finishes = [plan.start, ...candidates.map(c => c.finish), ...analysis.phases.flatMap(p => (p.finish ? [p.finish] : []))];
    // tj3 3.7 keeps dates between 1970 and 2035: the project ends a year after the last finish, within that range.
    const latest = finishes.sort().at(-1)!;
    // Actual dates (spec §9) may lie before the plan's start: the project window opens at the earliest.
    const earliest = [plan.start, ...candidates.map(c => c.start)].sort()[0]!;
    if (earliest < TJ_FIRST || latest >= TJ_LAST) {
        throw new ExportError(`TaskJuggler 3.7 schedules dates from ${TJ_FIRST} to ${TJ_LAST} only; this plan runs from ${earliest} to ${latest}`);
    }
    const end = [addDaysIso(latest, 366), TJ_LAST].sort()[0]!;

    const out: string[] = [];
    out.push(`project ${plan.name} ${tjString(plan.title)} ${earliest} - ${end} {`);
    out.push('  timezone "UTC"', ...tjWorkingHours(cal), `  now ${earliest}`);
    out.push(`  currency ${tjString(plan.currency)}`, '}');
    out.push(...tjHolidays(cal, earliest, end));

    /** Phases whose start no tj3 rule gives: each of their tasks gets a fixed start. */
    const fixedPhases = new Set<string>();
    const phaseDepends = new Map<string, string[]>();
    for (const phase of analysis.phases) {
        if (!ids.phases.has(phase.name)) continue;
        const source = sourcePhases.get(phase.name);
        const depends: string[] = [];
        // Tracked: every member inherits the phase's `depends`, so one that starts before the predecessor's finish drops it.
        const firstStart = [phase.start!, ...candidates.filter(c => c.phase === phase.name).map(c => c.start)].sort()[0]!;
        for (const q of edges.phase(phase.name)) {
            const before = phaseByName.get(q)!;
            if (tracked) {
                if (before.finish! <= firstStart) depends.push(ids.phases.get(q)!);
                continue;
            }
            const link = tjLink(cal, ids.phases.get(q)!, lagsTo(source?.after, q), tjWorkingDays(cal, before.start!, before.finish!));
            if (link.fixedStart) fixedPhases.add(phase.name);
            if (link.depends) depends.push(link.depends);
        }
        phaseDepends.set(phase.name, depends);
    }

    const candidateTask = (c: (typeof candidates)[number], indent: string) => {
        const source = sourceCandidates.get(c.name);
        let fixed = levelled || (c.phase !== null && fixedPhases.has(c.phase));
        const depends: string[] = [];
        for (const a of edges.candidate(c.name)) {
            const before = byName.get(a)!;
            if (tracked) {
                if (before.finish <= c.start) depends.push(ids.candidates.get(a)!);
                continue;
            }
            const link = tjLink(cal, ids.candidates.get(a)!, lagsTo(source?.after, a), tjWorkingDays(cal, before.start, before.finish));
            fixed ||= link.fixedStart;
            if (link.depends) depends.push(link.depends);
        }
        const body = moved.has(c.name) || tracked ? [`start ${c.start}`, c.finish > c.start ? `end ${c.finish}` : 'milestone']
            : [...(fixed ? [`start ${c.start}`] : []), tjLength(cal, tjWorkingDays(cal, c.start, c.finish))];
        if (depends.length > 0) body.push(`depends ${depends.join(', ')}`);
        out.push(`${indent}task ${ids.candidates.get(c.name)!.split('.').at(-1)} ${tjString(c.title)} { ${body.join(' ')} }`);
    };

    for (const phase of analysis.phases) {
        const id = ids.phases.get(phase.name);
        if (id === undefined) continue;
        const members = candidates.filter(c => c.phase === phase.name);
        const depends = phaseDepends.get(phase.name)!;
        const own = ownDurationDays(cal, sourcePhases.get(phase.name), phase.start!);
        out.push(`task ${id} ${tjString(phase.title)} {`);
        if (depends.length > 0) out.push(`  depends ${depends.join(', ')}`);
        if (own > 0 || members.length === 0) {
            let ownId = 'phase_duration';
            while (members.some(c => c.name === ownId)) ownId += '_';
            const start = fixedPhases.has(phase.name) || tracked ? `start ${phase.start} ` : '';
            out.push(`  task ${ownId} ${tjString(`${phase.title} (phase duration)`)} { ${start}${tjLength(cal, own)} }`);
        }
        for (const c of members) candidateTask(c, '  ');
        out.push('}');
    }
    for (const c of candidates) if (c.phase === null || !ids.phases.has(c.phase)) candidateTask(c, '');

    analysis.milestones.forEach((achieved, index) => {
        const id = ids.milestones[index];
        const milestone = sourcePhases.get(achieved.phase)?.milestones.find(m => m.name === achieved.name);
        const when = [...new Set(milestone?.when ?? [])].filter(name => byName.has(name));
        if (id === undefined || when.length === 0) return;
        out.push(`task ${id} ${tjString(achieved.title)} { milestone depends ${when.map(name => ids.candidates.get(name)!).join(', ')} }`);
    });
    return out.join('\n') + '\n';
}
