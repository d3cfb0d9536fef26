/**
 * Shared pieces of the roadmap views: the render context, the attributes that make an
 * element clickable (the host maps `data-element` + `data-kind` to a source range),
 * and tooltip texts. Pure string rendering: no DOM, no clock.
 */
import type { CandidateAnalysis, PlanAnalysis } from '../analysis/plan-analysis.js';
import type { PlanComparison } from '../analysis/plan-comparison.js';
import type { PreviewKind, ZoomLevel } from '../protocol/preview-messages.js';
import { formatDate, formatDays, formatMoney, formatNumber, formatPercent, formatSlip, formatYears, type FormatOptions } from './format.js';
import { html, type SafeHtml } from './html.js';

export type { PreviewKind, ZoomLevel } from '../protocol/preview-messages.js';
export { ZOOM_LEVELS } from '../protocol/preview-messages.js';

/** A 0-based source range, as the LSP has it. */
export interface SourceRange {
    line: number;
    character: number;
    endLine: number;
    endCharacter: number;
    /** The whole declaration (`[line, character, endLine, endCharacter]`): the preview highlights the element while the editor's cursor is in it. */
    extent?: [number, number, number, number];
}

export interface RoadmapOptions {
    /** BCP 47 locale for numbers; default `en-US`. */
    locale?: string;
    /** Today as an ISO date, injected by the caller (the renderer reads no clock); no today line without it. */
    today?: string;
    /** Source ranges by `kind:name` (`sourceKey`); when given, clickable elements carry `data-range` and `data-line`. */
    sources?: Record<string, SourceRange>;
    /** The Gantt zoom level shown first; default chosen from the plan's span. */
    zoom?: ZoomLevel;
    /** Show the scenario picker (the editor preview, which can ask the server for a scenario's roadmap). */
    scenarioPicker?: boolean;
    /** The editor's simulation (spec §8) is still running: the views say so instead of showing no figures. */
    simulating?: boolean;
    /** The preview's "Compare with Last Commit": the plan against an earlier version (ghost bars, NPV and finish change). */
    comparison?: RoadmapComparison | null;
}

/** The plan compared with an earlier version of itself, and which version that is. */
export interface RoadmapComparison extends PlanComparison {
    /** The earlier version's git revision, as shown: `HEAD`. */
    revision: string;
}


export interface RenderContext {
    analysis: PlanAnalysis;
    currency: string;
    format: FormatOptions;
    today: string | null;
    sources: Record<string, SourceRange>;
    zoom: ZoomLevel | null;
    scenarioPicker: boolean;
    comparison: RoadmapComparison | null;
}

export function createContext(analysis: PlanAnalysis, options: RoadmapOptions = {}): RenderContext {
    const format: FormatOptions = options.locale ? { locale: options.locale } : {};
    const today = typeof options.today === 'string' && parseIsoDate(options.today) !== null ? options.today : null;
    return {
        analysis,
        currency: analysis.plan?.currency ?? 'USD',
        format,
        today,
        sources: options.sources ?? {},
        zoom: options.zoom ?? null,
        scenarioPicker: options.scenarioPicker === true,
        comparison: options.comparison ?? null,
    };
}

/** The key of an element in `RoadmapOptions.sources`: names are unique per kind, not across kinds. */
export function sourceKey(kind: PreviewKind, name: string): string {
    return `${kind}:${name}`;
}

/**
 * `data-element`, `data-kind`, `tabindex` and `role` for a clickable element, plus `data-range`
 * (`line,character,endLine,endCharacter`, 0-based) and `data-line` when the source map knows it:
 * the host selects that range, no search needed.
 */
export function clickable(ctx: RenderContext, name: string, kind: PreviewKind): SafeHtml {
    const key = sourceKey(kind, name);
    const source = Object.prototype.hasOwnProperty.call(ctx.sources, key) ? ctx.sources[key] : undefined;
    const range = source && [source.line, source.character, source.endLine, source.endCharacter].every(n => Number.isSafeInteger(n) && n >= 0) ? source : null;
    const extent = range?.extent?.length === 4 && range.extent.every(n => Number.isSafeInteger(n) && n >= 0) ? range.extent : null;
    return html`data-element="${name}" data-kind="${kind}" tabindex="0" role="button"${range ? html` data-range="${`${range.line},${range.character},${range.endLine},${range.endCharacter}`}" data-line="${range.line}"` : ''}${extent ? html` data-extent="${extent.join(',')}"` : ''}`;
}

/** An SVG `<title>` (the native tooltip); the text is escaped. */
export function svgTitle(lines: readonly string[]): SafeHtml {
    return html`<title>${lines.join('\n')}</title>`;
}

/** The tooltip lines of a candidate: title, dates, float, NPV, IRR, payback. */
export function candidateTooltip(ctx: RenderContext, c: CandidateAnalysis): string[] {
    const f = ctx.format;
    const lines = [`${c.name} — ${c.title}`];
    if (!c.funded) lines.push('Deferred: not funded within the budget');
    lines.push(`Dates: ${formatDate(c.start)} → ${formatDate(c.finish)}`);
    if (c.baselineFinish !== null && (c.baselineStart !== c.start || c.baselineFinish !== c.finish)) {
        lines.push(`Baseline: ${formatDate(c.baselineStart)} → ${formatDate(c.baselineFinish)} · ${formatSlip(c.slipDays, f)}`);
    }
    // Spec §5: the last day of work, from which `at go-live` money flows.
    if (c.goLive) lines.push(`Go-live: ${formatDate(c.goLive.day)} (plan year ${formatNumber(c.goLive.planYear, 0, f)})`);
    lines.push(`Float: ${formatDays(c.totalFloatDays, f)}${c.critical ? ' (critical)' : ''}`);
    lines.push(`NPV: ${formatMoney(c.npv, ctx.currency, f)} · IRR: ${formatPercent(c.irr, 1, f)} · Payback: ${formatYears(c.paybackYears, f)}`);
    lines.push(`Rank ${formatNumber(c.rank, 0, f)} · priority index ${formatNumber(c.priorityIndex, 2, f)}`);
    return lines;
}

/** A section wrapper with its heading; `attrs` is extra trusted attribute markup. */
export function viewSection(view: string, heading: string, body: SafeHtml, attrs?: SafeHtml): SafeHtml {
    return html`<section id="hitp-view-${view}" class="view view-${view}" data-view="${view}" aria-labelledby="hitp-h-${view}"${attrs ? html` ${attrs}` : ''}>
<h2 id="hitp-h-${view}">${heading}</h2>
${body}
</section>`;
}

/** A short paragraph for an empty view. */
export function emptyNote(text: string): SafeHtml {
    return html`<p class="empty">${text}</p>`;
}

/** Parses `YYYY-MM-DD` to a UTC `Date`; null for anything else. */
export function parseIsoDate(iso: string | null | undefined): Date | null {
    if (typeof iso !== 'string') return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return null;
    // `Date.UTC` reads years 0–99 as 1900–1999; setting the full year afterwards does not.
    const date = new Date(0);
    date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return Number.isNaN(date.getTime()) ? null : date;
}

/** A CSS class list: falsy entries are dropped. */
export function classes(...names: (string | false | null | undefined)[]): string {
    return names.filter((n): n is string => typeof n === 'string' && n.length > 0).join(' ');
}

/** Series colour slot for the i-th criterion / candidate (CSS classes `c0`…`c7`). */
export function colourSlot(i: number): string {
    return `c${((i % 8) + 8) % 8}`;
}
