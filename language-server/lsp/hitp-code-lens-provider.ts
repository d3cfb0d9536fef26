/**
 * Code lenses: a one-line summary above each candidate, phase and the plan, read from the
 * cached plan analysis, and, for a client that can run it (the VS Code extension), a lens on the
 * plan that opens the roadmap preview.
 * Summary lenses are information, not actions: their command is empty for clients that show such a
 * lens as a label, and the server's no-op `hitp.info` for the others (`hitp-client-features.ts`).
 */
import type { AstNode, LangiumDocument, NameProvider } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Range } from 'vscode-languageserver';
import type { CandidateAnalysis, PhaseAnalysis, PlanAnalysis } from '../analysis/plan-analysis.js';
import * as ast from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import type { HitpPlanService } from '../model/plan-service.js';
import type { HitpClientFeatures } from './hitp-client-features.js';
import { formatDate, formatMoney, formatNumber, formatPercent, formatSlip, formatYears, type FormatOptions } from '../report/format.js';
import { readFormatOptions } from './hitp-lsp-settings.js';
import { kpiLensTitle, trackingLensSuffix } from './tracking-hover-content.js';

/** The command the extension registers to open the roadmap preview of a document URI. */
export const SHOW_PREVIEW_COMMAND = 'hitp.showPreview';

export class HitpCodeLensProvider implements CodeLensProvider {
    private readonly services: HitpServices;
    private readonly planService: HitpPlanService;
    private readonly nameProvider: NameProvider;
    private readonly client: HitpClientFeatures;

    constructor(services: HitpServices) {
        this.services = services;
        this.client = services.client.Features;
        this.planService = services.plan.PlanService;
        this.nameProvider = services.references.NameProvider;
    }

    async provideCodeLens(document: LangiumDocument, _params: CodeLensParams): Promise<CodeLens[]> {
        const root = document.parseResult.value as ast.HitpFile;
        const { analysis } = this.planService.getPlanResult(document);
        const options = await readFormatOptions(this.services);
        const lenses: CodeLens[] = [];
        const info = (range: Range, title: string): CodeLens => ({ range, command: { title, command: this.client.infoCommand } });
        for (const element of root.elements) {
            const range = this.lensRange(element);
            if (!range) continue;
            if (ast.isPlan(element) && analysis.plan?.name === element.name) {
                lenses.push(info(range, planLensTitle(analysis, options)));
                if (this.client.canRun(SHOW_PREVIEW_COMMAND)) {
                    lenses.push({ range, command: { title: 'Open roadmap preview', command: SHOW_PREVIEW_COMMAND, arguments: [document.uri.toString()] } });
                }
            } else if (ast.isCandidate(element)) {
                const candidate = analysis.candidates.find(item => item.name === element.name);
                if (candidate) lenses.push(info(range, candidateLensTitle(candidate, analysis, options)));
            } else if (ast.isPhase(element)) {
                const phase = analysis.phases.find(item => item.name === element.name);
                if (phase) lenses.push(info(range, phaseLensTitle(phase) + trackingLensSuffix(phase, analysis.plan, options)));
            } else if (ast.isKpi(element)) {
                const kpi = analysis.kpis.find(item => item.name === element.name);
                if (kpi && (kpi.measurements.length > 0 || kpi.review !== null)) lenses.push(info(range, kpiLensTitle(kpi, options)));
            }
        }
        return lenses;
    }

    /** The lens sits on the declaration's name (its line is where the editor draws it). */
    private lensRange(node: AstNode): Range | undefined {
        return this.nameProvider.getNameNode(node)?.range ?? node.$cstNode?.range;
    }
}

/** `#1 · PI 3.95 · NPV $851,790 · IRR 38.2% · payback 2.2 y · critical`, or `… · deferred (over budget)`. */
export function candidateLensTitle(candidate: CandidateAnalysis, analysis: PlanAnalysis, options: FormatOptions): string {
    const currency = analysis.plan?.currency ?? 'USD';
    const parts = [
        `#${candidate.rank}`,
        `PI ${formatNumber(candidate.priorityIndex, 2, options)}`,
        `NPV ${formatMoney(candidate.npv, currency, options)}`,
        `IRR ${formatPercent(candidate.irr, 1, options)}`,
        `payback ${formatYears(candidate.paybackYears, options)}`,
    ];
    if (!candidate.funded) parts.push('deferred (over budget)');
    else if (candidate.critical) parts.push('critical');
    return parts.join(' · ') + trackingLensSuffix(candidate, analysis.plan, options);
}

/** `2027-02-01 → 2027-07-12 · critical`. */
export function phaseLensTitle(phase: PhaseAnalysis): string {
    const dates = `${formatDate(phase.start)} → ${formatDate(phase.finish)}`;
    return phase.critical ? `${dates} · critical` : dates;
}

/** `Portfolio NPV $643,193 · finish 2027-07-12`. */
export function planLensTitle(analysis: PlanAnalysis, options: FormatOptions): string {
    const currency = analysis.plan?.currency ?? 'USD';
    const plan = analysis.plan;
    const slip = plan && (plan.status !== null || (plan.slipDays ?? 0) !== 0) ? ` (${formatSlip(plan.slipDays, options)})` : '';
    return `Portfolio NPV ${formatMoney(analysis.portfolio.npv, currency, options)} · finish ${formatDate(plan?.finish)}${slip}`;
}
