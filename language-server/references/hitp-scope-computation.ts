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
 * The walk honours cancellation: it yields now and then and stops when a newer
 * edit cancels the build (Langium's default checks per node; a check every 256 nodes is enough).
 */
import {
    AstUtils, DefaultScopeComputation, interruptAndCheck, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

export class HitpScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument, cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        let visited = 0;
        for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
            if (cancelToken && (++visited & 255) === 0) await interruptAndCheck(cancelToken);
            this.addExportedSymbol(node, exports, document);
        }
        return exports;
    }

    override async collectLocalSymbols(_document: LangiumDocument, _cancelToken?: CancellationToken): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
