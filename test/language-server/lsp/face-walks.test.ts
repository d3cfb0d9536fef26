/**
 * The editor faces walk only what can carry a result (issue 21): inlay hints visit the lines of
 * top-level candidates and phases instead of every AST node, and declaration names are found by a
 * walk that stops at the first match. Both must give exactly what Langium's general walks give.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { AstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import { afterAll, describe, expect, test } from 'vitest';
import type { InlayHint, Range } from 'vscode-languageserver';
import { hintLabel, isHintLine } from '../../../language-server/lsp/hitp-inlay-hint-provider.js';
import { firstNodeForProperty } from '../../../language-server/references/cst-property.js';
import { clearDocuments } from 'langium/test';
import { projectRoot } from '../../helpers/cli.js';
import { hitp, parse, services } from '../../helpers/services.js';

const examples = ['riverside', 'community-hospital', 'regional-health-system', 'it-outsourcing']
    .map(name => readFileSync(path.join(projectRoot, 'examples', `${name}.hitp`), 'utf8'));

/** Langium's default inlay-hint walk (every AST node in the range, pre-order) with hitp's labels: what the provider did before. */
function referenceHints(document: LangiumDocument, range: Range): InlayHint[] {
    const lookup = hitp.plan.PlanService.getPlanResult(document).lookup;
    const hints: InlayHint[] = [];
    for (const node of AstUtils.streamAst(document.parseResult.value, { range })) {
        const end = node.$cstNode?.range.end;
        const label = end && isHintLine(node) ? hintLabel(node, lookup) : undefined;
        if (end && label) hints.push({ position: end, label, kind: 1, paddingLeft: true });
    }
    return hints;
}

async function hints(document: LangiumDocument, range: Range): Promise<InlayHint[]> {
    return (await hitp.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range })) ?? [];
}

afterAll(async () => { await clearDocuments(services.shared); });

describe('inlay hints: the top-level walk equals Langium\'s full walk', () => {
    test.each(examples.map((text, i) => [i, text] as const))('example %i, the whole file and random ranges', async (_i, text) => {
        const document = await parse(text);
        const lines = text.split('\n').length;
        const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
        expect((await hints(document, whole)).length).toBeGreaterThan(0);
        expect(await hints(document, whole)).toEqual(referenceHints(document, whole));
        const position = fc.record({ line: fc.integer({ min: 0, max: lines }), character: fc.integer({ min: 0, max: 40 }) });
        await fc.assert(fc.asyncProperty(position, position, async (a, b) => {
            const [start, end] = a.line < b.line || (a.line === b.line && a.character <= b.character) ? [a, b] : [b, a];
            expect(await hints(document, { start, end })).toEqual(referenceHints(document, { start, end }));
        }), { numRuns: 60, seed: 21 });
    });
});

describe('firstNodeForProperty equals GrammarUtils.findNodeForProperty', () => {
    test.each(examples.map((text, i) => [i, text] as const))('example %i: every node, every property', async (_i, text) => {
        const document = await parse(text, { validation: false });
        let compared = 0;
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            for (const property of ['name', 'title', 'due', 'weight', 'owner', 'duration', 'candidates', 'amount']) {
                const expected = GrammarUtils.findNodeForProperty(node.$cstNode, property);
                expect(firstNodeForProperty(node.$cstNode, property)).toBe(expected);
                if (expected) compared++;
            }
            expect(hitp.references.NameProvider.getNameNode(node)).toBe(GrammarUtils.findNodeForProperty(node.$cstNode, 'name'));
        }
        expect(compared).toBeGreaterThan(20);
    });
});
