/**
 * Asks a preview's webview for its current chart (issue 18) and waits for the answer: one
 * pending promise per request id, rejected on a timeout, an error answer or the panel closing.
 */
import type { CapturedMessage, CaptureFormat, CaptureRequestMessage } from '../../language-server/protocol/capture-messages.js';

/** The chart the webview serialised: SVG text, or PNG bytes in base64, and its size in pixels. */
export interface ViewCapture {
    format: CaptureFormat;
    /** The roadmap view it comes from (`gantt`, `ranking`, `cashflow`, …). */
    view: string;
    width: number;
    height: number;
    data: string;
}

export const CAPTURE_TIMEOUT_MS = 20_000;

interface Pending {
    resolve(capture: ViewCapture): void;
    reject(error: Error): void;
    timer: ReturnType<typeof setTimeout>;
}

export class CaptureChannel {
    private nextId = 1;
    private readonly pending = new Map<number, Pending>();

    constructor(
        private readonly post: (message: CaptureRequestMessage) => Thenable<boolean>,
        private readonly source: () => string,
    ) {}

    request(format: CaptureFormat, timeoutMs = CAPTURE_TIMEOUT_MS): Promise<ViewCapture> {
        const requestId = this.nextId++;
        return new Promise<ViewCapture>((resolve, reject) => {
            const timer = setTimeout(() => this.settle(requestId, new Error('the preview did not answer in time')), timeoutMs);
            this.pending.set(requestId, { resolve, reject, timer });
            void this.post({ type: 'capture', source: this.source(), requestId, format }).then(delivered => {
                if (!delivered) this.settle(requestId, new Error('the preview is not visible'));
            });
        });
    }

    /** An answer from the webview (already validated); unknown ids are ignored. */
    receive(message: CapturedMessage): void {
        if ('error' in message) this.settle(message.requestId, new Error(message.error));
        else this.settle(message.requestId, undefined, { format: message.format, view: message.view, width: message.width, height: message.height, data: message.data });
    }

    private settle(requestId: number, error?: Error, capture?: ViewCapture): void {
        const pending = this.pending.get(requestId);
        if (!pending) return;
        this.pending.delete(requestId);
        clearTimeout(pending.timer);
        if (capture) pending.resolve(capture);
        else pending.reject(error ?? new Error('no answer'));
    }

    dispose(): void {
        for (const id of [...this.pending.keys()]) this.settle(id, new Error('the preview was closed'));
    }
}
