import { clearDocuments } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { hitp, parse, services } from '../../helpers/services.js';
import { lineOf, riverside } from './lsp-test-utils.js';

async function lensesOf(text: string) {
    const document = await parse(text);
    const lenses = await hitp.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
    return { document, lenses: lenses ?? [] };
}

describe('HitpCodeLensProvider', () => {
    afterEach(() => clearDocuments(services.shared));

    test('riverside: plan, preview, candidates and phases, each on its declaration name', async () => {
        const { document, lenses } = await lensesOf(riverside);
        expect(lenses.map(lens => [lens.range.start.line, lens.range.start.character, lens.range.end.character, lens.command?.title])).toEqual([
            [lineOf(riverside, 'plan Riverside'), 5, 14, 'Portfolio NPV $643,193 · finish 2027-07-12'],
            [lineOf(riverside, 'plan Riverside'), 5, 14, 'Open roadmap preview'],
            [lineOf(riverside, 'candidate CoreNetwork'), 10, 21, '#2 · PI 3.35 · NPV -$208,596 · IRR -8.6% · payback — · critical'],
            [lineOf(riverside, 'candidate DbMigration'), 10, 21, '#1 · PI 3.95 · NPV $851,790 · IRR 38.2% · payback 2.2 y · critical'],
            [lineOf(riverside, 'phase Design'), 6, 12, '2027-01-04 → 2027-02-01 · critical'],
            [lineOf(riverside, 'phase Pilot'), 6, 11, '2027-02-01 → 2027-07-12 · critical'],
        ]);
        expect(lenses[1]!.command).toEqual({ title: 'Open roadmap preview', command: 'hitp.showPreview', arguments: [document.uri.toString()] });
        expect(lenses[0]!.command!.command).toBe('');
    });

    test('a deferred candidate says so; a candidate off the critical path does not say critical', async () => {
        const { lenses } = await lensesOf(`plan P "P" { start 2027-01-04 budget 100k }
candidate Big "Big" { scores Strategic 5, Clinical 5, Efficiency 5, Risk 5, Resources 5 duration 2 weeks cost 500k once benefit 10k yearly }
candidate Small "Small" { scores Strategic 1, Clinical 1, Efficiency 1, Risk 1, Resources 1 duration 1 weeks cost 50k once benefit 30k yearly }
candidate Long "Long" { scores Strategic 1, Clinical 1, Efficiency 1, Risk 1, Resources 1 duration 4 weeks }
`);
        expect(lenses.map(lens => lens.command?.title)).toEqual([
            'Portfolio NPV $100,000 · finish 2027-02-01',
            'Open roadmap preview',
            '#1 · PI 5 · NPV -$450,000 · IRR -47.3% · payback — · deferred (over budget)',
            '#2 · PI 1 · NPV $100,000 · IRR 52.8% · payback 1.7 y',
            '#2 · PI 1 · NPV $0 · IRR — · payback 0 y · critical',
        ]);
    });

    test('a fragment without a plan block has no plan lens', async () => {
        const { lenses } = await lensesOf('phase A "A" { duration 1 weeks }\n');
        expect(lenses.map(lens => lens.command?.title)).toEqual(['— → —']);
    });
});
