/**
 * Completion: Langium's keywords and in-scope names, plus
 * - the five default criterion names after `scores` when the plan has no criteria block
 *   (they have no declaration for the scope to offer);
 * - after `after`, every candidate (or phase) but the one being edited;
 * - role and level values as enumeration members;
 * - snippets for a new candidate, phase, KPI and stakeholder with every required line,
 *   offered where the keyword that starts them may stand (at top level), to clients with
 *   snippet support only (a client without it would insert the placeholders and newlines as text).
 */
import { AstUtils, GrammarAST, type AstNodeDescription, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import { DEFAULT_CRITERIA } from '../model/default-criteria.js';
import type { HitpPlanService, PlanResult } from '../model/plan-service.js';
import type { HitpClientFeatures } from './hitp-client-features.js';
import { HitpNodeKindProvider } from './hitp-node-kind-provider.js';

const ROLES = ['sponsor', 'clinical', 'architecture', 'finance', 'pmo', 'change', 'operations', 'vendor', 'users'];
const LEVELS = ['low', 'medium', 'high'];
const COMPARATORS = ['<=', '<', '>=', '>', '='];
const ENUM_RULES = new Set(['Role', 'Level', 'ReviewInterval', 'Perspective']);

export class HitpCompletionProvider extends DefaultCompletionProvider {
    private readonly planService: HitpPlanService;
    private readonly kinds = new HitpNodeKindProvider();
    private readonly client: HitpClientFeatures;

    constructor(services: HitpServices) {
        super(services);
        this.planService = services.plan.PlanService;
        this.client = services.client.Features;
    }

    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): MaybePromise<void> {
        const target = next.feature.type.ref?.name;
        if (target === 'Criterion' && this.planOf(context).model.usesDefaultCriteria) {
            for (const criterion of DEFAULT_CRITERIA) {
                acceptor(context, { label: criterion.name, kind: CompletionItemKind.Property, detail: criterion.title, sortText: '0' });
            }
            return;
        }
        return super.completionForCrossReference(context, next, acceptor);
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

    /** The snippet text for a top-level declaration, or undefined for other rules. */
    private snippetFor(ruleName: string, context: CompletionContext): string | undefined {
        switch (ruleName) {
            case 'Candidate': return this.candidateSnippet(context);
            case 'Phase': return block('phase', ['includes ${3:Candidate}']);
            case 'Kpi': return block('kpi', ['unit "${3:unit}"', 'baseline ${4:0}', `target ${choice(5, COMPARATORS)} \${6:0}`]);
            case 'Stakeholder': return block('stakeholder', [`role ${choice(3, ROLES)}`, `influence ${choice(4, LEVELS)}`, `interest ${choice(5, LEVELS)}`]);
            default: return undefined;
        }
    }

    /** Owner, objective, a score for every criterion at the scale midpoint, duration and flows. */
    private candidateSnippet(context: CompletionContext): string {
        const { model } = this.planOf(context);
        const midpoint = (model.scale.min + model.scale.max) / 2;
        let tab = 3;
        const owner = model.stakeholders.length > 0 ? choice(tab++, model.stakeholders.map(s => s.name)) : `\${${tab++}:Owner}`;
        const objective = model.objectives.length > 0 ? choice(tab++, model.objectives.map(o => o.name)) : `\${${tab++}:Objective}`;
        const scores = model.criteria.map(criterion => `${criterion.name} \${${tab++}:${midpoint}}`).join(', ');
        return block('candidate', [
            `owner ${owner}`,
            `supports ${objective}`,
            `scores ${scores}`,
            `duration \${${tab++}:8} weeks`,
            `cost \${${tab++}:100k} once`,
            `benefit \${${tab}:50k} yearly`,
        ]);
    }
}

function block(keyword: string, lines: string[]): string {
    return [`${keyword} \${1:Name} "\${2:Title}" {`, ...lines.map(line => `    ${line}`), '}$0'].join('\n');
}

function choice(tab: number, values: readonly string[]): string {
    return `\${${tab}|${values.join(',')}|}`;
}
