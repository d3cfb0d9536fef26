/**
 * fast-check arbitraries over the shipped examples (issue 8, robustness): the mutations of the
 * issue — truncation, deleted braces and quotes, duplicated and shuffled lines, extreme amounts,
 * horizons and discounts, empty criteria, zero weights, unicode / RTL titles, CRLF, a BOM — and,
 * separately, a 1 MB line (`hugeLineExampleText`): such a case costs up to seconds to lex, so it is
 * its own property with a small fixed share of the runs instead of a random draw in the main mix.
 * Pure: no file system access (the examples are passed in as text).
 */
import fc from 'fast-check';
import { nearValidPlanText, textEdit, unit, type Edit } from './near-valid-edits.js';
import { quote, validPlanText } from './plan-arbitraries.js';

/** The whole-file mutations of the issue, by name (`npm run fuzz -- --timings` reports per-kind costs). */
export const NAMED_MUTATIONS: Readonly<Record<string, Edit>> = {
    'no-braces': t => t.replace(/[{}]/g, ''),
    'no-quotes': t => t.replace(/"/g, ''),
    'crlf': t => t.replace(/\n/g, '\r\n'),
    'bom': t => `\uFEFF${t}`,
    'bom-crlf': t => `\uFEFF${t.replace(/\n/g, '\r\n')}`,
    'cr': t => t.replace(/\r?\n/g, '\r'),
    'amounts-1e308': t => t.replace(/(cost|benefit|budget) [0-9.]+[kMB]?/g, '$1 1e308'),
    'amounts-0': t => t.replace(/(cost|benefit|budget) [0-9.]+[kMB]?/g, '$1 0'),
    'amounts-999B': t => t.replace(/(cost|benefit) [0-9.]+[kMB]?/g, '$1 999B'),
    // Spec §5: every flow anchored to the schedule, with absurd durations elsewhere still possible.
    'flows-at-go-live': t => t.replace(/\bonce( in year [0-9]+)?/g, 'once at go-live').replace(/yearly from year [0-9]+/g, 'yearly from go-live'),
    'flows-at-start': t => t.replace(/\bonce( in year [0-9]+)?/g, 'once at start'),
    // Spec §6: suppression comments, valid and not, above elements and lines, and typos in references.
    'ignore-comments': t => `// hitp-ignore-file no-owner, target-met\n${t.replace(/^(\s*)(candidate|kpi|phase|benefit|cost)\b/gm, '$1// hitp-ignore no-objective, dependency-cycle, bogus,\n$1$2')}`,
    'ignore-empty': t => t.replace(/^(candidate)\b/gm, '// hitp-ignore\n\n$1') + '\n// hitp-ignore-file',
    'misspelt-references': t => t.replace(/\b(after|owner|includes|when) ([A-Za-z])([A-Za-z])/g, '$1 $3$2'),
    // Parse errors that say what is wrong: hyphenated names, amounts as people write them, scores without commas, misspelt lines.
    'hyphen-names': t => t.replace(/^(candidate|phase|kpi) ([A-Z][a-z]+)([A-Z])/gm, '$1 $2-$3').replace(/\b(after|includes|when) ([A-Z][a-z]+)([A-Z])/g, '$1 $2-$3'),
    'amount-typos': t => t.replace(/(cost|benefit|budget) ([0-9.]+)M\b/g, '$1 $2m').replace(/(cost|benefit|budget) ([0-9]+)k\b/g, '$1 $$$2,000').replace(/(cost|benefit) ([0-9]+)\b/g, '$1 $2K'),
    'scores-without-commas': t => t.replace(/(scores [^\n}]*)/g, line => line.replace(/,/g, '')),
    'misspelt-lines': t => t.replace(/^(\s+)after\b/gm, '$1afer').replace(/^(\s+)duration\b/gm, '$1duraton').replace(/^(\s+)benefit\b/gm, '$1depends on'),
    'unit-mixes': t => t.replace(/(baseline|target [<>=]+|[<>=]+) ([0-9.]+)%/g, '$1 $2').replace(/(baseline) ([0-9.]+)\b(?!%)/g, '$1 $2%'),
    'horizon-0': t => t.replace(/horizon [0-9]+ years?/g, 'horizon 0 years'),
    'horizon-100': t => t.replace(/horizon [0-9]+ years?/g, 'horizon 100 years'),
    'horizon-1000': t => t.replace(/horizon [0-9]+ years?/g, 'horizon 1000 years'),
    'discount-0': t => t.replace(/discount [0-9.]+%/g, 'discount 0%'),
    'discount-99.99': t => t.replace(/discount [0-9.]+%/g, 'discount -99.99%'),
    'discount-100': t => t.replace(/discount [0-9.]+%/g, 'discount -100%'),
    'inflation-99.99': t => t.replace(/inflation [0-9.]+%/g, 'inflation -99.99%'),
    'empty-criteria': t => t.replace(/criteria \{[^}]*\}/g, 'criteria { }'),
    'weights-0': t => t.replace(/weight [0-9.]+%/g, 'weight 0%'),
    'weights-1e308': t => t.replace(/weight [0-9.]+%/g, 'weight 1e308%'),
    'durations-0': t => t.replace(/duration [0-9.]+ (weeks|months|days)/g, 'duration 0 days'),
    'durations-1e308': t => t.replace(/duration [0-9.]+ (weeks|months|days)/g, 'duration 1e308 months'),
    'capacity-tiny': t => t.replace(/capacity [0-9.]+ FTE/g, 'capacity 0.001 FTE'),
    'effort-1e308': t => t.replace(/effort [0-9.]+ FTE/g, 'effort 1e308 FTE'),
    'stages-0': t => t.replace(/stage ([1-7]) [0-9.]+%/g, 'stage $1 0%'),
    'release-every-0': t => t.replace(/every [0-9.]+ weeks/g, 'every 0 weeks'),
    'cycle-0': t => t.replace(/cycle [0-9.]+ to [0-9.]+ weeks/g, 'cycle 0 to 0 weeks'),
    'start-2199': t => t.replace(/start [0-9-]+/g, 'start 2199-12-31'),
    'start-1900': t => t.replace(/start [0-9-]+/g, 'start 1900-02-28'),
    'titles-rtl': t => t.replace(/"[^"\n]*"/g, '"خطة تحديث الشبكة — שדרוג"'),
    'titles-override': t => t.replace(/"[^"\n]*"/g, '"\u202Eevil 🏥 e\u0301"'),
    'after-dangling': t => t.replace(/after (\w+)/g, 'after $1, DoesNotExist'),
    'scores-unknown': t => t.replace(/scores ([^\n}]*)/g, 'scores $1, Unknown 9'),
    'lines-reversed': t => t.split('\n').reverse().join('\n'),
    'lines-doubled': t => t.split('\n').flatMap(l => [l, l]).join('\n'),
    // Spec §9: actuals and measurements pushed to their limits.
    'status-1900': t => t.replace(/status [0-9-]+/g, 'status 1900-01-01'),
    'started-2199': t => t.replace(/(started|finished) [0-9-]+/g, '$1 2199-12-31'),
    'progress-1e308': t => t.replace(/progress [0-9.]+%/g, 'progress 1e308%'),
    'measured-1e308': t => t.replace(/measured [0-9.]+%?/g, 'measured 1e308'),
    'behind-1e308': t => t.replace(/behind [0-9.]+/g, 'behind 1e308'),
    'cycles-dated-0': t => t.replace(/(cycle) [0-9.]+ to [0-9.]+ (weeks from)/g, '$1 0 to 0 $2'),
    'scenario-changes-extreme': t => t.replace(/(benefits|costs|durations) \+?-?[0-9.]+%/g, '$1 +1e308%'),
    'scenario-changes-minus-100': t => t.replace(/(benefits|costs|durations) \+?-?[0-9.]+%/g, '$1 -100%'),
    'scenario-excludes-dangling': t => t.replace(/exclude (\w+)/g, 'exclude $1, DoesNotExist'),
};

/** One mutation of a whole example: mostly a random edit (plan-arbitraries' `textEdit`), else a named one. */
export const exampleMutation: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 24, arbitrary: textEdit },
    { weight: 8, arbitrary: fc.constantFrom(...Object.values(NAMED_MUTATIONS)) },
);

/** Mutations of the given example texts: a random example, mutated one to three times. */
export function mutatedExampleText(examples: readonly string[]): fc.Arbitrary<string> {
    return fc.tuple(fc.constantFrom(...examples), fc.array(exampleMutation, { minLength: 1, maxLength: 3 }))
        .map(([text, edits]) => edits.reduce((t, edit) => edit(t), text));
}

const ONE_MB = 1024 * 1024;

/** The 1 MB lines: a comment, a title, an identifier and an unclosed block comment (the slowest, seconds to lex). */
export const HUGE_LINES: Readonly<Record<string, (n: number) => string>> = {
    'huge-comment': n => `// ${'x'.repeat(n)}`,
    'huge-title': n => `candidate Long ${quote('t'.repeat(n))} { cost 1k once }`,
    'huge-name': n => `candidate L${'o'.repeat(n)}ng { cost 1k once }`,
    'huge-unclosed-comment': n => `/* ${'#'.repeat(n)}`,
};

/** Inserts one of the 1 MB lines at a random line. */
export const hugeLineMutation: fc.Arbitrary<Edit> = fc.tuple(unit, fc.constantFrom(...Object.values(HUGE_LINES)))
    .map(([f, line]): Edit => t => {
        const lines = t.split('\n');
        lines.splice(Math.floor(f * lines.length), 0, line(ONE_MB));
        return lines.join('\n');
    });

/** A mutated example (zero to two mutations) with a 1 MB line inserted: `npm run fuzz` runs about 50 per 100,000 cases. */
export function hugeLineExampleText(examples: readonly string[]): fc.Arbitrary<string> {
    return fc.tuple(fc.constantFrom(...examples), fc.array(exampleMutation, { maxLength: 2 }), hugeLineMutation)
        .map(([text, edits, huge]) => huge(edits.reduce((t, edit) => edit(t), text)));
}

/** Any plan-like text: valid, near-valid or a mutated example. */
export function anyPlanText(examples: readonly string[]): fc.Arbitrary<string> {
    return fc.oneof(validPlanText, nearValidPlanText, mutatedExampleText(examples));
}
