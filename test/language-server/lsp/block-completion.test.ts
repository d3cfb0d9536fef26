/**
 * Completion reads only the block at the cursor (`lsp/block-completion-provider.ts`, issue 21);
 * it must offer exactly what Langium's reading of the whole text offers, at every place of the
 * examples, in broken texts too (where it must fall back on the whole text).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import type { CompletionList } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { HitpCompletionProvider } from '../../../language-server/lsp/hitp-completion-provider.js';
import { blockBefore } from '../../../language-server/lsp/block-completion-provider.js';
import { projectRoot } from '../../helpers/cli.js';
import { hitp, parse } from '../../helpers/services.js';

/** The same provider, reading the whole text as Langium does. */
class WholeTextCompletionProvider extends HitpCompletionProvider {
    protected override blockOf(): undefined {
        return undefined;
    }
}
const wholeText = new WholeTextCompletionProvider(hitp);

const examples = ['riverside', 'community-hospital', 'regional-rollout-in-flight']
    .map(name => readFileSync(path.join(projectRoot, 'examples', `${name}.hitp`), 'utf8'));
const texts = [
    ...examples,
    examples[0]!.replace('after CoreNetwork', 'after '),
    examples[1]!.replace('}', ''),
    `${examples[0]!}\ncandidate Half {\n    after `,
];

async function completionsAt(provider: HitpCompletionProvider, document: LangiumDocument, offset: number): Promise<unknown> {
    const list: CompletionList | undefined = await provider.getCompletion(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset),
    });
    return list?.items.map(item => [item.label, item.kind, item.detail, item.textEdit, item.insertText]);
}

describe('completion from the block at the cursor', () => {
    it.each(texts.map((text, i) => [i, text] as const))('offers what the whole text offers (text %i)', async (_i, text) => {
        const document = await parse(text);
        const provider = hitp.lsp.CompletionProvider as HitpCompletionProvider;
        let fromBlock = 0;
        let places = 0;
        for (let offset = 0; offset <= text.length; offset += 5, places++) {
            if (blockBefore(document, text, offset)) fromBlock++;
            expect(await completionsAt(provider, document, offset), `at offset ${offset}`).toEqual(await completionsAt(wholeText, document, offset));
        }
        // The texts that parse without error are read from the block, nearly everywhere.
        if (document.parseResult.parserErrors.length === 0) expect(fromBlock).toBeGreaterThan(0.9 * places);
    }, 120_000);

    it('reads the whole text where an error lies before the block', async () => {
        const text = 'candidate A { duration 2 weeks\ncandidate B { duration 3 weeks }\ncandidate C { after  }\n';
        const document = await parse(text);
        expect(blockBefore(document, text, text.indexOf('after') + 6)).toBeUndefined();
        const fine = await parse('candidate A { duration 2 weeks }\ncandidate C { after  }\n');
        expect(blockBefore(fine, 'candidate A { duration 2 weeks }\ncandidate C { after  }\n', 47)).toEqual({ start: 33, end: 56 });
    });
});
