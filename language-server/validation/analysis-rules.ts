/**
 * Findings of the analysis (over-budget, milestone-late, multiple-irr, …) → diagnostics
 * of the file they point into. The analysis is computed once per workspace state by
 * `HitpPlanService`; this rule only reports.
 */
import { AstUtils, type ValidationAcceptor } from 'langium';
import type { HitpFile } from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';

export function reportAnalysisFindings(services: HitpServices, file: HitpFile, accept: ValidationAcceptor): void {
    const document = AstUtils.getDocument(file);
    const uri = document.uri.toString();
    const result = services.plan.PlanService.getPlanResult(document);
    for (const finding of result.findings) {
        if (finding.source.uri !== uri) continue;
        accept(finding.severity, finding.message, { node: file, range: finding.source.range, code: finding.code });
    }
}
