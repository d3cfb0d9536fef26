/**
 * AST → plan model for spec §11: working days, holidays, change freezes, teams, team effort and
 * lags. Like `build-plan-model.ts`, it never throws on user input: an invalid value is left out
 * and `validation/calendar-rules.ts` reports it.
 */
import * as ast from '../generated/ast.js';
import { parseIsoDay } from './units.js';
import type { Freeze, Holiday, Lag, Team, TeamEffort } from './plan-model.js';
import { sourceOf } from './source-ref.js';
import { parseDuration, parseNumber } from './units.js';

/** Weekday names as written in `workdays`, to ISO weekday numbers (1 = Monday). */
export const WEEKDAYS: Readonly<Record<string, number>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The weekdays of one span (`Mon-Fri`, `Sun-Thu` wraps over the week end, `Wed`); null when a name is not a weekday. */
export function weekdaysOfSpan(span: ast.WorkdaySpan): number[] | null {
    const from = WEEKDAYS[span.from ?? ''];
    const to = span.to === undefined ? from : WEEKDAYS[span.to];
    if (from === undefined || to === undefined) return null;
    const days: number[] = [];
    for (let d = from; ; d = (d % 7) + 1) {
        days.push(d);
        if (d === to) break;
    }
    return days;
}

/** The last `workdays` line's weekdays (sorted, unique); undefined when there is none or it names no valid day. */
export function buildWorkdays(settings: readonly ast.PlanSetting[]): number[] | undefined {
    const lines = settings.filter(ast.isPlanWorkdays);
    const line = lines[lines.length - 1];
    if (!line) return undefined;
    const days = new Set(line.days.flatMap(span => weekdaysOfSpan(span) ?? []));
    return days.size > 0 ? [...days].sort((a, b) => a - b) : undefined;
}

/** `holiday D [to D]` lines whose dates exist and run forward. */
export function buildHolidays(settings: readonly ast.PlanSetting[]): Holiday[] {
    return settings.filter(ast.isPlanHoliday).flatMap(line => {
        const fromDay = line.from ? parseIsoDay(line.from) : null;
        const toDay = line.to === undefined ? fromDay : parseIsoDay(line.to);
        return fromDay !== null && toDay !== null && fromDay <= toDay ? [{ fromDay, toDay, source: sourceOf(line) }] : [];
    });
}

export function buildFreeze(node: ast.Freeze): Freeze[] {
    const fromDay = node.from ? parseIsoDay(node.from) : null;
    const toDay = node.to ? parseIsoDay(node.to) : null;
    if (fromDay === null || toDay === null || fromDay > toDay) return [];
    return [{ name: node.name, title: node.title ?? node.name, fromDay, toDay, source: sourceOf(node, 'name') }];
}

export function buildTeam(node: ast.Team): Team {
    const lines = node.lines.filter(ast.isTeamCapacity);
    const capacity = parseNumber(lines[lines.length - 1]?.fte);
    return { name: node.name, title: node.title ?? node.name, capacityFte: capacity !== null && capacity > 0 ? capacity : null, source: sourceOf(node, 'name') };
}

/** An effort line: the plan pool's summed FTE (null when it draws nothing there) and the team draws. */
export function buildEffort(line: ast.EffortLine | undefined): { effortFte: number | null; teamEffort: TeamEffort[] } {
    let pool: number | null = null;
    const teamEffort: TeamEffort[] = [];
    for (const draw of line?.draws ?? []) {
        const fte = parseNumber(draw.fte);
        if (fte === null || fte < 0) continue;
        if (draw.team === undefined) pool = (pool ?? 0) + fte;
        else if (draw.team.ref?.name) teamEffort.push({ team: draw.team.ref.name, fte });
    }
    return { effortFte: pool, teamEffort };
}

/**
 * The lag written after each reference of an `after` line, parallel to its references (null =
 * none or invalid). The parser keeps only the lags that were written, so each lag belongs to the
 * last reference written before it.
 */
export function lagsOf(line: ast.AfterLine | ast.PhaseAfter): Array<Lag | null> {
    const refs: ReadonlyArray<{ $refNode?: { offset: number } }> = ast.isAfterLine(line) ? line.candidates : line.phases;
    const result = refs.map((): Lag | null => null);
    for (const lag of line.lags) {
        const offset = lag.$cstNode?.offset;
        if (offset === undefined || !lag.sign || lag.unit === undefined) continue;
        let owner = -1;
        refs.forEach((ref, i) => { if ((ref.$refNode?.offset ?? Infinity) < offset) owner = i; });
        const duration = parseDuration(lag.amount, lag.unit);
        if (owner >= 0 && duration) result[owner] = { sign: lag.sign === '-' ? -1 : 1, duration };
    }
    return result;
}
