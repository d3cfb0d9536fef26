/**
 * The lexical pieces of the fuzz arbitraries (`plan-arbitraries.ts`): names that never collide
 * with a keyword, titles (unicode, right-to-left), numbers, amounts, percentages, dates and
 * durations (some invalid), and the small helpers that lay lines out in blocks.
 * Pure: no file system access.
 */
import fc from 'fast-check';

/** Words of the grammar: an identifier equal to one of them does not lex as an ID. */
export const KEYWORDS = new Set([
    'plan', 'start', 'horizon', 'years', 'year', 'discount', 'inflation', 'budget', 'capacity', 'FTE', 'currency',
    'criteria', 'scale', 'to', 'weight', 'stakeholder', 'role', 'influence', 'interest', 'sponsor', 'clinical',
    'architecture', 'finance', 'pmo', 'change', 'operations', 'vendor', 'users', 'low', 'medium', 'high',
    'objective', 'kpi', 'owner', 'unit', 'baseline', 'target', 'source', 'candidate', 'supports', 'scores',
    'duration', 'effort', 'cost', 'benefit', 'once', 'in', 'yearly', 'from', 'growing', 'advances', 'infram', 'at', 'go-live',
    'stage', 'by', 'after', 'phase', 'includes', 'milestone', 'due', 'when', 'gate', 'goal', 'cadence',
    'release', 'every', 'internal', 'cycle', 'days', 'day', 'weeks', 'week', 'months', 'month',
    'workdays', 'holiday', 'freeze', 'team',
    // Spec §9.
    'status', 'started', 'finished', 'progress', 'measured', 'on', 'review', 'weekly', 'monthly', 'quarterly',
    'perspective', 'financial', 'patient', 'operational', 'strategic', 'behind', 'releases',
    'scenario', 'benefits', 'costs', 'durations', 'exclude',
    'risk', 'affects', 'likelihood', 'impact', 'mitigation', 'contingency', 'simulation', 'runs', 'seed', 'confidence',
]);

/**
 * Text the robustness properties forbid in anything shown to a user: JavaScript values printed
 * as text. The code `irr-undefined` is a name, not a value.
 */
export const FORBIDDEN_OUTPUT = /\bNaN\b|Infinity|(?<!-)\bundefined\b|\bnull\b|\[object Object\]/;

const FORBIDDEN_INPUT = /nan|infinity|undefined|null|object/i;

// ---------------------------------------------------------------- lexical pieces

const NAME_POOL = ['Core', 'Net', 'Ehr', 'Db', 'Wifi', 'Pacs', 'Lab', 'Mfa', 'Dr', 'Backup', 'A', 'B', 'X1', '_tmp', 'Ñame'];

/** An identifier (`[_a-zA-Z]\w*`), never a keyword. */
export const identifier: fc.Arbitrary<string> = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NAME_POOL.filter(n => /^[_a-zA-Z]\w*$/.test(n))) },
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Z][a-zA-Z0-9_]{0,10}$/) },
    { weight: 1, arbitrary: fc.stringMatching(/^_[a-z0-9]{0,3}$/) },
).filter(name => !KEYWORDS.has(name) && !FORBIDDEN_INPUT.test(name));

const RTL_AND_UNICODE = [
    'خطة تحديث الشبكة', 'שדרוג רשת הליבה', 'Überprüfung der Netzwerke', '病院ネットワーク更新', 'Réseau — cœur',
    'emoji 🏥💉', 'mixed עברית and English', '\u202Eright-to-left override', 'zero\u200Bwidth', 'tab\there',
    'combining e\u0301', 'surrogate 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];

/** Characters of a title; quotes and backslashes are escaped by `quote`. */
const titleChar = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ-0123456789,.:()/&%'.split('')) },
    { weight: 1, arbitrary: fc.constantFrom('"', '\\', '—', 'é', 'ü', 'ß', 'ع', 'א', '中', '🏥', '\u202E', '\u200F') },
);

export const titleText: fc.Arbitrary<string> = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: titleChar, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom(...RTL_AND_UNICODE) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
).map(text => text.replace(/[\r\n\u2028\u2029]/g, ' ')).filter(text => !FORBIDDEN_INPUT.test(text));

/** A STRING token: `"…"` with `"` and `\` escaped. */
export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const decimal = (max: number) => fc.oneof(
    fc.integer({ min: 0, max }).map(String),
    fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
);

/** An `Amount`: `450k`, `2.5M`, `1B`, `1200`, `0`, `1e308`, `-5k`. */
export const amountText: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(decimal(999), fc.constantFrom('k', 'M', 'B', '')).map(([n, s]) => `${n}${s}`) },
    { weight: 1, arbitrary: fc.constantFrom('0', '0k', '1e308', '1.7976931348623157e308', '9e307', '1e-300', '-5k', '999B', '-0') },
);

/** A plain NUMBER (`3`, `2.5`, `1e3`, `-1`). */
export const numberText: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: decimal(20) },
    { weight: 1, arbitrary: fc.constantFrom('0', '-1', '1e3', '1e308', '-0', '0.000001', '1E-5', '100') },
);

/** A PERCENT: `8%`, `-99.99%`, `0%`, `250%`. */
export const percentText: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: decimal(120).map(n => `${n}%`) },
    { weight: 1, arbitrary: fc.constantFrom('0%', '-99.99%', '-100%', '-150%', '100%', '1000%', '-0.5%', '99999%') },
);

/**
 * Whether `dateText` may produce 0000-01-01 and 9999-12-31. Off by default: the roadmap of a plan
 * spanning 10,000 years takes seconds to draw (reported), which would blow the 2,000-case budget
 * of `npm test` and `npm run fuzz`. `HITP_FUZZ_EXTREME_DATES=1` turns them on.
 */
const EXTREME_DATES = typeof process !== 'undefined' && process.env['HITP_FUZZ_EXTREME_DATES'] === '1';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A DATE: mostly real days of 2020..2040; some of 1900..2200 with impossible months and days;
 * rarely the extremes 0000-01-01 and 9999-12-31 (a roadmap spanning 10,000 years is slow to draw).
 */
export const dateText: fc.Arbitrary<string> = fc.oneof(
    { weight: 20, arbitrary: fc.tuple(fc.integer({ min: 2020, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
        .map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`) },
    { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
        .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`) },
    { weight: 3, arbitrary: fc.constantFrom('2027-02-29', '2028-02-29', '2027-13-01', '2027-04-31', '2027-00-10') },
    ...(EXTREME_DATES ? [{ weight: 1, arbitrary: fc.constantFrom('0000-01-01', '9999-12-31') }] : []),
);

export const durationText: fc.Arbitrary<string> = fc.tuple(
    fc.oneof({ weight: 5, arbitrary: decimal(60) }, { weight: 1, arbitrary: fc.constantFrom('0', '-3', '1e308', '1e9', '99999999') }),
    fc.constantFrom('days', 'day', 'weeks', 'week', 'months', 'month'),
).map(([n, unit]) => `${n} ${unit}`);

export const comparator = fc.constantFrom('<=', '<', '>=', '>', '=');
export const quantityText = fc.oneof(numberText, percentText, amountText);
export const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 3 });
export const optTitle = maybe(titleText).map(t => (t === undefined ? '' : ` ${quote(t)}`));

/** Writes block lines either one per line (indented) or all on the block's line. */
export function block(head: string, lines: string[], oneLine: boolean): string {
    if (lines.length === 0) return `${head} { }`;
    return oneLine ? `${head} { ${lines.join(' ')} }` : `${head} {\n${lines.map(l => `    ${l}`).join('\n')}\n}`;
}

/** Picks names for references: mostly declared ones, sometimes a dangling one. */
export function refList(declared: string[], max: number): fc.Arbitrary<string[]> {
    const ref = declared.length === 0
        ? identifier
        : fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...declared) }, { weight: 1, arbitrary: identifier });
    return fc.array(ref, { minLength: 1, maxLength: max });
}
