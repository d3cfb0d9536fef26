/**
 * Dependency injection for hitp: the services added to Langium's defaults, and the one
 * factory that the language server, the CLI and every test call.
 */
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { HitpGeneratedModule, HitpGeneratedSharedModule } from './generated/module.js';
import { HitpPlanService } from './model/plan-service.js';
import { HitpScopeComputation } from './references/hitp-scope-computation.js';
import { HitpDocumentValidator } from './validation/hitp-document-validator.js';
import { HitpParserErrorMessageProvider } from './validation/hitp-parser-messages.js';
import { HitpValidator, registerValidationChecks } from './validation/hitp-validator.js';

/** Services hitp adds to Langium's, grouped by category. */
export type HitpAddedServices = {
    plan: {
        PlanService: HitpPlanService;
    };
    validation: {
        HitpValidator: HitpValidator;
    };
};

export type HitpServices = LangiumServices & HitpAddedServices;

export const HitpModule: Module<HitpServices, PartialLangiumServices & HitpAddedServices> = {
    plan: {
        PlanService: services => new HitpPlanService(services),
    },
    parser: {
        ParserErrorMessageProvider: () => new HitpParserErrorMessageProvider(),
    },
    references: {
        ScopeComputation: services => new HitpScopeComputation(services),
    },
    validation: {
        DocumentValidator: services => new HitpDocumentValidator(services),
        HitpValidator: services => new HitpValidator(services),
    },
};

/** Creates the shared and the hitp services; with no LSP connection, configuration is initialised at once. */
export function createHitpServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Hitp: HitpServices } {
    const shared = inject(createDefaultSharedModule(context), HitpGeneratedSharedModule);
    const Hitp = inject(createDefaultModule({ shared }), HitpGeneratedModule, HitpModule);
    shared.ServiceRegistry.register(Hitp);
    registerValidationChecks(Hitp);
    if (!context.connection) {
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Hitp };
}
