/**
 * Hovers of a plan in flight (spec §9): forecast against baseline with the slip,
 * a KPI's current value and measurements, a cadence's catch-up, the plan's status.
 */
import { clearDocuments, expectCompletion } from 'langium/test';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { hitp, parse, services } from '../../helpers/services.js';

const PLAN = `plan T { start 2027-01-04 status 2027-03-01 }
criteria { Value weight 100% }
candidate A { scores Value 5 duration 4 weeks started 2027-01-11 finished 2027-02-12 }
candidate B { scores Value 4 duration 6 weeks after A started 2027-02-15 progress 25% }
phase Build { includes A, B }
kpi Load { unit "s" baseline 3.1 target <= 2 review monthly measured 2.9 on 2027-01-31 measured 2.6 on 2027-02-28 }
cadence Ehr { vendor release every 13 weeks internal cycle 12 to 15 weeks internal cycle 6 to 8 weeks from 2027-07-05 behind 3 releases }
`;

async function hoverOn(needle: string): Promise<string> {
    const document = await parse(PLAN);
    const offset = PLAN.indexOf(needle);
    const hover = await hitp.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset),
    });
    return (hover?.contents as { value: string } | undefined)?.value ?? '';
}

describe('tracking in hovers and code lenses', () => {
    afterEach(() => clearDocuments(services.shared));

    test('a started candidate: forecast, baseline, slip and progress', async () => {
        // B: 03-01 + round(75% × 42 = 31.5 → 32) = 04-02; baseline 02-01 → 03-15: 18 days late.
        expect(await hoverOn('B { scores')).toContain('Forecast 2027-02-15 → 2027-04-02 · baseline 2027-02-01 → 2027-03-15 · **18 days late** · started, 25% done');
        expect(await hoverOn('A { scores')).toContain('Actual 2027-01-11 → 2027-02-12 · baseline 2027-01-04 → 2027-02-01 · **11 days late** · finished');
    });

    test('a phase and the plan: forecast against baseline, status date', async () => {
        expect(await hoverOn('Build {')).toContain('Forecast 2027-01-04 → 2027-04-02 · baseline 2027-01-04 → 2027-03-15 · **18 days late**');
        expect(await hoverOn('T {')).toContain('Status 2027-03-01 · baseline finish 2027-03-15 · **18 days late**');
    });

    test('a KPI: current value, when it was measured, and every measurement', async () => {
        const text = await hoverOn('Load {');
        expect(text).toContain('Current **2.6 s** (measured 2027-02-28) · review monthly');
        expect(text).toContain('| 2027-01-31 | 2.9 s |\n| 2027-02-28 | 2.6 s |');
    });

    test('a cadence: the backlog at the start and the catch-up date', async () => {
        expect(await hoverOn('Ehr {')).toContain('Behind 3 releases at the start · caught up on **2028-10-23** · backlog at the horizon 0');
    });

    test('code lenses (through the kind registry): forecast and slip, the plan\'s slip, a KPI\'s current value', async () => {
        const document = await parse(PLAN);
        const lenses = await hitp.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
        const titles = lenses.map(lens => lens.command?.title ?? '');
        expect(titles.find(t => t.startsWith('Portfolio NPV'))).toMatch(/ · finish 2027-04-02 \(18 days late\)$/);
        expect(titles.filter(t => t.startsWith('#')).map(t => t.slice(t.indexOf(' · forecast')))).toEqual(
            expect.arrayContaining([' · forecast 2027-02-12 (11 days late)', ' · forecast 2027-04-02 (18 days late)']));
        expect(titles).toContain('2027-01-04 → 2027-04-02 · critical · forecast 2027-04-02 (18 days late)');
        expect(titles).toContain('current 2.6 s on 2027-02-28 · target <= 2 s · not met');
    });

});

describe('completion knows the tracking lines', () => {
    const completion = expectCompletion(hitp);
    async function labelsAt(text: string, kind: CompletionItemKind): Promise<string[]> {
        let items: CompletionItem[] = [];
        await completion({ text, index: 0, assert: list => { items = list.items; }, disposeAfterCheck: true });
        return items.filter(item => item.kind === kind).map(item => String(item.label));
    }

    afterEach(() => clearDocuments(services.shared));

    test('in a candidate, a KPI, an objective, a cadence and the plan', async () => {
        expect(await labelsAt('candidate A { duration 2 weeks <|> }', CompletionItemKind.Keyword)).toEqual(expect.arrayContaining(['started', 'finished', 'progress']));
        expect(await labelsAt('kpi K { baseline 1 <|> }', CompletionItemKind.Keyword)).toEqual(expect.arrayContaining(['measured', 'review']));
        expect(await labelsAt('kpi K { review <|> }', CompletionItemKind.EnumMember)).toEqual(['weekly', 'monthly', 'quarterly', 'yearly']);
        expect(await labelsAt('objective O { perspective <|> }', CompletionItemKind.EnumMember)).toEqual(['financial', 'clinical', 'patient', 'operational', 'strategic']);
        expect(await labelsAt('cadence C { <|> }', CompletionItemKind.Keyword)).toEqual(expect.arrayContaining(['behind', 'internal', 'vendor']));
        expect(await labelsAt('plan P { start 2027-01-04 <|> }', CompletionItemKind.Keyword)).toContain('status');
    });
});
