/**
 * Findings of the analysis (over-budget, milestone-late, multiple-irr, …) → diagnostics
 * of the file they point into, worded by `finding-messages.ts` in the user's number format.
 * The analysis is computed once per workspace state by `HitpPlanService`; this rule only reports.
 */
import { AstUtils, type ValidationAcceptor } from 'langium';
import type { HitpFile } from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import { readFormatOptions } from '../settings/hitp-settings.js';
import { findingMessage } from './finding-messages.js';

export async function reportAnalysisFindings(services: HitpServices, file: HitpFile, accept: ValidationAcceptor): Promise<void> {
    const document = AstUtils.getDocument(file);
    const uri = document.uri.toString();
    const result = services.plan.PlanService.getPlanResult(document);
    const options = await readFormatOptions(services);
    for (const finding of result.findings) {
        if (finding.source.uri !== uri) continue;
        accept(finding.severity, findingMessage(finding, options), { node: file, range: finding.source.range, code: finding.code });
    }
}
