/**
 * HitpPlanService: the plan model and its analysis, built once per workspace state and
 * shared by the validator, hovers, code lenses, inlay hints and the roadmap request.
 *
 * Which files make one plan: a file with a `plan` block is a plan; a file without one is a
 * fragment, and every fragment of the workspace belongs to every plan of the workspace.
 * A fragment is analysed as part of the first plan file (by URI) when there is one,
 * on its own otherwise.
 */
import { WorkspaceCache, type LangiumDocument, type LangiumDocuments, type LanguageMetaData } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { analyzePlan } from '../analysis/analyze-plan.js';
import { runSimulation, type SimulationResult } from '../analysis/simulation-findings.js';
import type { AnalysisResult } from '../analysis/plan-analysis.js';
import type { HitpFile } from '../generated/ast.js';
import { hitpDocuments, isPlanDocument as hasPlan } from '../references/plan-files.js';
import { buildPlanModel } from './build-plan-model.js';
import { DEFAULT_SIMULATION } from './build-risk-model.js';
import type { PlanModel } from './plan-model.js';

export interface PlanResult extends AnalysisResult {
    model: PlanModel;
    /** The URI of the file whose `plan` block this is (or of the lone fragment). */
    mainUri: string;
    /** Every file that contributed to this plan, main file first. */
    uris: string[];
}

/** The plan's simulation lines (spec §8), overridden by `hitp simulate --runs/--seed`. */
export function simulationOptions(result: PlanResult, override: { runs?: number; seed?: number } = {}): { runs: number; seed: number; confidence: number } {
    const plan = result.model.plan;
    return {
        runs: override.runs ?? plan?.simulationRuns ?? DEFAULT_SIMULATION.runs,
        seed: override.seed ?? plan?.simulationSeed ?? DEFAULT_SIMULATION.seed,
        confidence: plan?.confidence ?? DEFAULT_SIMULATION.confidence,
    };
}

export class HitpPlanService {
    private readonly documents: LangiumDocuments;
    private readonly language: LanguageMetaData;
    /** Results by the URI of their main file. */
    private readonly byMain: WorkspaceCache<string, PlanResult>;
    /** The same results by the URI of every file asked about: validation asks once per checked node. */
    private readonly byDocument: WorkspaceCache<string, PlanResult>;

    /** Simulations (spec §8) by the URI of their plan's main file; cleared on every change, like the analysis. */
    private readonly simulations: WorkspaceCache<string, SimulationResult>;

    constructor(services: LangiumServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.language = services.LanguageMetaData;
        this.byMain = new WorkspaceCache(services.shared);
        this.byDocument = new WorkspaceCache(services.shared);
        this.simulations = new WorkspaceCache(services.shared);
    }

    /**
     * The simulation of the plan `document` belongs to, run now when it has not run for this
     * workspace state (the CLI and tests). The language server runs it in the background instead
     * (`lsp/hitp-simulation-runner.ts`) and reads it with `peekSimulation`.
     */
    getSimulation(document: LangiumDocument, override: { runs?: number; seed?: number } = {}): SimulationResult {
        const result = this.getPlanResult(document);
        const options = simulationOptions(result, override);
        if (override.runs !== undefined || override.seed !== undefined) return runSimulation(result.simulationBasis, options);
        return this.simulations.get(result.mainUri, () => runSimulation(result.simulationBasis, options));
    }

    /** The simulation of this workspace state when it has been computed, else undefined. */
    peekSimulation(document: LangiumDocument): SimulationResult | undefined {
        const mainUri = this.getPlanResult(document).mainUri;
        return this.simulations.has(mainUri) ? this.simulations.get(mainUri) : undefined;
    }

    /** Keeps a simulation computed in the background for the current workspace state. */
    storeSimulation(mainUri: string, result: SimulationResult): void {
        this.simulations.set(mainUri, result);
    }

    /** The plan that `document` belongs to, analysed. */
    getPlanResult(document: LangiumDocument): PlanResult {
        return this.byDocument.get(document.uri.toString(), () => {
            const planFiles = hitpDocuments(this.documents, this.language);
            let main = document;
            if (!hasPlan(document)) {
                const plans = planFiles.filter(hasPlan).sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
                main = plans[0] ?? document;
            }
            const mainUri = main.uri.toString();
            return this.byMain.get(mainUri, () => {
                const parts = [main, ...planFiles.filter(doc => doc !== main && !hasPlan(doc))];
                const model = buildPlanModel(parts.map(doc => doc.parseResult.value as HitpFile));
                return { ...analyzePlan(model), model, mainUri, uris: parts.map(doc => doc.uri.toString()) };
            });
        });
    }
}
