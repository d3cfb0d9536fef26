/** Findings as the user reads them: the data the analysis returns, worded by `finding-messages.ts` (en-US). */
import type { Finding } from '../../language-server/analysis/plan-analysis.js';
import { findingMessage } from '../../language-server/validation/finding-messages.js';

export function worded(finding: Finding): { severity: Finding['severity']; code: string; message: string; source: Finding['source'] } {
    return { severity: finding.severity, code: finding.code, message: findingMessage(finding), source: finding.source };
}
