/**
 * Messages between the roadmap preview host (`roadmap-preview.ts`) and the webview
 * program (`extension/webview/main.ts`). Type-only on the webview side; no `vscode`
 * import here, so both programs can share it.
 *
 * Every message from the webview is untrusted: the host runs `isFromWebviewMessage`
 * before looking at it, and ignores messages whose `source` is not its document.
 */

export type ElementKind = 'candidate' | 'phase' | 'milestone' | 'kpi' | 'stakeholder' | 'gate';

export const ELEMENT_KINDS: readonly ElementKind[] = ['candidate', 'phase', 'milestone', 'kpi', 'stakeholder', 'gate'];

export type ZoomLevel = 'week' | 'month' | 'quarter';

export const ZOOM_LEVELS: readonly ZoomLevel[] = ['week', 'month', 'quarter'];

/** Host → webview. */
export type ToWebviewMessage =
    /** New roadmap content for `source` at `version`; the webview keeps scroll and zoom. */
    | { type: 'update'; source: string; version: number; html: string };

/** Webview → host. */
export type FromWebviewMessage =
    /** The user clicked (or pressed Enter on) an element: reveal and select its declaration. */
    | { type: 'reveal'; source: string; element: string; kind: ElementKind }
    /** The webview script has started and shows `version`. */
    | { type: 'ready'; source: string; version: number | null }
    /** The user asked to print: the host opens the roadmap as a standalone page in the browser. */
    | { type: 'print'; source: string };

/** Settings the host puts, as HTML-escaped JSON, in the root's `data-settings` attribute. */
export interface WebviewSettings {
    /** The document URI shown; null in the standalone report. */
    source: string | null;
    version: number | null;
    /** True in the standalone report (no VS Code host). */
    standalone: boolean;
    zoom: ZoomLevel | null;
}

/** What the webview keeps with `vscode.setState`; the panel serializer reads `source` from it. */
export interface WebviewState {
    source: string | null;
    scrollX: number;
    scrollY: number;
    zoom: ZoomLevel | null;
}

const MAX_URI = 4096;
/** Element names are identifiers (spec §1, lexical rules). */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,199}$/;

function isRecord(x: unknown): x is Record<string, unknown> {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isSource(x: unknown): x is string {
    return typeof x === 'string' && x.length > 0 && x.length <= MAX_URI;
}

export function isElementKind(x: unknown): x is ElementKind {
    return typeof x === 'string' && (ELEMENT_KINDS as readonly string[]).includes(x);
}

export function isZoomLevel(x: unknown): x is ZoomLevel {
    return typeof x === 'string' && (ZOOM_LEVELS as readonly string[]).includes(x);
}

/** Validates a message posted by the webview; anything malformed is rejected. */
export function isFromWebviewMessage(x: unknown): x is FromWebviewMessage {
    if (!isRecord(x) || !isSource(x.source)) return false;
    switch (x.type) {
        case 'reveal':
            return typeof x.element === 'string' && IDENTIFIER.test(x.element) && isElementKind(x.kind);
        case 'ready':
            return x.version === null || (typeof x.version === 'number' && Number.isSafeInteger(x.version));
        case 'print':
            return true;
        default:
            return false;
    }
}

/** Validates a message posted by the host (the webview checks before using it). */
export function isToWebviewMessage(x: unknown): x is ToWebviewMessage {
    return isRecord(x) && x.type === 'update' && isSource(x.source)
        && typeof x.version === 'number' && Number.isSafeInteger(x.version) && typeof x.html === 'string';
}
