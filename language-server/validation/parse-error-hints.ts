/**
 * Parse errors that say what is wrong, for the mistakes users make (issue 13):
 * - a misspelt or unknown line keyword inside a block (`afer X`, `depends on X`) names the block's
 *   lines and the nearest one, instead of "Expected '}'";
 * - amounts written `1.6m`, `780K`, `1,600,000` or `$1.6M` say how to write an amount;
 * - scores without commas say to separate them with commas;
 * - a name with a hyphen (`Wi-Fi6`) gives one error that states the rule for names, and the
 *   errors that follow from it on that line are left out.
 * The messages of the parser itself are in `hitp-parser-messages.ts`; this file looks at the text
 * around an error to say more.
 */
import type { IRecognitionException } from 'chevrotain';
import { GrammarAST, type Grammar } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver';
import { nearestName } from './did-you-mean.js';

/** A block rule's lines: what the block is called and the keywords its lines start with. */
export interface BlockLines {
    label: string;
    keywords: string[];
}

/** Words users write for a line keyword that is spelt differently in hitp. */
const SYNONYMS: Record<string, string> = {
    depends: 'after', dependson: 'after', requires: 'after', needs: 'after', follows: 'after', predecessor: 'after', predecessors: 'after',
    costs: 'cost', benefits: 'benefit', score: 'scores', support: 'supports', objective: 'supports', length: 'duration', fte: 'effort',
    include: 'includes', contains: 'includes', due: 'milestone', deadline: 'milestone', title: 'owner',
};

function firstKeywords(element: GrammarAST.AbstractElement | undefined, seen = new Set<GrammarAST.AbstractElement>()): string[] {
    if (!element || seen.has(element)) return [];
    seen.add(element);
    if (GrammarAST.isKeyword(element)) return [element.value];
    if (GrammarAST.isAssignment(element)) return firstKeywords(element.terminal, seen);
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        return GrammarAST.isParserRule(rule) ? firstKeywords(rule.definition, seen) : [];
    }
    if (GrammarAST.isAlternatives(element)) return element.elements.flatMap(e => firstKeywords(e, seen));
    if (GrammarAST.isGroup(element)) {
        const first = element.elements.find(e => !GrammarAST.isAction(e));
        return firstKeywords(first, seen);
    }
    return [];
}

/** Every `+=` assignment of a rule call inside `element`: the repeated lines of a block. */
function lineAssignments(element: GrammarAST.AbstractElement): GrammarAST.Assignment[] {
    if (GrammarAST.isAssignment(element)) return element.operator === '+=' && GrammarAST.isRuleCall(element.terminal) ? [element] : [];
    if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        return element.elements.flatMap(lineAssignments);
    }
    return [];
}

/** The blocks of the grammar (rules with `{ … }` and repeated lines), by rule name. */
export function blockLinesOf(grammar: Grammar): Map<string, BlockLines> {
    const blocks = new Map<string, BlockLines>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || rule.entry) continue;
        const definition = rule.definition;
        const hasBraces = GrammarAST.isGroup(definition) && definition.elements.some(e => GrammarAST.isKeyword(e) && e.value === '{');
        if (!hasBraces) continue;
        const keywords = [...new Set(lineAssignments(definition).flatMap(assignment => firstKeywords(assignment.terminal)))];
        if (keywords.length === 0) continue;
        const keyword = firstKeywords(definition)[0] ?? rule.name.toLowerCase();
        blocks.set(rule.name, { label: rule.name.endsWith('Block') ? `${keyword} block` : keyword, keywords });
    }
    return blocks;
}

function list(words: string[]): string {
    return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function article(word: string): string {
    return /^[aeio]/.test(word) ? 'an' : 'a';
}

const AMOUNT_WORD = /^[0-9][0-9.,]*[A-Za-z]*/;
const AMOUNT_RULE = 'write amounts like 450k, 1.6M or 1600000 (k thousands, M millions, B billions; no commas or currency signs)';

/** `1.6m` → `1.6M`, `780K` → `780k`, `1,600,000` → `1600000`; undefined when no amount can be made of it. */
export function amountSuggestion(written: string): string | undefined {
    const match = /^([0-9][0-9.,]*?)([A-Za-z]*)$/.exec(written.replace(/^\$/, ''));
    if (!match) return undefined;
    const digits = match[1]!.replace(/,/g, '');
    const suffix = { '': '', k: 'k', K: 'k', m: 'M', M: 'M', b: 'B', B: 'B' }[match[2]!];
    if (suffix === undefined || !/^[0-9]+(\.[0-9]+)?$/.test(digits)) return undefined;
    return `${digits}${suffix}`;
}

function amountMessage(written: string): string {
    const suggestion = amountSuggestion(written);
    return `\`${written}\` is not an amount: ${AMOUNT_RULE}${suggestion ? `; here \`${suggestion}\`` : ''}.`;
}

function rangeOf(text: string, start: number, end: number): Range {
    const position = (offset: number) => {
        const before = text.slice(0, offset);
        const line = before.split(/\r\n|\r|\n/).length - 1;
        const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
        return { line, character: offset - lineStart };
    };
    return { start: position(start), end: position(end) };
}

/** A better message (and range) for a parser error, or undefined to keep the parser's. */
export function explainParseError(error: IRecognitionException, text: string, blocks: ReadonlyMap<string, BlockLines>): { message: string; range?: Range } | undefined {
    const token = error.token;
    // Langium suffixes rule names with a zero-width space inside the parser.
    const rules = (error.context?.ruleStack ?? []).map(rule => rule.replace(/\u200B/g, ''));
    // Amounts: `1.6m`, `780K`, `1,600,000`: after `cost`, `benefit` or `budget`, a number directly followed by more of the word.
    if (!Number.isNaN(token.startOffset)) {
        const before = /\b(?:cost|benefit|budget)\s+([0-9][0-9.,]*)$/.exec(text.slice(Math.max(0, token.startOffset - 40), token.startOffset));
        if (before) {
            const start = token.startOffset - before[1]!.length;
            const written = AMOUNT_WORD.exec(text.slice(start))![0];
            return { message: amountMessage(written), range: rangeOf(text, start, start + written.length) };
        }
    }
    const block = blocks.get(rules[rules.length - 1] ?? '');
    if (!block || Number.isNaN(token.startOffset) || !/^Expected '\}'/.test(error.message)) return undefined;
    const lineStart = Math.max(text.lastIndexOf('\n', token.startOffset - 1), text.lastIndexOf('\r', token.startOffset - 1)) + 1;
    const before = text.slice(lineStart, token.startOffset);
    // Scores without commas: `scores Strategic 4 Clinical 2`.
    const scores = /\bscores\s+[^{}]*[0-9]\s+$/.exec(before);
    if (scores && token.tokenType?.name === 'ID' && /^[A-Za-z_]\w*\s+-?[0-9]/.test(text.slice(token.startOffset))) {
        // The `Criterion N` pairs from `scores` on, up to the next line keyword of the block.
        const pair = /\s*,?\s*([A-Za-z_]\w*)\s+(-?[0-9][0-9.]*)/y;
        pair.lastIndex = lineStart + scores.index + 'scores'.length;
        const pairs: string[] = [];
        for (let match = pair.exec(text); match && !block.keywords.includes(match[1]!); match = pair.exec(text)) pairs.push(`${match[1]} ${match[2]}`);
        return { message: `Separate the scores with commas: \`scores ${pairs.join(', ')}\`.` };
    }
    const word = token.image;
    const nearest = SYNONYMS[word.toLowerCase()] ?? nearestName(word, block.keywords);
    const hint = nearest && block.keywords.includes(nearest) ? ` did you mean '${nearest}'?` : '';
    return {
        message: `\`${word}\` does not start a line of ${article(block.label)} ${block.label}:${hint} `
            + `${article(block.label).replace(/^a/, 'A')} ${block.label}'s lines start with ${list(block.keywords)}.`,
    };
}

/** The word around `offset` made of letters, digits, `_` and `-`. */
function wordAround(text: string, offset: number): { start: number; end: number } {
    let start = offset;
    let end = offset + 1;
    while (start > 0 && /[\w-]/.test(text[start - 1]!)) start--;
    while (end < text.length && /[\w-]/.test(text[end]!)) end++;
    return { start, end };
}

/** Marks the diagnostic of a hyphenated name, so that the errors it causes on its line are left out. */
const HYPHEN_NAME = 'hyphen-name';

/** A better message and range for a lexer error at `offset`, or undefined to keep the lexer's. */
export function explainLexingError(text: string, offset: number): { message: string; range: Range; hyphenName: boolean } | undefined {
    const char = text[offset];
    if (char === '-' && /\w/.test(text[offset - 1] ?? '') && /[A-Za-z_]/.test(text[offset + 1] ?? '')) {
        const { start, end } = wordAround(text, offset);
        const written = text.slice(start, end);
        const joined = written.replace(/-/g, '');
        return {
            message: `\`${written}\` is not a name: a name starts with a letter or '_' and has only letters, digits and '_' (no hyphens or spaces); `
                + `write \`${joined}\` or \`${written.replace(/-/g, '_')}\`, and put the words with hyphens in the title.`,
            range: rangeOf(text, start, end),
            hyphenName: true,
        };
    }
    if (char === '$' && /[0-9]/.test(text[offset + 1] ?? '')) {
        const written = `$${AMOUNT_WORD.exec(text.slice(offset + 1))?.[0] ?? ''}`;
        return { message: amountMessage(written), range: rangeOf(text, offset, offset + written.length), hyphenName: false };
    }
    return undefined;
}

export function hyphenNameData(): { hint: string } {
    return { hint: HYPHEN_NAME };
}

/**
 * Leaves out what follows from a hyphenated name: the diagnostics on its line at or after it
 * (`Fi6` is "unexpected", `Wi` is unresolved or has no scores), so the name's own error stands alone.
 */
export function collapseHyphenNameErrors(diagnostics: Diagnostic[]): Diagnostic[] {
    const names = diagnostics.filter(d => (d.data as { hint?: string } | undefined)?.hint === HYPHEN_NAME);
    if (names.length === 0) return diagnostics;
    const caused = (d: Diagnostic) => !names.includes(d)
        && names.some(name => name.range.start.line === d.range.start.line && d.range.start.character >= name.range.start.character);
    return diagnostics.filter(d => !caused(d));
}
