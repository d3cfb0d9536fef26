/**
 * What the connected editor can do, read once from the LSP `initialize` request, so every face
 * sends only what the client announced:
 * - snippet completions only with `textDocument.completion.completionItem.snippetSupport`;
 * - a code lens that runs a client-side command (the roadmap preview) only when the client lists
 *   that command in `initializationOptions.clientCommands` (the VS Code extension does);
 * - information lenses as labels (an empty command) only when the client says it shows them so
 *   (`initializationOptions.labelLenses`); other clients get the server's no-op command `hitp.info`,
 *   which they may run without an error;
 * - `workspace/codeLens/refresh` and `workspace/inlayHint/refresh` only with their `refreshSupport`.
 *
 * In-process use (the CLI, the tests; no `initialize`) behaves like the VS Code extension.
 */
import type { InitializeParams } from 'vscode-languageserver';
import type { HitpInitializationOptions } from '../protocol/initialization-options.js';

/** The server's no-op command: the command of an information lens for clients that run every lens. */
export const INFO_COMMAND = 'hitp.info';

export interface ClientFeatures {
    snippets: boolean;
    clientCommands: ReadonlySet<string>;
    labelLenses: boolean;
    codeLensRefresh: boolean;
    inlayHintRefresh: boolean;
}

/** Without an LSP client: everything, as the VS Code extension announces it. */
const IN_PROCESS: ClientFeatures = {
    snippets: true,
    clientCommands: new Set(['hitp.showPreview']),
    labelLenses: true,
    codeLensRefresh: true,
    inlayHintRefresh: true,
};

export class HitpClientFeatures {
    private features: ClientFeatures = IN_PROCESS;

    /** Reads the client's capabilities and hitp's initialization options (anything malformed counts as absent). */
    initialize(params: Pick<InitializeParams, 'capabilities' | 'initializationOptions'>): void {
        const capabilities = params.capabilities ?? {};
        const options = params.initializationOptions as HitpInitializationOptions | null | undefined;
        const commands: unknown[] = isObject(options) && Array.isArray(options.clientCommands) ? options.clientCommands : [];
        this.features = {
            snippets: capabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
            clientCommands: new Set(commands.filter((command): command is string => typeof command === 'string')),
            labelLenses: isObject(options) && options.labelLenses === true,
            codeLensRefresh: capabilities.workspace?.codeLens?.refreshSupport === true,
            inlayHintRefresh: capabilities.workspace?.inlayHint?.refreshSupport === true,
        };
    }

    get current(): ClientFeatures {
        return this.features;
    }

    canRun(command: string): boolean {
        return this.features.clientCommands.has(command);
    }

    /** The command of an information lens: empty for clients that show it as a label, else the no-op. */
    get infoCommand(): string {
        return this.features.labelLenses ? '' : INFO_COMMAND;
    }
}

function isObject(value: unknown): value is Record<string, unknown> & HitpInitializationOptions {
    return typeof value === 'object' && value !== null;
}
