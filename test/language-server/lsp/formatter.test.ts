import type { LangiumDocument } from 'langium';
import { clearDocuments, expectFormatting } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach, describe, expect, test } from 'vitest';
import { hitp, parse, services } from '../../helpers/services.js';
import { EXAMPLES, exampleText } from './lsp-test-utils.js';
import { worded } from '../../helpers/findings.js';

const formatting = expectFormatting(hitp);

async function format(text: string): Promise<string> {
    const document = await parse(text, { validation: false });
    const edits = await hitp.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true },
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** The analysis and the findings without their source ranges: what the plan means. */
function meaningOf(document: LangiumDocument) {
    const { analysis, findings } = hitp.plan.PlanService.getPlanResult(document);
    return { analysis, findings: findings.map(worded).map(({ severity, code, message }) => ({ severity, code, message })) };
}

/** The same plan with its layout scrambled: odd indentation, tabs and extra spaces between tokens. */
function scramble(text: string): string {
    return text.split('\n').map((line, index) => {
        const body = line.trimStart();
        if (body.startsWith('//') || body.startsWith('*') || body.startsWith('/*')) return line;
        const indent = ['', '  ', '\t', '       '][index % 4];
        return indent + body.replace(/ (weight|scores|due|when|,) /g, '   $1  ');
    }).join('\n');
}

describe('HitpFormatter', () => {
    afterEach(() => clearDocuments(services.shared));

    test('indents blocks by four spaces, one line per line-item, `{` on the declaration line', async () => {
        await formatting({
            before: 'plan P "P"\n{start 2027-01-04\nhorizon   5 years}\ncandidate X "X" {   scores Strategic 3 ,Clinical 4\n duration 2 weeks\n    after Y,\n      Z   // trailing\n  }\n',
            after: 'plan P "P" {\n    start 2027-01-04\n    horizon 5 years\n}\ncandidate X "X" {\n    scores Strategic 3, Clinical 4\n    duration 2 weeks\n    after Y, Z   // trailing\n}\n',
            disposeAfterCheck: true,
        });
    });

    test('a one-line block stays on one line, with single spaces', async () => {
        await formatting({
            before: 'stakeholder A   "A"{role sponsor    influence high interest high}\n',
            after: 'stakeholder A "A" { role sponsor influence high interest high }\n',
            disposeAfterCheck: true,
        });
    });

    test('aligns criteria names, titles and weights in columns', async () => {
        await formatting({
            before: 'criteria {\nscale 1 to 5\n  A "a" weight 50%\nLongName weight 30%\n   B "longer title"   weight    20%\n}\n',
            after: 'criteria {\n    scale 1 to 5\n    A        "a"            weight 50%\n    LongName                weight 30%\n    B        "longer title" weight 20%\n}\n',
            disposeAfterCheck: true,
        });
    });

    test('keeps at most one blank line between elements and re-indents block comments', async () => {
        await formatting({
            before: 'candidate Y "Y" { duration 1 weeks }\n\n\n\ncandidate Z "Z" {\n/* block\n   comment */\n}\n',
            after: 'candidate Y "Y" { duration 1 weeks }\n\ncandidate Z "Z" {\n    /* block\n       comment */\n}\n',
            disposeAfterCheck: true,
        });
    });

    test('leaves a document with syntax errors alone', async () => {
        expect(await format('candidate X "X" {   duration\n')).toBe('candidate X "X" {   duration\n');
    });

    test.each(EXAMPLES)('%s: riverside-style layout is already canonical or becomes so in one pass', async name => {
        const once = await format(exampleText(name));
        expect(await format(once)).toBe(once);
        if (name === 'riverside' || name === 'it-outsourcing') expect(once).toBe(exampleText(name));
    });

    test.each(EXAMPLES)('%s: formatting a scrambled layout is idempotent and preserves the analysis', async name => {
        const original = await parse(exampleText(name));
        const expected = meaningOf(original);
        const scrambled = scramble(exampleText(name));
        expect(scrambled).not.toBe(exampleText(name));
        const once = await format(scrambled);
        expect(await format(once)).toBe(once);
        expect(once).toBe(await format(exampleText(name)));
        const formatted = await parse(once);
        expect(meaningOf(formatted)).toEqual(expected);
    });
});
