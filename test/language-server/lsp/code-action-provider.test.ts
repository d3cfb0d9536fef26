import type { LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import { DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach, describe, expect, test } from 'vitest';
import { scaleWeightsTo100 } from '../../../language-server/lsp/hitp-code-action-edits.js';
import { DiagnosticCode } from '../../../language-server/protocol/diagnostic-codes.js';
import { codeOf, hitp, parse, services } from '../../helpers/services.js';

/** A diagnostic on the first `needle` (length `length`), as the validation rules report it. */
function diagnosticAt(document: LangiumDocument, code: string, needle: string, length = needle.length): Diagnostic {
    const offset = document.textDocument.getText().indexOf(needle);
    if (offset < 0) throw new Error(`'${needle}' not found`);
    const range = { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + length) };
    return { range, code, message: code, severity: DiagnosticSeverity.Error };
}

async function actionsFor(document: LangiumDocument, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const range = diagnostics[0]!.range;
    return (await hitp.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range, context: { diagnostics },
    }) ?? []) as CodeAction[];
}

function applied(document: LangiumDocument, action: CodeAction): string {
    return TextDocument.applyEdits(document.textDocument, action.edit?.changes?.[document.uri.toString()] ?? []);
}

const CRITERIA = 'criteria { A "a" weight 50% B "b" weight 30% C "c" weight 20% }\n';

describe('HitpCodeActionProvider', () => {
    afterEach(() => clearDocuments(services.shared));

    test('missing-score: appends the missing criteria at the scale midpoint to the scores line', async () => {
        const document = await parse(`${CRITERIA}candidate X "X" {\n    scores A 4\n    duration 1 weeks\n}\n`);
        const [action] = await actionsFor(document, [diagnosticAt(document, DiagnosticCode.MissingScore, 'X "X"', 1)]);
        expect(action!.title).toBe('Add the missing scores to X');
        expect(applied(document, action!)).toBe(`${CRITERIA}candidate X "X" {\n    scores A 4, B 3, C 3\n    duration 1 weeks\n}\n`);
    });

    test('missing-score: adds a scores line when there is none (multi-line and one-line blocks, scale 1 to 10)', async () => {
        const scaled = 'criteria { scale 1 to 10 A "a" weight 100% }\n';
        const multi = await parse(`${scaled}candidate X "X" {\n    duration 1 weeks\n}\n`);
        const [first] = await actionsFor(multi, [diagnosticAt(multi, DiagnosticCode.MissingScore, 'X "X"', 1)]);
        expect(applied(multi, first!)).toBe(`${scaled}candidate X "X" {\n    duration 1 weeks\n    scores A 5.5\n}\n`);
        const single = await parse(`${scaled}candidate X "X" { duration 1 weeks }\n`);
        const [second] = await actionsFor(single, [diagnosticAt(single, DiagnosticCode.MissingScore, 'X "X"', 1)]);
        expect(applied(single, second!)).toBe(`${scaled}candidate X "X" { duration 1 weeks scores A 5.5 }\n`);
    });

    test('weights-not-100: scales the weights proportionally', async () => {
        const document = await parse('criteria {\n    A "a" weight 30%\n    B "b" weight 30%\n    C "c" weight 60%\n}\n');
        const [action] = await actionsFor(document, [diagnosticAt(document, DiagnosticCode.WeightsNot100, 'criteria')]);
        expect(action!.title).toBe('Scale the weights to 100%');
        expect(applied(document, action!)).toBe('criteria {\n    A "a" weight 25%\n    B "b" weight 25%\n    C "c" weight 50%\n}\n');
    });

    test('weights are rounded to one decimal when needed and still sum to 100', () => {
        expect(scaleWeightsTo100([30, 25, 20, 15, 15])).toEqual([28.6, 23.8, 19, 14.3, 14.3]);
        expect(scaleWeightsTo100([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
        expect(scaleWeightsTo100([0.2, 0.2])).toEqual([50, 50]);
        expect(scaleWeightsTo100([0, 0])).toBeUndefined();
    });

    test('dependency-cycle: one action per reference of the loop, removing that reference and its comma', async () => {
        const text = 'candidate A "A" {\n    after B, C\n}\ncandidate B "B" {\n    after A\n}\ncandidate C "C" { duration 1 weeks after A }\n';
        const document = await parse(text);
        const diagnostics = [
            diagnosticAt(document, DiagnosticCode.DependencyCycle, 'B, C', 1),
            diagnosticAt(document, DiagnosticCode.DependencyCycle, 'C\n', 1),
            diagnosticAt(document, DiagnosticCode.DependencyCycle, 'A\n}\ncandidate C', 1),
            diagnosticAt(document, DiagnosticCode.DependencyCycle, 'A }', 1),
        ];
        const actions = await actionsFor(document, diagnostics);
        expect(actions.map(action => action.title)).toEqual([
            "Remove 'B' from the 'after' list of A", "Remove 'C' from the 'after' list of A",
            "Remove 'A' from the 'after' list of B", "Remove 'A' from the 'after' list of C",
        ]);
        expect(actions.map(action => action.diagnostics)).toEqual(diagnostics.map(diagnostic => [diagnostic]));
        expect(applied(document, actions[0]!)).toBe(text.replace('after B, C', 'after C'));
        expect(applied(document, actions[1]!)).toBe(text.replace('after B, C', 'after B'));
        expect(applied(document, actions[2]!)).toBe(text.replace('candidate B "B" {\n    after A\n}', 'candidate B "B" {\n}'));
        expect(applied(document, actions[3]!)).toBe(text.replace('duration 1 weeks after A }', 'duration 1 weeks }'));
    });

    test('linking errors: declares the unresolved stakeholder, KPI or candidate at the end of the file', async () => {
        const text = 'candidate A "A" { owner Bob after Missing }\nphase P "P" { gate Uptime >= 99% }';
        const document = await parse(text);
        const linking = (document.diagnostics ?? []).filter(diagnostic => codeOf(diagnostic) === 'linking-error');
        expect(linking).toHaveLength(3);
        const actions = await actionsFor(document, linking);
        expect(actions.map(action => action.title)).toEqual(["Declare stakeholder 'Bob'", "Declare candidate 'Missing'", "Declare kpi 'Uptime'"]);
        expect(applied(document, actions[0]!)).toBe(`${text}\n\nstakeholder Bob "Bob" {\n    role users\n    influence medium\n    interest medium\n}\n`);
        expect(applied(document, actions[1]!)).toBe(`${text}\n\ncandidate Missing "Missing" {\n    scores Strategic 3, Clinical 3, Efficiency 3, Risk 3, Resources 3\n    duration 4 weeks\n}\n`);
        expect(applied(document, actions[2]!)).toBe(`${text}\n\nkpi Uptime "Uptime" {\n    baseline 0\n    target >= 1\n}\n`);
    });

    test('benefit-before-go-live: anchors the timing to the go-live, keeping the end year and the growth', async () => {
        const text = [
            'plan P { start 2027-01-04 horizon 5 years }', 'criteria { V weight 100% }',
            'candidate Prep { scores V 3 duration 24 months }',
            'candidate T {', '    scores V 3 after Prep duration 6 months',
            '    benefit 300k yearly from year 1 to year 4 growing 4%', '    benefit 50k once', '    benefit 9k yearly', '}', '',
        ].join('\n');
        const document = await parse(text);
        const early = (document.diagnostics ?? []).filter(diagnostic => codeOf(diagnostic) === DiagnosticCode.BenefitBeforeGoLive);
        expect(early).toHaveLength(3);
        const actions = await actionsFor(document, early);
        expect(actions.map(action => [action.title, action.isPreferred])).toEqual([
            ["Start this benefit the year after go-live ('from go-live')", true],
            ["Take this benefit in the go-live year ('once at go-live')", true],
            ["Start this benefit the year after go-live ('from go-live')", true],
        ]);
        expect(applied(document, actions[0]!)).toBe(text.replace('yearly from year 1 to year 4 growing 4%', 'yearly from go-live to year 4 growing 4%'));
        expect(applied(document, actions[1]!)).toBe(text.replace('50k once', '50k once at go-live'));
        expect(applied(document, actions[2]!)).toBe(text.replace('9k yearly', '9k yearly from go-live'));
        // The fixed plan has no early benefit left.
        const fixed = await parse(applied(document, actions[0]!).replace('50k once', '50k once at go-live').replace('9k yearly', '9k yearly from go-live'));
        expect((fixed.diagnostics ?? []).filter(diagnostic => codeOf(diagnostic) === DiagnosticCode.BenefitBeforeGoLive)).toEqual([]);
    });

    test("linking errors: 'did you mean' replaces the reference, ahead of declaring the missing name", async () => {
        const text = 'stakeholder Architect { role architecture }\ncandidate CoreNetwork { duration 1 weeks }\ncandidate A { owner Architcet after CoreNetwrok }\n';
        const document = await parse(text);
        const linking = (document.diagnostics ?? []).filter(diagnostic => codeOf(diagnostic) === 'linking-error');
        expect(linking.map(diagnostic => diagnostic.code)).toEqual(['linking-error', 'linking-error']);
        const owner = await actionsFor(document, [linking[0]!]);
        expect(owner.map(action => [action.title, action.isPreferred])).toEqual([
            ["Change to 'Architect'", true], ["Declare stakeholder 'Architcet'", false],
        ]);
        expect(applied(document, owner[0]!)).toBe(text.replace('owner Architcet', 'owner Architect'));
        const after = await actionsFor(document, [linking[1]!]);
        expect(after[0]!.title).toBe("Change to 'CoreNetwork'");
        expect(applied(document, after[0]!)).toBe(text.replace('after CoreNetwrok', 'after CoreNetwork'));
        // The fixed text links.
        const fixed = await parse(applied(document, after[0]!).replace('owner Architcet', 'owner Architect'));
        expect((fixed.diagnostics ?? []).filter(diagnostic => codeOf(diagnostic) === 'linking-error')).toEqual([]);
    });

    test('other diagnostics get no action', async () => {
        const document = await parse('candidate A "A" { duration 1 weeks }\n');
        expect(await actionsFor(document, [diagnosticAt(document, DiagnosticCode.NoOwner, 'A "A"', 1)])).toEqual([]);
    });
});
