/**
 * The EHR upgrade backlog over time (spec §9, EHR catch-up): the vendor ships one release per
 * vendor interval, the team absorbs one per B weeks of the internal cycle in force, and the
 * backlog changes linearly between the days the cycle changes, never going below 0.
 */
import type { IsoDay } from '../model/plan-model.js';

/** One internal cycle, in force from `fromDay` until the next one starts. */
export interface CycleSpan {
    fromDay: IsoDay;
    /** The slowest cycle (the upper end B of `A to B weeks`), in weeks; > 0. */
    slowestWeeks: number;
}

export interface CatchUpInput {
    startDay: IsoDay;
    /** start + H years. */
    horizonDay: IsoDay;
    /** > 0. */
    vendorWeeks: number;
    /** In `fromDay` order; the first one is in force from the start whatever its day. */
    cycles: CycleSpan[];
    /** `behind N releases`: the backlog at the start. */
    behind: number;
}

export interface CatchUpResult {
    /** The first day (rounded up) on which a backlog at the start reaches 0 within the horizon; null otherwise. */
    caughtUpDay: IsoDay | null;
    backlogAtHorizon: number;
    /** The backlog at the start, at each cycle change, at each catch-up and at the horizon, in day order. */
    curve: { day: IsoDay; backlog: number }[];
}

/** Binary noise tolerance on a day count (657.63 rounds up to 658; 658.0000000001 stays 658). */
const DAY_EPSILON = 1e-7;

/**
 * The backlog from the start to the horizon (spec §9). Worked example: vendor every 13 weeks,
 * cycle 15 weeks, then 8 weeks from day 182, behind 3 → 3.2667 at day 182, falling by 0.048077
 * a week after that, so caught up on day 658.
 */
export function simulateBacklog(input: CatchUpInput): CatchUpResult {
    const { startDay, horizonDay, vendorWeeks, behind } = input;
    const vendorPerDay = 1 / (vendorWeeks * 7);
    const spans = input.cycles.map((cycle, i) => ({
        from: i === 0 ? startDay : Math.max(startDay, cycle.fromDay),
        ratePerDay: vendorPerDay - 1 / (cycle.slowestWeeks * 7),
    }));
    let backlog = Math.max(0, behind);
    let caughtUp: number | null = null;
    const curve = [{ day: startDay, backlog }];
    for (let i = 0; i < spans.length; i++) {
        const from = spans[i]!.from;
        const to = Math.min(horizonDay, spans[i + 1]?.from ?? horizonDay);
        if (to <= from) continue;
        const rate = spans[i]!.ratePerDay;
        if (rate < 0 && backlog > 0 && from + backlog / -rate <= to) {
            const zeroAt = from + backlog / -rate;
            if (caughtUp === null && behind > 0) caughtUp = Math.ceil(zeroAt - DAY_EPSILON);
            curve.push({ day: zeroAt, backlog: 0 });
            backlog = 0;
        } else if (backlog > 0 || rate > 0) {
            backlog = Math.max(0, backlog + rate * (to - from));
        }
        curve.push({ day: to, backlog });
    }
    return { caughtUpDay: caughtUp, backlogAtHorizon: backlog, curve };
}
