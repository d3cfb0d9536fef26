/**
 * Printing from the preview. A VS Code webview cannot print, so the preview's "Print or save as
 * PDF…" button asks the host to write the roadmap it shows as a standalone page (the same page as
 * `hitp report`: inline CSS, the inlined webview program, no network, a strict CSP) into a fresh
 * temporary folder and open it in the user's browser, whose print dialog fits it to landscape A4
 * or Letter (see the print stylesheet in `report/roadmap-css.ts`).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { renderPageShell } from '../../language-server/report/page-shell.js';
import { inlineScript, reportCsp, type ReportSettings } from '../../language-server/report/report-page.js';
import { createNonce, WEBVIEW_MEDIA_FOLDER, WEBVIEW_SCRIPT } from './preview-html.js';

/** The plan file's name as a safe file name (`riverside.hitp` → `riverside-roadmap.html`). */
export function printFileName(planFile: string): string {
    const stem = planFile.replace(/\.hitp$/i, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
    return `${stem || 'plan'}-roadmap.html`;
}

/** Writes the roadmap `fragment` (already escaped by the renderer) as a standalone page and opens it in the browser. */
export async function openForPrint(extensionUri: vscode.Uri, fragment: string, title: string, planFile: string): Promise<vscode.Uri> {
    const nonce = createNonce();
    const script = await readFile(vscode.Uri.joinPath(extensionUri, WEBVIEW_MEDIA_FOLDER, WEBVIEW_SCRIPT).fsPath, 'utf8');
    const settings: ReportSettings = { standalone: true, source: null, version: null, zoom: null };
    const html = renderPageShell({
        lang: vscode.env.language || 'en', csp: reportCsp(nonce), nonce, title, bodyClass: 'hitp-standalone', settings, fragment,
        script: `<script nonce="${nonce}">${inlineScript(script)}</script>`,
        meta: '<meta name="generator" content="hitp preview">\n',
    });
    const dir = await mkdtemp(path.join(tmpdir(), 'hitp-print-'));
    const file = vscode.Uri.file(path.join(dir, printFileName(planFile)));
    await writeFile(file.fsPath, html, 'utf8');
    await vscode.env.openExternal(file);
    return file;
}
