/**
 * The `hitp/roadmap` request: the roadmap fragment of a document, once the server has
 * validated that version (or a later one). The server stays stateless: it renders what
 * `HitpPlanService` already computed.
 */
import type { Connection } from 'vscode-languageserver';
import type { HitpServices } from '../hitp-module.js';
import { RoadmapRequestMethod, type RoadmapParams, type RoadmapResult } from '../protocol/hitp-protocol.js';
import { renderRoadmap } from '../report/render-roadmap.js';
import { NOT_OPEN_MESSAGE, validatedDocument } from './validated-document.js';

export function registerRoadmapRequest(connection: Connection, services: HitpServices): void {
    connection.onRequest(RoadmapRequestMethod, async (params: RoadmapParams): Promise<RoadmapResult> => {
        const document = await validatedDocument(services, params.uri);
        if (!document) return { uri: params.uri, version: params.version, html: `<p class="empty">${NOT_OPEN_MESSAGE}</p>` };
        const result = services.plan.PlanService.getPlanResult(document);
        const today = new Date().toISOString().slice(0, 10);
        const html = renderRoadmap(result.analysis, { locale: params.locale, today });
        return { uri: params.uri, version: document.textDocument.version, html };
    });
}
