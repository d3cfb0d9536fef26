/**
 * The `hitp/planStatus` request: the plan a `.hitp` file belongs to and its portfolio NPV and
 * finish date, for the extension's language status item. It reads what `HitpPlanService` already
 * computed and formats it like the plan's code lens.
 */
import { DocumentState, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { HitpServices } from '../hitp-module.js';
import { planLensTitle } from '../kinds/lens-content.js';
import { PlanStatusRequestMethod, type PlanStatusParams, type PlanStatusResult } from '../protocol/hitp-protocol.js';
import { readFormatOptions } from '../settings/hitp-settings.js';

export function registerPlanStatusRequest(connection: Connection, services: HitpServices): void {
    const shared = services.shared;
    connection.onRequest(PlanStatusRequestMethod, async (params: PlanStatusParams): Promise<PlanStatusResult | null> => {
        const uri = URI.parse(params.uri);
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri);
        const document = shared.workspace.LangiumDocuments.getDocument(uri);
        if (!document) return null;
        const result = services.plan.PlanService.getPlanResult(document);
        const plan = result.analysis.plan;
        return {
            plan: plan?.name ?? null,
            title: plan?.title ?? null,
            planUri: result.mainUri,
            fragment: result.mainUri !== document.uri.toString(),
            summary: plan ? planLensTitle(result.analysis, await readFormatOptions(services)) : null,
        };
    });
}
