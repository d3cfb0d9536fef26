/**
 * Names (spec §1: every named element can be referenced before or after its declaration, across
 * files): `duplicate-name`.
 *
 * Kinds are separate namespaces: a criterion and a KPI may share a name, two candidates may not,
 * wherever they are declared among the files that see each other (a plan and its fragments).
 * Also home of the small workspace helpers the other rule families share.
 */
import { AstUtils, DocumentState, WorkspaceCache, type AstNode, type AstNodeDescription, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { HitpFile } from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import { hitpDocuments, seeEachOther } from '../references/plan-files.js';
import { DiagnosticCode } from './diagnostic-codes.js';

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

/** Every hitp document of the workspace, in URI order (the order "first declaration" refers to). */
export function hitpDocumentsInUriOrder(services: HitpServices): Array<LangiumDocument<HitpFile>> {
    return hitpDocuments(services.shared.workspace.LangiumDocuments, services.LanguageMetaData)
        .sort((a, b) => compareText(a.uri.toString(), b.uri.toString())) as Array<LangiumDocument<HitpFile>>;
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** The element kinds that have names, as AST type → the word messages use. */
const KIND_WORDS: Record<string, string> = {
    Plan: 'plan', Criterion: 'criterion', Stakeholder: 'stakeholder', Objective: 'objective', Kpi: 'KPI',
    Candidate: 'candidate', Phase: 'phase', Milestone: 'milestone', Cadence: 'cadence', Risk: 'risk',
};

export type NamedElement = { $type: string; name: string };

/** Where the first declaration of a duplicated name is, keyed by `uri#offset` of each later declaration. */
type FirstDeclarations = Map<string, AstNodeDescription>;

const firstDeclarations = perWorkspaceState((services): FirstDeclarations => {
    const index = services.shared.workspace.IndexManager;
    const documents = services.shared.workspace.LangiumDocuments;
    const result: FirstDeclarations = new Map();
    for (const type of Object.keys(KIND_WORDS)) {
        const byName = new Map<string, AstNodeDescription[]>();
        for (const description of index.allElements(type)) {
            // `allElements` includes subtypes; kinds are disjoint, but keep the check exact.
            if (description.type !== type || !description.name) continue;
            const list = byName.get(description.name);
            if (list) list.push(description); else byName.set(description.name, [description]);
        }
        for (const list of byName.values()) {
            if (list.length < 2) continue;
            list.sort((a, b) => compareText(a.documentUri.toString(), b.documentUri.toString()) || offsetOf(a) - offsetOf(b));
            // Two plans of one workspace do not see each other's names (references/plan-files.ts): they do not clash.
            const documentOf = (d: AstNodeDescription) => documents.getDocument(d.documentUri);
            list.forEach((later, i) => {
                const laterDocument = documentOf(later);
                const first = list.slice(0, i).find(earlier => {
                    const earlierDocument = documentOf(earlier);
                    return !earlierDocument || !laterDocument || seeEachOther(earlierDocument, laterDocument);
                });
                if (first) result.set(keyOf(later.documentUri.toString(), offsetOf(later)), first);
            });
        }
    }
    return result;
});

function offsetOf(description: AstNodeDescription): number {
    return description.nameSegment?.offset ?? 0;
}

function keyOf(uri: string, offset: number): string {
    return `${uri}#${offset}`;
}

function fileNameOf(uri: string): string {
    const path = decodeURIComponent(uri.replace(/^[a-z]+:\/*/i, '/'));
    return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Two elements of the same kind must not share a name, in one file or across the workspace.
 * Reported on the name of every declaration after the first (URI order, then position).
 * One map per workspace state, so the rule is O(1) per declaration.
 */
export const nameMustBeUnique = (services: HitpServices) => (node: NamedElement & AstNode, accept: ValidationAcceptor): void => {
    const kind = KIND_WORDS[node.$type];
    const nameNode = services.references.NameProvider.getNameNode(node);
    if (!kind || !node.name || !nameNode) return;
    const uri = AstUtils.getDocument(node).uri.toString();
    const first = firstDeclarations(services).get(keyOf(uri, nameNode.offset));
    if (!first) return;
    const line = (first.nameSegment?.range.start.line ?? 0) + 1;
    const firstUri = first.documentUri.toString();
    const where = firstUri === uri ? `on line ${line}` : `in file ${fileNameOf(firstUri)} on line ${line}`;
    accept('error', `Duplicate ${kind} name '${node.name}': it is also declared ${where}`, {
        node, property: 'name', code: DiagnosticCode.DuplicateName,
    });
};
