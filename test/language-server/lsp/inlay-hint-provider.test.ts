import { clearDocuments } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { hitp, parse, services } from '../../helpers/services.js';
import { lineOf, riverside } from './lsp-test-utils.js';

async function hintsOf(text: string) {
    const document = await parse(text);
    const range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
    return (await hitp.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range })) ?? [];
}

describe('HitpInlayHintProvider', () => {
    afterEach(async () => {
        await clearDocuments(services.shared);
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { hitp: {} } });
    });

    test('riverside: dates after duration lines and start dates after after-lists', async () => {
        const hints = await hintsOf(riverside);
        expect(hints.map(hint => [hint.position, hint.label])).toEqual([
            [{ line: lineOf(riverside, 'duration 10 weeks'), character: 21 }, '→ 2027-02-01 – 2027-04-12'],
            [{ line: lineOf(riverside, 'duration 3 months'), character: 21 }, '→ 2027-04-12 – 2027-07-12'],
            [{ line: lineOf(riverside, 'after CoreNetwork'), character: 21 }, 'starts 2027-04-12'],
            [{ line: lineOf(riverside, 'after Design'), character: 16 }, 'starts 2027-02-01'],
        ]);
        expect(hints.every(hint => hint.paddingLeft === true)).toBe(true);
    });

    test('hitp.inlayHints.enabled = false turns them off', async () => {
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { hitp: { inlayHints: { enabled: false } } } });
        expect(await hintsOf(riverside)).toEqual([]);
    });

    test('an unscheduled candidate (no plan start) gets no hint', async () => {
        expect(await hintsOf('candidate A "A" { duration 2 weeks }\n')).toEqual([]);
    });
});
