/**
 * HitpPlanService: the plan model and its analysis, built once per workspace state and
 * shared by the validator, hovers, code lenses, inlay hints and the roadmap request.
 *
 * Which files make one plan: a file with a `plan` block is a plan; a file without one is a
 * fragment, and every fragment of the workspace belongs to every plan of the workspace.
 * A fragment is analysed as part of the first plan file (URI code-point order) when there is
 * one; without any plan, the fragments of the workspace make one plan together.
 * The order of a plan's files is the plan index's (`model/plan-index.ts`).
 */
import { WorkspaceCache, type LangiumDocument, type LangiumDocuments, type LanguageMetaData } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { lookupAnalysis, type AnalysisLookup } from '../analysis/analysis-lookup.js';
import { analyzePlan, analyzePlanScenario } from '../analysis/analyze-plan.js';
import type { AnalysisResult } from '../analysis/plan-analysis.js';
import { runSimulation, type SimulationResult } from '../analysis/simulation-findings.js';
import type { HitpFile } from '../generated/ast.js';
import { buildPlanModel } from '../model/build-plan-model.js';
import { compareUris, type PlanProblem } from '../model/plan-index.js';
import { DEFAULT_SIMULATION } from '../model/build-risk-model.js';
import type { PlanModel } from '../model/plan-model.js';
import { hitpDocuments, isPlanDocument as hasPlan } from '../references/plan-files.js';

export interface PlanResult extends AnalysisResult {
    model: PlanModel;
    /** What the plan index found: duplicate names, candidates in several phases. */
    problems: PlanProblem[];
    /** Each analysed element by name, with its declaration's source: O(1) for the faces. */
    lookup: AnalysisLookup;
    /** The URI of the file whose `plan` block this is (or of the first fragment). */
    mainUri: string;
    /** Every file that contributed to this plan, in the plan index's order. */
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

function byUri(a: LangiumDocument, b: LangiumDocument): number {
    return compareUris(a.uri.toString(), b.uri.toString());
}

export class HitpPlanService {
    private readonly documents: LangiumDocuments;
    private readonly language: LanguageMetaData;
    /** Results by the URI of their main file. */
    private readonly byMain: WorkspaceCache<string, PlanResult>;
    /** The same results by the URI of every file asked about: validation asks once per checked node. */
    private readonly byDocument: WorkspaceCache<string, PlanResult[]>;
    /** Scenario runs by `mainUri#scenario` (spec §10), computed when a face asks for one. */
    private readonly byScenario: WorkspaceCache<string, PlanResult | undefined>;
    /** Simulations (spec §8) by the URI of their plan's main file; cleared on every change, like the analysis. */
    private readonly simulations: WorkspaceCache<string, SimulationResult>;

    /** In the language server the simulation runs in the background (`lsp/hitp-simulation-runner.ts`). */
    private readonly deferSimulation: boolean;

    constructor(services: LangiumServices) {
        this.deferSimulation = services.shared.lsp.Connection !== undefined;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.language = services.LanguageMetaData;
        this.byMain = new WorkspaceCache(services.shared);
        this.byDocument = new WorkspaceCache(services.shared);
        this.byScenario = new WorkspaceCache(services.shared);
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

    /**
     * The simulation for the editor's faces: in the language server, the background result
     * (`undefined` while it runs); elsewhere (tests) the simulation itself.
     */
    currentSimulation(document: LangiumDocument): SimulationResult | undefined {
        return this.deferSimulation ? this.peekSimulation(document) : this.getSimulation(document);
    }

    /** Keeps a simulation computed in the background for the current workspace state. */
    storeSimulation(mainUri: string, result: SimulationResult): void {
        this.simulations.set(mainUri, result);
    }

    /**
     * The full analysis of one scenario of the plan `document` belongs to (spec §10: the plan
     * with the scenario's lines applied); undefined when the plan has no scenario of that name.
     */
    getScenarioResult(document: LangiumDocument, scenario: string): PlanResult | undefined {
        const base = this.getPlanResult(document);
        return this.byScenario.get(`${base.mainUri}#${scenario}`, () => {
            const result = analyzePlanScenario(base.model, scenario);
            return result ? { ...base, ...result, lookup: lookupAnalysis(base.model, result.analysis) } : undefined;
        });
    }

    /** The plan that `document` belongs to, analysed (for a fragment: the first plan by URI). */
    getPlanResult(document: LangiumDocument): PlanResult {
        return this.getPlanResults(document)[0]!;
    }

    /** Every plan `document` belongs to: its own, or for a fragment every plan of the workspace. */
    getPlanResults(document: LangiumDocument): PlanResult[] {
        return this.byDocument.get(document.uri.toString(), () => {
            const files = hitpDocuments(this.documents, this.language).sort(byUri);
            const fragments = files.filter(doc => !hasPlan(doc));
            if (!fragments.includes(document) && !hasPlan(document)) fragments.push(document);
            const plans = hasPlan(document) ? [document] : files.filter(hasPlan);
            if (plans.length === 0) return [this.analyse(fragments[0] ?? document, fragments)];
            return plans.map(main => this.analyse(main, [main, ...fragments]));
        });
    }

    private analyse(main: LangiumDocument, parts: LangiumDocument[]): PlanResult {
        return this.byMain.get(main.uri.toString(), () => {
            const ordered = [...new Set(parts)].sort(byUri);
            const { model, problems } = buildPlanModel(ordered.map(doc => doc.parseResult.value as HitpFile));
            const result = analyzePlan(model);
            return {
                ...result, model, problems, lookup: lookupAnalysis(model, result.analysis),
                mainUri: main.uri.toString(), uris: ordered.map(doc => doc.uri.toString()),
            };
        });
    }
}
