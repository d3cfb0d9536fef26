/**
 * The HTML document around a roadmap fragment, shared by the VS Code preview
 * (`extension/preview/preview-html.ts`) and `hitp report` (`report-page.ts`): one place for the
 * CSP meta tag, the nonce'd stylesheet and the settings the webview program reads.
 */
import { escapeAttr, escapeHtml } from './html.js';
import { ROADMAP_CSS } from './roadmap-css.js';

export interface PageShell {
    lang: string;
    /** The Content-Security-Policy, written into a meta tag. */
    csp: string;
    nonce: string;
    title: string;
    /** `hitp-preview` in VS Code, `hitp-standalone` in a report. */
    bodyClass: string;
    /** JSON the webview program reads from `data-settings`. */
    settings: unknown;
    /** The server-rendered roadmap fragment (already escaped by the renderer). */
    fragment: string;
    /** The `<script>` element(s), built by the caller with the nonce. */
    script: string;
    /** Extra `<meta>` lines for the head. */
    meta?: string;
}

export function renderPageShell(page: PageShell): string {
    return `<!DOCTYPE html>
<html lang="${escapeAttr(page.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(page.csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${page.meta ?? ''}<title>${escapeHtml(page.title)}</title>
<style nonce="${page.nonce}">${ROADMAP_CSS}</style>
</head>
<body class="${escapeAttr(page.bodyClass)}">
<main id="hitp-root" data-settings="${escapeAttr(JSON.stringify(page.settings))}">
${page.fragment}
</main>
${page.script}
</body>
</html>
`;
}
