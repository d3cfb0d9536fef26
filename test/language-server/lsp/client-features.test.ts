/**
 * What the server reads from the client's `initialize` request (`hitp-client-features.ts`), and
 * which documents count as hitp documents (`plan-files.ts`).
 */
import { URI, type LangiumDocument } from 'langium';
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { HitpClientFeatures, INFO_COMMAND } from '../../../language-server/lsp/hitp-client-features.js';
import { HitpLanguageMetaData } from '../../../language-server/generated/module.js';
import { isHitpDocument } from '../../../language-server/references/plan-files.js';

describe('HitpClientFeatures', () => {
    test('in process (no initialize): as the VS Code extension, snippets, the preview command and label lenses', () => {
        const features = new HitpClientFeatures();
        expect(features.current.snippets).toBe(true);
        expect(features.canRun('hitp.showPreview')).toBe(true);
        expect(features.infoCommand).toBe('');
    });

    test('a client that announces nothing gets nothing it did not ask for', () => {
        const features = new HitpClientFeatures();
        features.initialize({ capabilities: {} });
        expect(features.current).toEqual({ snippets: false, clientCommands: new Set(), labelLenses: false, codeLensRefresh: false, inlayHintRefresh: false });
        expect(features.canRun('hitp.showPreview')).toBe(false);
        expect(features.infoCommand).toBe(INFO_COMMAND);
    });

    test('reads snippet and refresh support and the VS Code extension\'s options', () => {
        const features = new HitpClientFeatures();
        features.initialize({
            capabilities: {
                textDocument: { completion: { completionItem: { snippetSupport: true } } },
                workspace: { codeLens: { refreshSupport: true }, inlayHint: { refreshSupport: true } },
            },
            initializationOptions: { clientCommands: ['hitp.showPreview'], labelLenses: true },
        });
        expect(features.current).toEqual({ snippets: true, clientCommands: new Set(['hitp.showPreview']), labelLenses: true, codeLensRefresh: true, inlayHintRefresh: true });
    });

    test('any JSON a client sends as capabilities or options: no throw, only booleans and command names', () => {
        fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), (capabilities, initializationOptions) => {
            const features = new HitpClientFeatures();
            features.initialize({ capabilities: capabilities as never, initializationOptions });
            const { clientCommands, ...flags } = features.current;
            expect(Object.values(flags).every(flag => typeof flag === 'boolean')).toBe(true);
            expect([...clientCommands].every(command => typeof command === 'string')).toBe(true);
            expect([INFO_COMMAND, '']).toContain(features.infoCommand);
        }), { numRuns: 300, seed: 20270104 });
    });

    test('malformed initialization options count as absent', () => {
        for (const initializationOptions of [null, 'vscode', 42, { clientCommands: 'hitp.showPreview', labelLenses: 'yes' }, { clientCommands: [1, null, 'hitp.showPreview'] }]) {
            const features = new HitpClientFeatures();
            features.initialize({ capabilities: {}, initializationOptions });
            expect(features.current.labelLenses).toBe(false);
            expect([...features.current.clientCommands].every(command => command === 'hitp.showPreview')).toBe(true);
        }
    });
});

describe('isHitpDocument', () => {
    /** Only the URI and the editor's language id matter (a `.txt` file cannot be parsed without an editor). */
    const documentOf = (uri: string, languageId: string) =>
        ({ uri: URI.parse(uri), textDocument: TextDocument.create(uri, languageId, 1, '') }) as LangiumDocument;

    test('a .hitp file, whatever language id the editor opened it with', () => {
        expect(isHitpDocument(documentOf('file:///p/plan.hitp', 'hitplan'), HitpLanguageMetaData)).toBe(true);
        expect(isHitpDocument(documentOf('file:///p/plan.hitp', 'plaintext'), HitpLanguageMetaData)).toBe(true);
    });

    test('another file only when the editor opened it as hitp', () => {
        expect(isHitpDocument(documentOf('file:///p/plan.txt', 'hitp'), HitpLanguageMetaData)).toBe(true);
        expect(isHitpDocument(documentOf('file:///p/plan.txt', 'plaintext'), HitpLanguageMetaData)).toBe(false);
    });
});
