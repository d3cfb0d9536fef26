/**
 * Helpers shared by the in-editor tests: find the test workspace, open plans, activate the
 * extension, and poll for results that arrive asynchronously from the language server.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HitpExtensionApi } from '../../../extension/extension.js';
import type { PreviewFacts } from '../../../extension/preview/preview-manager.js';

/** The extension's id: `<publisher>.<name>` from package.json. */
export const extensionId = 'hitp.hitp';

/** The URI of a file in the test workspace (a fresh copy of test/extension/workspace plus examples/). */
export function workspaceUri(...segments: string[]): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests need a workspace folder (the runner opens the test workspace)');
    return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Opens a workspace file in an editor and returns the editor. */
export async function openPlan(...segments: string[]): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(workspaceUri(...segments));
    return vscode.window.showTextDocument(document, { preview: false });
}

/** The activated hitp extension's API (`{ client, previews }`), activating it if needed. */
export async function activateHitp(): Promise<HitpExtensionApi> {
    const extension = vscode.extensions.getExtension<HitpExtensionApi>(extensionId);
    assert.ok(extension, `extension ${extensionId} is not installed`);
    return extension.isActive ? extension.exports : extension.activate();
}

/**
 * Polls `probe` until it returns something other than `undefined` (or `false`), and returns that.
 * Fails after `timeoutMs` with `what` and the last value seen, so a slow server reads as a timeout,
 * not as a wrong answer.
 */
export async function waitFor<T>(
    what: string | (() => string),
    probe: () => T | undefined | false | Promise<T | undefined | false>,
    timeoutMs = 20_000,
    intervalMs = 100,
): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    for (;;) {
        try {
            const value = await probe();
            if (value !== undefined && value !== false) return value;
        } catch (error) {
            lastError = error;
        }
        if (Date.now() > deadline) {
            throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}${lastError ? `: ${String(lastError)}` : ''}`);
        }
        await new Promise(resolve => setTimeout(resolve, intervalMs));
    }
}

/** The code of a diagnostic as a string, whichever of VS Code's shapes it comes in. */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    if (code === undefined) return undefined;
    return typeof code === 'object' ? String(code.value) : String(code);
}

/** Waits until the document's diagnostics contain one with `code` whose message passes `matches`. */
export function waitForDiagnostic(
    uri: vscode.Uri,
    code: string,
    matches: (message: string) => boolean = () => true,
    timeoutMs = 20_000,
): Promise<vscode.Diagnostic> {
    return waitFor(() => `a '${code}' diagnostic in ${uri.path.split('/').pop()} (have: ${describeDiagnostics(uri)})`,
        () => vscode.languages.getDiagnostics(uri).find(d => codeOf(d) === code && matches(d.message)), timeoutMs);
}

export function describeDiagnostics(uri: vscode.Uri): string {
    const list = vscode.languages.getDiagnostics(uri);
    return list.length === 0 ? 'none yet' : list.map(d => `${d.source ?? ''} ${codeOf(d) ?? '?'}: ${d.message}`).join('; ');
}

/** The open tabs of the roadmap preview (VS Code prefixes the webview's view type, hence `endsWith`). */
export function previewTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap(group => group.tabs)
        .filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('hitp.preview'));
}

/** A new untitled hitp document with `content`, shown in an editor (nothing is written to disk). */
export async function openUntitledPlan(content: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument({ language: 'hitp', content });
    return vscode.window.showTextDocument(document, { preview: false });
}

/** The position `offset` characters into the first occurrence of `text` in the document. */
export function positionOf(document: vscode.TextDocument, text: string, offset = 0): vscode.Position {
    const index = document.getText().indexOf(text);
    assert.ok(index >= 0, `'${text}' occurs in ${document.uri.path.split('/').pop()}`);
    return document.positionAt(index + offset);
}

/**
 * Runs a `vscode.execute…Provider` command until it returns a non-empty answer that passes
 * `accept`: right after opening, the server may not have built the document yet.
 */
export function executeUntil<T>(
    what: string,
    command: string,
    args: unknown[],
    accept: (result: T) => boolean = result => (Array.isArray(result) ? result.length > 0 : result !== undefined && result !== null),
    timeoutMs = 20_000,
): Promise<T> {
    return waitFor(what, async () => {
        const result = await vscode.commands.executeCommand<T>(command, ...args);
        return result !== undefined && result !== null && accept(result) ? result : undefined;
    }, timeoutMs, 200);
}

/** The text of a hover's contents, whichever shape each part has. */
export function hoverText(hover: vscode.Hover): string {
    return hover.contents.map(part => (typeof part === 'string' ? part : part.value)).join('\n');
}

/**
 * Closes every editor without a save prompt: dirty documents (untitled plans, applied edits) are
 * reverted first, since a modal "Save changes?" dialog would stall the suite.
 */
export async function closeAllEditors(): Promise<void> {
    for (const document of vscode.workspace.textDocuments.filter(d => d.isDirty)) {
        await vscode.window.showTextDocument(document, { preview: false });
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Opens `segments` in the first column, then the roadmap preview beside it, and waits until the
 * preview has sent the webview a rendered roadmap (not the loading placeholder) of that plan.
 */
export async function openPlanWithPreview(...segments: string[]): Promise<{ editor: vscode.TextEditor; facts: PreviewFacts }> {
    await activateHitp();
    const document = await vscode.workspace.openTextDocument(workspaceUri(...segments));
    const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
    await vscode.commands.executeCommand('hitp.showPreviewToSide');
    // The panel learns its column once it is shown, a moment after it is created.
    const facts = await waitForPreview(`the roadmap of ${segments.join('/')}`,
        f => f.resource === document.uri.toString() && f.version !== null && f.viewColumn !== undefined, 30_000);
    return { editor, facts };
}

/** Waits until the open preview's facts pass `accept` (polled every 20 ms), and returns them. */
export async function waitForPreview(what: string, accept: (facts: PreviewFacts) => boolean, timeoutMs = 20_000): Promise<PreviewFacts> {
    const { previews } = await activateHitp();
    let last: PreviewFacts | undefined;
    try {
        return await waitFor(what, () => {
            last = previews.active();
            return last !== undefined && accept(last) && last;
        }, timeoutMs, 20);
    } catch (error) {
        const seen = last ? `${last.resource} v${last.version} (${last.delivery}, ${last.html.length} chars)` : 'no preview';
        throw new Error(`${error instanceof Error ? error.message : String(error)}; last seen: ${seen}`);
    }
}

/** A pattern for an element's clickable markup in a roadmap fragment (`data-element` + `data-kind`). */
export function elementPattern(name: string, kind: string, cssClass?: string): RegExp {
    const cls = cssClass ? `class="${cssClass}(?: [^"]*)?" ` : '';
    return new RegExp(`${cls}data-element="${name}" data-kind="${kind}"`);
}

/**
 * The range of the first group of `pattern`'s first match in the document, e.g.
 * `nameRange(document, /^kpi (EhrLoadTime)\b/m)` for the name in a declaration.
 */
export function nameRange(document: vscode.TextDocument, pattern: RegExp): vscode.Range {
    const match = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'd').exec(document.getText());
    const group = match?.indices?.[1];
    assert.ok(group, `${pattern} matches ${document.uri.path.split('/').pop()}`);
    return new vscode.Range(document.positionAt(group[0]), document.positionAt(group[1]));
}

/** A range as `line:col-line:col` (0-based), for assertion messages. */
export function showRange(range: vscode.Range): string {
    return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

export const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));
