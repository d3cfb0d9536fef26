/**
 * Parse errors in plain words: "Expected a date like 2027-01-04 but found `2027-1-4`."
 * instead of token-type names and numbered token sequences.
 */
import type { IToken, TokenType } from 'chevrotain';
import { LangiumParserErrorMessageProvider } from 'langium';

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
    if (type.name.endsWith(':KW')) return `'${type.name.slice(0, -3)}'`;
    if (type.name === 'EOF') return 'the end of the file';
    return TERMINAL_WORDS[type.name] ?? type.name;
}

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
        return `Expected ${describeTokenType(expected)} but found ${describeFound(actual)}.`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return `Expected a new block (plan, criteria, stakeholder, objective, kpi, candidate, phase, infram or cadence) but found ${describeFound(firstRedundant)}.`;
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
