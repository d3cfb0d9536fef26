/**
 * Incremental parsing (`parser/block-reparse.ts`, issue 21) must give exactly what a full parse
 * gives. Random edits, typed one after the other into the examples and into generated plans:
 * after each, the spliced tree (CST with offsets and ranges, AST, errors) equals a full parse of
 * the new text; and through the document builder, the diagnostics and the analysis after an
 * incremental update equal those of a document built from scratch.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { isAstNode, isReference, URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createHitpServices } from '../../../language-server/hitp-module.js';
import { changeBetween, reparseBlock } from '../../../language-server/parser/block-reparse.js';
import type { HitpDocumentFactory } from '../../../language-server/parser/hitp-document-factory.js';
import { validPlanText } from '../../fuzz/plan-arbitraries.js';
import { projectRoot } from '../../helpers/cli.js';
import { memoryFileSystem } from '../../helpers/memory-file-system.js';
import { parseTreeOf } from '../../helpers/parse-tree.js';
import { hitp, services as fresh } from '../../helpers/services.js';

const examples = ['riverside', 'community-hospital', 'regional-health-system', 'it-outsourcing', 'regional-rollout-in-flight']
    .map(name => readFileSync(path.join(projectRoot, 'examples', `${name}.hitp`), 'utf8'));
const parser = hitp.parser.LangiumParser;

/** What a person types at one place: mostly text that keeps a block whole, sometimes what breaks it. */
const TYPED = ['', '1', '7', 'x', 'Q', ' ', '\n', '// note\n', '/* c */', ' after A', '\n    duration 2 weeks', '2027-05-01', '5M', '12%'];
const BREAKING = ['{', '}', '"', ',', '%', '-', '/', '*', '//', 'candidate Z { }', 'owner ', 'scores '];

type Edit = (text: string) => string;

/** The `n`-th place (modulo their number) where `pattern` matches, or undefined. */
function nthMatch(text: string, pattern: RegExp, n: number): number | undefined {
    const places = [...text.matchAll(pattern)].map(match => match.index);
    return places.length === 0 ? undefined : places[n % places.length];
}

/** Typing that keeps the plan well formed (a digit changed, a line broken, a comment added) and random typing anywhere. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.tuple(fc.noBias(fc.nat()), fc.integer({ min: 0, max: 9 })).map(([n, digit]): Edit => text => {
        const at = nthMatch(text, /[0-9]/g, n);
        return at === undefined ? text : text.slice(0, at) + String(digit) + text.slice(at + 1);
    }),
    fc.tuple(fc.noBias(fc.nat()), fc.constantFrom(' ', '\n', '\n\n', ' // note', ' /* c */')).map(([n, piece]): Edit => text => {
        const at = nthMatch(text, / \S|\n/g, n);
        return at === undefined ? text : text.slice(0, at) + piece + text.slice(at);
    }),
    fc.tuple(fc.noBias(fc.nat()), fc.oneof(fc.constant(0), fc.nat(4)), fc.constantFrom(...TYPED, ...BREAKING)).map(([n, remove, insert]): Edit => text => {
        const at = n % (text.length + 1);
        return text.slice(0, at) + insert + text.slice(at + remove);
    }),
);
/** The examples and generated plans, some with each block's end followed on its line by the next block or a comment. */
const baseText = fc.tuple(fc.oneof(fc.constantFrom(...examples), validPlanText), fc.constantFrom('\n', ' ', ' // end\n'))
    .map(([text, afterBlock]) => text.replace(/\}\n+/g, `}${afterBlock}`));

describe('changeBetween', () => {
    it('leaves out the common prefix and suffix', () => {
        expect(changeBetween('scores A 3, B 4', 'scores A 5, B 4')).toEqual({ start: 9, oldEnd: 10, newEnd: 10 });
        expect(changeBetween('ab', 'aXb')).toEqual({ start: 1, oldEnd: 1, newEnd: 2 });
        expect(changeBetween('aaa', 'aa')).toEqual({ start: 2, oldEnd: 3, newEnd: 2 });
        expect(changeBetween('same', 'same')).toEqual({ start: 4, oldEnd: 4, newEnd: 4 });
    });
});

describe('a block parsed again and spliced in equals a full parse', () => {
    it('after each of a series of random edits', async () => {
        let blocks = 0;
        let steps = 0;
        await fc.assert(fc.asyncProperty(baseText, fc.array(edit, { minLength: 1, maxLength: 5 }), async (text, edits) => {
            // One event-loop turn per case, so that vitest's worker can report while the property runs.
            await new Promise(resolve => setImmediate(resolve));
            let previous = parser.parse(text);
            for (const change of edits) {
                text = change(text);
                const spliced = reparseBlock(previous, text, parser);
                steps++;
                if (spliced) blocks++;
                previous = spliced ?? parser.parse(text);
                expect(parseTreeOf(previous)).toEqual(parseTreeOf(parser.parse(text)));
            }
        }), { numRuns: 120, seed: 2121 });
        // The fast path is taken, not only the fallback.
        expect(blocks / steps).toBeGreaterThan(0.3);
    }, 120_000);

    it('falls back on an edit across blocks, in a comment between blocks, or when the text had errors', () => {
        const text = 'candidate A { duration 2 weeks }\n// between\ncandidate B { duration 3 weeks }\n';
        expect(reparseBlock(parser.parse(text), text.replace('weeks }\n// between\ncandidate B', 'weeks } candidate C'), parser)).toBeUndefined();
        expect(reparseBlock(parser.parse(text), text.replace('between', 'betwixt'), parser)).toBeUndefined();
        const broken = text.replace('3 weeks }', '3 weeks');
        expect(reparseBlock(parser.parse(broken), broken.replace('2 weeks', '4 weeks'), parser)).toBeUndefined();
        const inside = reparseBlock(parser.parse(text), text.replace('2 weeks', '12 weeks'), parser);
        expect(inside && parseTreeOf(inside)).toEqual(parseTreeOf(parser.parse(text.replace('2 weeks', '12 weeks'))));
    });
});

/** The diagnostics and analysis of a document, as plain data. */
function outcome(document: LangiumDocument, planService: typeof hitp.plan.PlanService): unknown {
    const result = planService.getPlanResult(document);
    const { lookup: _lookup, ...rest } = result;
    return {
        diagnostics: (document.diagnostics ?? []).map(d => [d.range, d.severity, d.code, d.message]),
        analysis: JSON.parse(JSON.stringify(rest, (_key, value: unknown) =>
            isAstNode(value) ? { $type: value.$type, at: value.$cstNode?.offset }
                : isReference(value) ? { $refText: value.$refText }
                    : value instanceof Map ? [...value] : value instanceof Set ? [...value] : value)),
    };
}

describe('an incremental update in the editor', () => {
    it('gives the diagnostics and analysis of a document built from scratch', async () => {
        const files = memoryFileSystem();
        const editor = createHitpServices({ fileSystemProvider: () => files });
        const workspace = editor.shared.workspace;
        const uri = URI.parse('file:///ws/plan.hitp');
        await fc.assert(fc.asyncProperty(baseText, fc.array(edit, { minLength: 1, maxLength: 3 }), async (text, edits) => {
            await clearDocuments(editor.shared);
            files.texts.set(uri.toString(), text);
            const document = workspace.LangiumDocumentFactory.fromString(text, uri);
            workspace.LangiumDocuments.addDocument(document);
            await workspace.DocumentBuilder.build([document], { validation: true });
            for (const change of edits) {
                text = change(text);
                files.texts.set(uri.toString(), text);
                await workspace.DocumentBuilder.update([uri], []);
                await clearDocuments(fresh.shared);
                const rebuilt = fresh.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
                fresh.shared.workspace.LangiumDocuments.addDocument(rebuilt);
                await fresh.shared.workspace.DocumentBuilder.build([rebuilt], { validation: true });
                expect(parseTreeOf(document.parseResult)).toEqual(parseTreeOf(rebuilt.parseResult));
                expect(outcome(document, editor.Hitp.plan.PlanService)).toEqual(outcome(rebuilt, hitp.plan.PlanService));
            }
        }), { numRuns: 40, seed: 2122 });
        const counts = (workspace.LangiumDocumentFactory as HitpDocumentFactory).counts;
        expect(counts.blocks).toBeGreaterThan(counts.whole / 2);
    }, 120_000);
});
