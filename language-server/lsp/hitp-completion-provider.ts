/**
 * Completion: Langium's keywords and in-scope names, plus
 * - the five default criterion names after `scores` when the plan has no criteria block
 *   (they have no declaration for the scope to offer);
 * - after `after`, every candidate (or phase) but the one being edited;
 * - role and level values as enumeration members;
 * - snippets for a new candidate, phase, KPI and stakeholder with every required line,
 *   offered where the keyword that starts them may stand (at top level), to clients with
 *   snippet support only (a client without it would insert the placeholders and newlines as text);
 *   the snippets are the element-kind registry's.
 */
import { AstUtils, GrammarAST, type AstNodeDescription, type MaybePromise, type Reference, type ReferenceInfo, type Stream } from 'langium';
import { type NodeKindProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import { WEEKDAYS } from '../model/build-calendar-model.js';
import { DEFAULT_CRITERIA } from '../model/default-criteria.js';
import type { HitpPlanService, PlanResult } from '../plan/plan-service.js';
import { elementKindOf } from '../kinds/element-kinds.js';
import { BlockCompletionProvider } from './block-completion-provider.js';
import type { HitpClientFeatures } from './hitp-client-features.js';

const ENUM_RULES = new Set(['Role', 'Level', 'ReviewInterval', 'Perspective']);

export class HitpCompletionProvider extends BlockCompletionProvider {
    private readonly planService: HitpPlanService;
    private readonly kinds: NodeKindProvider;
    private readonly client: HitpClientFeatures;

    constructor(services: HitpServices) {
        super(services);
        this.planService = services.plan.PlanService;
        this.kinds = services.shared.lsp.NodeKindProvider;
        this.client = services.client.Features;
    }

    /** Weekday names after `workdays`, `,` and `-` (they are identifiers, not keywords: spec §11). */
    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        if (rule?.name === ast.WorkdaySpan.$type && (next.property === 'from' || next.property === 'to')) {
            for (const [day, index] of Object.entries(WEEKDAYS)) {
                acceptor(context, { label: day, kind: CompletionItemKind.EnumMember, detail: 'weekday', sortText: `0${index}` });
            }
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): MaybePromise<void> {
        const target = next.feature.type.ref?.name;
        if (!this.completesAReference(context, next)) return;
        if (target === 'Criterion' && this.planOf(context).model.usesDefaultCriteria) {
            for (const criterion of DEFAULT_CRITERIA) {
                acceptor(context, { label: criterion.name, kind: CompletionItemKind.Property, detail: criterion.title, sortText: '0' });
            }
            return;
        }
        return super.completionForCrossReference(context, next, acceptor);
    }

    /**
     * Whether the node at the cursor can hold the reference: right after `effort 2 FTE`, at the start
     * of the next line, Langium would look for the optional team on the next line's node and log an error.
     */
    private completesAReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>): boolean {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        if (!assignment || !context.node || next.type) return true;
        try {
            this.astReflection.getReferenceType({ reference: { $refText: '' } as Reference, container: context.node, property: assignment.feature });
            return true;
        } catch {
            return false;
        }
    }

    /** A candidate or phase is not offered after its own `after`: that would be a cycle. */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        if (refInfo.property !== 'candidates' && refInfo.property !== 'phases') return candidates;
        const line = AstUtils.getContainerOfType(refInfo.container, node => ast.isAfterLine(node) || ast.isPhaseAfter(node));
        const self = line?.$container && 'name' in line.$container ? line.$container.name : undefined;
        return self === undefined ? candidates : candidates.filter(description => description.name !== self);
    }

    protected override createReferenceCompletionItem(nodeDescription: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        return { ...super.createReferenceCompletionItem(nodeDescription, refInfo, context), kind: this.kinds.getCompletionItemKind(nodeDescription) };
    }

    protected override getKeywordCompletionItemKind(keyword: GrammarAST.Keyword): CompletionItemKind {
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        return rule && ENUM_RULES.has(rule.name) ? CompletionItemKind.EnumMember : CompletionItemKind.Keyword;
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        super.completionForKeyword(context, keyword, acceptor);
        if (!this.client.current.snippets) return;
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        const snippet = rule && keyword.value === rule.name.toLowerCase() ? this.snippetFor(rule.name, context) : undefined;
        if (snippet) {
            acceptor(context, {
                label: keyword.value,
                kind: CompletionItemKind.Snippet,
                insertTextFormat: InsertTextFormat.Snippet,
                insertText: snippet,
                detail: `New ${keyword.value} with every required line`,
                sortText: '2',
            });
        }
    }

    private planOf(context: CompletionContext): PlanResult {
        return this.planService.getPlanResult(context.document);
    }

    /** The registry's snippet for a kind whose keyword starts this rule (top-level declarations). */
    private snippetFor(ruleName: string, context: CompletionContext): string | undefined {
        return elementKindOf(ruleName)?.snippet?.(this.planOf(context).model);
    }
}
