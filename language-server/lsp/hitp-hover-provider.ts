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
import type { HitpPlanService } from '../plan/plan-service.js';
import { elementKindOf } from '../kinds/element-kinds.js';
import type { HoverContext } from '../kinds/hover-content.js';
import { readFormatOptions } from '../settings/hitp-settings.js';
import { durationRangeAt, riskHoverContent, simulationState, type RiskHoverContext } from './hitp-risk-hover-content.js';

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
        // A three-point duration (spec §8) has no name either: its numbers and brackets show its range and mean.
        const range = leaf && durationRangeAt(leaf.astNode);
        if (range) {
            const content = await this.riskContent(range);
            return content ? { contents: { kind: 'markdown', value: content } } : undefined;
        }
        return undefined;
    }

    protected override async getAstNodeHoverContent(node: AstNode): Promise<string | undefined> {
        const documentation = await super.getAstNodeHoverContent(node);
        const analysisContent = [await this.analysisContent(node), await this.riskContent(node)]
            .filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n\n');
        const parts = [analysisContent, documentation].filter((part): part is string => typeof part === 'string' && part.length > 0);
        return parts.length > 0 ? parts.join('\n\n---\n\n') : undefined;
    }

    /** Spec §7 and §8: risks, three-point durations, and the simulation's lines under the plan, candidates and milestones. */
    private async riskContent(node: AstNode): Promise<string | undefined> {
        const document = AstUtils.getDocument(node);
        const result = this.planService.getPlanResult(document);
        const context: RiskHoverContext = {
            analysis: result.analysis, options: await readFormatOptions(this.services),
            simulation: simulationState(this.planService.currentSimulation(document), result.analysis, result.simulationBasis !== null),
        };
        return riskHoverContent(node, context, result.model);
    }

    /** The registry's hover of the node's kind, from the cached analysis (O(1) by name). */
    private async analysisContent(node: AstNode): Promise<string | undefined> {
        const hover = elementKindOf(node.$type)?.hover;
        if (!hover) return undefined;
        const { analysis, lookup } = this.planService.getPlanResult(AstUtils.getDocument(node));
        const context: HoverContext = { analysis, lookup, options: await readFormatOptions(this.services) };
        return hover('name' in node && typeof node.name === 'string' ? node.name : '', context);
    }
}
