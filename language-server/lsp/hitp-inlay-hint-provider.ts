/**
 * Inlay hints: the scheduled dates next to the lines that decide them.
 * After a candidate's `duration` line: `→ 2027-02-01 – 2027-04-12`;
 * after an `after` list (candidate or phase): `starts 2027-04-12`.
 * The setting `hitp.inlayHints.enabled` (default true) turns them off.
 */
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind, type CancellationToken, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import type { AnalysisLookup } from '../analysis/analysis-lookup.js';
import * as ast from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import type { HitpPlanService } from '../plan/plan-service.js';
import { formatDate } from '../report/format.js';
import { readEditorSettings } from '../settings/hitp-settings.js';

export class HitpInlayHintProvider extends AbstractInlayHintProvider {
    private readonly services: HitpServices;
    private readonly planService: HitpPlanService;

    constructor(services: HitpServices) {
        super();
        this.services = services;
        this.planService = services.plan.PlanService;
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        const settings = await readEditorSettings(this.services);
        if (!settings.inlayHints) return [];
        return super.getInlayHints(document, params, cancelToken);
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        const end = node.$cstNode?.range.end;
        if (!end) return;
        const label = this.labelFor(node);
        if (label) acceptor({ position: end, label, kind: InlayHintKind.Type, paddingLeft: true });
    }

    private labelFor(node: AstNode): string | undefined {
        if (ast.isDurationLine(node) && ast.isCandidate(node.$container)) {
            const candidate = this.lookupOf(node).candidates.get((node.$container as ast.Candidate).name)?.item;
            return candidate?.start ? `→ ${formatDate(candidate.start)} – ${formatDate(candidate.finish)}` : undefined;
        }
        if (ast.isAfterLine(node)) {
            const candidate = this.lookupOf(node).candidates.get(node.$container.name)?.item;
            return candidate?.start ? `starts ${formatDate(candidate.start)}` : undefined;
        }
        if (ast.isPhaseAfter(node)) {
            const phase = this.lookupOf(node).phases.get(node.$container.name)?.item;
            return phase?.start ? `starts ${formatDate(phase.start)}` : undefined;
        }
        return undefined;
    }

    /** The analysed elements by name (O(1) a hint: a large plan has thousands of lines). */
    private lookupOf(node: AstNode): AnalysisLookup {
        return this.planService.getPlanResult(AstUtils.getDocument(node)).lookup;
    }
}
