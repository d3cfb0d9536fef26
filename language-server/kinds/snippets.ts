/**
 * Completion snippets (with tab stops and choices) and quick-fix skeletons (plain lines) of the
 * element kinds that have them; `element-kinds.ts` says which kind uses which.
 * Pure: they read only the plan model's criteria, scale, stakeholders and objectives.
 */
import type { PlanModel } from '../model/plan-model.js';

/** What a snippet may fill in: the plan as the model has it. */
export type SnippetContext = Pick<PlanModel, 'criteria' | 'scale' | 'stakeholders' | 'objectives'> & Partial<Pick<PlanModel, 'candidates' | 'plan'>>;

export const ROLES = ['sponsor', 'clinical', 'architecture', 'finance', 'pmo', 'change', 'operations', 'vendor', 'users'] as const;
export const LEVELS = ['low', 'medium', 'high'] as const;
export const COMPARATORS = ['<=', '<', '>=', '>', '='] as const;

/** The midpoint of the score scale as source text (`3` on 1 to 5, `5.5` on 1 to 10). */
export function scaleMidpoint(context: Pick<SnippetContext, 'scale'>): string {
    return String((context.scale.min + context.scale.max) / 2);
}

/** `keyword ${1:Name} "${2:Title}" {` + indented lines + `}$0`. */
export function block(keyword: string, lines: string[]): string {
    return [`${keyword} \${1:Name} "\${2:Title}" {`, ...lines.map(line => `    ${line}`), '}$0'].join('\n');
}

export function choice(tab: number, values: readonly string[]): string {
    return `\${${tab}|${values.join(',')}|}`;
}

export function stakeholderSnippet(): string {
    return block('stakeholder', [`role ${choice(3, ROLES)}`, `influence ${choice(4, LEVELS)}`, `interest ${choice(5, LEVELS)}`]);
}

/** Spec §10: a downside case to edit; `exclude` and `cycle` come from keyword completion inside the block. */
export function scenarioSnippet(): string {
    return block('scenario', ['benefits ${3:-20%}', 'costs ${4:+15%}', 'durations ${5:+25%}', 'discount ${6:10%}']);
}

export function kpiSnippet(): string {
    return block('kpi', ['unit "${3:unit}"', 'baseline ${4:0}', `target ${choice(5, COMPARATORS)} \${6:0}`]);
}

export function phaseSnippet(): string {
    return block('phase', ['includes ${3:Candidate}']);
}

/** Owner, objective, a score for every criterion at the scale midpoint, duration and flows. */
export function candidateSnippet(context: SnippetContext): string {
    const midpoint = scaleMidpoint(context);
    let tab = 3;
    const owner = context.stakeholders.length > 0 ? choice(tab++, context.stakeholders.map(s => s.name)) : `\${${tab++}:Owner}`;
    const objective = context.objectives.length > 0 ? choice(tab++, context.objectives.map(o => o.name)) : `\${${tab++}:Objective}`;
    const scores = context.criteria.map(criterion => `${criterion.name} \${${tab++}:${midpoint}}`).join(', ');
    return block('candidate', [
        `owner ${owner}`,
        `supports ${objective}`,
        `scores ${scores}`,
        `duration \${${tab++}:8} weeks`,
        `cost \${${tab++}:100k} once`,
        `benefit \${${tab}:50k} yearly`,
    ]);
}

/** A score for every criterion at the scale midpoint and a duration. */
export function candidateSkeleton(context: SnippetContext): string[] {
    const scores = context.criteria.map(criterion => `${criterion.name} ${scaleMidpoint(context)}`).join(', ');
    return [...(scores ? [`scores ${scores}`] : []), 'duration 4 weeks'];
}

/** Spec §7: the affected candidates, likelihood, impact, owner, mitigation and contingency. */
export function riskSnippet(context: SnippetContext): string {
    const candidates = context.candidates ?? [];
    const candidate = candidates.length > 0 ? choice(3, candidates.map(c => c.name)) : '${3:Candidate}';
    const owner = context.stakeholders.length > 0 ? choice(7, context.stakeholders.map(s => s.name)) : '${7:Owner}';
    return block('risk', [
        `affects ${candidate}`,
        'likelihood ${4:30}%',
        'impact ${5:4} weeks, ${6:100k}',
        `owner ${owner}`,
        'mitigation "${8:What reduces the likelihood or the impact}"',
        'contingency ${9:50k}',
    ]);
}
