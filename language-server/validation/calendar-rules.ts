/**
 * `invalid-value` for the lines of spec §11: weekday names, holiday and freeze ranges, team
 * capacities and lags. `model/build-calendar-model.ts` leaves each such value out.
 * Messages read "<what> must <rule>: <the value as written>", like `value-rules.ts`.
 */
import type { ValidationAcceptor } from 'langium';
import { parseIsoDay } from '../analysis/calendar.js';
import * as ast from '../generated/ast.js';
import { WEEKDAYS } from '../model/build-calendar-model.js';
import { parseNumber } from '../model/units.js';
import { invalid, judge } from './value-rules.js';

const WEEKDAY_LIST = Object.keys(WEEKDAYS).join(', ');

/** Each day of `workdays Mon-Fri` must be a weekday name: Mon, Tue, Wed, Thu, Fri, Sat or Sun. */
export const workdayMustBeAWeekday = () => (span: ast.WorkdaySpan, accept: ValidationAcceptor): void => {
    for (const property of ['from', 'to'] as const) {
        const name = span[property];
        if (name !== undefined && WEEKDAYS[name] === undefined) {
            invalid(accept, `Workday must be one of ${WEEKDAY_LIST}: ${name}`, span, property);
        }
    }
};

/** Checks that both dates exist and that the range does not end before it starts. */
function rangeMustRunForward(accept: ValidationAcceptor, node: ast.PlanHoliday | ast.Freeze, what: string): void {
    const from = node.from ? parseIsoDay(node.from) : null;
    if (node.from && from === null) invalid(accept, `Date must exist in the calendar (YYYY-MM-DD): ${node.from}`, node, 'from');
    if (node.to === undefined) return;
    const to = parseIsoDay(node.to);
    if (to === null) invalid(accept, `Date must exist in the calendar (YYYY-MM-DD): ${node.to}`, node, 'to');
    else if (from !== null && to < from) invalid(accept, `${what} must not end before it starts: ${node.from} to ${node.to}`, node, 'to');
}

/** `holiday D to D` must run forward, on dates that exist. */
export const holidayMustRunForward = () => (line: ast.PlanHoliday, accept: ValidationAcceptor): void => {
    rangeMustRunForward(accept, line, 'Holiday');
};

/** `freeze NAME from D to D` must run forward, on dates that exist. */
export const freezeMustRunForward = () => (freeze: ast.Freeze, accept: ValidationAcceptor): void => {
    rangeMustRunForward(accept, freeze, 'Freeze');
};

/** A team's capacity must be more than 0 FTE. */
export const teamCapacityMustBePositive = () => (line: ast.TeamCapacity, accept: ValidationAcceptor): void => {
    judge(accept, line.fte, parseNumber(line.fte), v => v > 0, 'Capacity', 'be more than 0 FTE', `${line.fte} FTE`, line, 'fte');
};

/** A lag's amount must be a finite number, not negative (a lead is written `- N`). */
export const lagMustBeUsable = () => (lag: ast.Lag, accept: ValidationAcceptor): void => {
    if (!lag.sign || lag.unit === undefined) return;
    judge(accept, lag.amount, parseNumber(lag.amount), v => v >= 0, 'Lag', 'not be negative (write a lead as `- N`)',
        `${lag.sign} ${lag.amount} ${lag.unit}`, lag, 'amount');
};
