import type { CompletionItem } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { clearDocuments, expectCompletion } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { hitp, services } from '../../helpers/services.js';
import { markAt, riverside } from './lsp-test-utils.js';

const completion = expectCompletion(hitp);

async function itemsAt(text: string): Promise<CompletionItem[]> {
    let items: CompletionItem[] = [];
    await completion({ text, index: 0, assert: list => { items = list.items; }, disposeAfterCheck: true });
    return items;
}

const labels = (items: CompletionItem[], kind?: CompletionItemKind) => items.filter(item => kind === undefined || item.kind === kind).map(item => item.label);

describe('HitpCompletionProvider', () => {
    afterEach(() => clearDocuments(services.shared));

    test('candidates after `after`, except the candidate itself', async () => {
        const text = markAt(riverside.replace('after CoreNetwork', 'after '), 'after \n', 6);
        expect(labels(await itemsAt(text), CompletionItemKind.Class)).toEqual(['CoreNetwork']);
    });

    test('criteria after `scores`', async () => {
        const text = markAt(riverside.replace('scores Strategic 5, Clinical 4, Efficiency 4, Risk 3, Resources 2', 'scores '), 'scores \n', 7);
        expect(labels(await itemsAt(text), CompletionItemKind.Property)).toEqual(['Strategic', 'Clinical', 'Efficiency', 'Risk', 'Resources']);
    });

    test('the five default criteria when there is no criteria block', async () => {
        const items = await itemsAt('candidate A "A" { scores <|> }');
        expect(items.filter(item => item.kind === CompletionItemKind.Property).map(item => [item.label, item.detail])).toEqual([
            ['Strategic', 'Strategic alignment'], ['Clinical', 'Clinical impact'], ['Efficiency', 'Operational efficiency'],
            ['Risk', 'Risk reduction'], ['Resources', 'Resource availability'],
        ]);
    });

    test('KPIs in `gate`, stakeholders in `owner`', async () => {
        const gate = markAt(riverside.replace('gate EhrLoadTime <= 2.5, Incidents <= 3', 'gate '), 'gate \n', 5);
        expect(labels(await itemsAt(gate), CompletionItemKind.Constant)).toEqual(['EhrLoadTime', 'Incidents']);
        const owner = markAt(riverside, 'owner Architect\n    supports FasterEhr\n    scores Strategic 5', 6);
        expect(labels(await itemsAt(owner.replace('<|>Architect', '<|>')), CompletionItemKind.Variable)).toEqual(['Cmo', 'Architect']);
    });

    test('role and level values', async () => {
        expect(labels(await itemsAt('stakeholder S "S" { role <|> }'), CompletionItemKind.EnumMember))
            .toEqual(['sponsor', 'clinical', 'architecture', 'finance', 'pmo', 'change', 'operations', 'vendor', 'users']);
        expect(labels(await itemsAt('stakeholder S "S" { influence <|> }'), CompletionItemKind.EnumMember)).toEqual(['low', 'medium', 'high']);
    });

    test('keywords valid inside a candidate', async () => {
        const keywords = labels(await itemsAt('candidate A "A" { <|> }'), CompletionItemKind.Keyword);
        expect(keywords).toEqual(expect.arrayContaining(['owner', 'supports', 'scores', 'duration', 'effort', 'cost', 'benefit', 'advances', 'after']));
        expect(keywords).not.toContain('candidate');
    });

    test('snippets for a candidate, phase, KPI, stakeholder and risk at top level', async () => {
        const items = await itemsAt(`${riverside}\n<|>`);
        const snippets = items.filter(item => item.kind === CompletionItemKind.Snippet);
        expect(snippets.map(item => item.label).sort()).toEqual(['candidate', 'freeze', 'kpi', 'phase', 'risk', 'scenario', 'stakeholder', 'team']);
        // Spec §7: every line of a risk, its candidates and owners offered from the plan.
        expect(snippets.find(item => item.label === 'risk')!.textEdit?.newText).toBe([
            'risk ${1:Name} "${2:Title}" {',
            '    affects ${3|CoreNetwork,DbMigration|}',
            '    likelihood ${4:30}%',
            '    impact ${5:4} weeks, ${6:100k}',
            '    owner ${7|Cmo,Architect|}',
            '    mitigation "${8:What reduces the likelihood or the impact}"',
            '    contingency ${9:50k}',
            '}$0',
        ].join('\n'));
        expect(snippets.every(item => item.insertTextFormat === InsertTextFormat.Snippet)).toBe(true);
        const candidate = snippets.find(item => item.label === 'candidate')!;
        expect(candidate.textEdit?.newText).toBe([
            'candidate ${1:Name} "${2:Title}" {',
            '    owner ${3|Cmo,Architect|}',
            '    supports ${4|FasterEhr|}',
            '    scores Strategic ${5:3}, Clinical ${6:3}, Efficiency ${7:3}, Risk ${8:3}, Resources ${9:3}',
            '    duration ${10:8} weeks',
            '    cost ${11:100k} once',
            '    benefit ${12:50k} yearly',
            '}$0',
        ].join('\n'));
        expect(snippets.find(item => item.label === 'stakeholder')!.textEdit?.newText).toBe([
            'stakeholder ${1:Name} "${2:Title}" {',
            '    role ${3|sponsor,clinical,architecture,finance,pmo,change,operations,vendor,users|}',
            '    influence ${4|low,medium,high|}',
            '    interest ${5|low,medium,high|}',
            '}$0',
        ].join('\n'));
        expect(snippets.find(item => item.label === 'kpi')!.textEdit?.newText)
            .toBe('kpi ${1:Name} "${2:Title}" {\n    unit "${3:unit}"\n    baseline ${4:0}\n    target ${5|<=,<,>=,>,=|} ${6:0}\n}$0');
        expect(snippets.find(item => item.label === 'phase')!.textEdit?.newText).toBe('phase ${1:Name} "${2:Title}" {\n    includes ${3:Candidate}\n}$0');
    });

    test('a plan snippet in a workspace without a plan, none once a plan exists', async () => {
        const empty = (await itemsAt('<|>')).filter(item => item.kind === CompletionItemKind.Snippet);
        expect(empty.find(item => item.label === 'plan')?.textEdit?.newText)
            .toBe('plan ${1:Name} "${2:Title}" {\n    start ${3:2027-01-04}\n    horizon ${4:5} years\n    discount ${5:8}%\n}$0');
        const withPlan = await itemsAt(`${riverside}\n<|>`);
        expect(withPlan.filter(item => item.kind === CompletionItemKind.Snippet && item.label === 'plan')).toEqual([]);
    });

    test('no snippets inside a block', async () => {
        const items = await itemsAt('objective O "O" { <|> }');
        expect(items.filter(item => item.kind === CompletionItemKind.Snippet)).toEqual([]);
    });
});
