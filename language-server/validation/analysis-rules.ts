/**
 * Findings of the analysis (over-budget, milestone-late, multiple-irr, …) → diagnostics
 * of the file they point into. The analysis is computed once per workspace state by
 * `HitpPlanService`; this rule only reports.
 */
import { AstUtils, type ValidationAcceptor } from 'langium';
import type { HitpFile } from '../generated/ast.js';
import type { Finding } from '../analysis/plan-analysis.js';
import type { HitpServices } from '../hitp-module.js';

export function reportAnalysisFindings(services: HitpServices, file: HitpFile, accept: ValidationAcceptor): void {
    const document = AstUtils.getDocument(file);
    const result = services.plan.PlanService.getPlanResult(document);
    reportFindings(result.findings, document.uri.toString(), file, accept);
}

/**
 * The simulation's findings (spec §8, `milestone-at-risk`), for the CLI and tests: they run the
 * simulation as part of validation. The language server never does (the simulation would delay
 * every edit's diagnostics); `lsp/hitp-simulation-runner.ts` publishes them when it is done.
 */
export function reportSimulationFindings(services: HitpServices, file: HitpFile, accept: ValidationAcceptor): void {
    if (services.shared.lsp.Connection !== undefined) return;
    const document = AstUtils.getDocument(file);
    reportFindings(services.plan.PlanService.getSimulation(document).findings, document.uri.toString(), file, accept);
}

function reportFindings(findings: readonly Finding[], uri: string, file: HitpFile, accept: ValidationAcceptor): void {
    for (const finding of findings) {
        if (finding.source.uri !== uri) continue;
        accept(finding.severity, finding.message, { node: file, range: finding.source.range, code: finding.code });
    }
}
