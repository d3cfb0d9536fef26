/**
 * Quick fixes, matched on the diagnostic's code (`DiagnosticCode`, or Langium's `linking-error`):
 * - `missing-score`: add the missing `Crit N` entries at the scale midpoint;
 * - `weights-not-100`: scale the weights proportionally to 100%;
 * - `dependency-cycle`: remove the reference the diagnostic is on from its `after` list;
 * - `benefit-before-go-live`: anchor the benefit's timing to the go-live (`at go-live` / `from go-live`);
 * - an unresolved reference: replace it with the near name "did you mean" offers (spec §6), then
 *   (for a stakeholder, KPI, objective, candidate or phase) append a skeleton declaration.
 */
import { AstUtils, CstUtils, DocumentValidator, type AstNode, type AstReflection, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import type { HitpPlanService } from '../plan/plan-service.js';
import { codeOfDiagnostic, DiagnosticCode } from '../protocol/diagnostic-codes.js';
import {
    addMissingScores, anchorAtGoLive, appendDeclaration, removeReference, scaleWeightEdits, skeletonDeclaration
} from './hitp-code-action-edits.js';

export class HitpCodeActionProvider implements CodeActionProvider {
    private readonly planService: HitpPlanService;
    private readonly reflection: AstReflection;

    constructor(services: HitpServices) {
        this.planService = services.plan.PlanService;
        this.reflection = services.shared.AstReflection;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            if (codeOfDiagnostic(diagnostic) === DocumentValidator.LinkingError) {
                // Spec §6: "did you mean" comes first, ahead of declaring the missing name.
                const suggested = this.replaceWithSuggestion(document, diagnostic);
                const declare = this.declareMissing(document, diagnostic, suggested === undefined);
                actions.push(...[suggested, declare].filter((action): action is CodeAction => action !== undefined));
                continue;
            }
            const action = this.actionFor(document, diagnostic);
            if (action) actions.push(action);
        }
        return actions;
    }

    private replaceWithSuggestion(document: LangiumDocument, diagnostic: Diagnostic): CodeAction | undefined {
        const suggestion = (diagnostic.data as { suggestion?: unknown } | undefined)?.suggestion;
        if (typeof suggestion !== 'string') return undefined;
        return quickFix(`Change to '${suggestion}'`, document, diagnostic, [{ range: diagnostic.range, newText: suggestion }]);
    }

    private actionFor(document: LangiumDocument, diagnostic: Diagnostic): CodeAction | undefined {
        switch (codeOfDiagnostic(diagnostic)) {
            case DiagnosticCode.MissingScore: return this.missingScore(document, diagnostic);
            case DiagnosticCode.WeightsNot100: return this.weightsNot100(document, diagnostic);
            case DiagnosticCode.DependencyCycle: return this.dependencyCycle(document, diagnostic);
            case DiagnosticCode.BenefitBeforeGoLive: return this.benefitBeforeGoLive(document, diagnostic);
            default: return undefined;
        }
    }

    private missingScore(document: LangiumDocument, diagnostic: Diagnostic): CodeAction | undefined {
        const candidate = AstUtils.getContainerOfType(nodeAt(document, diagnostic), ast.isCandidate);
        if (!candidate) return undefined;
        const edits = addMissingScores(document, candidate, this.planService.getPlanResult(document).model);
        return quickFix(`Add the missing scores to ${candidate.name}`, document, diagnostic, edits);
    }

    private weightsNot100(document: LangiumDocument, diagnostic: Diagnostic): CodeAction | undefined {
        const block = AstUtils.getContainerOfType(nodeAt(document, diagnostic), ast.isCriteriaBlock)
            ?? (document.parseResult.value as ast.HitpFile).elements.find(ast.isCriteriaBlock);
        return block && quickFix('Scale the weights to 100%', document, diagnostic, scaleWeightEdits(block));
    }

    private dependencyCycle(document: LangiumDocument, diagnostic: Diagnostic): CodeAction | undefined {
        const node = nodeAt(document, diagnostic);
        if (!ast.isAfterLine(node) && !ast.isPhaseAfter(node)) return undefined;
        const references = ast.isAfterLine(node) ? node.candidates : node.phases;
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const index = references.findIndex(ref => ref.$refNode && ref.$refNode.offset <= offset && offset < ref.$refNode.end);
        if (index < 0) return undefined;
        const title = `Remove '${references[index]!.$refText}' from the 'after' list of ${node.$container.name}`;
        // Any reference of the loop breaks it: none of these actions is preferred over the others.
        return quickFix(title, document, diagnostic, removeReference(document, node, index), false);
    }

    private benefitBeforeGoLive(document: LangiumDocument, diagnostic: Diagnostic): CodeAction | undefined {
        const node = nodeAt(document, diagnostic);
        const timing = AstUtils.getContainerOfType(node, (n): n is ast.OnceTiming | ast.YearlyTiming => ast.isOnceTiming(n) || ast.isYearlyTiming(n));
        if (!timing) return undefined;
        const title = ast.isOnceTiming(timing) ? `Take this benefit in the go-live year ('once at go-live')` : `Start this benefit the year after go-live ('from go-live')`;
        return quickFix(title, document, diagnostic, anchorAtGoLive(timing));
    }

    private declareMissing(document: LangiumDocument, diagnostic: Diagnostic, preferred: boolean): CodeAction | undefined {
        const data = diagnostic.data as { property?: string; refText?: string } | undefined;
        const container = nodeAt(document, diagnostic);
        if (!container || !data?.property || !data.refText) return undefined;
        const type = this.reflection.getReferenceType({
            container, property: data.property, reference: { $refText: data.refText, ref: undefined },
        });
        const declaration = skeletonDeclaration(type, data.refText, this.planService.getPlanResult(document).model);
        if (!declaration) return undefined;
        const keyword = declaration.slice(0, declaration.indexOf(' '));
        return quickFix(`Declare ${keyword} '${data.refText}'`, document, diagnostic, [appendDeclaration(document, declaration)], preferred);
    }
}


/** The AST node that holds the token where the diagnostic starts. */
function nodeAt(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
    return leaf?.astNode;
}

function quickFix(title: string, document: LangiumDocument, diagnostic: Diagnostic, edits: TextEdit[], preferred = true): CodeAction | undefined {
    if (edits.length === 0) return undefined;
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: preferred,
        edit: { changes: { [document.textDocument.uri]: edits } },
    };
}
