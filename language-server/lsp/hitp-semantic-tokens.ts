/**
 * Semantic tokens: declared names by kind (with the `declaration` modifier), references
 * with the kind of their target, role and level values, comparators, and every literal
 * value (numbers, amounts, percentages and dates) as `number`.
 */
import { AstUtils, CstUtils, GrammarAST, isLeafCstNode, type AstNode, type LeafCstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { elementKindOf } from '../kinds/element-kinds.js';

/** The token type of a named element (the registry's), shared by its declaration and its references. */
function tokenOf(type: string): SemanticTokenTypes | undefined {
    const token = elementKindOf(type)?.token;
    return token ? SemanticTokenTypes[token] : undefined;
}

/** Reference properties and the kind they point to (a score's criterion may name a default criterion). */
const REFERENCE_KINDS: Array<[string, string, string]> = [
    [ast.ObjectiveKpis.$type, 'kpis', ast.Kpi.$type],
    [ast.ObjectiveOwner.$type, 'owner', ast.Stakeholder.$type],
    [ast.OwnerLine.$type, 'owner', ast.Stakeholder.$type],
    [ast.SupportsLine.$type, 'objectives', ast.Objective.$type],
    [ast.Score.$type, 'criterion', ast.Criterion.$type],
    [ast.AfterLine.$type, 'candidates', ast.Candidate.$type],
    [ast.PhaseAfter.$type, 'phases', ast.Phase.$type],
    [ast.IncludesLine.$type, 'candidates', ast.Candidate.$type],
    [ast.Milestone.$type, 'when', ast.Candidate.$type],
    [ast.GateCondition.$type, 'kpi', ast.Kpi.$type],
    [ast.ScenarioExclude.$type, 'candidates', ast.Candidate.$type],
    [ast.ScenarioCycle.$type, 'cadence', ast.Cadence.$type],
];

const LITERAL_TERMINALS = new Set(['NUMBER', 'PERCENT', 'AMOUNT', 'DATE']);
const ENUM_RULES = new Set(['Role', 'Level']);

export class HitpSemanticTokenProvider extends AbstractSemanticTokenProvider {

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const kind = tokenOf(node.$type);
        if (kind && 'name' in node) {
            acceptor({ node, property: 'name', type: kind, modifier: SemanticTokenModifiers.declaration });
        }
        for (const [containerType, property, target] of REFERENCE_KINDS) {
            if (node.$type === containerType) {
                acceptor({ node, property: property as never, type: tokenOf(target)! });
            }
        }
        if (ast.isKpiTarget(node) || ast.isGateCondition(node)) {
            acceptor({ node, property: 'comparator', type: SemanticTokenTypes.operator });
        }
        this.highlightOwnLeaves(node, acceptor);
    }

    /** Literals and enumeration values written directly by this node (not by its children). */
    private highlightOwnLeaves(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (!node.$cstNode) return;
        for (const leaf of CstUtils.streamCst(node.$cstNode)) {
            if (leaf.astNode !== node || leaf.hidden || !isLeafCstNode(leaf)) continue;
            const type = this.literalType(leaf);
            if (type) acceptor({ cst: leaf, type });
        }
    }

    private literalType(leaf: LeafCstNode): SemanticTokenTypes | undefined {
        if (LITERAL_TERMINALS.has(leaf.tokenType.name)) return SemanticTokenTypes.number;
        const rule = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule);
        if (rule?.name && ENUM_RULES.has(rule.name)) return SemanticTokenTypes.enumMember;
        return undefined;
    }
}
