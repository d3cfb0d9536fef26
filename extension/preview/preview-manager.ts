/**
 * The roadmap preview's lifecycle, as VS Code's Markdown preview manager does it:
 * the commands `hitp.showPreview` / `hitp.showPreviewToSide`, one preview that follows
 * the active `.hitp` editor, restore after a reload through a panel serializer
 * (`hitp.preview`), and the `hitpPreviewFocus` context key while the preview is active.
 */
import * as vscode from 'vscode';
import type { ViewCapture } from '../export/capture-channel.js';
import type { CaptureFormat } from '../../language-server/protocol/capture-messages.js';
import { HitpCommands, SimulationDoneNotification } from '../../language-server/protocol/hitp-protocol.js';
import type { WebviewState } from '../../language-server/protocol/preview-messages.js';
import { PREVIEW_PANEL_OPTIONS, PREVIEW_VIEW_TYPE, previewWebviewOptions, RoadmapPreview, type PreviewFacts, type RoadmapClient } from './roadmap-preview.js';
import { followCursor } from './follow-cursor.js';
import { compareWithLastCommit, setComparingContext, type Comparing } from './compare-command.js';

export type { PreviewFacts } from './roadmap-preview.js';

export const SHOW_PREVIEW_COMMAND = HitpCommands.showPreview;
export const SHOW_PREVIEW_TO_SIDE_COMMAND = HitpCommands.showPreviewToSide;
export const PREVIEW_FOCUS_CONTEXT = 'hitpPreviewFocus';
/** True while the preview is locked to its document (it does not follow the active editor). */
export const PREVIEW_LOCKED_CONTEXT = 'hitpPreviewLocked';
const LANGUAGE_ID = 'hitp';

function isHitpDocument(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
    return document !== undefined && (document.languageId === LANGUAGE_ID || document.uri.path.toLowerCase().endsWith('.hitp'));
}

/**
 * The preview part of the extension's API, a seam for the in-editor tests (the webview's DOM is
 * out of the extension host's reach). Read-only facts, plus a way in for messages that goes
 * through the same validation as the webview's own; nothing here changes how the preview behaves.
 */
export interface RoadmapPreviews {
    /** Facts about the open preview, or undefined when none is open. */
    active(): PreviewFacts | undefined;
    /**
     * Handles `message` as if the open preview's webview had posted it: validated, and ignored
     * unless its `source` is the preview's document. Resolves once handled.
     */
    receiveMessage(message: unknown): Promise<void>;
    /** The open preview's current chart as SVG or PNG (issue 18); rejects when no preview is open. */
    capture(format: CaptureFormat): Promise<ViewCapture>;
    /** Renders the open preview again (the server's settings changed). */
    refresh(): void;
    /** Whether the preview is locked to its document. */
    locked(): boolean;
}

class PreviewManager implements vscode.Disposable, RoadmapPreviews {
    private preview: RoadmapPreview | undefined;
    private isLocked = false;
    private readonly comparing: Comparing;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: RoadmapClient) {
        this.comparing = compareWithLastCommit(() => this.preview);
        this.disposables.push(this.comparing);
        // The simulation (spec §8) finishes after the edit's roadmap was sent: show its figures.
        client.onNotification?.(SimulationDoneNotification, () => this.preview?.refreshSoon());
        this.disposables.push(
            vscode.commands.registerCommand(SHOW_PREVIEW_COMMAND, (uri?: unknown) => this.show(uri, false)),
            vscode.commands.registerCommand(SHOW_PREVIEW_TO_SIDE_COMMAND, (uri?: unknown) => this.show(uri, true)),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (this.preview && !this.isLocked && isHitpDocument(editor?.document)) this.preview.setResource(editor.document.uri);
            }),
            // The title-bar actions while the preview has focus, as the Markdown preview has them.
            vscode.commands.registerCommand(HitpCommands.lockPreview, () => this.setLocked(true)),
            vscode.commands.registerCommand(HitpCommands.unlockPreview, () => this.setLocked(false)),
            vscode.commands.registerCommand(HitpCommands.showSource, () => this.showSource()),
            vscode.commands.registerCommand(HitpCommands.refreshPreview, () => this.preview?.load()),
            vscode.commands.registerCommand(HitpCommands.compareWithLastCommit, (uri?: unknown) => this.compare(uri)),
            vscode.commands.registerCommand(HitpCommands.stopComparing, () => this.comparing.stop()),
            followCursor(() => this.preview),
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
                deserializeWebviewPanel: async (panel, state) => this.restore(panel, state),
            }),
        );
    }

    /**
     * The document a command applies to: its argument (a `Uri` from the editor title button or the
     * explorer, a URI string from the plan's code lens) or the active editor.
     */
    private resourceFor(arg: unknown): vscode.Uri | undefined {
        if (arg instanceof vscode.Uri) return arg;
        if (typeof arg === 'string') {
            try {
                return vscode.Uri.parse(arg, true);
            } catch {
                // Not a URI: fall back to the active editor.
            }
        }
        const document = vscode.window.activeTextEditor?.document;
        return isHitpDocument(document) ? document.uri : undefined;
    }

    active(): PreviewFacts | undefined {
        return this.preview?.facts;
    }

    async receiveMessage(message: unknown): Promise<void> {
        await this.preview?.onMessage(message);
    }

    capture(format: CaptureFormat): Promise<ViewCapture> {
        return this.preview ? this.preview.captures.request(format) : Promise.reject(new Error('no roadmap preview is open'));
    }

    refresh(): void {
        this.preview?.refreshNow();
    }

    locked(): boolean {
        return this.isLocked;
    }

    private setLocked(locked: boolean): void {
        this.isLocked = locked;
        void vscode.commands.executeCommand('setContext', PREVIEW_LOCKED_CONTEXT, locked);
        if (this.preview) this.preview.locked = locked;
    }

    /** Opens the previewed document in the editor beside the preview (or where it is already visible). */
    private async showSource(): Promise<vscode.TextEditor | undefined> {
        if (!this.preview) return undefined;
        const resource = this.preview.resource;
        const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === resource.toString());
        const column = visible?.viewColumn
            ?? (this.preview.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
        return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(resource), { viewColumn: column });
    }

    /** "Compare with Last Commit": the open preview (opened beside the editor first when there is none) against `HEAD`. */
    private async compare(arg: unknown): Promise<{ revision: string } | { message: string }> {
        if (!this.preview) this.show(arg, true);
        return this.comparing.start();
    }

    private show(arg: unknown, toSide: boolean): void {
        const resource = this.resourceFor(arg);
        if (!resource) {
            void vscode.window.showInformationMessage('hitp: open a .hitp file to preview its roadmap.');
            return;
        }
        const activeColumn = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
        const column = toSide ? vscode.ViewColumn.Beside : activeColumn;
        if (this.preview) {
            this.preview.setResource(resource);
            this.preview.panel.reveal(toSide ? undefined : column, toSide);
            return;
        }
        const panel = vscode.window.createWebviewPanel(
            PREVIEW_VIEW_TYPE,
            'Roadmap',
            { viewColumn: column, preserveFocus: toSide },
            { ...previewWebviewOptions(this.context.extensionUri), ...PREVIEW_PANEL_OPTIONS, retainContextWhenHidden: false },
        );
        this.adopt(panel, resource);
    }

    /** Restores a preview after a window reload; the webview saved its document URI with `setState`. */
    private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        const source = typeof state === 'object' && state !== null ? (state as Partial<WebviewState>).source : undefined;
        let resource: vscode.Uri | undefined;
        try {
            resource = typeof source === 'string' ? vscode.Uri.parse(source, true) : undefined;
        } catch {
            resource = undefined;
        }
        if (!resource || this.preview) {
            panel.dispose();
            return;
        }
        this.adopt(panel, resource);
    }

    private adopt(panel: vscode.WebviewPanel, resource: vscode.Uri): void {
        const preview = new RoadmapPreview(panel, this.context.extensionUri, this.client, resource);
        this.preview = preview;
        panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'extension', 'media', 'hitp-file.svg');
        this.setFocusContext(panel.active);
        const viewState = panel.onDidChangeViewState(event => this.setFocusContext(event.webviewPanel.active));
        const comparing = preview.onDidChangeComparing(revision => setComparingContext(revision !== null));
        preview.onDidDispose(() => {
            viewState.dispose();
            comparing.dispose();
            setComparingContext(false);
            if (this.preview === preview) this.preview = undefined;
            this.setFocusContext(false);
            this.setLocked(false);
        });
    }

    private setFocusContext(focused: boolean): void {
        void vscode.commands.executeCommand('setContext', PREVIEW_FOCUS_CONTEXT, focused);
    }

    dispose(): void {
        this.preview?.dispose();
        for (const d of this.disposables.splice(0)) d.dispose();
    }
}

/**
 * Registers the roadmap preview: commands, editor following, panel restore and the
 * focus context key. Call once from `activate`, before the client has started (a
 * restored preview simply waits for the server's answer).
 */
export function registerRoadmapPreview(context: vscode.ExtensionContext, client: RoadmapClient): RoadmapPreviews {
    const manager = new PreviewManager(context, client);
    context.subscriptions.push(manager);
    // Only the API methods, bound: callers cannot reach the manager's internals.
    return Object.freeze({
        active: () => manager.active(),
        receiveMessage: (message: unknown) => manager.receiveMessage(message),
        refresh: () => manager.refresh(),
        capture: (format: CaptureFormat) => manager.capture(format),
        locked: () => manager.locked(),
    });
}
