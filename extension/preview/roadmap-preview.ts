/**
 * One roadmap preview panel: asks the language server for the roadmap of its document
 * (`hitp/roadmap` for uri + version), shows it, refreshes as the user types and reveals
 * declarations the user clicks.
 *
 * Refresh discipline (as in VS Code's Markdown preview): the first render is immediate;
 * later ones are debounced (250 ms after the last change) and stamped with a sequence
 * number, and a response older than the last one shown is dropped. The first answer
 * for a document loads the whole page; later ones travel as `update` messages, so the
 * webview keeps its scroll position and zoom. Timers and listeners die with the panel.
 */
import * as vscode from 'vscode';
import { RoadmapRequestMethod, type RoadmapCompareParams, type RoadmapParams, type RoadmapResult } from '../../language-server/protocol/hitp-protocol.js';
import { CaptureChannel } from '../export/capture-channel.js';
import { openForPrint } from './print-page.js';
import {
    isFromWebviewMessage, type PreviewKind, type SourceRangeTuple, type ToWebviewMessage, type WebviewSettings
} from '../../language-server/protocol/preview-messages.js';
import { messageFragment, renderPreviewHtml, WEBVIEW_MEDIA_FOLDER } from './preview-html.js';

/** The part of the language client the preview needs. */
export interface RoadmapClient {
    sendRequest<R>(method: string, params: unknown): Promise<R>;
    /** `hitp/simulationDone` and other server notifications (absent in tests that fake the client). */
    onNotification?(method: string, handler: () => void): unknown;
}

export const PREVIEW_VIEW_TYPE = 'hitp.preview';
export const REFRESH_DELAY_MS = 250;

/**
 * The panel's own options: VS Code's find widget in the page (Ctrl+F / Cmd+F while the preview
 * has focus, as in the Markdown preview). A panel restored after a reload keeps the options it
 * was created with.
 */
export const PREVIEW_PANEL_OPTIONS: vscode.WebviewPanelOptions = { enableFindWidget: true };

/** Webview options: scripts on, forms off, local resources only from the extension's `out` folder. */
export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
    return {
        enableScripts: true,
        enableForms: false,
        enableCommandUris: false,
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, WEBVIEW_MEDIA_FOLDER)],
    };
}

/**
 * Read-only facts about what a preview last sent to its webview (the webview's DOM is out of the
 * extension host's reach). Part of the extension's API for the in-editor tests; a snapshot, so
 * holding one changes nothing.
 */
export interface PreviewFacts {
    /** The document shown, as a URI string. */
    readonly resource: string;
    /** The panel's editor column; undefined while the panel is not shown. */
    readonly viewColumn: vscode.ViewColumn | undefined;
    /** The document version of the roadmap last sent; null while the page shows a placeholder. */
    readonly version: number | null;
    /** The roadmap (or placeholder) fragment last sent. */
    readonly html: string;
    /** How it went: `page` (a full page load) or `update` (an `update` message; scroll and zoom kept). */
    readonly delivery: 'page' | 'update';
    /** When it was sent, in `Date.now()` milliseconds. */
    readonly sentAt: number;
    /** The panel's title: `Roadmap: FILE`, with `[Locked] ` first while the preview is locked. */
    readonly title: string;
    /** Whether the panel has VS Code's find widget (Ctrl+F / Cmd+F while the preview has focus). */
    readonly findWidget: boolean;
    /** The element the webview last highlighted for the editor's cursor (`element: null`: none there); undefined before any. */
    readonly highlighted: { element: string | null; kind: PreviewKind | null; line: number; character: number } | undefined;
    /** The revision the roadmap is compared with (`HEAD`, "Compare with Last Commit"); null for the plan alone. */
    readonly comparing: string | null;
}

function basename(uri: vscode.Uri): string {
    return uri.path.split('/').pop() || uri.toString();
}

export class RoadmapPreview implements vscode.Disposable {
    private readonly disposables: vscode.Disposable[] = [];
    private readonly disposeEmitter = new vscode.EventEmitter<void>();
    /** Fires once, when the panel closes or the preview is disposed. */
    readonly onDidDispose = this.disposeEmitter.event;
    private readonly comparingEmitter = new vscode.EventEmitter<string | null>();
    /** Fires with the compared revision (null: the plan alone) when the comparison starts, changes or ends. */
    readonly onDidChangeComparing = this.comparingEmitter.event;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private requestSeq = 0;
    private shownSeq = 0;
    private shownVersion = -1;
    private lastResult: RoadmapResult | undefined;
    /** Whether the page holds real roadmap content for the current document. */
    private hasContent = false;
    private disposed = false;
    private lastSent: Omit<PreviewFacts, 'resource' | 'viewColumn' | 'title' | 'findWidget' | 'highlighted' | 'comparing'> | undefined;
    private lastCursor: { line: number; character: number } | undefined;
    private highlighted: PreviewFacts['highlighted'];
    /** "Export the current view" requests to the webview (issue 18). */
    readonly captures = new CaptureChannel(message => this.panel.webview.postMessage(message), () => this.resourceUri.toString());
    /** The scenario whose roadmap is shown (spec §10); null for the plan itself. */
    private scenario: string | null = null;
    private isLocked = false;
    /** "Compare with Last Commit": the document's committed text, sent with every roadmap request; null for the plan alone. */
    private comparison: RoadmapCompareParams | null = null;

    constructor(
        readonly panel: vscode.WebviewPanel,
        private readonly extensionUri: vscode.Uri,
        private readonly client: RoadmapClient,
        private resourceUri: vscode.Uri,
    ) {
        panel.webview.options = previewWebviewOptions(extensionUri);
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage(message => void this.onMessage(message)),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document.uri.toString() === this.resourceUri.toString()) this.scheduleRefresh();
            }),
        );
        this.load();
    }

    get resource(): vscode.Uri {
        return this.resourceUri;
    }

    /** Locked to its document (the manager stops following the active editor): the title says so, through every reload. */
    set locked(locked: boolean) {
        this.isLocked = locked;
        this.showTitle();
    }

    private showTitle(): void {
        this.panel.title = `${this.isLocked ? '[Locked] ' : ''}Roadmap: ${basename(this.resourceUri)}${this.comparison ? ` ↔ ${this.comparison.revision}` : ''}`;
    }

    /** What the webview was last sent (see `PreviewFacts`). */
    get facts(): PreviewFacts {
        const sent = this.lastSent ?? { version: null, html: '', delivery: 'page' as const, sentAt: 0 };
        return Object.freeze({ resource: this.resourceUri.toString(), viewColumn: this.panel.viewColumn, title: this.panel.title, findWidget: this.panel.options.enableFindWidget === true, ...sent, highlighted: this.highlighted, comparing: this.comparison?.revision ?? null });
    }

    /** The server has new figures for the open document (its simulation finished): fetch them. */
    refreshSoon(): void {
        if (!this.disposed) this.scheduleRefresh();
    }

    /** The revision compared with, or null. */
    get comparing(): string | null {
        return this.comparison?.revision ?? null;
    }

    /**
     * Compares the roadmap with an earlier text of the document (null: back to the plan alone); the
     * answer comes back as an `update`, keeping scroll and zoom. A new document ends the comparison.
     */
    async compareWith(comparison: RoadmapCompareParams | null): Promise<void> {
        if (this.disposed) return;
        this.comparison = comparison;
        this.comparingEmitter.fire(this.comparing);
        this.showTitle();
        this.clearTimer();
        await this.refresh();
    }

    /** Shows another document (the preview follows the active `.hitp` editor). */
    setResource(uri: vscode.Uri): void {
        if (this.disposed || uri.toString() === this.resourceUri.toString()) return;
        this.resourceUri = uri;
        this.load();
    }

    /** The editor's cursor moved in the shown document: the webview highlights what is declared there. */
    showCursor(line: number, character: number): void {
        if (this.disposed) return;
        this.lastCursor = { line, character };
        if (!this.hasContent) return;
        const message: ToWebviewMessage = { type: 'cursor', source: this.resourceUri.toString(), line, character };
        void this.panel.webview.postMessage(message);
    }

    /** Full reload for the current document: a placeholder page now, the roadmap as soon as the server answers. */
    load(): void {
        this.clearTimer();
        this.highlighted = undefined;
        this.hasContent = false;
        this.shownVersion = -1;
        this.shownSeq = this.requestSeq;
        this.lastResult = undefined;
        this.scenario = null;
        if (this.comparison) {
            this.comparison = null;
            this.comparingEmitter.fire(null);
        }
        this.showTitle();
        this.setPage(messageFragment('Loading the roadmap…'), null);
        void this.refresh();
    }

    private setPage(fragment: string, version: number | null): void {
        const settings: WebviewSettings = { source: this.resourceUri.toString(), version, standalone: false, zoom: null };
        this.panel.webview.html = renderPreviewHtml({
            webview: this.panel.webview, extensionUri: this.extensionUri, settings, fragment, title: this.panel.title,
        });
        this.lastSent = { version, html: fragment, delivery: 'page', sentAt: Date.now() };
    }

    private scheduleRefresh(): void {
        this.clearTimer();
        this.timer = setTimeout(() => {
            this.timer = undefined;
            void this.refresh();
        }, REFRESH_DELAY_MS);
    }

    private clearTimer(): void {
        if (this.timer !== undefined) clearTimeout(this.timer);
        this.timer = undefined;
    }

    /** Asks the server again for the current version (its settings changed: the same plan, worded anew). */
    refreshNow(): void {
        if (!this.disposed) void this.refresh();
    }

    private async refresh(): Promise<void> {
        const seq = ++this.requestSeq;
        const uri = this.resourceUri;
        let result: RoadmapResult;
        try {
            const document = await vscode.workspace.openTextDocument(uri);
            // The server formats numbers in the locale it resolved from `hitp.numberLocale` (one answer for hovers, lenses and the preview).
            const params: RoadmapParams = { uri: uri.toString(), version: document.version, scenario: this.scenario, compare: this.comparison };
            result = await this.client.sendRequest<RoadmapResult>(RoadmapRequestMethod, params);
        } catch (error) {
            if (!this.disposed && !this.hasContent && seq > this.shownSeq && uri.toString() === this.resourceUri.toString()) {
                this.setPage(messageFragment(`The roadmap is not available: ${error instanceof Error ? error.message : String(error)}`), null);
            }
            return;
        }
        // Drop answers for a document no longer shown, and answers older than the one on screen.
        if (this.disposed || uri.toString() !== this.resourceUri.toString()) return;
        if (seq <= this.shownSeq || result.version < this.shownVersion || typeof result.html !== 'string') return;
        this.shownSeq = seq;
        this.shownVersion = result.version;
        this.lastResult = result;
        if (!this.hasContent) {
            this.hasContent = true;
            this.setPage(result.html, result.version);
        } else {
            this.post({ type: 'update', source: uri.toString(), version: result.version, html: result.html });
        }
    }

    private post(message: Extract<ToWebviewMessage, { type: 'update' }>): void {
        void this.panel.webview.postMessage(message);
        this.lastSent = { version: message.version, html: message.html, delivery: 'update', sentAt: Date.now() };
    }

    /**
     * Messages from the webview are untrusted: validated, and ignored unless they are about this
     * document. Resolves once the message is handled (for a reveal: the declaration is selected).
     */
    async onMessage(message: unknown): Promise<void> {
        if (this.disposed || !isFromWebviewMessage(message) || message.source !== this.resourceUri.toString()) return;
        switch (message.type) {
            case 'reveal':
                await this.reveal(message.element, message.range);
                break;
            case 'scenario':
                // The server renders the scenario's roadmap; it comes back as an `update`, keeping scroll and zoom.
                this.scenario = message.scenario;
                this.clearTimer();
                await this.refresh();
                break;
            case 'ready':
                // A page loaded before the latest update arrived: send it again.
                if (this.lastResult && message.version !== this.lastResult.version) {
                    this.post({ type: 'update', source: message.source, version: this.lastResult.version, html: this.lastResult.html });
                }
                // The page is up: it highlights what the cursor is on.
                if (this.lastCursor) this.showCursor(this.lastCursor.line, this.lastCursor.character);
                break;
            case 'captured':
                this.captures.receive(message);
                break;
            case 'print':
                await this.print();
                break;
            case 'highlighted':
                this.highlighted = { element: message.element, kind: message.kind, ...(this.lastCursor ?? { line: -1, character: -1 }) };
                break;
        }
    }

    /** Webviews cannot print: the roadmap opens as a standalone page in the browser, which prints it or saves it as PDF. */
    private async print(): Promise<void> {
        if (!this.lastResult || typeof this.lastResult.html !== 'string') {
            void vscode.window.showInformationMessage('hitp: the roadmap is not ready yet; try again in a moment.');
            return;
        }
        const file = await openForPrint(this.extensionUri, this.lastResult.html, this.panel.title, basename(this.resourceUri));
        void vscode.window.showInformationMessage(`hitp: the roadmap is open in your browser (${file.fsPath}): print it or save it as PDF there, on landscape A4 or Letter.`);
    }

    /**
     * Opens the document beside the preview and selects the element's declaration: the range the
     * server wrote into the rendered element (`data-range`), clamped to the document as it is now.
     */
    private async reveal(element: string, [line, character, endLine, endCharacter]: SourceRangeTuple): Promise<void> {
        const document = await vscode.workspace.openTextDocument(this.resourceUri);
        if (line >= document.lineCount) {
            void vscode.window.showInformationMessage(`hitp: no declaration of ${element} in ${basename(this.resourceUri)}.`);
            return;
        }
        const range = document.validateRange(new vscode.Range(line, character, endLine, endCharacter));
        const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === document.uri.toString());
        const column = visible?.viewColumn
            ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        this.clearTimer();
        this.captures.dispose();
        this.panel.dispose();
        for (const d of this.disposables.splice(0)) d.dispose();
        this.disposeEmitter.fire();
        this.disposeEmitter.dispose();
        this.comparingEmitter.dispose();
    }
}
