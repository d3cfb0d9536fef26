/**
 * hitp's walk over the AST for validation (`validation/validate-nodes.ts`) must give exactly the
 * diagnostics of Langium's own walk, in the same order: on the examples and on texts broken by
 * random insertions (parse errors, linking errors, repeated names).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { AstUtils, DefaultDocumentValidator, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationOptions } from 'langium';
import { describe, expect, it } from 'vitest';
import type { CancellationToken } from 'vscode-languageserver';
import { HitpDocumentValidator } from '../../../language-server/validation/hitp-document-validator.js';
import { projectRoot } from '../../helpers/cli.js';
import { hitp, parse } from '../../helpers/services.js';

/** hitp's validator with Langium's original node walk. */
class LangiumWalkValidator extends HitpDocumentValidator {
    protected override validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken?: CancellationToken): Promise<void> {
        return (DefaultDocumentValidator.prototype as unknown as { validateAstNodes: LangiumWalkValidator['validateAstNodes'] }).validateAstNodes.call(this, rootNode, options, acceptor, cancelToken);
    }
}
const reference = new LangiumWalkValidator(hitp);

const examples = ['riverside', 'community-hospital', 'regional-health-system', 'it-outsourcing']
    .map(name => readFileSync(path.join(projectRoot, 'examples', `${name}.hitp`), 'utf8'));

async function expectSameDiagnostics(document: LangiumDocument): Promise<void> {
    const ours = await hitp.validation.DocumentValidator.validateDocument(document);
    expect(ours).toEqual(await reference.validateDocument(document));
}

describe('validation visits every node as Langium does', () => {
    it('visits the nodes of streamAst, in its order', async () => {
        const document = await parse(examples[1]!, { validation: false });
        const seen: AstNode[] = [];
        const { validateNodes } = await import('../../../language-server/validation/validate-nodes.js');
        await validateNodes(document.parseResult.value, { checksOf: () => [], optionsOf: node => (seen.push(node), { validateNode: true, validateChildren: true }), run: () => undefined }, { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) });
        expect(seen).toEqual(AstUtils.streamAst(document.parseResult.value).toArray());
        expect(seen.length).toBeGreaterThan(400);
    });

    it.each(examples.map((text, i) => [i, text] as const))('example %i: the same diagnostics', async (_i, text) => {
        const document = await parse(text, { validation: false });
        await expectSameDiagnostics(document);
    });

    it('broken texts: the same diagnostics', async () => {
        const insert = fc.constantFrom('}', '{', 'candidate X "x" { after Nope }', 'after ', 'duration 3 weeks', '-', '"', 'score 9', '\n', 'phase P { includes Nope }');
        await fc.assert(fc.asyncProperty(fc.nat(examples.length - 1), fc.array(fc.tuple(fc.nat(), insert), { minLength: 1, maxLength: 4 }), async (which, edits) => {
            let text = examples[which]!;
            for (const [at, piece] of edits) {
                const offset = at % (text.length + 1);
                text = text.slice(0, offset) + piece + text.slice(offset);
            }
            await expectSameDiagnostics(await parse(text, { validation: false }));
        }), { numRuns: 60, seed: 21 });
    });
});
