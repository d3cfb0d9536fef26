import { clearDocuments, expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { afterEach, describe, expect, test } from 'vitest';
import { hitp, services } from '../../helpers/services.js';

const highlight = highlightHelper(hitp);

describe('HitpSemanticTokenProvider', () => {
    afterEach(() => clearDocuments(services.shared));

    test('declarations by kind, references like their target, literals as numbers', async () => {
        const tokens = await highlight([
            'plan <|P|> "P" { start <|2027-01-04|> budget <|2.5M|> discount <|8%|> }',
            'criteria { <|Risk|> "R" weight <|100%|> }',
            'stakeholder <|S|> "S" { role <|sponsor|> influence <|high|> }',
            'kpi <|K|> "K" { baseline <|3.1|> target <|<=|> 2 }',
            'candidate <|A|> "A" { owner <|S|> scores <|Risk|> 3 }',
            'phase <|Ph|> "Ph" { includes <|A|> milestone <|M|> "M" due 2027-09-30 gate <|K|> <= 2 }',
        ].join('\n'));
        const expected: SemanticTokenTypes[] = [
            SemanticTokenTypes.namespace, SemanticTokenTypes.number, SemanticTokenTypes.number, SemanticTokenTypes.number,
            SemanticTokenTypes.property, SemanticTokenTypes.number,
            SemanticTokenTypes.variable, SemanticTokenTypes.enumMember, SemanticTokenTypes.enumMember,
            SemanticTokenTypes.enumMember, SemanticTokenTypes.number, SemanticTokenTypes.operator,
            SemanticTokenTypes.class, SemanticTokenTypes.variable, SemanticTokenTypes.property,
            SemanticTokenTypes.type, SemanticTokenTypes.class, SemanticTokenTypes.event, SemanticTokenTypes.enumMember,
        ];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
    });

    test('declarations carry the declaration modifier, references do not', async () => {
        const tokens = await highlight('candidate <|A|> "A" { duration 1 weeks }\ncandidate B "B" { after <|A|> }');
        const modifierOf = (index: number) => tokens.tokens.find(token => token.offset === tokens.ranges[index]![0])!.tokenModifiers;
        const declaration = hitp.lsp.SemanticTokenProvider!.tokenModifiers[SemanticTokenModifiers.declaration]!;
        expect(modifierOf(0) & declaration).toBe(declaration);
        expect(modifierOf(1) & declaration).toBe(0);
    });
});
