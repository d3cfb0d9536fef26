/**
 * The global scope of a reference, narrowed to the files its file sees (`plan-files.ts`):
 * its own names first, then the fragments', then (for a fragment) the plans'. Each level is a
 * hash map per element type, built once per workspace state, so linking stays linear.
 */
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MultiMapScope, WorkspaceCache, type LangiumDocument, type LanguageMetaData, type ReferenceInfo, type Scope } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { hitpDocuments, isPlanDocument } from './plan-files.js';

export class HitpScopeProvider extends DefaultScopeProvider {
    private readonly documents;
    private readonly language: LanguageMetaData;
    private readonly scopes: WorkspaceCache<string, Scope>;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.language = services.LanguageMetaData;
        this.scopes = new WorkspaceCache(services.shared);
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container);
        const uri = document.uri.toString();
        return this.scopes.get(`${referenceType}|${uri}`, () => {
            const others = hitpDocuments(this.documents, this.language).filter(doc => doc !== document);
            const fragments = others.filter(doc => !isPlanDocument(doc));
            const plans = isPlanDocument(document) ? [] : others.filter(isPlanDocument);
            const level = (docs: LangiumDocument[], outer: Scope): Scope => docs.length === 0
                ? outer
                : new MultiMapScope(this.indexManager.allElements(referenceType, new Set(docs.map(doc => doc.uri.toString()))), outer);
            return new MultiMapScope(
                this.indexManager.allElements(referenceType, new Set([uri])),
                level(fragments, level(plans, EMPTY_SCOPE)),
            );
        });
    }
}
