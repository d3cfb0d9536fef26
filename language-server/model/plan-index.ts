/**
 * The plan index: for the files of one plan, which declaration of a name counts and which phase
 * owns a candidate, and the problems those decisions found (`duplicate-name`, `multiple-phases`).
 *
 * **One ordering decides everything** (docs/decisions.md, "Which declaration counts"): the files
 * of a plan by URI in code-point order, then by position in the file. The first declaration of a
 * name counts, the first phase that includes a candidate owns it. The model builder keeps what
 * the index chose, and the validation rules report the index's problems, so a diagnostic and the
 * analysis can never disagree about which `X` is meant.
 */
import type { AstNode, Reference } from 'langium';
import * as ast from '../generated/ast.js';
import { sourceOf, uriOf } from './source-ref.js';
import type { SourceRef } from './plan-model.js';

/** `duplicate-name`: a later declaration of a name already declared (for the same kind). */
export interface DuplicateNameProblem {
    code: 'duplicate-name';
    node: AstNode & { name: string };
    /** The AST type of both declarations. */
    type: string;
    /** Where the declaration that counts is. */
    first: SourceRef;
}

/** `multiple-phases`: an `includes` reference to a candidate that an earlier phase already owns. */
export interface MultiplePhasesProblem {
    code: 'multiple-phases';
    node: ast.IncludesLine;
    index: number;
    candidate: string;
    /** The phase that owns the candidate. */
    phase: string;
}

export type PlanProblem = DuplicateNameProblem | MultiplePhasesProblem;

export interface PlanIndex {
    /** The top-level elements of every file, in the plan's order. */
    elements: ast.Element[];
    /** The declaration that counts, by AST type, then name. */
    declarations: ReadonlyMap<string, ReadonlyMap<string, AstNode & { name: string }>>;
    /** The phase that owns each candidate (by name). */
    phaseOf: ReadonlyMap<string, string>;
    problems: PlanProblem[];
}

/** The one ordering of a plan's files: URI in code-point order (not the locale's). */
export function compareUris(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

type Named = AstNode & { name: string };

/** Named nodes of one declaration list, in order. */
function* namedDeclarations(elements: readonly ast.Element[]): Generator<Named> {
    for (const element of elements) {
        if (ast.isCriteriaBlock(element)) {
            yield* element.criteria;
        } else if ('name' in element && typeof element.name === 'string') {
            yield element;
            if (ast.isPhase(element)) yield* element.lines.filter(ast.isMilestone);
        }
    }
}

/** Builds the index of the given files (any order: they are sorted here). */
export function indexPlan(roots: readonly ast.HitpFile[]): PlanIndex {
    const ordered = [...roots].map(root => ({ root, uri: uriOf(root) })).sort((a, b) => compareUris(a.uri, b.uri));
    const elements = ordered.flatMap(({ root }) => root.elements);
    const problems: PlanProblem[] = [];
    const declarations = new Map<string, Map<string, Named>>();
    for (const node of namedDeclarations(elements)) {
        if (!node.name) continue;
        let byName = declarations.get(node.$type);
        if (!byName) declarations.set(node.$type, byName = new Map());
        const first = byName.get(node.name);
        if (first) problems.push({ code: 'duplicate-name', node, type: node.$type, first: sourceOf(first, 'name') });
        else byName.set(node.name, node);
    }
    const phaseOf = new Map<string, string>();
    const phases = declarations.get(ast.Phase.$type) ?? new Map<string, Named>();
    for (const phase of phases.values() as Iterable<ast.Phase>) {
        for (const line of phase.lines.filter(ast.isIncludesLine)) {
            line.candidates.forEach((reference: Reference<ast.Candidate>, index) => {
                const name = reference.ref?.name;
                if (!name) return;
                const owner = phaseOf.get(name);
                if (owner === undefined) phaseOf.set(name, phase.name);
                // Naming a candidate twice in the same phase is harmless; only a second phase is a problem.
                else if (owner !== phase.name) problems.push({ code: 'multiple-phases', node: line, index, candidate: name, phase: owner });
            });
        }
    }
    return { elements, declarations, phaseOf, problems };
}

/** The declarations that count of one AST type, in the plan's order. */
export function declared<T extends AstNode>(index: PlanIndex, type: string): T[] {
    return [...(index.declarations.get(type)?.values() ?? [])] as unknown as T[];
}
