/**
 * Names (spec §1: every named element can be referenced before or after its declaration, across
 * files): `duplicate-name`.
 *
 * Kinds are separate namespaces: a criterion and a KPI may share a name, two candidates may not,
 * wherever they are declared among the files of one plan (a plan and its fragments). Which
 * declaration counts is the plan index's decision (`model/plan-index.ts`); this rule reports it.
 * Also home of the small workspace helpers the other rule families share.
 */
import { AstUtils, DocumentState, WorkspaceCache, type AstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { HitpFile } from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import { elementKindOf } from '../kinds/element-kinds.js';
import { compareUris, type PlanProblem } from '../model/plan-index.js';
import type { PlanResult } from '../plan/plan-service.js';
import { hitpDocuments } from '../references/plan-files.js';
import { DiagnosticCode } from '../protocol/diagnostic-codes.js';

/**
 * Memoises a workspace-wide computation per services instance. The value is dropped whenever a
 * build reaches `IndexedReferences` (so it is computed at most once per validation run, from
 * linked ASTs) and when a document is deleted.
 */
export function perWorkspaceState<V>(compute: (services: HitpServices) => V): (services: HitpServices) => V {
    const caches = new WeakMap<HitpServices, WorkspaceCache<'value', V>>();
    return services => {
        let cache = caches.get(services);
        if (!cache) {
            cache = new WorkspaceCache<'value', V>(services.shared, DocumentState.IndexedReferences);
            caches.set(services, cache);
        }
        return cache.get('value', () => compute(services));
    };
}

/** Every hitp document of the workspace, in URI code-point order (the plan index's order). */
export function hitpDocumentsInUriOrder(services: HitpServices): Array<LangiumDocument<HitpFile>> {
    return hitpDocuments(services.shared.workspace.LangiumDocuments, services.LanguageMetaData)
        .sort((a, b) => compareUris(a.uri.toString(), b.uri.toString())) as Array<LangiumDocument<HitpFile>>;
}

export type NamedElement = { $type: string; name: string };

const problemsByNode = new WeakMap<PlanResult, Map<AstNode, PlanProblem[]>>();

/** The plan index's problems that sit on `node`, from every plan its document belongs to (each once). */
export function planProblemsAt(services: HitpServices, node: AstNode): PlanProblem[] {
    const found = new Set<PlanProblem>();
    const seen = new Set<string>();
    for (const result of services.plan.PlanService.getPlanResults(AstUtils.getDocument(node))) {
        let byNode = problemsByNode.get(result);
        if (!byNode) {
            byNode = new Map();
            for (const problem of result.problems) {
                const list = byNode.get(problem.node);
                if (list) list.push(problem); else byNode.set(problem.node, [problem]);
            }
            problemsByNode.set(result, byNode);
        }
        // A fragment belongs to every plan: the same finding from two plans is reported once.
        for (const problem of byNode.get(node) ?? []) {
            const key = JSON.stringify([problem.code, 'index' in problem ? problem.index : -1]);
            if (!seen.has(key)) { seen.add(key); found.add(problem); }
        }
    }
    return [...found];
}

function fileNameOf(uri: string): string {
    const path = decodeURIComponent(uri.replace(/^[a-z]+:\/*/i, '/'));
    return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Two elements of the same kind must not share a name, in one file or across the files of a plan.
 * Reported on the name of every declaration after the one that counts (the plan index decides).
 */
export const nameMustBeUnique = (services: HitpServices) => (node: NamedElement & AstNode, accept: ValidationAcceptor): void => {
    const kind = elementKindOf(node.$type);
    if (!kind?.named || !node.name) return;
    const uri = AstUtils.getDocument(node).uri.toString();
    for (const problem of planProblemsAt(services, node)) {
        if (problem.code !== DiagnosticCode.DuplicateName) continue;
        const line = problem.first.range.start.line + 1;
        const where = problem.first.uri === uri ? `on line ${line}` : `in file ${fileNameOf(problem.first.uri)} on line ${line}`;
        accept('error', `Duplicate ${kind.word} name '${node.name}': it is also declared ${where}`, {
            node, property: 'name', code: DiagnosticCode.DuplicateName,
        });
    }
};
