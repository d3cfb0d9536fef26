/**
 * Code lenses: the registry's one-line summary above each element whose kind has one (the plan,
 * candidates, phases), read from the cached plan analysis, and, for a client that can run it (the VS Code extension), a lens on the
 * plan that opens the roadmap preview.
 * Summary lenses are information, not actions: their command is empty for clients that show such a
 * lens as a label, and the server's no-op `hitp.info` for the others (`hitp-client-features.ts`).
 */
import type { AstNode, LangiumDocument, NameProvider } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import type { HitpPlanService } from '../plan/plan-service.js';
import { elementKindOf } from '../kinds/element-kinds.js';
import type { HoverContext } from '../kinds/hover-content.js';
import type { HitpClientFeatures } from './hitp-client-features.js';
import { HitpCommands } from '../protocol/hitp-protocol.js';
import { readFormatOptions } from '../settings/hitp-settings.js';
import { planLensSimulation, simulationState, type SimulationState } from './hitp-risk-hover-content.js';

/** The command the extension registers to open the roadmap preview of a document URI. */
export const SHOW_PREVIEW_COMMAND = HitpCommands.showPreview;

export class HitpCodeLensProvider implements CodeLensProvider {
    private readonly services: HitpServices;
    private readonly planService: HitpPlanService;
    private readonly nameProvider: NameProvider;
    private readonly client: HitpClientFeatures;

    constructor(services: HitpServices) {
        this.services = services;
        this.client = services.client.Features;
        this.planService = services.plan.PlanService;
        this.nameProvider = services.references.NameProvider;
    }

    async provideCodeLens(document: LangiumDocument, _params: CodeLensParams): Promise<CodeLens[]> {
        const root = document.parseResult.value as ast.HitpFile;
        const { analysis, lookup } = this.planService.getPlanResult(document);
        const context: HoverContext = { analysis, lookup, options: await readFormatOptions(this.services) };
        const lenses: CodeLens[] = [];
        const info = (range: Range, title: string): CodeLens => ({ range, command: { title, command: this.client.infoCommand } });
        for (const element of root.elements) {
            const lens = elementKindOf(element.$type)?.lens;
            const range = lens && this.lensRange(element);
            const title = range && lens('name' in element && typeof element.name === 'string' ? element.name : '', context);
            if (!range || !title) continue;
            // Spec §8: the plan's lens adds the simulated P50/P80/P95 (or "simulating…").
            lenses.push(info(range, ast.isPlan(element) ? title + planLensSimulation(this.simulationOf(document)) : title));
            if (ast.isPlan(element) && this.client.canRun(SHOW_PREVIEW_COMMAND)) {
                lenses.push({ range, command: { title: 'Open roadmap preview', command: SHOW_PREVIEW_COMMAND, arguments: [document.uri.toString()] } });
            }
        }
        return lenses;
    }

    private simulationOf(document: LangiumDocument): SimulationState {
        const result = this.planService.getPlanResult(document);
        return simulationState(this.planService.currentSimulation(document), result.analysis, result.simulationBasis !== null);
    }

    /** The lens sits on the declaration's name (its line is where the editor draws it). */
    private lensRange(node: AstNode): Range | undefined {
        return this.nameProvider.getNameNode(node)?.range ?? node.$cstNode?.range;
    }
}
