/**
 * Literal text → canonical numbers (spec §1, lexical rules).
 * Each parser returns `null` for text it cannot turn into a finite number;
 * the model builder leaves such values out and `validation/value-rules.ts` reports them.
 */
import type { Duration, IsoDay } from './plan-model.js';

const MS_PER_DAY = 86_400_000;

const SUFFIX: Record<string, number> = { k: 1e3, M: 1e6, B: 1e9 };

/** A finite number, or null. Accepts `3`, `-2.5`, `1e308`. */
export function parseNumber(text: string | undefined): number | null {
    if (text === undefined || text.trim() === '') return null;
    const value = Number(text);
    return Number.isFinite(value) ? value : null;
}

/** `450k` → 450000, `2.5M` → 2500000, `1B` → 1e9, `1200` → 1200. */
export function parseAmount(text: string | undefined): number | null {
    if (text === undefined) return null;
    const multiplier = SUFFIX[text.slice(-1)];
    if (multiplier === undefined) return parseNumber(text);
    const base = parseNumber(text.slice(0, -1));
    if (base === null) return null;
    const value = base * multiplier;
    return Number.isFinite(value) ? value : null;
}

/** `8%` → 0.08. */
export function parsePercent(text: string | undefined): number | null {
    if (text === undefined || !text.endsWith('%')) return null;
    const value = parseNumber(text.slice(0, -1));
    return value === null ? null : value / 100;
}

/** A KPI or gate value: a number, a percentage (as a fraction) or an amount. */
export function parseQuantity(text: string | undefined): number | null {
    if (text === undefined) return null;
    return text.endsWith('%') ? parsePercent(text) : parseAmount(text);
}

/** `N days` / `N weeks` (7 days) / `N months` (calendar months). Negative or non-finite → null. */
export function parseDuration(amountText: string | undefined, unit: string | undefined): Duration | null {
    const amount = parseNumber(amountText);
    if (amount === null || amount < 0 || unit === undefined) return null;
    if (unit.startsWith('day')) return { amount, unit: 'days' };
    // `1e308 weeks` overflows to Infinity in days: not a duration (it would schedule as 0 days).
    if (unit.startsWith('week')) return Number.isFinite(amount * 7) ? { amount: amount * 7, unit: 'days', inWeeks: true } : null;
    if (unit.startsWith('month')) return { amount, unit: 'months' };
    return null;
}

/** A duration in weeks, for cadences: days / 7, months × 52 / 12. */
export function durationInWeeks(duration: Duration): number {
    return duration.unit === 'days' ? duration.amount / 7 : duration.amount * 52 / 12;
}

/** Weeks from a cadence's `A to B weeks|days|months` bound. */
export function weeksOf(amountText: string | undefined, unit: string | undefined): number | null {
    const duration = parseDuration(amountText, unit);
    return duration === null ? null : durationInWeeks(duration);
}

/** True when `value` is a whole number (years, stages). */
export function isWholeNumber(value: number | null): value is number {
    return value !== null && Number.isInteger(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a strict `YYYY-MM-DD` date (spec §1 lexical rules) into an ISO day.
 * Returns null for any other shape and for dates that do not exist (2027-02-29, 2027-13-01).
 */
export function parseIsoDay(text: string): IsoDay | null {
    const match = ISO_DATE.exec(text);
    if (!match) return null;
    const year = Number(match[1]);
    const month = Number(match[2]);
    const dayOfMonth = Number(match[3]);
    if (month < 1 || month > 12 || dayOfMonth < 1) return null;
    const date = new Date(0);
    // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
    date.setUTCFullYear(year, month - 1, dayOfMonth);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth) {
        return null;
    }
    return Math.round(date.getTime() / MS_PER_DAY);
}

