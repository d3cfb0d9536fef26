/**
 * The element-kind registry: one entry per kind of element a plan declares, keyed by AST type.
 * It is the one answer to "what is this kind called, and how does it show?": the keyword that
 * starts it, the word messages use, its outline symbol, completion kind and semantic token,
 * its hover and code-lens content, its completion snippet and quick-fix skeleton, and the name
 * the roadmap preview gives it (`data-kind`).
 *
 * Faces read this table instead of keeping their own: the outline and workspace symbols
 * (`lsp/hitp-node-kind-provider.ts`), completion, semantic tokens, the formatter (which kinds
 * are `{ }` blocks), hovers, code lenses, the "declare" quick fix, `duplicate-name`, the parser's
 * "expected a new block" message and the preview. ARCHITECTURE.md, "How to add an element kind",
 * lists what else a new kind touches.
 *
 * **Pure**: LSP enumerations are named by their keys (`'Class'`), so this module imports no
 * language-server runtime; `lsp/` maps the names to the protocol's values.
 */
import type { CompletionItemKind, SemanticTokenTypes, SymbolKind } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { PreviewKind } from '../protocol/preview-messages.js';
import {
    cadenceHover, candidateHover, criterionHover, inframHover, kpiHover, milestoneHover, phaseHover, planHover,
    stakeholderHover, type HoverContext
} from './hover-content.js';
import { candidateLensTitle, phaseLensTitle, planLensTitle } from './lens-content.js';
import { kpiLensTitle } from './tracking-content.js';
import { freezeHover, teamHover, teamLensTitle } from './calendar-content.js';
import { riskHover, riskLensTitle } from './risk-content.js';
import {
    candidateSkeleton, candidateSnippet, kpiSnippet, phaseSnippet, riskSnippet, scenarioSnippet, stakeholderSnippet, type SnippetContext
} from './snippets.js';
import { planSnippet } from './plan-skeleton.js';
import { scenarioHover, scenarioLensTitle } from './scenario-content.js';


export interface ElementKind {
    /** The AST type (`ast.Candidate.$type`). */
    type: string;
    /** The keyword that starts its declaration; null for kinds declared without one (criteria). */
    keyword: string | null;
    /** How messages and hovers call it: `candidate`, `KPI`. */
    word: string;
    /** Declared with a name that references resolve to (and `duplicate-name` checks). */
    named: boolean;
    /** A top-level declaration (an `Element` of the file). */
    topLevel: boolean;
    /** Written as a `{ }` block of lines (the formatter lays those out). */
    block: boolean;
    symbol: keyof typeof SymbolKind;
    completion: keyof typeof CompletionItemKind | null;
    /** The semantic token of its name, declarations and references alike; null: not highlighted as a name. */
    token: keyof typeof SemanticTokenTypes | null;
    preview: PreviewKind | null;
    /** Markdown for a hover on its name, from the cached analysis. */
    hover?: (name: string, context: HoverContext) => string | undefined;
    /** The one-line summary lens above its declaration. */
    lens?: (name: string, context: HoverContext) => string | undefined;
    /** The completion snippet offered where its keyword may stand (tab stops, choices). */
    snippet?: (context: SnippetContext) => string;
    /** The body lines of the declaration the "declare" quick fix appends for an unresolved name. */
    skeleton?: (context: SnippetContext) => string[];
}

type Entry = Omit<ElementKind, 'type' | 'named' | 'topLevel' | 'block'> & Partial<Pick<ElementKind, 'named' | 'topLevel' | 'block'>>;

function kind(type: string, entry: Entry): ElementKind {
    return { type, named: true, topLevel: true, block: true, ...entry };
}

const KINDS: readonly ElementKind[] = [
    kind(ast.Plan.$type, {
        keyword: 'plan', word: 'plan', symbol: 'Namespace', completion: 'Module', token: 'namespace', preview: null,
        hover: (name, c) => c.analysis.plan?.name === name ? planHover(c) : undefined,
        lens: (name, c) => c.analysis.plan?.name === name ? planLensTitle(c.analysis, c.options) : undefined,
        // Offered only while the workspace has no plan yet: a second plan block is an error.
        snippet: context => context.plan ? '' : planSnippet(),
    }),
    kind(ast.CriteriaBlock.$type, {
        keyword: 'criteria', word: 'criteria block', named: false, symbol: 'Package', completion: null, token: null, preview: null,
    }),
    kind(ast.Criterion.$type, {
        keyword: null, word: 'criterion', topLevel: false, block: false, symbol: 'Property', completion: 'Property', token: 'property', preview: null,
        hover: (name, c) => { const found = c.lookup.criteria.get(name); return found && criterionHover(found.item, c); },
    }),
    kind(ast.Stakeholder.$type, {
        keyword: 'stakeholder', word: 'stakeholder', symbol: 'Variable', completion: 'Variable', token: 'variable', preview: 'stakeholder',
        hover: (name, c) => { const found = c.lookup.stakeholders.get(name); return found && stakeholderHover(found.item); },
        snippet: stakeholderSnippet,
        skeleton: () => ['role users', 'influence medium', 'interest medium'],
    }),
    kind(ast.Objective.$type, {
        keyword: 'objective', word: 'objective', symbol: 'Interface', completion: 'Interface', token: 'interface', preview: null,
        skeleton: () => [],
    }),
    kind(ast.Kpi.$type, {
        keyword: 'kpi', word: 'KPI', symbol: 'Constant', completion: 'Constant', token: 'enumMember', preview: 'kpi',
        hover: (name, c) => { const found = c.lookup.kpis.get(name); return found && kpiHover(found.item, c); },
        // Spec §9: a measured or reviewed KPI's lens shows its current value against the target.
        lens: (name, c) => { const kpi = c.lookup.kpis.get(name)?.item; return kpi && (kpi.measurements.length > 0 || kpi.review !== null) ? kpiLensTitle(kpi, c.options) : undefined; },
        snippet: kpiSnippet,
        skeleton: () => ['baseline 0', 'target >= 1'],
    }),
    kind(ast.Candidate.$type, {
        keyword: 'candidate', word: 'candidate', symbol: 'Class', completion: 'Class', token: 'class', preview: 'candidate',
        hover: (name, c) => { const found = c.lookup.candidates.get(name); return found && candidateHover(found.item, c); },
        lens: (name, c) => { const found = c.lookup.candidates.get(name); return found && candidateLensTitle(found.item, c.analysis, c.options); },
        snippet: candidateSnippet,
        skeleton: candidateSkeleton,
    }),
    kind(ast.Phase.$type, {
        keyword: 'phase', word: 'phase', symbol: 'Module', completion: 'Module', token: 'type', preview: 'phase',
        hover: (name, c) => { const found = c.lookup.phases.get(name); return found && phaseHover(found.item, c); },
        lens: (name, c) => { const found = c.lookup.phases.get(name); return found && phaseLensTitle(found.item, c.analysis, c.options); },
        snippet: phaseSnippet,
        skeleton: () => ['duration 4 weeks'],
    }),
    kind(ast.Milestone.$type, {
        keyword: 'milestone', word: 'milestone', topLevel: false, block: false, symbol: 'Event', completion: 'Event', token: 'event', preview: 'milestone',
        hover: (name, c) => { const found = c.lookup.milestones.get(name); return found && milestoneHover(found.item, c); },
    }),
    kind(ast.Gate.$type, {
        keyword: 'gate', word: 'gate', named: false, topLevel: false, block: false, symbol: 'Boolean', completion: null, token: null, preview: 'gate',
    }),
    kind(ast.InframBlock.$type, {
        keyword: 'infram', word: 'INFRAM block', named: false, symbol: 'Package', completion: null, token: null, preview: null,
        hover: (_name, c) => c.analysis.infram ? inframHover(c.analysis.infram, c) : undefined,
    }),
    kind(ast.Cadence.$type, {
        keyword: 'cadence', word: 'cadence', symbol: 'Struct', completion: 'Struct', token: 'struct', preview: null,
        hover: (name, c) => { const found = c.lookup.cadences.get(name); return found && cadenceHover(found.item, c); },
    }),
    kind(ast.Risk.$type, {
        keyword: 'risk', word: 'risk', symbol: 'Object', completion: 'Reference', token: 'macro', preview: null,
        hover: (name, c) => { const risk = c.analysis.risks.find(r => r.name === name); return risk && riskHover(risk, c); },
        lens: (name, c) => { const risk = c.analysis.risks.find(r => r.name === name); return risk && riskLensTitle(risk, c.analysis, c.options); },
        snippet: riskSnippet,
    }),
    // Spec §10: the scenario's lens and hover compare it with the plan.
    kind(ast.Scenario.$type, {
        keyword: 'scenario', word: 'scenario', symbol: 'Object', completion: 'Value', token: 'namespace', preview: null,
        hover: (name, c) => { const found = c.analysis.scenarios.find(s => s.name === name); return found && scenarioHover(found, c.analysis, c.options); },
        lens: (name, c) => { const found = c.analysis.scenarios.find(s => s.name === name); return found && scenarioLensTitle(found, c.analysis, c.options); },
        snippet: scenarioSnippet,
    }),
    // Spec §11.
    kind(ast.Freeze.$type, {
        keyword: 'freeze', word: 'freeze', block: false, symbol: 'Event', completion: 'Event', token: 'event', preview: null,
        hover: (name, c) => { const found = c.analysis.freezes?.find(f => f.name === name); return found && freezeHover(found, c.options); },
        snippet: () => 'freeze ${1:Name} "${2:Title}" from ${3:2027-12-15} to ${4:2028-01-05}$0',
    }),
    kind(ast.Team.$type, {
        keyword: 'team', word: 'team', symbol: 'Namespace', completion: 'Module', token: 'namespace', preview: null,
        hover: (name, c) => { const found = c.analysis.teams.find(t => t.name === name); return found && teamHover(found, c.analysis, c.options); },
        lens: (name, c) => { const found = c.analysis.teams.find(t => t.name === name); return found && teamLensTitle(found, c.options); },
        snippet: () => 'team ${1:Name} "${2:Title}" {\n    capacity ${3:2} FTE\n}$0',
    }),
];

const BY_TYPE = new Map(KINDS.map(entry => [entry.type, entry]));

/** Every registered kind, in the order the language introduces them. */
export const ELEMENT_KINDS: readonly ElementKind[] = KINDS;

/** The kind of an AST type, or undefined for a node that is not an element (a line, a value). */
export function elementKindOf(type: string): ElementKind | undefined {
    return BY_TYPE.get(type);
}

/** The kinds that have names, for the name rules and the symbol index. */
export const NAMED_KINDS: readonly ElementKind[] = KINDS.filter(entry => entry.named);

/** The keywords that start a top-level declaration: `plan, criteria, stakeholder, …`. */
export const TOP_LEVEL_KEYWORDS: readonly string[] = KINDS.filter(entry => entry.topLevel && entry.keyword).map(entry => entry.keyword!);
