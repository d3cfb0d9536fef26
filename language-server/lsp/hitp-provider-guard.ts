/**
 * A crash inside one LSP provider must not take the language server down (issue 8).
 *
 * Langium's request handlers (`createRequestHandler` in langium/lsp) rethrow any error that is not
 * a cancellation, and vscode-jsonrpc answers the request with a `ResponseError` (InternalError,
 * "Request textDocument/hover failed with message: …") and keeps serving; but nothing is logged,
 * so the user cannot tell a crash from "nothing to show". This guard wraps the providers' entry
 * points: an exception is logged with its stack to the client's output channel
 * (`connection.console.error`) and then rethrown, so the request still ends in that error response.
 * Cancellations pass through unlogged.
 *
 * Test hook (the only one): `HITP_TEST_CRASH=hover` (or `codeLens`, `inlayHint`, `completion`,
 * `documentSymbol`, `formatting`, `codeAction`, `semanticTokens`, `definition`, `references`, `rename`,
 * `foldingRange`; comma-separated) makes that provider throw `HITP_TEST_CRASH: <name>` on every call.
 * test/language-server/server-robustness.test.ts starts the bundled server with it.
 */
import { isOperationCancelled } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { ResponseError, type Connection } from 'vscode-languageserver';

/** Test-hook name → the provider service and its request entry points. */
const GUARDED: ReadonlyArray<{ hook: string; service: keyof LangiumServices['lsp']; methods: string[] }> = [
    { hook: 'hover', service: 'HoverProvider', methods: ['getHoverContent'] },
    { hook: 'codeLens', service: 'CodeLensProvider', methods: ['provideCodeLens', 'resolveCodeLens'] },
    { hook: 'inlayHint', service: 'InlayHintProvider', methods: ['getInlayHints'] },
    { hook: 'completion', service: 'CompletionProvider', methods: ['getCompletion'] },
    { hook: 'documentSymbol', service: 'DocumentSymbolProvider', methods: ['getSymbols'] },
    { hook: 'formatting', service: 'Formatter', methods: ['formatDocument', 'formatDocumentRange', 'formatDocumentOnType'] },
    { hook: 'codeAction', service: 'CodeActionProvider', methods: ['getCodeActions'] },
    { hook: 'semanticTokens', service: 'SemanticTokenProvider', methods: ['semanticHighlight', 'semanticHighlightRange', 'semanticHighlightDelta'] },
    { hook: 'definition', service: 'DefinitionProvider', methods: ['getDefinition'] },
    { hook: 'references', service: 'ReferencesProvider', methods: ['findReferences'] },
    { hook: 'rename', service: 'RenameProvider', methods: ['rename', 'prepareRename'] },
    { hook: 'foldingRange', service: 'FoldingRangeProvider', methods: ['getFoldingRanges'] },
];

function describe(error: unknown): string {
    return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}

/** Wraps the providers of `services` so that a crash is logged before it becomes the request's error response. */
export function guardProviders(services: LangiumServices, connection: Connection, env: Record<string, string | undefined> = process.env): void {
    const crash = new Set((env['HITP_TEST_CRASH'] ?? '').split(',').map(s => s.trim()).filter(Boolean));
    for (const { hook, service, methods } of GUARDED) {
        const provider = services.lsp[service] as Record<string, unknown> | undefined;
        if (!provider) continue;
        for (const method of methods) {
            const original = provider[method];
            if (typeof original !== 'function') continue;
            const call = original.bind(provider) as (...args: unknown[]) => unknown;
            const report = (error: unknown): never => {
                // A ResponseError is an answer (rename refusing a name), not a crash.
                if (!isOperationCancelled(error) && !(error instanceof ResponseError)) connection.console.error(`hitp: ${service}.${method} failed: ${describe(error)}`);
                throw error;
            };
            provider[method] = (...args: unknown[]): unknown => {
                try {
                    if (crash.has(hook)) throw new Error(`HITP_TEST_CRASH: ${hook}`);
                    const result = call(...args);
                    return result instanceof Promise ? result.catch(report) : result;
                } catch (error) {
                    return report(error);
                }
            };
        }
    }
}
