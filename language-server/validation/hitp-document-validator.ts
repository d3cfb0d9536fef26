/**
 * Langium's document validator, with three changes:
 * - linking errors carry the LSP code `linking-error` and a "did you mean" (spec §6);
 * - suppression comments (`// hitp-ignore CODE`, spec §6) silence warnings and infos (`suppression.ts`);
 * - a score naming an unknown criterion is reported by the scoring rules as `unknown-criterion`
 *   (spec §3), not as a linking error. Without a criteria block the default criteria apply, and
 *   they have no declaration to link to;
 * - in the language server (services with an LSP connection) at most
 *   `MAX_DIAGNOSTICS_PER_FILE` diagnostics per file are kept, plus a final note saying how many
 *   were left out (see `lsp/hitp-diagnostic-cap.ts`). The CLI keeps every diagnostic.
 */
import { DefaultDocumentValidator, DocumentValidator, type Cancellation, type ReferenceInfo, type ScopeProvider, type LangiumCoreServices, type LangiumDocument, type ValidationOptions } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver';
import { Score } from '../generated/ast.js';
import { capDiagnostics } from '../lsp/hitp-diagnostic-cap.js';
import { nearestName } from './did-you-mean.js';
import { applySuppressions } from './suppression.js';

export class HitpDocumentValidator extends DefaultDocumentValidator {
    /** True in the language server: diagnostics are capped per file before they are published. */
    private readonly capped: boolean;

    private readonly scopeProvider: ScopeProvider;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.scopeProvider = services.references.ScopeProvider;
        this.capped = (services as Partial<LangiumServices>).shared?.lsp?.Connection !== undefined;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = applySuppressions(document, await super.validateDocument(document, options, cancelToken));
        return this.capped ? capDiagnostics(diagnostics) : diagnostics;
    }

    /**
     * Langium's linking errors, with the LSP code `linking-error` and, when a declared name of the
     * right kind is close (spec §6), `did you mean 'X'?` at the end (the name also in `data.suggestion`
     * for the quick fix).
     */
    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const { container, property, index } = error.info;
            if (container.$type === Score.$type && property === Score.criterion) continue;
            const refText = error.info.reference.$refText;
            const suggestion = this.suggestionFor(error.info, refText);
            const message = suggestion === undefined ? error.message : `${error.message.replace(/\.$/, '')}: did you mean '${suggestion}'?`;
            const diagnostic = this.toDiagnostic('error', message, {
                node: container, range: reference.$refNode?.range, property, index,
                data: { code: DocumentValidator.LinkingError, containerType: container.$type, property, refText, ...(suggestion === undefined ? {} : { suggestion }) },
            });
            diagnostic.code = DocumentValidator.LinkingError;
            diagnostics.push(diagnostic);
        }
    }

    private suggestionFor(info: ReferenceInfo, refText: string): string | undefined {
        if (!refText) return undefined;
        try {
            const names = this.scopeProvider.getScope(info).getAllElements().map(element => element.name);
            return nearestName(refText, names);
        } catch {
            return undefined;
        }
    }
}
