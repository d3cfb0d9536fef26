/**
 * Symbol and completion kinds of hitp's named elements, for the outline, workspace symbols
 * and completion. Works on AST nodes and on index descriptions (which carry only a type).
 */
import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

const SYMBOL_KINDS: Record<string, SymbolKind> = {
    [ast.Plan.$type]: SymbolKind.Namespace,
    [ast.CriteriaBlock.$type]: SymbolKind.Package,
    [ast.Criterion.$type]: SymbolKind.Property,
    [ast.Stakeholder.$type]: SymbolKind.Variable,
    [ast.Objective.$type]: SymbolKind.Interface,
    [ast.Kpi.$type]: SymbolKind.Constant,
    [ast.Candidate.$type]: SymbolKind.Class,
    [ast.Phase.$type]: SymbolKind.Module,
    [ast.Milestone.$type]: SymbolKind.Event,
    [ast.InframBlock.$type]: SymbolKind.Package,
    [ast.Cadence.$type]: SymbolKind.Struct,
    [ast.Risk.$type]: SymbolKind.Object,
};

const COMPLETION_KINDS: Record<string, CompletionItemKind> = {
    [ast.Plan.$type]: CompletionItemKind.Module,
    [ast.Criterion.$type]: CompletionItemKind.Property,
    [ast.Stakeholder.$type]: CompletionItemKind.Variable,
    [ast.Objective.$type]: CompletionItemKind.Interface,
    [ast.Kpi.$type]: CompletionItemKind.Constant,
    [ast.Candidate.$type]: CompletionItemKind.Class,
    [ast.Phase.$type]: CompletionItemKind.Module,
    [ast.Milestone.$type]: CompletionItemKind.Event,
    [ast.Cadence.$type]: CompletionItemKind.Struct,
    [ast.Risk.$type]: CompletionItemKind.Value,
};

function typeOf(node: AstNode | AstNodeDescription): string {
    return 'type' in node && typeof node.type === 'string' ? node.type : (node as AstNode).$type;
}

export class HitpNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SYMBOL_KINDS[typeOf(node)] ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return COMPLETION_KINDS[typeOf(node)] ?? super.getCompletionItemKind(node);
    }
}
