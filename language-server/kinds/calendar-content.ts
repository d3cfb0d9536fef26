/**
 * Hover Markdown for spec §11: teams (capacity, peak, utilisation, who draws on them), change
 * freezes (window, working days, the go-lives they moved), and the working-day lines added to
 * the candidate, phase and plan hovers when the plan has a working calendar.
 * Pure: every number comes from the analysis and becomes text through `report/format.ts`.
 */
import type { FreezeAnalysis, LagAnalysis, PlanAnalysis, TeamAnalysis } from '../analysis/plan-analysis.js';
import { formatDate, formatFte, formatLag, formatNumber, formatPercent, type FormatOptions } from '../report/format.js';

function heading(name: string, title: string, kind: string): string {
    return title && title !== name ? `**${name}** — ${title} *(${kind})*` : `**${name}** *(${kind})*`;
}

function workingDaysText(days: number, options: FormatOptions): string {
    return `${formatNumber(days, 0, options)} working ${days === 1 ? 'day' : 'days'}`;
}

/** `10 working days (Mon–Fri, holidays excluded)`, or nothing when every day works or the item is not scheduled. */
export function workingDaysLine(analysis: PlanAnalysis, workingDays: number | null | undefined, options: FormatOptions): string | undefined {
    if (!analysis.calendar || workingDays === null || workingDays === undefined) return undefined;
    return `${workingDaysText(workingDays, options)} on the plan's calendar (${analysis.calendar.workdays.join(', ')}; holidays excluded)`;
}

/** `after CoreNetwork + 2 weeks, Design`: the lags written on `after`, or nothing without any. */
export function lagsLine(after: readonly string[], lags: ReadonlyArray<LagAnalysis | null> | undefined, options: FormatOptions): string | undefined {
    if (!lags || !lags.some(Boolean)) return undefined;
    return `After ${after.map((name, i) => lags[i] ? `${name} ${formatLag(lags[i], options)}` : name).join(', ')}`;
}

/** The plan's working calendar in one line. */
export function calendarLine(analysis: PlanAnalysis, options: FormatOptions): string | undefined {
    const calendar = analysis.calendar;
    if (!calendar) return undefined;
    const holidays = calendar.holidays.length === 1 ? '1 holiday' : `${formatNumber(calendar.holidays.length, 0, options)} holidays`;
    const span = calendar.planWorkingDays === null ? '' : ` · ${workingDaysText(calendar.planWorkingDays, options)} from start to finish`;
    return `Works ${calendar.workdays.join(', ')} (${formatNumber(calendar.workdaysPerWeek, 0, options)} days a week) · ${holidays}${span}`;
}

/** A team: capacity, peak summed effort, utilisation, and the candidates that draw on it. */
export function teamHover(team: TeamAnalysis, analysis: PlanAnalysis, options: FormatOptions): string {
    const capacity = team.capacityFte === null ? 'no capacity (not levelled)' : `capacity **${formatFte(team.capacityFte, options)}**`;
    const lines = [heading(team.name, team.title, 'team'), '',
        `${capacity} · peak **${formatFte(team.peakFte, options)}** · utilisation **${formatPercent(team.utilisation, 1, options)}**`];
    const drawing = analysis.candidates.flatMap(c => (c.teamEffort ?? []).filter(e => e.team === team.name).map(e => ({ c, fte: e.fte })));
    if (drawing.length > 0) {
        lines.push('', '| Candidate | Effort | Dates |', '|---|---:|---|');
        for (const { c, fte } of drawing) lines.push(`| ${c.name} | ${formatFte(fte, options)} | ${formatDate(c.start)} → ${formatDate(c.finish)} |`);
    }
    lines.push('', '*Utilisation = mean summed effort ÷ capacity over the working days from the plan\'s start to its finish.*');
    return lines.join('\n');
}

/** A change freeze: its window, its working days and the go-lives it moved. */
export function freezeHover(freeze: FreezeAnalysis, options: FormatOptions): string {
    const lines = [heading(freeze.name, freeze.title, 'change freeze'), '',
        `${formatDate(freeze.from)} → ${formatDate(freeze.to)} · ${workingDaysText(freeze.workingDays, options)} · nothing goes live inside`];
    lines.push('', freeze.moved.length > 0 ? `Moved the go-live of ${freeze.moved.join(', ')}` : 'Moves no go-live');
    return lines.join('\n');
}

/** `peak 2 FTE of 3 FTE · utilisation 31.6%`: the code lens on a team (spec §11). */
export function teamLensTitle(team: TeamAnalysis, options: FormatOptions): string {
    const capacity = team.capacityFte === null ? ' (no capacity)' : ` of ${formatFte(team.capacityFte, options)}`;
    return `peak ${formatFte(team.peakFte, options)}${capacity} · utilisation ${formatPercent(team.utilisation, 1, options)}`;
}
