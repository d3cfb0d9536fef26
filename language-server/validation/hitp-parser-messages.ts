/**
 * Parse errors in plain words: "Expected a date like 2027-01-04 but found `2027-1-4`."
 * instead of token-type names and numbered token sequences.
 */
import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';
import { TOP_LEVEL_KEYWORDS } from '../kinds/element-kinds.js';

const TERMINAL_WORDS: Record<string, string> = {
    DATE: 'a date like 2027-01-04',
    PERCENT: 'a percentage like 8%',
    AMOUNT: 'an amount like 450k',
    NUMBER: 'a number',
    ID: 'a name',
    STRING: 'a quoted title',
};

/** How a token type reads in a sentence: `'start'`, `a name`, `a date like 2027-01-04`. */
export function describeTokenType(type: TokenType): string {
    if (type.name === 'EOF') return 'the end of the file';
    // Terminals have upper-case names; every other token type is a keyword, named by its text.
    return TERMINAL_WORDS[type.name] ?? `'${type.name.replace(/:KW$/, '')}'`;
}

/** `a new block (plan, criteria, …, infram or cadence)`: the registry's top-level keywords. */
const NEW_BLOCK = `a new block (${TOP_LEVEL_KEYWORDS.slice(0, -1).join(', ')} or ${TOP_LEVEL_KEYWORDS.at(-1)})`;

function describeFound(token: IToken): string {
    return token.tokenType?.name === 'EOF' || token.image === '' ? 'the end of the file' : `\`${token.image}\``;
}

/** "x", "x or y", "x, y or z" — at most `limit` options, then "…". */
function listAlternatives(items: string[], limit = 12): string {
    const unique = [...new Set(items)];
    const shown = unique.slice(0, limit);
    if (unique.length > limit) return `${shown.join(', ')}, …`;
    return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

export class HitpParserErrorMessageProvider extends LangiumParserErrorMessageProvider {

    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const what = expected.name === 'EOF' ? NEW_BLOCK : describeTokenType(expected);
        return `Expected ${what} but found ${describeFound(actual)}.`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return `Expected ${NEW_BLOCK} but found ${describeFound(firstRedundant)}.`;
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const firsts = expectedPathsPerAlt.flatMap(alt => alt.flatMap(path => path.length > 0 ? [describeTokenType(path[0])] : []));
        const found = actual[0] ? describeFound(actual[0]) : 'the end of the file';
        return `Expected ${listAlternatives(firsts)} but found ${found}.`;
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const firsts = expectedIterationPaths.flatMap(path => path.length > 0 ? [describeTokenType(path[0])] : []);
        const found = actual[0] ? describeFound(actual[0]) : 'the end of the file';
        return `Expected at least one ${listAlternatives(firsts)} but found ${found}.`;
    }
}

/** Lexer errors in plain words: an unclosed title or comment, or a character hitp does not use. */
export class HitpLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {

    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number, line?: number, column?: number): string {
        const text = fullText.substring(startOffset, startOffset + length);
        if (text.startsWith('"')) return 'This title is not closed: end it with `"` on the same line.';
        if (text.startsWith('/*')) return 'This comment is not closed: end it with `*/`.';
        void line;
        void column;
        return `Unexpected character${length > 1 ? 's' : ''} \`${text}\`: hitp does not use ${length > 1 ? 'them' : 'it'} here.`;
    }
}
