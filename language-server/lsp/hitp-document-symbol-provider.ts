/**
 * The outline: plan, the criteria block with its criteria, stakeholders, objectives, KPIs,
 * candidates, phases with their milestones, the INFRAM block and cadences.
 * Langium's default flattens unnamed blocks into their parent; `criteria { }` and
 * `infram { }` get a symbol of their own here. Each symbol's detail is the element's title.
 */
import { GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';

export class HitpDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    constructor(services: HitpServices) {
        super(services);
    }

    protected override getSymbol(document: LangiumDocument, astNode: AstNode): DocumentSymbol[] {
        if ((ast.isCriteriaBlock(astNode) || ast.isInframBlock(astNode)) && astNode.$cstNode) {
            const keyword = ast.isCriteriaBlock(astNode) ? 'criteria' : 'infram';
            const keywordNode = GrammarUtils.findNodeForKeyword(astNode.$cstNode, keyword) ?? astNode.$cstNode;
            return [this.createSymbol(document, astNode, astNode.$cstNode, keywordNode, keyword)];
        }
        return super.getSymbol(document, astNode);
    }

    protected override createSymbol(document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        const title = 'title' in astNode && typeof astNode.title === 'string' ? astNode.title.replace(/^"|"$/g, '') : undefined;
        return {
            kind: this.nodeKindProvider.getSymbolKind(astNode),
            name: computedName || nameNode.text,
            ...(title ? { detail: title } : {}),
            range: cstNode.range,
            selectionRange: nameNode.range,
            children: this.getChildSymbols(document, astNode),
        };
    }
}
