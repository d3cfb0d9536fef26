/**
 * Safe HTML building for the roadmap renderer.
 *
 * Plan text (titles, names, units, KPI sources) is user input and must never become markup:
 * every interpolation in the `html` tagged template is escaped unless it is already a
 * `SafeHtml` value produced by this module. Pure: no DOM, no Node imports.
 */

/** A string that is known to be well-formed, escaped markup. */
export class SafeHtml {
    constructor(readonly value: string) {}
    toString(): string {
        return this.value;
    }
}

const HTML_ESCAPES: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '`': '&#96;',
};

/** Escapes text for use between tags: `<img>` becomes `&lt;img&gt;`. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"'`]/g, ch => HTML_ESCAPES[ch] ?? ch);
}

/**
 * Escapes text for use inside a double-quoted attribute value.
 * Same table as `escapeHtml` (quotes included); newlines become `&#10;` so
 * multi-line tooltips survive attribute normalisation.
 */
export function escapeAttr(text: string): string {
    return escapeHtml(text).replace(/\r?\n/g, '&#10;');
}

/** A value the `html` template accepts: text is escaped, `SafeHtml` is inserted as is. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function renderValue(value: HtmlValue): string {
    if (value instanceof SafeHtml) return value.value;
    if (value === null || value === undefined || value === false || value === true) return '';
    if (Array.isArray(value)) return value.map(renderValue).join('');
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    return escapeHtml(String(value));
}

/**
 * Tagged template that escapes every interpolation by default.
 * Booleans, null and undefined render as nothing (so `${cond && html`…`}` works);
 * arrays are concatenated; non-finite numbers render as nothing.
 * Interpolations inside attribute values must be quoted: `<a title="${text}">`.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
    let out = strings[0] ?? '';
    for (let i = 0; i < values.length; i++) {
        out += renderValue(values[i]) + (strings[i + 1] ?? '');
    }
    return new SafeHtml(out);
}

/** Marks a string as trusted markup. Only for constants written in this codebase. */
export function raw(markup: string): SafeHtml {
    return new SafeHtml(markup);
}

/** Joins rendered pieces with an optional (trusted) separator. */
export function joinHtml(parts: readonly SafeHtml[], separator = ''): SafeHtml {
    return new SafeHtml(parts.map(p => p.value).join(separator));
}

/**
 * A numeric SVG coordinate as text: rounded to 0.01 px, and 0 for a non-finite value,
 * so a degenerate scale never prints `NaN` into an attribute.
 */
export function px(value: number): string {
    if (!Number.isFinite(value)) return '0';
    const rounded = Math.round(value * 100) / 100;
    return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Shortens a label to `max` characters with an ellipsis; the full text belongs in a `<title>`. */
export function truncate(text: string, max: number): string {
    const chars = Array.from(text);
    return chars.length <= max ? text : chars.slice(0, Math.max(1, max - 1)).join('') + '…';
}
