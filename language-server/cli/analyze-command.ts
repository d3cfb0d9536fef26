/**
 * `hitp analyze FILE [--json]` (spec §4). With `--json`: one JSON object, the pinned shape,
 * also when the plan has errors (they are in `diagnostics`). Without: a short summary for people.
 * Exit 1 when the file has errors, 0 otherwise.
 */
import type { LangiumDocument } from 'langium';
import type { PlanAnalysis } from '../analysis/plan-analysis.js';
import type { HitpServices } from '../hitp-module.js';
import type { PlanResult } from '../plan/plan-service.js';
import { CliError } from './cli-error.js';
import { jsonText } from './json-output.js';
import { codeOf, loadDocuments, severityName, sortedDiagnostics } from './load-documents.js';
import { renderSummary } from './summary.js';

export interface JsonDiagnostic {
    severity: 'error' | 'warning' | 'info';
    code: string;
    message: string;
    line: number;
    column: number;
}

/**
 * The object `hitp analyze --json` prints: `plan`, then `diagnostics`, then the analysis; with
 * `scenario`, the analysis of that scenario (spec §10, `plan.scenario` set). A scenario the plan
 * does not declare is a usage problem (`CliError`).
 */
export function analysisJson(services: HitpServices, document: LangiumDocument, scenario?: string): {
    json: Record<string, unknown>; analysis: PlanAnalysis; diagnostics: JsonDiagnostic[]; errors: number;
} {
    const { analysis } = scenario === undefined
        ? services.plan.PlanService.getPlanResult(document)
        : scenarioResult(services, document, scenario);
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

/** The analysis of the scenario named `scenario`, or a one-line usage error naming the plan's scenarios. */
export function scenarioResult(services: HitpServices, document: LangiumDocument, scenario: string): PlanResult {
    const result = services.plan.PlanService.getScenarioResult(document, scenario);
    if (result) return result;
    const names = services.plan.PlanService.getPlanResult(document).model.scenarios.map(s => s.name);
    const known = names.length === 0 ? 'the plan declares no scenario' : `the plan's scenarios: ${names.join(', ')}`;
    throw new CliError(`unknown scenario '${scenario}' (${known})`);
}

export async function analyzeCommand(file: string, options: { json?: boolean; scenario?: string; toTerminal?: boolean }, write: (text: string) => void): Promise<number> {
    const { services, documents } = await loadDocuments([file]);
    const document = documents[0].document;
    const { json, analysis, diagnostics, errors } = analysisJson(services, document, options.scenario);
    write(options.json ? jsonText(json, options.toTerminal === true) : renderSummary(analysis, diagnostics));
    return errors > 0 ? 1 : 0;
}
