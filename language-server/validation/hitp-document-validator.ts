/**
 * Langium's document validator, with three changes:
 * - linking errors carry the LSP code `linking-error` and a "did you mean" (spec §6);
 * - parse errors that say what is wrong (`parse-error-hints.ts`), and a file with syntax errors
 *   keeps its errors only;
 * - suppression comments (`// hitp-ignore CODE`, spec §6) silence warnings and infos (`suppression.ts`);
 * - a score naming an unknown criterion is reported by the scoring rules as `unknown-criterion`
 *   (spec §3), not as a linking error. Without a criteria block the default criteria apply, and
 *   they have no declaration to link to;
 * - in the language server (services with an LSP connection) at most
 *   `MAX_DIAGNOSTICS_PER_FILE` diagnostics per file are kept, plus a final note saying how many
 *   were left out (see `diagnostic-cap.ts`). The CLI keeps every diagnostic.
 */
import { Cancellation, DefaultDocumentValidator, DocumentValidator, type AstNode, type ValidationAcceptor, type Grammar, type ParseResult, type ReferenceInfo, type RootCstNode, type ScopeProvider, type LangiumCoreServices, type LangiumDocument, type ValidationOptions } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { Score } from '../generated/ast.js';
import { capDiagnostics } from './diagnostic-cap.js';
import { nearestName } from './did-you-mean.js';
import { applySuppressions } from './suppression.js';
import { validateNodes } from './validate-nodes.js';
import { blockLinesOf, collapseHyphenNameErrors, explainLexingError, explainParseError, hyphenNameData, type BlockLines } from './parse-error-hints.js';

function fullTextOf(parseResult: ParseResult): string | undefined {
    return (parseResult.value.$cstNode as RootCstNode | undefined)?.fullText;
}

/** The offset of the hyphen of `Wi-Fi6` when a parse error's token is that hyphen or the word after it. */
function hyphenBefore(text: string, offset: number): number | undefined {
    if (Number.isNaN(offset)) return undefined;
    if (text[offset] === '-') return offset;
    return text[offset - 1] === '-' ? offset - 1 : undefined;
}

/** The offsets at which the lines of `text` start. */
function lineStartsOf(text: string): number[] {
    const starts = [0];
    for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index! + match[0].length);
    return starts;
}

export class HitpDocumentValidator extends DefaultDocumentValidator {
    /** True in the language server: diagnostics are capped per file before they are published. */
    private readonly capped: boolean;

    private readonly scopeProvider: ScopeProvider;
    private readonly grammar: Grammar;
    private blocks: Map<string, BlockLines> | undefined;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.grammar = services.Grammar;
        this.scopeProvider = services.references.ScopeProvider;
        this.capped = (services as Partial<LangiumServices>).shared?.lsp?.Connection !== undefined;
    }

    /** Langium's walk over every node, without its per-node streams and awaits (`validate-nodes.ts`). */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        await validateNodes(rootNode, {
            checksOf: type => this.validationRegistry.getChecks(type, options.categories).toArray(),
            optionsOf: node => this.validateSingleNodeOptions(node, options),
            run: (check, node) => check(node, acceptor, cancelToken),
        }, cancelToken);
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        let diagnostics = collapseHyphenNameErrors(await super.validateDocument(document, options, cancelToken));
        // A plan the parser had to guess at gets its errors only: warnings and infos about its
        // numbers would describe a plan that is not the one written.
        const syntax = diagnostics.some(d => {
            const code = (d.data as { code?: unknown } | undefined)?.code;
            return code === DocumentValidator.LexingError || code === DocumentValidator.ParsingError;
        });
        if (syntax) diagnostics = diagnostics.filter(d => d.severity === DiagnosticSeverity.Error);
        diagnostics = applySuppressions(document, diagnostics);
        return this.capped ? capDiagnostics(diagnostics) : diagnostics;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const lexing: Diagnostic[] = [];
        super.processLexingErrors(parseResult, lexing, options);
        const text = fullTextOf(parseResult);
        const starts = text !== undefined && lexing.length > 0 ? lineStartsOf(text) : [];
        for (const diagnostic of lexing) {
            const lineStart = starts[diagnostic.range.start.line];
            const better = text === undefined || lineStart === undefined ? undefined : explainLexingError(text, lineStart + diagnostic.range.start.character);
            if (better) {
                diagnostic.message = better.message;
                diagnostic.range = better.range;
                if (better.hyphenName) diagnostic.data = { ...(diagnostic.data as object), ...hyphenNameData() };
            }
            diagnostics.push(diagnostic);
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const parsing: Diagnostic[] = [];
        super.processParsingErrors(parseResult, parsing, options);
        const text = fullTextOf(parseResult);
        // One diagnostic per parser error, in order (Langium skips none that have a token).
        if (text !== undefined && parsing.length === parseResult.parserErrors.length) {
            this.blocks ??= blockLinesOf(this.grammar);
            parseResult.parserErrors.forEach((error, index) => {
                // `-` is a token since lags and weekday spans (spec §11), so `Wi-Fi6` is a parse error now.
                const hyphen = hyphenBefore(text, error.token.startOffset);
                const name = hyphen === undefined ? undefined : explainLexingError(text, hyphen);
                if (name?.hyphenName) {
                    Object.assign(parsing[index]!, { message: name.message, range: name.range });
                    parsing[index]!.data = { ...(parsing[index]!.data as object), ...hyphenNameData() };
                    return;
                }
                const better = explainParseError(error, text, this.blocks!);
                if (!better) return;
                parsing[index]!.message = better.message;
                if (better.range) parsing[index]!.range = better.range;
            });
        }
        diagnostics.push(...parsing);
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
