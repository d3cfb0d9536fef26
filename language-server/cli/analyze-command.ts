/**
 * `hitp analyze FILE [--json]` (spec §4). With `--json`: one JSON object, the pinned shape,
 * also when the plan has errors (they are in `diagnostics`). Without: a short summary for people.
 * Exit 1 when the file has errors, 0 otherwise.
 */
import type { LangiumDocument } from 'langium';
import type { PlanAnalysis } from '../analysis/plan-analysis.js';
import type { HitpServices } from '../hitp-module.js';
import { codeOf, loadDocuments, severityName, sortedDiagnostics } from './load-documents.js';
import { renderSummary } from './summary.js';

export interface JsonDiagnostic {
    severity: 'error' | 'warning' | 'info';
    code: string;
    message: string;
    line: number;
    column: number;
}

/** The object `hitp analyze --json` prints: `plan`, then `diagnostics`, then the analysis. */
export function analysisJson(services: HitpServices, document: LangiumDocument): {
    json: Record<string, unknown>; analysis: PlanAnalysis; diagnostics: JsonDiagnostic[]; errors: number;
} {
    const { analysis } = services.plan.PlanService.getPlanResult(document);
    const diagnostics: JsonDiagnostic[] = sortedDiagnostics(document).map(d => ({
        severity: severityName(d),
        code: codeOf(d),
        message: d.message,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
    }));
    // The simulation (spec §8) runs here, not in the language server's analysis: see plan-service.ts.
    const { plan, ...rest } = { ...analysis, simulation: services.plan.PlanService.getSimulation(document).simulation };
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    return { json: { plan, diagnostics, ...rest }, analysis, diagnostics, errors };
}

export async function analyzeCommand(file: string, options: { json?: boolean }, write: (text: string) => void): Promise<number> {
    const { services, documents } = await loadDocuments([file]);
    const document = documents[0].document;
    const { json, analysis, diagnostics, errors } = analysisJson(services, document);
    write(options.json ? JSON.stringify(json, null, 2) : renderSummary(analysis, diagnostics));
    return errors > 0 ? 1 : 0;
}
