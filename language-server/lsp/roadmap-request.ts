/**
 * The `hitp/roadmap` request: the roadmap fragment of a document, once the server has
 * validated that version (or a later one), in the server's number locale, with each clickable
 * element's source range. The server stays stateless: it renders what
 * `HitpPlanService` already computed.
 */
import { CstUtils, type LangiumDocument } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { HitpServices } from '../hitp-module.js';
import { comparePlans } from '../analysis/plan-comparison.js';
import { RoadmapRequestMethod, type RoadmapCompareParams, type RoadmapParams, type RoadmapResult } from '../protocol/hitp-protocol.js';
import type { AnalysisLookup, Located } from '../analysis/analysis-lookup.js';
import type { PreviewKind } from '../protocol/preview-messages.js';
import { renderRoadmap, sourceKey, type SourceRange } from '../report/render-roadmap.js';
import { readFormatOptions } from '../settings/hitp-settings.js';
import { EarlierVersions } from './earlier-version.js';
import { NOT_OPEN_MESSAGE, validatedDocument } from './validated-document.js';

export function registerRoadmapRequest(connection: Connection, services: HitpServices): void {
    const earlier = new EarlierVersions(services.shared.workspace.LangiumDocuments);
    connection.onRequest(RoadmapRequestMethod, async (params: RoadmapParams): Promise<RoadmapResult> => {
        const document = await validatedDocument(services, params.uri);
        if (!document) return { uri: params.uri, version: params.version, html: `<p class="empty">${NOT_OPEN_MESSAGE}</p>` };
        const planService = services.plan.PlanService;
        const compare = validCompare(params.compare);
        // A scenario renamed or deleted while the preview shows it: the plan itself (its picker then shows the plan pressed).
        // Compared with an earlier version, the plan itself is compared (the picker is hidden).
        const scenario = typeof params.scenario === 'string' && !compare ? planService.getScenarioResult(document, params.scenario) : undefined;
        const result = scenario ?? planService.getPlanResult(document);
        const comparison = compare
            ? { ...comparePlans(await earlier.analysis(result, document.uri.toString(), compare.text), result.analysis), revision: compare.revision }
            : null;
        const today = new Date().toISOString().slice(0, 10);
        const { locale } = await readFormatOptions(services);
        // The simulation (spec §8) as far as it has run: `hitp/simulationDone` tells the preview to ask again.
        const simulation = services.plan.PlanService.currentSimulation(document);
        const analysis = { ...result.analysis, simulation: simulation?.simulation ?? null };
        const simulating = simulation === undefined && result.simulationBasis !== null;
        const html = renderRoadmap(analysis, { locale, today, simulating, scenarioPicker: !comparison, comparison, sources: roadmapSources(result.lookup, document.uri.toString(), declarationExtent(document)) });
        return { uri: params.uri, version: document.textDocument.version, html };
    });
}

/** The request's earlier version, when it is well-formed (the client is trusted, but its JSON is still checked). */
function validCompare(compare: RoadmapParams['compare']): RoadmapCompareParams | null {
    if (typeof compare !== 'object' || compare === null) return null;
    return typeof compare.revision === 'string' && typeof compare.text === 'string' ? { revision: compare.revision, text: compare.text } : null;
}

/**
 * The source range of every clickable element declared in `uri`, by `kind:name`: the preview
 * selects it on a click without searching the text (an element declared in another file of the
 * plan is not clickable from this preview).
 */
export function roadmapSources(
    lookup: AnalysisLookup, uri: string, extentOf?: (line: number, character: number) => SourceRange['extent'],
): Record<string, SourceRange> {
    const sources: Record<string, SourceRange> = {};
    const add = (kind: PreviewKind, entries: ReadonlyMap<string, Located<unknown>>) => {
        for (const [name, { source }] of entries) {
            if (source.uri !== uri) continue;
            const { start, end } = source.range;
            const extent = extentOf?.(start.line, start.character);
            sources[sourceKey(kind, name)] = { line: start.line, character: start.character, endLine: end.line, endCharacter: end.character, ...(extent ? { extent } : {}) };
        }
    };
    add('candidate', lookup.candidates);
    add('phase', lookup.phases);
    add('milestone', lookup.milestones);
    add('kpi', lookup.kpis);
    add('stakeholder', lookup.stakeholders);
    add('gate', lookup.gates);
    return sources;
}

/** The range of the whole declaration whose name starts at (line, character) in `document`. */
export function declarationExtent(document: LangiumDocument): (line: number, character: number) => SourceRange['extent'] {
    const root = document.parseResult.value.$cstNode;
    return (line, character) => {
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt({ line, character }));
        const range = leaf?.astNode.$cstNode?.range;
        return range ? [range.start.line, range.start.character, range.end.line, range.end.character] : undefined;
    };
}
