/**
 * Findings of the analysis (over-budget, milestone-late, multiple-irr, …) and of the simulation
 * (milestone-at-risk) → diagnostics of the file they point into, worded by `finding-messages.ts`
 * in the user's number format. The analysis is computed once per workspace state by
 * `HitpPlanService`; this rule only reports.
 */
import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Finding } from '../analysis/plan-analysis.js';
import type { HitpFile } from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import { readFormatOptions } from '../settings/hitp-settings.js';
import { findingMessage } from './finding-messages.js';

export async function reportAnalysisFindings(services: HitpServices, file: HitpFile, accept: ValidationAcceptor): Promise<void> {
    const document = AstUtils.getDocument(file);
    const result = services.plan.PlanService.getPlanResult(document);
    await reportFindings(services, result.findings, document.uri.toString(), file, accept);
}

/**
 * The simulation's findings (spec §8, `milestone-at-risk`), for the CLI and tests: they run the
 * simulation as part of validation. The language server never does (the simulation would delay
 * every edit's diagnostics); it publishes them when the simulation is done.
 */
export async function reportSimulationFindings(services: HitpServices, file: HitpFile, accept: ValidationAcceptor): Promise<void> {
    if (services.shared.lsp.Connection !== undefined) return;
    const document = AstUtils.getDocument(file);
    await reportFindings(services, services.plan.PlanService.getSimulation(document).findings, document.uri.toString(), file, accept);
}

async function reportFindings(services: HitpServices, findings: readonly Finding[], uri: string, file: HitpFile, accept: ValidationAcceptor): Promise<void> {
    const options = await readFormatOptions(services);
    for (const finding of findings) {
        if (finding.source.uri !== uri) continue;
        accept(finding.severity, findingMessage(finding, options), { node: file, range: finding.source.range, code: finding.code });
    }
}
