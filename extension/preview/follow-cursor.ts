/**
 * The preview follows the editor's cursor (`hitp.preview.followCursor`, default on), as the
 * Markdown preview does: when the selection moves in the previewed document, the preview is told
 * the cursor's position; the webview highlights the innermost element whose declaration (its
 * `data-range`) holds it and scrolls it into view.
 */
import * as vscode from 'vscode';

export const FOLLOW_CURSOR_SETTING = 'preview.followCursor';
const DELAY_MS = 60;

/** What the manager's preview offers this module. */
export interface CursorTarget {
    readonly resource: vscode.Uri;
    showCursor(line: number, character: number): void;
}

export function followCursorEnabled(uri: vscode.Uri): boolean {
    return vscode.workspace.getConfiguration('hitp', uri).get<boolean>(FOLLOW_CURSOR_SETTING, true);
}

/** Sends the cursor of the previewed document's editor to `target()` (when a preview is open). */
export function followCursor(target: () => CursorTarget | undefined): vscode.Disposable {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const send = (editor: vscode.TextEditor): void => {
        const preview = target();
        if (!preview || editor.document.uri.toString() !== preview.resource.toString() || !followCursorEnabled(editor.document.uri)) return;
        const { line, character } = editor.selection.active;
        preview.showCursor(line, character);
    };
    const listener = vscode.window.onDidChangeTextEditorSelection(event => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => { timer = undefined; send(event.textEditor); }, DELAY_MS);
    });
    return { dispose: () => { if (timer) clearTimeout(timer); listener.dispose(); } };
}
