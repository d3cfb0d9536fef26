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
 * Only the nodes that can carry a name are visited: the top-level elements, the criteria of a
 * `criteria` block and the milestones of a phase (see grammar/hitp.langium). Walking the whole
 * AST instead (scores, flows, references: ~25 nodes per candidate) cost most of the indexing
 * phase of a large plan. A grammar change that adds another nested named element must add it here.
 */
import {
    DefaultScopeComputation, interruptAndCheck, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isCriteriaBlock, isMilestone, isPhase, type HitpFile } from '../generated/ast.js';

export class HitpScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument, cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        const root = document.parseResult.value as HitpFile;
        for (const element of root.elements ?? []) {
            // Yields now and then, and stops when a newer edit cancels this build.
            if (cancelToken) await interruptAndCheck(cancelToken);
            this.addExportedSymbol(element, exports, document);
            if (isCriteriaBlock(element)) {
                for (const criterion of element.criteria) this.addExportedSymbol(criterion, exports, document);
            } else if (isPhase(element)) {
                for (const line of element.lines) if (isMilestone(line)) this.addExportedSymbol(line, exports, document);
            }
        }
        return exports;
    }

    override async collectLocalSymbols(_document: LangiumDocument, _cancelToken?: CancellationToken): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
