/**
 * Parse errors that say what is wrong (issue 13), for the mistakes users make: the message, its
 * range and that nothing else is said about the same mistake.
 */
import { describe, expect, it } from 'vitest';
import { amountSuggestion } from '../../../language-server/validation/parse-error-hints.js';
import { codeOf, parse } from '../../helpers/services.js';

const CRITERIA = 'criteria { Value weight 100% }\n';

/** Every diagnostic as `line:column-line:column code message` (1-based columns, end exclusive). */
async function diagnosticsOf(text: string): Promise<string[]> {
    const document = await parse(text);
    return (document.diagnostics ?? []).map(d =>
        `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${codeOf(d)} ${d.message}`);
}

const CANDIDATE_LINES = "A candidate's lines start with owner, supports, scores, duration, effort, cost, benefit, advances, after, started, finished or progress.";
const AMOUNT_RULE = 'write amounts like 450k, 1.6M or 1600000 (k thousands, M millions, B billions; no commas or currency signs)';

describe('a line keyword a block does not have', () => {
    it('names the nearest keyword and the block\'s lines for a misspelling (`afer`)', async () => {
        expect(await diagnosticsOf(`${CRITERIA}candidate A { scores Value 3 }\ncandidate B {\n    scores Value 3\n    afer A\n}\n`)).toEqual([
            `5:5-5:9 parsing-error \`afer\` does not start a line of a candidate: did you mean 'after'? ${CANDIDATE_LINES}`,
        ]);
    });

    it('knows the words users write for `after` (`depends on`)', async () => {
        expect(await diagnosticsOf(`${CRITERIA}candidate A { scores Value 3 }\ncandidate B { scores Value 3 depends on A }\n`)).toEqual([
            `3:30-3:37 parsing-error \`depends\` does not start a line of a candidate: did you mean 'after'? ${CANDIDATE_LINES}`,
        ]);
    });

    it('lists the lines without a guess when nothing is near, in other blocks too', async () => {
        expect(await diagnosticsOf('phase P { blah 3 }\n')).toEqual([
            "1:11-1:15 parsing-error `blah` does not start a line of a phase: A phase's lines start with duration, after, includes, milestone or gate.",
        ]);
        // The lines are read from the grammar, so lines other sections add to a plan show up too.
        const [plan, ...rest] = await diagnosticsOf('plan P { strat 2027-01-04 }\n');
        expect(rest).toEqual([]);
        expect(plan).toMatch(/^1:10-1:15 parsing-error `strat` does not start a line of a plan: did you mean 'start'\? A plan's lines start with start, horizon, discount, inflation, budget, capacity, currency(, [a-z]+)* or [a-z]+\.$/);
    });
});

describe('amounts', () => {
    it.each([
        ['1.6m', '1.6M', 35], ['780K', '780k', 35], ['1,600,000', '1600000', 35],
    ])('`%s` says how to write an amount (`%s`)', async (written, fixed, column) => {
        expect(await diagnosticsOf(`${CRITERIA}candidate A { scores Value 3 cost ${written} once }\n`)).toEqual([
            `2:${column}-2:${column + written.length} parsing-error \`${written}\` is not an amount: ${AMOUNT_RULE}; here \`${fixed}\`.`,
        ]);
    });

    it('`$1.6M` says to leave out the currency sign, in a budget too', async () => {
        expect(await diagnosticsOf(`${CRITERIA}candidate A { scores Value 3 cost $1.6M once }\n`)).toEqual([
            `2:35-2:40 lexing-error \`$1.6M\` is not an amount: ${AMOUNT_RULE}; here \`1.6M\`.`,
        ]);
        expect(await diagnosticsOf('plan P { budget 2,500,000 }\n')).toEqual([
            `1:17-1:26 parsing-error \`2,500,000\` is not an amount: ${AMOUNT_RULE}; here \`2500000\`.`,
        ]);
    });

    it('suggests only what is an amount', () => {
        expect(amountSuggestion('2.5b')).toBe('2.5B');
        expect(amountSuggestion('12x')).toBeUndefined();
        expect(amountSuggestion('1..5k')).toBeUndefined();
    });
});

describe('scores without commas', () => {
    it('says to separate them with commas, showing the line with commas', async () => {
        const text = 'criteria { A weight 50% B weight 30% C weight 20% }\ncandidate X {\n    scores A 4 B 2 C 5\n    duration 2 weeks\n}\n';
        const lines = await diagnosticsOf(text);
        expect(lines.filter(line => line.includes('parsing-error'))).toEqual([
            '3:16-3:17 parsing-error Separate the scores with commas: `scores A 4, B 2, C 5`.',
        ]);
    });
});

describe('a name with a hyphen', () => {
    it('gives one error per occurrence, stating the rule for names, and nothing that follows from it', async () => {
        const text = `${CRITERIA}candidate Core { scores Value 3 duration 1 weeks }\ncandidate Wi-Fi6 "Wi-Fi 6" {\n    scores Value 4\n    after Core\n}\n`;
        expect(await diagnosticsOf(text)).toEqual([
            "3:11-3:17 parsing-error `Wi-Fi6` is not a name: a name starts with a letter or '_' and has only letters, digits and '_' (no hyphens or spaces); "
            + 'write `WiFi6` or `Wi_Fi6`, and put the words with hyphens in the title.',
        ]);
    });
});
