/**
 * Spec §10 in the editor: a code lens on each scenario (NPV, change against the base, finish),
 * its hover, the sensitivity in the plan's hover, completion inside a scenario and its snippet,
 * and `exclude` / `cycle` names that navigate and rename like every reference.
 */
import { clearDocuments, expectCompletion, expectFindReferences, expectGoToDefinition } from 'langium/test';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { hitp, parse, services } from '../../helpers/services.js';
import { lineOf, riverside } from './lsp-test-utils.js';

// Discount 0%: A = −100,000 + 5 × 40,000 = 100,000; B = −50,000 + 5 × 10,000 = 0; the plan 100,000.
const PLAN = `plan P "P" { start 2027-01-04 horizon 5 years discount 0% }
criteria { Value weight 100% }
candidate A "A" { scores Value 5 duration 10 weeks cost 100k once benefit 40k yearly }
candidate B "B" { scores Value 4 duration 4 weeks cost 50k once benefit 10k yearly after A }
cadence Ehr "Ehr" { vendor release every 13 weeks internal cycle 12 to 15 weeks }
scenario Slow "Work slower, benefits smaller" { durations +25% benefits -20% }
scenario NoA "Without A" { exclude A cycle Ehr 6 to 8 weeks }
`;

async function lensesOf(text: string) {
    const document = await parse(text);
    return (await hitp.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } })) ?? [];
}

async function hoverAt(text: string, needle: string, delta = 0): Promise<string> {
    const document = await parse(text);
    const position = document.textDocument.positionAt(text.indexOf(needle) + delta);
    const hover = await hitp.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
    return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

describe('scenarios in the editor (spec §10)', () => {
    afterEach(() => clearDocuments(services.shared));

    test('a lens on each scenario: NPV, its change against the plan, finish and its change', async () => {
        // Slow: A 70 → 88 days, B 28 → 35 days: finish 2027-01-04 + 123 = 2027-05-07, 25 days after 2027-04-12.
        // Benefits × 0.8: A −100,000 + 160,000, B −50,000 + 40,000: 50,000, i.e. 50,000 less.
        // NoA: nothing is left to schedule, so there is no finish to show.
        const lenses = (await lensesOf(PLAN)).filter(lens => lens.range.start.line >= lineOf(PLAN, 'scenario Slow'));
        expect(lenses.map(lens => [lens.range.start.line, lens.range.start.character, lens.range.end.character, lens.command?.title])).toEqual([
            [lineOf(PLAN, 'scenario Slow'), 9, 13, 'NPV $50,000 (-$50,000 against the plan) · finish 2027-05-07 (+25 days)'],
            [lineOf(PLAN, 'scenario NoA'), 9, 12, 'NPV $0 (-$100,000 against the plan) · finish —'],
        ]);
    });

    test('the hover compares the scenario with the plan', async () => {
        const hover = await hoverAt(PLAN, 'Slow "Work');
        expect(hover).toContain('**Slow** — Work slower, benefits smaller *(scenario)*');
        expect(hover).toContain('| Portfolio NPV | **$50,000** | $100,000 |');
        expect(hover).toContain('| Finish | 2027-05-07 | 2027-04-12 |');
        expect(hover).toContain('NPV change **-$50,000** · finish +25 days');
        expect(hover).toContain('Funded (2): A, B');
        expect(await hoverAt(PLAN, 'NoA "Without')).toContain('Funded (0): none');
    });

    test("the plan's hover shows the break-even benefit change and each driver's NPVs", async () => {
        const hover = await hoverAt(riverside, 'Riverside "Riverside');
        expect(hover).toContain('Break-even benefit change **-30.3%** (the portfolio NPV reaches 0)');
        expect(hover).toContain('- Discount 6% → NPV $760,080 · 10% → NPV $535,962');
        expect(hover).toContain('- Benefits × 80% → NPV $219,232 · × 120% → NPV $1,067,154');
    });

    test('the lens and the hover follow the number locale', async () => {
        await services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { hitp: { numberLocale: 'de-DE' } } });
        try {
            const lens = (await lensesOf(PLAN)).find(l => l.range.start.line === lineOf(PLAN, 'scenario Slow'));
            expect(lens?.command?.title).toBe('NPV 50.000\u00a0$ (-50.000\u00a0$ against the plan) · finish 2027-05-07 (+25 days)');
        } finally {
            await services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { hitp: { numberLocale: 'en-US' } } });
        }
    });
});

describe('scenario references and completion', () => {
    afterEach(() => clearDocuments(services.shared));
    const definition = expectGoToDefinition(hitp);
    const references = expectFindReferences(hitp);
    const completion = expectCompletion(hitp);
    const itemsAt = async (text: string) => {
        let items: CompletionItem[] = [];
        await completion({ text, index: 0, assert: list => { items = list.items; }, disposeAfterCheck: true });
        return items;
    };

    test('`exclude` and `cycle` names go to their declarations and are found as references', async () => {
        const text = 'candidate <|A|> "A" { }\ncadence <|Ehr|> "E" { }\nscenario S "S" { exclude <|>A cycle <|>Ehr 6 to 8 weeks }\n';
        await definition({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
        await definition({ text, index: 1, rangeIndex: 1, disposeAfterCheck: true });
        await references({
            text: 'candidate <|A|> "A" { }\ncandidate B "B" { after <|A|> }\nscenario S "S" { exclude <|A|>, B }\nscenario T "T" { exclude <|<|>A|> }\n',
            includeDeclaration: true, disposeAfterCheck: true,
        });
    });

    test('renaming a candidate and a cadence renames them in `exclude` and `cycle`', async () => {
        const text = 'candidate A "A" { }\ncadence Ehr "E" { }\nscenario S "S" { exclude A cycle Ehr 6 to 8 weeks }\n';
        const document = await parse(text);
        const rename = async (needle: string, newName: string) => hitp.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.indexOf(needle)), newName,
        });
        const edits = (await rename('A "A"', 'Telehealth'))!.changes![document.uri.toString()]!;
        expect(edits.map(e => [e.range.start.line, e.range.start.character, e.newText])).toEqual([[0, 10, 'Telehealth'], [2, 25, 'Telehealth']]);
        const cycle = (await rename('Ehr 6', 'Upgrades'))!.changes![document.uri.toString()]!;
        expect(cycle.map(e => [e.range.start.line, e.range.start.character, e.newText])).toEqual([[1, 8, 'Upgrades'], [2, 33, 'Upgrades']]);
    });

    test('an unknown name in `exclude` is a linking error', async () => {
        const document = await parse('plan P "P" { }\nscenario S "S" { exclude Nope }\n');
        expect(document.diagnostics?.map(d => d.message)).toEqual(expect.arrayContaining([expect.stringMatching(/Nope/)]));
    });

    test('completion offers the scenario lines inside a scenario, candidates after `exclude`, cadences after `cycle`', async () => {
        const keywords = (await itemsAt('scenario S "S" { <|> }')).filter(i => i.kind === CompletionItemKind.Keyword).map(i => i.label);
        expect(keywords).toEqual(expect.arrayContaining(['discount', 'inflation', 'benefits', 'costs', 'durations', 'budget', 'capacity', 'start', 'exclude', 'cycle']));
        const candidates = await itemsAt('candidate A "A" { }\ncandidate B "B" { }\ncadence C "C" { }\nscenario S "S" { exclude <|> }');
        expect(candidates.filter(i => i.kind === CompletionItemKind.Class).map(i => i.label)).toEqual(['A', 'B']);
        const cadences = await itemsAt('candidate A "A" { }\ncadence C "C" { }\nscenario S "S" { cycle <|> }');
        expect(cadences.filter(i => i.kind === CompletionItemKind.Struct).map(i => i.label)).toEqual(['C']);
    });

    test('a snippet writes a downside scenario', async () => {
        const snippet = (await itemsAt(`${riverside}\n<|>`)).find(item => item.kind === CompletionItemKind.Snippet && item.label === 'scenario');
        expect(snippet?.textEdit?.newText).toBe('scenario ${1:Name} "${2:Title}" {\n    benefits ${3:-20%}\n    costs ${4:+15%}\n    durations ${5:+25%}\n    discount ${6:10%}\n}$0');
    });
});
