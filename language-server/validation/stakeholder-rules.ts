/**
 * People and goals (spec §3 warnings): `no-sponsor`, `no-owner`, `unsupported-objective`, `no-objective`.
 *
 * Decisions where the spec is silent:
 * - `no-sponsor` is reported only on a `plan` block; the sponsor may be declared in the plan's
 *   file or in any fragment of the workspace (the files `HitpPlanService` puts in that plan).
 *   It reads the plan model's stakeholders: the declaration that counts, and its last `role` line.
 * - `no-owner` and `no-objective` judge a candidate on its own lines, so they also fire in a
 *   fragment without a plan block: the candidate is incomplete wherever it is written.
 * - `unsupported-objective` looks at every candidate of the workspace (references resolve
 *   across files), so an objective in one file may be supported from another.
 * - An `owner` or `supports` line whose name does not resolve still counts as given: the linking
 *   error explains the problem, one diagnostic per typo.
 */
import { AstUtils, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import { DiagnosticCode } from '../protocol/diagnostic-codes.js';
import { hitpDocumentsInUriOrder, perWorkspaceState } from './name-rules.js';

/** Objectives that some candidate of the workspace supports. */
const supportedObjectives = perWorkspaceState((services): Set<ast.Objective> => {
    const supported = new Set<ast.Objective>();
    for (const doc of hitpDocumentsInUriOrder(services)) {
        for (const candidate of doc.parseResult.value.elements.filter(ast.isCandidate)) {
            for (const ref of candidate.lines.filter(ast.isSupportsLine).flatMap(line => line.objectives)) {
                if (ref.ref) supported.add(ref.ref);
            }
        }
    }
    return supported;
});

/** A plan should have a sponsor: a stakeholder of the plan model (its files) with `role sponsor`. */
export const planShouldHaveASponsor = (services: HitpServices) => (plan: ast.Plan, accept: ValidationAcceptor): void => {
    if (!plan.name) return;
    const { model } = services.plan.PlanService.getPlanResult(AstUtils.getDocument(plan));
    if (model.stakeholders.some(stakeholder => stakeholder.role === 'sponsor')) return;
    accept('warning', `Plan ${plan.name} has no sponsor: give one stakeholder 'role sponsor'`, {
        node: plan, property: 'name', code: DiagnosticCode.NoSponsor,
    });
};

/** A candidate should name its owner. */
export const candidateShouldHaveAnOwner = () => (candidate: ast.Candidate, accept: ValidationAcceptor): void => {
    if (!candidate.name || candidate.lines.some(ast.isOwnerLine)) return;
    accept('warning', `Candidate ${candidate.name} has no owner: add 'owner' and a stakeholder`, {
        node: candidate, property: 'name', code: DiagnosticCode.NoOwner,
    });
};

/** A candidate should support at least one objective. */
export const candidateShouldSupportAnObjective = () => (candidate: ast.Candidate, accept: ValidationAcceptor): void => {
    if (!candidate.name || candidate.lines.some(ast.isSupportsLine)) return;
    accept('warning', `Candidate ${candidate.name} supports no objective: add 'supports' and an objective`, {
        node: candidate, property: 'name', code: DiagnosticCode.NoObjective,
    });
};

/** An objective should be supported by at least one candidate of the workspace. */
export const objectiveShouldBeSupported = (services: HitpServices) => (objective: ast.Objective, accept: ValidationAcceptor): void => {
    if (!objective.name || supportedObjectives(services).has(objective)) return;
    accept('warning', `Objective ${objective.name} is supported by no candidate: add 'supports ${objective.name}' to a candidate`, {
        node: objective, property: 'name', code: DiagnosticCode.UnsupportedObjective,
    });
};
