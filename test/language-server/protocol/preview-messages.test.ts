/**
 * The messages the preview's webview may post (`extension/preview/messages.ts`, no VS Code
 * import): the `print` request is accepted for a source, and rejected without one.
 */
import { describe, expect, it } from 'vitest';
import { isFromWebviewMessage } from '../../../language-server/protocol/preview-messages.js';

describe('webview → host messages', () => {
    it('accepts print for a document and rejects it without a source', () => {
        expect(isFromWebviewMessage({ type: 'print', source: 'file:///plans/riverside.hitp' })).toBe(true);
        expect(isFromWebviewMessage({ type: 'print' })).toBe(false);
        expect(isFromWebviewMessage({ type: 'print', source: '' })).toBe(false);
        expect(isFromWebviewMessage({ type: 'printAll', source: 'file:///plans/riverside.hitp' })).toBe(false);
    });
});
