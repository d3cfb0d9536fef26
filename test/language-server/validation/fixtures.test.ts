/**
 * Runs every validation fixture: `test/fixtures/validation/<code>/<case>.hitp` (or a folder of
 * files forming one workspace) becomes the test `<code> › <case>`. The expectations live in the
 * fixtures' own `//` comments (see `test/helpers/fixtures.ts`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureCases, InvalidFixtureError, parseFixture, type FixtureCase } from '../../helpers/fixtures.js';
import { codeOf, parse, parseWorkspace } from '../../helpers/services.js';
import { DiagnosticCode } from '../../../language-server/protocol/diagnostic-codes.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../fixtures/validation');
const cases = fixtureCases(root);

async function problemsOf(fixtureCase: FixtureCase): Promise<string[]> {
    const fixtures = Object.entries(fixtureCase.files).map(([name, text]) => [name, parseFixture(text)] as const);
    const documents = await parseWorkspace(fixtureCase.files);
    const problems = fixtures.flatMap(([name, fixture]) =>
        checkFixture(fixture, documents.get(name)!.diagnostics ?? []).map(problem => `${name}: ${problem}`));
    const mentioned = fixtures.some(([, fixture]) => fixture.expectations.some(e => e.code === fixtureCase.code));
    if (!mentioned) problems.push(`the fixture never mentions its folder's code ${fixtureCase.code}`);
    return problems;
}

describe('validation fixtures', () => {
    it('finds the fixtures', () => {
        expect(cases.length).toBeGreaterThan(0);
    });

    it.each(cases.map(c => [`${c.code} › ${c.name}`, c] as const))('%s', async (_name, fixtureCase) => {
        expect(await problemsOf(fixtureCase)).toEqual([]);
    });
});

describe('examples/riverside.hitp', () => {
    it('gets exactly the three analysis findings of spec §4 and nothing from the validation rules', async () => {
        const text = readFileSync(join(here, '../../../examples/riverside.hitp'), 'utf8');
        const document = await parse(text);
        expect((document.diagnostics ?? []).map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)}`)).toEqual([
            `39:11 ${DiagnosticCode.NoPayback}`,
            `78:5 ${DiagnosticCode.InframGoalMissed}`,
            `81:1 ${DiagnosticCode.CadenceBacklog}`,
        ]);
    });
});

describe('the fixture format', () => {
    const lines = (...text: string[]) => text.join('\n');

    it('reads caret columns on the previous non-expectation line', () => {
        const fixture = parseFixture(lines(
            'candidate A "A" { after B }',
            '//                      ^ error dependency-cycle "Dependency cycle: A → B → A"',
            '//                ^^^^^ no error phase-order',
        ));
        expect(fixture.expectations).toEqual([
            {
                source: 2, negated: false, severity: 'error', code: 'dependency-cycle', message: { exact: 'Dependency cycle: A → B → A' },
                range: { start: { line: 0, character: 24 }, end: { line: 0, character: 25 } },
            },
            {
                source: 3, negated: true, severity: 'error', code: 'phase-order',
                range: { start: { line: 0, character: 18 }, end: { line: 0, character: 23 } },
            },
        ]);
        expect(fixture.strict).toBe(false);
    });

    it('reads the explicit form (1-based, last character inclusive), file-wide expectations, regexes and strict', () => {
        const fixture = parseFixture(lines(
            'plan P { }',
            '// @1:6-1:6 warning no-sponsor /no sponsor/',
            '// file: info default-criteria',
            '// strict',
        ));
        expect(fixture.strict).toBe(true);
        expect(fixture.expectations[0]!.range).toEqual({ start: { line: 0, character: 5 }, end: { line: 0, character: 6 } });
        expect(fixture.expectations[0]!.message).toEqual({ pattern: /no sponsor/u });
        expect(fixture.expectations[1]).toEqual({ source: 3, negated: false, severity: 'info', code: 'default-criteria' });
    });

    it('leaves ordinary comments alone', () => {
        expect(parseFixture('// Riverside Health — plan\n/* ^ not a caret */').expectations).toEqual([]);
    });

    it.each([
        ['unknown code', 'plan P { }\n//   ^ error no-such-code'],
        ['unknown severity', 'plan P { }\n//   ^ fatal no-sponsor'],
        ['missing code', 'plan P { }\n//   ^ error'],
        ['carets past the end of the line', 'plan P { }\n//         ^^^^^^ error no-sponsor'],
        ['carets with no line above', '//   ^ error no-sponsor'],
        ['an unreadable explicit range', 'plan P { }\n// @0:1-1:2 error no-sponsor'],
        ['an unreadable file expectation', 'plan P { }\n// file: no-sponsor'],
        ['an unterminated message', 'plan P { }\n//   ^ error no-sponsor "Plan P'],
        ['a bad regular expression', 'plan P { }\n//   ^ error no-sponsor /(/'],
        ['a misspelt strict', 'plan P { }\n// strict please'],
    ])('rejects %s as an invalid fixture', (_name, text) => {
        expect(() => parseFixture(text)).toThrow(InvalidFixtureError);
        expect(() => parseFixture(text)).toThrow(/^invalid fixture: line \d+: /);
    });

    it('reports missing, unexpected and unwanted diagnostics', () => {
        const range = { start: { line: 0, character: 5 }, end: { line: 0, character: 6 } };
        const diagnostic = { range, severity: 2, code: 'no-sponsor', message: 'Plan P has no sponsor' } as const;
        const expectMissing = parseFixture('plan P { }\n//   ^ error no-sponsor');
        expect(checkFixture(expectMissing, [diagnostic])).toEqual([
            'missing @1:6-1:6 error no-sponsor (line 2)',
            'unexpected @1:6-1:6 warning no-sponsor "Plan P has no sponsor"',
        ]);
        const forbid = parseFixture('plan P { }\n//   ^ no warning no-sponsor');
        expect(checkFixture(forbid, [diagnostic])).toEqual([
            'unwanted @1:6-1:6 warning no-sponsor "Plan P has no sponsor", forbidden by @1:6-1:6 no warning no-sponsor (line 2)',
            'unexpected @1:6-1:6 warning no-sponsor "Plan P has no sponsor"',
        ]);
        expect(checkFixture(parseFixture('plan P { }\n// file: warning no-sponsor "Plan P has no sponsor"'), [diagnostic])).toEqual([]);
        expect(checkFixture(parseFixture('plan P { }\n// strict'), [diagnostic])).toEqual(['unexpected @1:6-1:6 warning no-sponsor "Plan P has no sponsor"']);
    });
});
