/**
 * Hovers: the numbers of the cached plan analysis for the element under the cursor.
 * Langium resolves a reference to its declaration before `getAstNodeHoverContent`,
 * so hovering `after CoreNetwork` shows the same as hovering `candidate CoreNetwork`.
 * A doc comment above a declaration is shown first (MultilineCommentHoverProvider).
 */
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import type { HitpPlanService } from '../model/plan-service.js';
import {
    cadenceHover, candidateHover, criterionHover, inframHover, kpiHover, milestoneHover, phaseHover, planHover,
    stakeholderHover, type HoverContext
} from './hitp-hover-content.js';
import { freezeHover, teamHover } from './hitp-calendar-hover.js';
import { readFormatOptions } from './hitp-lsp-settings.js';

export class HitpHoverProvider extends MultilineCommentHoverProvider {
    private readonly services: HitpServices;
    private readonly planService: HitpPlanService;

    constructor(services: HitpServices) {
        super(services);
        this.services = services;
        this.planService = services.plan.PlanService;
    }

    /** `infram` has no name to resolve, so its keyword is handled here. */
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const hover = await super.getHoverContent(document, params);
        if (hover) return hover;
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        if (leaf && leaf.text === 'infram' && ast.isInframBlock(leaf.astNode)) {
            const content = await this.getAstNodeHoverContent(leaf.astNode);
            return content ? { contents: { kind: 'markdown', value: content } } : undefined;
        }
        return undefined;
    }

    protected override async getAstNodeHoverContent(node: AstNode): Promise<string | undefined> {
        const documentation = await super.getAstNodeHoverContent(node);
        const analysisContent = await this.analysisContent(node);
        const parts = [analysisContent, documentation].filter((part): part is string => typeof part === 'string' && part.length > 0);
        return parts.length > 0 ? parts.join('\n\n---\n\n') : undefined;
    }

    private async analysisContent(node: AstNode): Promise<string | undefined> {
        const document = AstUtils.getDocument(node);
        const { analysis } = this.planService.getPlanResult(document);
        const context: HoverContext = { analysis, options: await readFormatOptions(this.services) };
        return this.contentFor(node, context);
    }

    private contentFor(node: AstNode, context: HoverContext): string | undefined {
        const { analysis } = context;
        if (ast.isCandidate(node)) {
            const candidate = analysis.candidates.find(item => item.name === node.name);
            return candidate && candidateHover(candidate, context);
        }
        if (ast.isCriterion(node)) {
            const criterion = analysis.criteria.find(item => item.name === node.name);
            return criterion && criterionHover(criterion, context);
        }
        if (ast.isKpi(node)) {
            const kpi = analysis.kpis.find(item => item.name === node.name);
            return kpi && kpiHover(kpi, context);
        }
        if (ast.isPhase(node)) {
            const phase = analysis.phases.find(item => item.name === node.name);
            return phase && phaseHover(phase, context);
        }
        if (ast.isMilestone(node)) {
            const milestone = analysis.milestones.find(item => item.name === node.name);
            return milestone && milestoneHover(milestone, context);
        }
        if (ast.isCadence(node)) {
            const cadence = analysis.cadences.find(item => item.name === node.name);
            return cadence && cadenceHover(cadence, context);
        }
        if (ast.isStakeholder(node)) {
            const stakeholder = analysis.stakeholders.find(item => item.name === node.name);
            return stakeholder && stakeholderHover(stakeholder);
        }
        if (ast.isTeam(node)) {
            const team = analysis.teams.find(item => item.name === node.name);
            return team && teamHover(team, analysis, context.options);
        }
        if (ast.isFreeze(node)) {
            const freeze = analysis.freezes?.find(item => item.name === node.name);
            return freeze && freezeHover(freeze, context.options);
        }
        if (ast.isInframBlock(node)) {
            return analysis.infram ? inframHover(analysis.infram, context) : undefined;
        }
        if (ast.isPlan(node)) {
            return analysis.plan?.name === node.name ? planHover(context) : undefined;
        }
        return undefined;
    }
}

