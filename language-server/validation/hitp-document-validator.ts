/**
 * Langium's document validator, with one narrowing: a score naming an unknown criterion
 * is reported by the scoring rules as `unknown-criterion` (spec §3), not as a linking error.
 * Without a criteria block the default criteria apply, and they have no declaration to link to.
 */
import { DefaultDocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { Score } from '../generated/ast.js';

export class HitpDocumentValidator extends DefaultDocumentValidator {

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
