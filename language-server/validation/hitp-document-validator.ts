/**
 * Langium's document validator, with two narrowings:
 * - a score naming an unknown criterion is reported by the scoring rules as `unknown-criterion`
 *   (spec §3), not as a linking error. Without a criteria block the default criteria apply, and
 *   they have no declaration to link to;
 * - in the language server (services with an LSP connection) at most
 *   `MAX_DIAGNOSTICS_PER_FILE` diagnostics per file are kept, plus a final note saying how many
 *   were left out (see `diagnostic-cap.ts`). The CLI keeps every diagnostic.
 */
import { DefaultDocumentValidator, type Cancellation, type LangiumCoreServices, type LangiumDocument, type ValidationOptions } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver';
import { Score } from '../generated/ast.js';
import { capDiagnostics } from './diagnostic-cap.js';

export class HitpDocumentValidator extends DefaultDocumentValidator {
    /** True in the language server: diagnostics are capped per file before they are published. */
    private readonly capped: boolean;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.capped = (services as Partial<LangiumServices>).shared?.lsp?.Connection !== undefined;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        return this.capped ? capDiagnostics(diagnostics) : diagnostics;
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const linking: Diagnostic[] = [];
        super.processLinkingErrors(document, linking, options);
        for (const diagnostic of linking) {
            const data = diagnostic.data as { containerType?: string; property?: string } | undefined;
            if (data?.containerType === Score.$type && data.property === Score.criterion) continue;
            diagnostics.push(diagnostic);
        }
    }
}
