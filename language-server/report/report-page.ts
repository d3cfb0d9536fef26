/**
 * `hitp report`: one self-contained HTML page holding the roadmap — inline CSS, the
 * inlined webview program and no network access (CSP `default-src 'none'`, inline
 * style and script allowed only by nonce). Pure: the caller passes the bundled script
 * text and a fresh nonce, so this module reads no file and draws no random number.
 */
import type { PlanAnalysis } from '../analysis/plan-analysis.js';
import { renderPageShell } from './page-shell.js';
import { renderRoadmap } from './render-roadmap.js';
import type { RoadmapOptions } from './view-common.js';

export interface ReportPageOptions extends RoadmapOptions {
    /** A fresh, unguessable nonce (base64); it allows the page's one `<style>` and one `<script>`. */
    nonce: string;
    /** The bundled webview program (`out/webview.js`); omitted → a static page without interactivity. */
    script?: string;
    /** The page language; default `en`. */
    lang?: string;
}

/** Settings the webview program reads from the root's `data-settings` attribute. */
export interface ReportSettings {
    standalone: true;
    source: null;
    version: null;
    zoom: string | null;
}

/** Keeps only base64 / base64url characters, so the nonce cannot break out of the CSP or the attribute. */
function cleanNonce(nonce: string): string {
    const clean = nonce.replace(/[^A-Za-z0-9+/=_-]/g, '');
    return clean.length > 0 ? clean : 'hitp';
}

/**
 * Makes a script safe to inline in `<script>`: a `</script` or `<!--` inside a string
 * literal or a comment would end the element early, so its `<` is written as `\x3C`,
 * which means the same in string, template and regex literals and is inert in comments.
 */
export function inlineScript(script: string): string {
    return script.replace(/<(\/script|!--)/gi, '\\x3C$1');
}

/** The report's Content-Security-Policy: nothing but the nonce'd style and script, and `data:` images. */
export function reportCsp(nonce: string): string {
    return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'`;
}

/** Renders the complete report document for an analysed plan. */
export function renderReportPage(analysis: PlanAnalysis, options: ReportPageOptions): string {
    const nonce = cleanNonce(options.nonce);
    const csp = reportCsp(nonce);
    const settings: ReportSettings = { standalone: true, source: null, version: null, zoom: options.zoom ?? null };
    const title = analysis.plan ? `${analysis.plan.title || analysis.plan.name} — roadmap` : 'hitp roadmap';
    const fragment = renderRoadmap(analysis, options);
    const script = options.script ? `<script nonce="${nonce}">${inlineScript(options.script)}</script>` : '';
    return renderPageShell({
        lang: options.lang ?? 'en', csp, nonce, title, bodyClass: 'hitp-standalone', settings, fragment, script,
        meta: '<meta name="generator" content="hitp report">\n',
    });
}
