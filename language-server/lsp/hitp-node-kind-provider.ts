/**
 * Symbol and completion kinds of hitp's elements, for the outline, workspace symbols and
 * completion, as the element-kind registry names them. Works on AST nodes and on index
 * descriptions (which carry only a type).
 */
import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import { elementKindOf } from '../kinds/element-kinds.js';

function typeOf(node: AstNode | AstNodeDescription): string {
    return 'type' in node && typeof node.type === 'string' ? node.type : (node as AstNode).$type;
}

export class HitpNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        const kind = elementKindOf(typeOf(node));
        return kind ? SymbolKind[kind.symbol] : super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        const completion = elementKindOf(typeOf(node))?.completion;
        return completion ? CompletionItemKind[completion] : super.getCompletionItemKind(node);
    }
}
