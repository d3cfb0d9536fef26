/**
 * The preview's contract, once for the language server's renderer (`report/`), the extension's
 * preview host (`extension/preview/roadmap-preview.ts`) and the webview program
 * (`extension/webview/main.ts`): what a clickable element is (`PreviewKind`), the zoom levels,
 * and the messages both ways. A leaf: no `vscode` or Langium import, so all three can share it.
 *
 * Every message from the webview is untrusted: the host runs `isFromWebviewMessage`
 * before looking at it, and ignores messages whose `source` is not its document.
 */

import { isCapturedMessage, isCaptureRequest, type CapturedMessage, type CaptureRequestMessage } from './capture-messages.js';

/** What a clickable roadmap element stands for (`data-kind`); the element-kind registry gives each kind its own. */
export type PreviewKind = 'candidate' | 'phase' | 'milestone' | 'kpi' | 'stakeholder' | 'gate';

export const PREVIEW_KINDS: readonly PreviewKind[] = ['candidate', 'phase', 'milestone', 'kpi', 'stakeholder', 'gate'];

/** A 0-based source range `[line, character, endLine, endCharacter]`, as the renderer writes it in `data-range`. */
export type SourceRangeTuple = [number, number, number, number];

export type ZoomLevel = 'week' | 'month' | 'quarter';

export const ZOOM_LEVELS: readonly ZoomLevel[] = ['week', 'month', 'quarter'];

/** Host → webview. */
export type ToWebviewMessage =
    /** New roadmap content for `source` at `version`; the webview keeps scroll and zoom. */
    | { type: 'update'; source: string; version: number; html: string }
    /** The editor's cursor moved in `source` (0-based): highlight the innermost element declared there and scroll to it. */
    | { type: 'cursor'; source: string; line: number; character: number }

    /** Export the chart on screen as SVG or PNG (issue 18). */
    | CaptureRequestMessage;

/** Webview → host. */
export type FromWebviewMessage =
    /** The user clicked (or pressed Enter on) an element: select its declaration, at `range` of the rendered version. */
    | { type: 'reveal'; source: string; element: string; kind: PreviewKind; range: SourceRangeTuple }
    /** The webview script has started and shows `version`. */
    | { type: 'ready'; source: string; version: number | null }
    /** The user asked to print: the host opens the roadmap as a standalone page in the browser. */
    | { type: 'print'; source: string }
    /** The webview highlighted `element` for the cursor (null: no element is declared there). */
    | { type: 'highlighted'; source: string; element: string | null; kind: PreviewKind | null }

    /** The user picked a scenario (null: the plan itself) whose whole roadmap to show (spec §10). */
    | { type: 'scenario'; source: string; scenario: string | null }
    /** The answer to a `capture` request. */
    | CapturedMessage;

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

export function isPreviewKind(x: unknown): x is PreviewKind {
    return typeof x === 'string' && (PREVIEW_KINDS as readonly string[]).includes(x);
}

const MAX_POSITION = 10_000_000;

export function isSourceRangeTuple(x: unknown): x is SourceRangeTuple {
    return Array.isArray(x) && x.length === 4 && x.every(n => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= MAX_POSITION);
}

/** `data-range="3,10,3,21"` → the tuple; null for anything else. */
export function parseRangeAttribute(text: string | undefined): SourceRangeTuple | null {
    if (typeof text !== 'string' || !/^\d+,\d+,\d+,\d+$/.test(text)) return null;
    const tuple = text.split(',').map(Number);
    return isSourceRangeTuple(tuple) ? tuple : null;
}

export function isZoomLevel(x: unknown): x is ZoomLevel {
    return typeof x === 'string' && (ZOOM_LEVELS as readonly string[]).includes(x);
}

/** Validates a message posted by the webview; anything malformed is rejected. */
export function isFromWebviewMessage(x: unknown): x is FromWebviewMessage {
    if (!isRecord(x) || !isSource(x.source)) return false;
    switch (x.type) {
        case 'reveal':
            return typeof x.element === 'string' && IDENTIFIER.test(x.element) && isPreviewKind(x.kind) && isSourceRangeTuple(x.range);
        case 'ready':
            return x.version === null || (typeof x.version === 'number' && Number.isSafeInteger(x.version));
        case 'print':
            return true;
        case 'scenario':
            return x.scenario === null || (typeof x.scenario === 'string' && IDENTIFIER.test(x.scenario));
        case 'highlighted':
            return (x.element === null && x.kind === null)
                || (typeof x.element === 'string' && IDENTIFIER.test(x.element) && isPreviewKind(x.kind));
        case 'captured':
            return isCapturedMessage(x);
        default:
            return false;
    }
}

function isPosition(x: unknown): x is number {
    return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 && x <= MAX_POSITION;
}

/** Validates a message posted by the host (the webview checks before using it). */
export function isToWebviewMessage(x: unknown): x is ToWebviewMessage {
    if (isRecord(x) && x.type === 'capture') return isSource(x.source) && isCaptureRequest(x);
    if (!isRecord(x) || !isSource(x.source)) return false;
    if (x.type === 'cursor') return isPosition(x.line) && isPosition(x.character);
    return x.type === 'update' && typeof x.version === 'number' && Number.isSafeInteger(x.version) && typeof x.html === 'string';
}

/**
 * The index of the innermost range holding the position (a milestone inside its phase wins over
 * the phase), or -1. Ranges are end-inclusive, as an editor's cursor after the last character is
 * still on the declaration.
 */
export function innermostRange(ranges: readonly SourceRangeTuple[], line: number, character: number): number {
    const holds = ([l, c, el, ec]: SourceRangeTuple) => (line > l || (line === l && character >= c)) && (line < el || (line === el && character <= ec));
    const size = ([l, c, el, ec]: SourceRangeTuple) => (el - l) * 1_000_000 + (ec - c);
    let best = -1;
    ranges.forEach((range, index) => {
        if (holds(range) && (best < 0 || size(range) < size(ranges[best]!))) best = index;
    });
    return best;
}
