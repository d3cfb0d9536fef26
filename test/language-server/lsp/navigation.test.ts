import { clearDocuments, expectFindReferences, expectFoldings, expectGoToDefinition, expectSymbols } from 'langium/test';
import { LSPErrorCodes, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach, describe, expect, test } from 'vitest';
import { hitp, parseWorkspace, services } from '../../helpers/services.js';
import { riverside } from './lsp-test-utils.js';

const definition = expectGoToDefinition(hitp);
const references = expectFindReferences(hitp);
const symbols = expectSymbols(hitp);
const foldings = expectFoldings(hitp);

describe('navigation', () => {
    afterEach(() => clearDocuments(services.shared));

    test('go to definition of a candidate, a criterion in `scores` and a milestone-when candidate', async () => {
        const text = 'criteria { <|Risk|> "R" weight 100% }\ncandidate <|A|> "A" { scores R<|>isk 3 }\ncandidate B "B" { after <|>A }\nphase P "P" { milestone M "M" due 2027-01-01 when <|>A }\n';
        await definition({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
        await definition({ text, index: 1, rangeIndex: 1, disposeAfterCheck: true });
        await definition({ text, index: 2, rangeIndex: 1, disposeAfterCheck: true });
    });

    test('find references of a KPI, with its declaration', async () => {
        await references({
            text: 'kpi <|Load|> "L" { baseline 3 target <= 2 }\nobjective O "O" { kpi <|Load|> }\nphase P "P" { gate <|Lo<|>ad|> <= 2.5 }\n',
            includeDeclaration: true,
            disposeAfterCheck: true,
        });
    });

    test('rename a criterion renames its `scores` entries in every file of the workspace', async () => {
        const documents = await parseWorkspace({
            'plan.hitp': 'plan P "P" { start 2027-01-04 }\ncriteria { Risk "R" weight 100% }\ncandidate A "A" { scores Risk 3 }\n',
            'more.hitp': 'candidate B "B" { scores Risk 4 after A }\n',
        });
        const plan = documents.get('plan.hitp')!;
        const offset = plan.textDocument.getText().indexOf('Risk "R"');
        const edit = await hitp.lsp.RenameProvider!.rename(plan, {
            textDocument: { uri: plan.uri.toString() }, position: plan.textDocument.positionAt(offset), newName: 'Safety',
        });
        const apply = (name: string) => {
            const document = documents.get(name)!;
            return TextDocument.applyEdits(document.textDocument, edit?.changes?.[document.uri.toString()] ?? []);
        };
        expect(apply('plan.hitp')).toBe('plan P "P" { start 2027-01-04 }\ncriteria { Safety "R" weight 100% }\ncandidate A "A" { scores Safety 3 }\n');
        expect(apply('more.hitp')).toBe('candidate B "B" { scores Safety 4 after A }\n');
    });

    test('rename a milestone and a candidate used in `when`, `includes` and `after`', async () => {
        const documents = await parseWorkspace({
            'a.hitp': 'candidate A "A" { duration 1 weeks }\ncandidate B "B" { after A }\nphase P "P" { includes A, B milestone M "M" due 2027-01-01 when A }\n',
        });
        const document = documents.get('a.hitp')!;
        const text = document.textDocument.getText();
        const rename = async (needle: string, newName: string) => {
            const edit = await hitp.lsp.RenameProvider!.rename(document, {
                textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.indexOf(needle)), newName,
            });
            return TextDocument.applyEdits(document.textDocument, edit?.changes?.[document.uri.toString()] ?? []);
        };
        expect(await rename('A "A"', 'Core')).toBe('candidate Core "A" { duration 1 weeks }\ncandidate B "B" { after Core }\nphase P "P" { includes Core, B milestone M "M" due 2027-01-01 when Core }\n');
        expect(await rename('M "M"', 'Live')).toBe(text.replace('milestone M ', 'milestone Live '));
    });

    test('rename refuses a name that is not an identifier, or that the files it sees already declare for that kind (spec §6)', async () => {
        const documents = await parseWorkspace({
            'plan.hitp': 'plan P { start 2027-01-04 }\ncandidate A { duration 1 weeks }\ncandidate B { after A }\nkpi Uptime { baseline 1 }\n',
            'fragment.hitp': 'candidate Shared { duration 1 weeks }\n',
            'other-plan.hitp': 'plan Q { start 2027-01-04 }\ncandidate Elsewhere { duration 1 weeks }\n',
        });
        const document = documents.get('plan.hitp')!;
        const text = document.textDocument.getText();
        const rename = (newName: string, needle = 'A {') => hitp.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.indexOf(needle)), newName,
        });
        const notAName = (name: string) => `'${name}' cannot be a name: a name starts with a letter or '_' and has only letters, digits and '_' (no spaces or hyphens), and is not a keyword`;
        for (const bad of ['Wi-Fi6', '6Wifi', 'Core Network', 'after', 'candidate', '']) {
            await expect(rename(bad)).rejects.toMatchObject({ code: LSPErrorCodes.RequestFailed, message: notAName(bad) });
        }
        await expect(rename('B')).rejects.toMatchObject({ message: "'B' is already the name of a candidate: choose another name" });
        // From a reference, and a name taken in a fragment the plan sees.
        await expect(rename('Shared', 'A }')).rejects.toMatchObject({ message: "'Shared' is already the name of a candidate: choose another name" });
        // Another kind's name, and a name in another plan the file does not see, are free.
        const free = async (newName: string) => TextDocument.applyEdits(document.textDocument, (await rename(newName))?.changes?.[document.uri.toString()] ?? []);
        expect(await free('Uptime')).toBe(text.replace('candidate A {', 'candidate Uptime {').replace('after A', 'after Uptime'));
        expect(await free('Elsewhere')).toBe(text.replace('candidate A {', 'candidate Elsewhere {').replace('after A', 'after Elsewhere'));
        expect(await free('A')).toBe(text);
    });

    test('outline: plan, criteria block with its criteria, phases with milestones; details are titles', async () => {
        await symbols({
            text: riverside,
            disposeAfterCheck: true,
            assert: (list: DocumentSymbol[]) => {
                const outline = (items: DocumentSymbol[] | undefined): unknown[] => (items ?? []).map(item =>
                    item.children ? [item.name, item.kind, item.detail, outline(item.children)] : [item.name, item.kind, item.detail]);
                expect(outline(list)).toEqual([
                    ['Riverside', SymbolKind.Namespace, 'Riverside Health infrastructure upgrade 2027-2031'],
                    ['criteria', SymbolKind.Package, undefined, [
                        ['Strategic', SymbolKind.Property, 'Strategic alignment'],
                        ['Clinical', SymbolKind.Property, 'Clinical impact'],
                        ['Efficiency', SymbolKind.Property, 'Operational efficiency'],
                        ['Risk', SymbolKind.Property, 'Risk reduction'],
                        ['Resources', SymbolKind.Property, 'Resource availability'],
                    ]],
                    ['Cmo', SymbolKind.Variable, 'Chief Medical Officer'],
                    ['Architect', SymbolKind.Variable, 'IT architecture lead'],
                    ['FasterEhr', SymbolKind.Interface, 'Reduce average EHR page load time by 30% within 12 months'],
                    ['EhrLoadTime', SymbolKind.Constant, 'Average EHR page load time'],
                    ['Incidents', SymbolKind.Constant, 'Severity 1 incidents per month'],
                    ['CoreNetwork', SymbolKind.Class, 'Core network refresh and segmentation'],
                    ['DbMigration', SymbolKind.Class, 'EHR database migration to new cluster'],
                    ['Design', SymbolKind.Module, 'Design'],
                    ['Pilot', SymbolKind.Module, 'Pilot in outpatient imaging', [['EhrFast', SymbolKind.Event, 'EHR on new database']]],
                    ['infram', SymbolKind.Package, undefined],
                    ['EhrUpgrades', SymbolKind.Struct, 'EHR vendor upgrades'],
                ]);
            },
        });
    });

    test('workspace symbols list every named element of every file', async () => {
        await parseWorkspace({ 'a.hitp': riverside, 'b.hitp': 'candidate Extra "E" { duration 1 weeks }\n' });
        const found = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: '' });
        expect(found.map(symbol => symbol.name)).toEqual(expect.arrayContaining(['Riverside', 'Strategic', 'Cmo', 'FasterEhr', 'EhrLoadTime', 'CoreNetwork', 'Pilot', 'EhrFast', 'EhrUpgrades', 'Extra']));
        const ehr = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'ehrfa' });
        expect(ehr.map(symbol => symbol.name)).toEqual(['EhrFast']);
    });

    test('folding ranges for blocks and block comments of three lines or more (Langium default)', async () => {
        await foldings({
            // Langium folds from the first line to the line before the last one (`}` and `*/` stay visible).
            text: '<|/* a\n   b|>\n   c */\n<|plan P "P" {\n    start 2027-01-04|>\n}\nkpi K "K" { baseline 1 }\n<|candidate A "A" {\n    duration 1 weeks|>\n}\n',
            disposeAfterCheck: true,
        });
    });
});
