/**
 * The `hitp/roadmap` request: the roadmap fragment of a document, once the server has
 * validated that version (or a later one). The server stays stateless: it renders what
 * `HitpPlanService` already computed.
 */
import { DocumentState } from 'langium';
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { HitpServices } from '../hitp-module.js';
import { RoadmapRequestMethod, type RoadmapParams, type RoadmapResult } from '../protocol/hitp-protocol.js';
import { renderRoadmap } from '../report/render-roadmap.js';

export function registerRoadmapRequest(connection: Connection, services: HitpServices): void {
    const shared = services.shared;
    connection.onRequest(RoadmapRequestMethod, async (params: RoadmapParams): Promise<RoadmapResult> => {
        const uri = URI.parse(params.uri);
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri);
        const document = shared.workspace.LangiumDocuments.getDocument(uri);
        if (!document) {
            return { uri: params.uri, version: params.version, html: '<p class="empty">This file is not open in the hitp language server.</p>' };
        }
        const result = services.plan.PlanService.getPlanResult(document);
        const today = new Date().toISOString().slice(0, 10);
        // The simulation (spec §8) as far as it has run: `hitp/simulationDone` tells the preview to ask again.
        const simulation = services.plan.PlanService.currentSimulation(document);
        const analysis = { ...result.analysis, simulation: simulation?.simulation ?? null };
        const simulating = simulation === undefined && result.simulationBasis !== null;
        const html = renderRoadmap(analysis, { locale: params.locale, today, simulating });
        return { uri: params.uri, version: document.textDocument.version, html };
    });
}
