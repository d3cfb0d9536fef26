/**
 * Dependency injection for hitp: the services added to Langium's defaults, and the one
 * factory that the language server, the CLI and every test call.
 */
import { DefaultIndexManager, inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { HitpGeneratedModule, HitpGeneratedSharedModule } from './generated/module.js';
import { HitpDocumentUpdateHandler } from './lsp/closed-untitled-documents.js';
import { HitpCodeActionProvider } from './lsp/hitp-code-action-provider.js';
import { HitpClientFeatures } from './lsp/hitp-client-features.js';
import { HitpCodeLensProvider } from './lsp/hitp-code-lens-provider.js';
import { HitpConfigurationProvider } from './lsp/hitp-configuration-provider.js';
import { HitpCompletionProvider } from './lsp/hitp-completion-provider.js';
import { HitpExecuteCommandHandler } from './lsp/hitp-execute-command-handler.js';
import { HitpDocumentSymbolProvider } from './lsp/hitp-document-symbol-provider.js';
import { HitpFormatter } from './lsp/hitp-formatter.js';
import { HitpHoverProvider } from './lsp/hitp-hover-provider.js';
import { HitpInlayHintProvider } from './lsp/hitp-inlay-hint-provider.js';
import { HitpNodeKindProvider } from './lsp/hitp-node-kind-provider.js';
import { HitpRenameProvider } from './lsp/hitp-rename-provider.js';
import { HitpSemanticTokenProvider } from './lsp/hitp-semantic-tokens.js';
import { HitpPlanService } from './plan/plan-service.js';
import { HitpDocumentFactory } from './parser/hitp-document-factory.js';
import { createHitpParser } from './parser/hitp-parser.js';
import { HitpLinker } from './references/hitp-linker.js';
import { HitpNameProvider } from './references/hitp-name-provider.js';
import { HitpReferenceDescriptionProvider } from './references/hitp-reference-descriptions.js';
import { HitpScopeComputation } from './references/hitp-scope-computation.js';
import { HitpScopeProvider } from './references/hitp-scope-provider.js';
import { HitpDocumentValidator } from './validation/hitp-document-validator.js';
import { HitpLexerErrorMessageProvider, HitpParserErrorMessageProvider } from './validation/hitp-parser-messages.js';
import { HitpValidator, registerValidationChecks } from './validation/hitp-validator.js';

/** Services hitp adds to Langium's, grouped by category. */
export type HitpAddedServices = {
    plan: {
        PlanService: HitpPlanService;
    };
    validation: {
        HitpValidator: HitpValidator;
    };
    /** What the connected editor can do (snippets, client-side commands, refresh requests). */
    client: {
        Features: HitpClientFeatures;
    };
};

export type HitpServices = LangiumServices & HitpAddedServices;

export const HitpModule: Module<HitpServices, PartialLangiumServices & HitpAddedServices> = {
    plan: {
        PlanService: services => new HitpPlanService(services),
    },
    client: {
        Features: () => new HitpClientFeatures(),
    },
    parser: {
        LangiumParser: services => createHitpParser(services),
        ParserErrorMessageProvider: () => new HitpParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new HitpLexerErrorMessageProvider(),
    },
    references: {
        Linker: services => new HitpLinker(services),
        NameProvider: () => new HitpNameProvider(),
        ScopeComputation: services => new HitpScopeComputation(services),
        ScopeProvider: services => new HitpScopeProvider(services),
    },
    workspace: {
        ReferenceDescriptionProvider: services => new HitpReferenceDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: services => new HitpDocumentValidator(services),
        HitpValidator: services => new HitpValidator(services),
    },
    lsp: {
        HoverProvider: services => new HitpHoverProvider(services),
        CodeLensProvider: services => new HitpCodeLensProvider(services),
        InlayHintProvider: services => new HitpInlayHintProvider(services),
        CompletionProvider: services => new HitpCompletionProvider(services),
        DocumentSymbolProvider: services => new HitpDocumentSymbolProvider(services),
        SemanticTokenProvider: services => new HitpSemanticTokenProvider(services),
        Formatter: () => new HitpFormatter(),
        CodeActionProvider: services => new HitpCodeActionProvider(services),
        RenameProvider: services => new HitpRenameProvider(services),
    },
};

/** Langium's index of exported names, without the index of references (the command line). */
class IndexWithoutReferences extends DefaultIndexManager {
    override async updateReferences(): Promise<void> {
        // Nothing reads references outside the editor.
    }
}

/** What a caller may leave out of the services. */
export interface HitpServiceOptions {
    /**
     * Build the index of references (what "find references" and rename read). The command line
     * answers neither, so it leaves the index out.
     */
    indexReferences?: boolean;
}

/** Creates the shared and the hitp services; with no LSP connection, configuration is initialised at once. */
export function createHitpServices(context: DefaultSharedModuleContext, options: HitpServiceOptions = {}): { shared: LangiumSharedServices; Hitp: HitpServices } {
    // The node kinds (symbol and completion kinds by element type) are a shared service in Langium.
    // The no-op command of information lenses is registered for the whole server (Langium's shared ExecuteCommandHandler);
    // the configuration provider registers for setting changes only with clients that allow it.
    const shared = inject(createDefaultSharedModule(context), HitpGeneratedSharedModule, {
        lsp: {
            NodeKindProvider: () => new HitpNodeKindProvider(), ExecuteCommandHandler: () => new HitpExecuteCommandHandler(),
            DocumentUpdateHandler: services => new HitpDocumentUpdateHandler(services),
        },
        workspace: {
            ConfigurationProvider: services => new HitpConfigurationProvider(services),
            LangiumDocumentFactory: services => new HitpDocumentFactory(services),
            ...(options.indexReferences === false ? { IndexManager: (services: LangiumSharedServices) => new IndexWithoutReferences(services) } : {}),
        },
    });
    const Hitp = inject(createDefaultModule({ shared }), HitpGeneratedModule, HitpModule);
    shared.ServiceRegistry.register(Hitp);
    registerValidationChecks(Hitp);
    if (context.connection) {
        // Validate every .hitp file of the workspace at start-up, not only the open ones,
        // so the Problems panel lists them all.
        shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    } else {
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Hitp };
}
