/**
 * The preview's cursor messages (`protocol/preview-messages.ts`): the host's `cursor` message,
 * the webview's `highlighted` answer, and which element's declaration holds a position.
 */
import { describe, expect, it } from 'vitest';
import { innermostRange, isFromWebviewMessage, isToWebviewMessage, type SourceRangeTuple } from '../../../language-server/protocol/preview-messages.js';

const source = 'file:///plans/riverside.hitp';

describe('cursor messages', () => {
    it('accepts a cursor at a 0-based position and rejects anything else', () => {
        expect(isToWebviewMessage({ type: 'cursor', source, line: 3, character: 0 })).toBe(true);
        expect(isToWebviewMessage({ type: 'cursor', source, line: -1, character: 0 })).toBe(false);
        expect(isToWebviewMessage({ type: 'cursor', source, line: 1.5, character: 0 })).toBe(false);
        expect(isToWebviewMessage({ type: 'cursor', line: 1, character: 0 })).toBe(false);
        expect(isToWebviewMessage({ type: 'update', source, version: 2, html: '<p></p>' })).toBe(true);
    });

    it('accepts a highlighted element or none, and rejects a half answer or a bad name', () => {
        expect(isFromWebviewMessage({ type: 'highlighted', source, element: 'DbMigration', kind: 'candidate' })).toBe(true);
        expect(isFromWebviewMessage({ type: 'highlighted', source, element: null, kind: null })).toBe(true);
        expect(isFromWebviewMessage({ type: 'highlighted', source, element: 'DbMigration', kind: null })).toBe(false);
        expect(isFromWebviewMessage({ type: 'highlighted', source, element: '<b>', kind: 'candidate' })).toBe(false);
    });
});

describe('innermostRange', () => {
    const phase: SourceRangeTuple = [60, 0, 65, 1];
    const milestone: SourceRangeTuple = [63, 4, 63, 70];
    const candidate: SourceRangeTuple = [50, 0, 58, 1];

    it('picks the innermost declaration holding the position', () => {
        expect(innermostRange([phase, milestone, candidate], 63, 10)).toBe(1);
        expect(innermostRange([phase, milestone, candidate], 62, 4)).toBe(0);
        expect(innermostRange([phase, milestone, candidate], 55, 0)).toBe(2);
    });

    it('holds both ends and nothing outside', () => {
        expect(innermostRange([candidate], 50, 0)).toBe(0);
        expect(innermostRange([candidate], 58, 1)).toBe(0);
        expect(innermostRange([candidate], 58, 2)).toBe(-1);
        expect(innermostRange([candidate], 49, 40)).toBe(-1);
        expect(innermostRange([], 1, 1)).toBe(-1);
    });
});
