/**
 * The preview's "export the current view" messages (issue 18), part of the preview's message
 * unions (`preview/messages.ts`). No `vscode` import: the webview program shares this file.
 */

export type CaptureFormat = 'svg' | 'png';

/** Host → webview: serialise the chart of the view on screen. */
export interface CaptureRequestMessage {
    type: 'capture';
    source: string;
    requestId: number;
    format: CaptureFormat;
}

/** Webview → host: the chart as SVG text, or as a PNG in base64; or why not. */
export type CapturedMessage =
    | { type: 'captured'; source: string; requestId: number; format: CaptureFormat; view: string; width: number; height: number; data: string }
    | { type: 'captured'; source: string; requestId: number; format: CaptureFormat; error: string };

/** At most 64 MB of base64 or SVG text: a 10,000-candidate Gantt chart at twice the resolution fits. */
const MAX_DATA = 64 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const VIEW = /^[a-z]{1,20}$/;

function isPositiveSize(x: unknown): x is number {
    return typeof x === 'number' && Number.isFinite(x) && x > 0 && x <= 100_000;
}

export function isCaptureFormat(x: unknown): x is CaptureFormat {
    return x === 'svg' || x === 'png';
}

/** Validates the `captured` message fields (source and type are checked by the caller). */
export function isCapturedMessage(x: Record<string, unknown>): boolean {
    if (x.type !== 'captured' || !Number.isSafeInteger(x.requestId) || !isCaptureFormat(x.format)) return false;
    if (typeof x.error === 'string') return x.error.length <= 1000;
    if (typeof x.data !== 'string' || x.data.length > MAX_DATA || typeof x.view !== 'string' || !VIEW.test(x.view)) return false;
    if (!isPositiveSize(x.width) || !isPositiveSize(x.height)) return false;
    return x.format === 'svg' ? x.data.startsWith('<svg') : BASE64.test(x.data);
}

/** Validates a `capture` request (the webview checks before answering). */
export function isCaptureRequest(x: Record<string, unknown>): boolean {
    return x.type === 'capture' && Number.isSafeInteger(x.requestId) && isCaptureFormat(x.format);
}
