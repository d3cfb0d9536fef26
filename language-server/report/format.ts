/**
 * The only way numbers, money, rates and dates become text for a user
 * (diagnostic messages, hovers, code lenses, the CLI summary, the roadmap).
 * Pure: no Langium, VS Code or Node imports. A value that is null or not finite
 * prints as an em dash, so `NaN`, `Infinity` and `undefined` never reach a user.
 */

export const MISSING = '—';

export interface FormatOptions {
    /** A BCP 47 locale for digits and separators; default `en-US`. */
    locale?: string;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function cachedFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
    let format = numberFormats.get(key);
    if (!format) {
        format = make();
        numberFormats.set(key, format);
    }
    return format;
}

function localeOf(options?: FormatOptions): string {
    return options?.locale ?? 'en-US';
}

function isNumber(value: number | null | undefined): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}

/** `1234567.8` → `$1,234,568` (whole currency units). Unknown currency codes fall back to `1,234,568 XYZ`. */
export function formatMoney(amount: number | null | undefined, currency = 'USD', options?: FormatOptions): string {
    if (!isNumber(amount)) return MISSING;
    const locale = localeOf(options);
    try {
        return cachedFormat(`money|${locale}|${currency}`, () => new Intl.NumberFormat(locale, {
            style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0, signDisplay: 'negative'
        })).format(amount);
    } catch {
        return `${formatNumber(amount, 0, options)} ${currency}`;
    }
}

/** A change in money, always signed: `+$12,345`, `-$98,765`, `$0` (scenario against the base plan). */
export function formatMoneyChange(amount: number | null | undefined, currency = 'USD', options?: FormatOptions): string {
    if (!isNumber(amount)) return MISSING;
    const locale = localeOf(options);
    try {
        return cachedFormat(`money-change|${locale}|${currency}`, () => new Intl.NumberFormat(locale, {
            style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0, signDisplay: 'exceptZero'
        })).format(amount);
    } catch {
        return `${amount > 0 ? '+' : ''}${formatNumber(amount, 0, options)} ${currency}`;
    }
}

/** A change in days, always signed: `+12 days`, `-1 day`, `0 days`. */
export function formatDaysChange(days: number | null | undefined, options?: FormatOptions): string {
    if (!isNumber(days)) return MISSING;
    return `${days > 0 ? '+' : ''}${formatDays(days, options)}`;
}

/** `0.381875` → `38.2%`. */
export function formatPercent(fraction: number | null | undefined, digits = 1, options?: FormatOptions): string {
    if (!isNumber(fraction)) return MISSING;
    const locale = localeOf(options);
    return cachedFormat(`pct|${locale}|${digits}`, () => new Intl.NumberFormat(locale, {
        style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0, signDisplay: 'negative'
    })).format(fraction);
}

/** A plain number with at most `digits` decimals: `3.95`, `1,234.5`. */
export function formatNumber(value: number | null | undefined, digits = 2, options?: FormatOptions): string {
    if (!isNumber(value)) return MISSING;
    const locale = localeOf(options);
    return cachedFormat(`num|${locale}|${digits}`, () => new Intl.NumberFormat(locale, {
        maximumFractionDigits: digits, minimumFractionDigits: 0, signDisplay: 'negative'
    })).format(value);
}

/** Years such as a payback period: `2.2 y`. */
export function formatYears(years: number | null | undefined, options?: FormatOptions): string {
    if (!isNumber(years)) return MISSING;
    return `${formatNumber(years, 1, options)} y`;
}

/** Days: `1 day`, `12 days`. */
export function formatDays(days: number | null | undefined, options?: FormatOptions): string {
    if (!isNumber(days)) return MISSING;
    return `${formatNumber(days, 0, options)} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

/** ISO dates are shown as written (`2027-07-12`): unambiguous for every reader of a plan. */
export function formatDate(iso: string | null | undefined): string {
    return typeof iso === 'string' && iso.length > 0 ? iso : MISSING;
}

/** Short money for chart axes: `1350000` → `$1.35M`, `-30000` → `-$30K`. */
export function formatMoneyShort(amount: number | null | undefined, currency = 'USD', options?: FormatOptions): string {
    if (!isNumber(amount)) return MISSING;
    const locale = localeOf(options);
    try {
        return cachedFormat(`money-short|${locale}|${currency}`, () => new Intl.NumberFormat(locale, {
            style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2
        })).format(amount);
    } catch {
        return `${cachedFormat(`num-short|${locale}`, () => new Intl.NumberFormat(locale, {
            notation: 'compact', maximumFractionDigits: 2
        })).format(amount)} ${currency}`;
    }
}

/**
 * A KPI value as the plan wrote it: `99.7%` for a KPI written in percentages (its values are
 * fractions), otherwise the number, followed by the KPI's unit when one is given: `3.1 s`.
 */
export function formatKpiValue(value: number | null | undefined, kpi: { percent: boolean; unit?: string | null }, options?: FormatOptions): string {
    if (!isNumber(value)) return MISSING;
    if (kpi.percent) return formatPercent(value, 6, options);
    const text = formatNumber(value, 6, options);
    return kpi.unit ? `${text} ${kpi.unit}` : text;
}

/** A slip in days (spec §9): `18 days late`, `7 days early`, `on time`. */
export function formatSlip(days: number | null | undefined, options?: FormatOptions): string {
    if (!isNumber(days)) return MISSING;
    if (days === 0) return 'on time';
    return `${formatDays(Math.abs(days), options)} ${days > 0 ? 'late' : 'early'}`;
}

/** Effort: `2 FTE`, `1.5 FTE`. */
export function formatFte(fte: number | null | undefined, options?: FormatOptions): string {
    if (!isNumber(fte)) return MISSING;
    return `${formatNumber(fte, 2, options)} FTE`;
}

/** A lag or lead as written (spec §11): `+2 weeks`, `−1 day`; empty without one. */
export function formatLag(lag: { sign: number; amount: number; unit: string } | null | undefined, options?: FormatOptions): string {
    if (!lag || !isNumber(lag.amount)) return '';
    const unit = lag.amount === 1 ? lag.unit.replace(/s$/, '') : lag.unit;
    return `${lag.sign < 0 ? '−' : '+'}${formatNumber(lag.amount, 2, options)} ${unit}`;
}
