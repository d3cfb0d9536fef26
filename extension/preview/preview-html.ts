/**
 * The HTML shell of the roadmap preview webview: the one place that decides its security.
 *
 * - A fresh nonce per render; the CSP denies everything by default, allows the one
 *   inline `<style>` and the one script (`out/webview.js`) only by that nonce, and images
 *   only from the webview's own source or `data:`.
 * - The initial state travels as HTML-escaped JSON in `data-settings`, not in a script.
 * - The roadmap fragment comes from the server's renderer, which escapes all plan text.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { escapeAttr, escapeHtml } from '../../language-server/report/html.js';
import { renderPageShell } from '../../language-server/report/page-shell.js';
import type { WebviewSettings } from '../../language-server/protocol/preview-messages.js';

/** The folder (relative to the extension root) that holds the bundled webview program. */
export const WEBVIEW_MEDIA_FOLDER = 'out';
export const WEBVIEW_SCRIPT = 'webview.js';

/** A 128-bit random nonce, base64. */
export function createNonce(): string {
    return randomBytes(16).toString('base64');
}

/** The Content-Security-Policy of the preview for a nonce. */
export function previewCsp(cspSource: string, nonce: string): string {
    return [
        "default-src 'none'",
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        `img-src ${cspSource} data:`,
        "form-action 'none'",
        "base-uri 'none'",
    ].join('; ');
}

export interface PreviewHtmlInput {
    webview: vscode.Webview;
    extensionUri: vscode.Uri;
    settings: WebviewSettings;
    /** The server-rendered roadmap fragment (trusted: escaped by the renderer). */
    fragment: string;
    /** Shown in the page `<title>`. */
    title: string;
}

/** Builds the whole webview document. Each call draws a new nonce. */
export function renderPreviewHtml(input: PreviewHtmlInput): string {
    const nonce = createNonce();
    const { webview } = input;
    const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(input.extensionUri, WEBVIEW_MEDIA_FOLDER, WEBVIEW_SCRIPT));
    return renderPageShell({
        lang: vscode.env.language || 'en',
        csp: previewCsp(webview.cspSource, nonce),
        nonce,
        title: input.title,
        bodyClass: 'hitp-preview',
        settings: input.settings,
        fragment: input.fragment,
        script: `<script nonce="${nonce}" src="${escapeAttr(scriptUri.toString())}"></script>`,
    });
}

/** A placeholder fragment (escaped) while the server has not answered, or when it failed. */
export function messageFragment(text: string): string {
    return `<div class="hitp-roadmap"><p class="empty">${escapeHtml(text)}</p></div>`;
}
