/**
 * Inlay hints: the scheduled dates next to the lines that decide them.
 * After a candidate's `duration` line: `→ 2027-02-01 – 2027-04-12`;
 * after an `after` list (candidate or phase): `starts 2027-04-12`.
 * The setting `hitp.inlayHints.enabled` (default true) turns them off.
 *
 * Only the lines of top-level candidates and phases can carry a hint, so the walk visits those
 * (issue 21): Langium's default streams every AST node of the file and awaits a cancellation
 * check per node, which made a 10,000-candidate plan's hints grow faster than the plan.
 * The range filter is Langium's (`CstUtils.inRange` on the block, then on the line).
 */
import { CstUtils, interruptAndCheck, type AstNode, type LangiumDocument } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { CancellationToken, InlayHintKind, type InlayHint, type InlayHintParams, type Range } from 'vscode-languageserver';
import type { AnalysisLookup } from '../analysis/analysis-lookup.js';
import * as ast from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import type { HitpPlanService } from '../plan/plan-service.js';
import { formatDate } from '../report/format.js';
import { readEditorSettings } from '../settings/hitp-settings.js';

export class HitpInlayHintProvider implements InlayHintProvider {
    private readonly services: HitpServices;
    private readonly planService: HitpPlanService;

    constructor(services: HitpServices) {
        this.services = services;
        this.planService = services.plan.PlanService;
    }

    async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken = CancellationToken.None): Promise<InlayHint[] | undefined> {
        const settings = await readEditorSettings(this.services);
        if (!settings.inlayHints) return [];
        const root = document.parseResult.value as ast.HitpFile;
        if (!inRange(root, params.range)) return [];
        const lookup = this.planService.getPlanResult(document).lookup;
        const hints: InlayHint[] = [];
        let visited = 0;
        for (const element of root.elements) {
            if ((++visited & 255) === 0) await interruptAndCheck(cancelToken);
            if (!(ast.isCandidate(element) || ast.isPhase(element))) continue;
            const where = placement(element, params.range);
            if (where === 'outside') continue;
            for (const line of element.lines) {
                if (!isHintLine(line) || (where === 'partly' && !inRange(line, params.range))) continue;
                const end = line.$cstNode?.range.end;
                const label = end && hintLabel(line, lookup);
                if (label) hints.push({ position: end, label, kind: InlayHintKind.Type, paddingLeft: true });
            }
        }
        return hints;
    }
}

/** Whether a block is outside the range, inside it (so are its lines), or partly inside. */
function placement(node: AstNode, range: Range): 'outside' | 'inside' | 'partly' {
    const nodeRange = node.$cstNode?.range;
    if (nodeRange === undefined || !CstUtils.inRange(nodeRange, range)) return 'outside';
    return CstUtils.compareRange(nodeRange, range) === CstUtils.RangeComparison.Inside ? 'inside' : 'partly';
}

export function isHintLine(line: AstNode): line is ast.DurationLine | ast.AfterLine | ast.PhaseAfter {
    return ast.isDurationLine(line) || ast.isAfterLine(line) || ast.isPhaseAfter(line);
}

function inRange(node: AstNode, range: Range): boolean {
    const nodeRange = node.$cstNode?.range;
    return nodeRange !== undefined && CstUtils.inRange(nodeRange, range);
}

/** The hint after a candidate's `duration` line or an `after` line, from the analysis (undefined: none). */
export function hintLabel(line: ast.DurationLine | ast.AfterLine | ast.PhaseAfter, lookup: AnalysisLookup): string | undefined {
    if (ast.isDurationLine(line) && ast.isCandidate(line.$container)) {
        const candidate = lookup.candidates.get(line.$container.name)?.item;
        return candidate?.start ? `→ ${formatDate(candidate.start)} – ${formatDate(candidate.finish)}` : undefined;
    }
    if (ast.isAfterLine(line)) {
        const candidate = lookup.candidates.get(line.$container.name)?.item;
        return candidate?.start ? `starts ${formatDate(candidate.start)}` : undefined;
    }
    if (ast.isPhaseAfter(line)) {
        const phase = lookup.phases.get(line.$container.name)?.item;
        return phase?.start ? `starts ${formatDate(phase.start)}` : undefined;
    }
    return undefined;
}
