/**
 * Every named element of a `.hitp` file (plan, criterion, stakeholder, objective, KPI,
 * candidate, phase, milestone, cadence) is visible everywhere in the workspace,
 * before or after its declaration (spec §1).
 *
 * So all of them are exported, nested ones included, and no local scopes are built:
 * every reference resolves through Langium's global scope, a cached hash map per
 * element type. Langium's default local scopes are linear lists searched per reference,
 * which is quadratic on a file with thousands of candidates.
 *
 * The walk (`ast-walk.ts`) honours cancellation: it yields every 256 nodes and stops when a newer
 * edit cancels the build (Langium's default checks per node).
 */
import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { walkAst } from './ast-walk.js';

export class HitpScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument, cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        const root = document.parseResult.value;
        await walkAst(root, node => {
            if (node !== root) this.addExportedSymbol(node, exports, document);
        }, cancelToken);
        return exports;
    }

    override async collectLocalSymbols(_document: LangiumDocument, _cancelToken?: CancellationToken): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
