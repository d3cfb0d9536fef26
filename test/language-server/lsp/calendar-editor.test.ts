/**
 * Spec §11 in the editor: hovers with working-day counts, lags, a team's peak and utilisation and a
 * freeze's window; a code lens on each team; completion for weekdays, teams and the new snippets.
 */
import type { CompletionItem } from 'vscode-languageserver';
import { CompletionItemKind } from 'vscode-languageserver';
import { clearDocuments, expectCompletion, expectHover } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { hitp, parse, services } from '../../helpers/services.js';
import { lineOf, markAt } from './lsp-test-utils.js';

// 2027-11-01 is a Monday; 25–26 November are holidays.
const PLAN = `plan Cal "Calendar" { start 2027-11-01 workdays Mon-Fri holiday 2027-11-25 to 2027-11-26 }
criteria { Value weight 100% }
freeze YearEnd "Year-end change freeze" from 2027-12-15 to 2028-01-05
team Net "Network engineering" { capacity 3 FTE }
candidate Core "Core switches" { scores Value 5 duration 4 weeks effort 2 FTE Net }
candidate Wifi "Wi-Fi 6" { scores Value 4 duration 3 weeks effort 2 FTE Net after Core + 1 week }
`;

const hover = expectHover(hitp);
const hoverAt = (needle: string, expected: string | RegExp, delta = 1) =>
    hover({ text: markAt(PLAN, needle, delta), index: 0, hover: expected, disposeAfterCheck: true });

const completion = expectCompletion(hitp);
async function itemsAt(text: string): Promise<CompletionItem[]> {
    let items: CompletionItem[] = [];
    await completion({ text, index: 0, assert: list => { items = list.items; }, disposeAfterCheck: true });
    return items;
}

describe('spec §11 in the editor', () => {
    afterEach(() => clearDocuments(services.shared));

    test('a team hover shows capacity, peak, utilisation and who draws on it', async () => {
        // Core: 20 working days from Mon 1 Nov (25–26 Nov holidays) → finish Wed 1 Dec; Wifi waits 5
        // working days → Wed 8 Dec, 15 days → go-live Wed 29 Dec, inside YearEnd → Thu 6 Jan, finish
        // Fri 7 Jan. Plan [1 Nov, 7 Jan): 47 working days. Net: 2 FTE × (20 + 15) = 70 FTE-days / (47 × 3).
        await hoverAt('team Net', [
            '**Net** — Network engineering *(team)*', '',
            'capacity **3 FTE** · peak **2 FTE** · utilisation **49.6%**', '',
            '| Candidate | Effort | Dates |', '|---|---:|---|',
            '| Core | 2 FTE | 2027-11-01 → 2027-12-01 |',
            '| Wifi | 2 FTE | 2027-12-08 → 2028-01-07 |', '',
            '*Utilisation = mean summed effort ÷ capacity over the working days from the plan\'s start to its finish.*',
        ].join('\n'), 6);
    });

    test('a candidate hover counts its working days and shows its lags', async () => {
        await hoverAt('candidate Wifi', /22 working days on the plan's calendar \(Mon, Tue, Wed, Thu, Fri; holidays excluded\)\n\nAfter Core \+1 week/, 11);
    });

    test('a freeze hover shows its window and working days', async () => {
        // 15 Dec 2027 – 5 Jan 2028: 16 weekdays (no holiday of this plan inside).
        await hoverAt('freeze YearEnd', /2027-12-15 → 2028-01-05 · 16 working days · nothing goes live inside\n\nMoved the go-live of Wifi/, 8);
    });

    test('the plan hover states the working calendar', async () => {
        await hoverAt('plan Cal', /Works Mon, Tue, Wed, Thu, Fri \(5 days a week\) · 1 holiday · 47 working days from start to finish/, 6);
    });

    test('a code lens on each team: peak and utilisation', async () => {
        const document = await parse(PLAN);
        const lenses = await hitp.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
        const team = lenses.filter(lens => lens.range.start.line === lineOf(PLAN, 'team Net'));
        expect(team.map(lens => lens.command?.title)).toEqual(['peak 2 FTE of 3 FTE · utilisation 49.6%']);
    });

    test('weekday names after `workdays`, `,` and `-` (Langium completes the token that ends at the cursor, so after `Mon-` a letter is typed)', async () => {
        const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
        expect((await itemsAt('plan P { workdays <|> }')).filter(i => i.kind === CompletionItemKind.EnumMember).map(i => i.label)).toEqual(days);
        expect((await itemsAt('plan P { workdays Mon-F<|> }')).filter(i => i.kind === CompletionItemKind.EnumMember).map(i => i.label)).toEqual(['Fri']);
        expect((await itemsAt('plan P { workdays Mon, <|> }')).filter(i => i.kind === CompletionItemKind.EnumMember).map(i => i.label)).toEqual(days);
    });

    test('teams after an effort’s FTE', async () => {
        const items = await itemsAt('team Net "N" { capacity 3 FTE }\nteam Ehr { capacity 1 FTE }\ncandidate A { effort 2 FTE <|> }');
        expect(items.map(i => i.label)).toEqual(expect.arrayContaining(['Net', 'Ehr']));
    });
});
