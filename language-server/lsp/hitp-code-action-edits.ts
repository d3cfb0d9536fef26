/**
 * The text edits behind hitp's quick fixes, as plain functions over the AST and its text.
 * They return `TextEdit`s only; `hitp-code-action-provider.ts` matches diagnostics to them.
 */
import { GrammarUtils, type AstNode, type CstNode, type LangiumDocument, type Reference } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { elementKindOf } from '../kinds/element-kinds.js';
import { scaleMidpoint } from '../kinds/snippets.js';
import type { PlanModel } from '../model/plan-model.js';
import { parsePercent } from '../model/units.js';

/** `missing-score`: adds `Crit 3` for every criterion the candidate does not score yet. */
export function addMissingScores(document: LangiumDocument, candidate: ast.Candidate, model: PlanModel): TextEdit[] {
    const scoresLines = candidate.lines.filter(ast.isScoresLine);
    const scored = new Set(scoresLines.flatMap(line => line.scores.map(score => score.criterion.$refText)));
    const missing = model.criteria.filter(criterion => !scored.has(criterion.name));
    if (missing.length === 0) return [];
    const entries = missing.map(criterion => `${criterion.name} ${scaleMidpoint(model)}`).join(', ');
    const lastScores = scoresLines.at(-1);
    const lastScore = lastScores?.scores.at(-1)?.$cstNode;
    if (lastScore) return [insertAt(lastScore.range.end, `, ${entries}`)];
    return [addLine(document, candidate, `scores ${entries}`)];
}

/** A new line at the end of a block: on its own line in a multi-line block, before `}` in a one-line block. */
export function addLine(document: LangiumDocument, block: AstNode, text: string): TextEdit {
    const open = GrammarUtils.findNodeForKeyword(block.$cstNode, '{');
    const close = GrammarUtils.findNodeForKeyword(block.$cstNode, '}');
    if (!open || !close) return insertAt(block.$cstNode!.range.end, ` ${text}`);
    if (open.range.start.line === close.range.start.line) return insertAt(close.range.start, `${text} `);
    const blockIndent = indentationOf(document, open);
    const lastLine = [...(block as { lines?: AstNode[] }).lines ?? []].at(-1)?.$cstNode;
    if (lastLine) return insertAt(lastLine.range.end, `\n${indentationOf(document, lastLine)}${text}`);
    return insertAt(open.range.end, `\n${blockIndent}    ${text}`);
}

/**
 * `weights-not-100`: each weight scaled so that they sum to 100%. Whole percents when every
 * scaled weight is whole, otherwise one decimal; the largest-remainder method keeps the sum exact.
 * Returns the new percentages, or undefined when the weights sum to zero.
 */
export function scaleWeightsTo100(weights: readonly number[]): number[] | undefined {
    const sum = weights.reduce((total, weight) => total + weight, 0);
    if (!(sum > 0) || weights.some(weight => !Number.isFinite(weight) || weight < 0)) return undefined;
    const exact = weights.map(weight => weight / sum * 100);
    const whole = exact.every(value => Math.abs(value - Math.round(value)) < 1e-9);
    const unit = whole ? 1 : 10;
    const scaled = exact.map(value => value * unit);
    const floors = scaled.map(value => Math.floor(value + 1e-9));
    let remaining = 100 * unit - floors.reduce((total, value) => total + value, 0);
    const order = scaled.map((value, index) => ({ index, remainder: value - floors[index]! }))
        .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
    for (const { index } of order) {
        if (remaining <= 0) break;
        floors[index]! += 1;
        remaining--;
    }
    return floors.map(value => value / unit);
}

export function scaleWeightEdits(block: ast.CriteriaBlock): TextEdit[] {
    const weights = block.criteria.map(criterion => parsePercent(criterion.weight));
    if (weights.some(weight => weight === null)) return [];
    const scaled = scaleWeightsTo100(weights as number[]);
    if (!scaled) return [];
    return block.criteria.flatMap((criterion, index) => {
        const node = GrammarUtils.findNodeForProperty(criterion.$cstNode, 'weight');
        return node ? [{ range: node.range, newText: `${scaled[index]}%` }] : [];
    });
}

/**
 * `dependency-cycle`: removes one reference from an `after` list, with its comma;
 * the whole line when it is the only one.
 */
export function removeReference(document: LangiumDocument, line: ast.AfterLine | ast.PhaseAfter, index: number): TextEdit[] {
    const references: Array<Reference> = ast.isAfterLine(line) ? line.candidates : line.phases;
    const target = references[index]?.$refNode;
    if (!target || !line.$cstNode) return [];
    if (references.length === 1) return [removeLine(document, line.$cstNode)];
    const next = references[index + 1]?.$refNode;
    if (next) return [{ range: { start: target.range.start, end: next.range.start }, newText: '' }];
    const previous = references[index - 1]!.$refNode!;
    return [{ range: { start: previous.range.end, end: target.range.end }, newText: '' }];
}

/** Deletes a line item: its whole text line when it stands alone, else the item and the space before it. */
function removeLine(document: LangiumDocument, line: CstNode): TextEdit {
    const text = document.textDocument;
    const start = line.range.start;
    const before = text.getText({ start: { line: start.line, character: 0 }, end: start });
    if (before.trim() === '' && line.range.end.line + 1 < text.lineCount) {
        return { range: { start: { line: start.line, character: 0 }, end: { line: line.range.end.line + 1, character: 0 } }, newText: '' };
    }
    const offset = line.offset - (before.length - before.trimEnd().length);
    return { range: { start: text.positionAt(offset), end: line.range.end }, newText: '' };
}

/**
 * `benefit-before-go-live`: the timing rewritten to follow the schedule (spec §5): `once …` →
 * `once at go-live`, `yearly …` → `yearly from go-live`, keeping `to year M` and `growing g%`.
 */
export function anchorAtGoLive(timing: ast.OnceTiming | ast.YearlyTiming): TextEdit[] {
    if (!timing.$cstNode) return [];
    const words = ast.isOnceTiming(timing)
        ? ['once at go-live']
        : ['yearly from go-live', ...(timing.to !== undefined ? [`to year ${timing.to}`] : []), ...(timing.growth !== undefined ? [`growing ${timing.growth}`] : [])];
    return [{ range: timing.$cstNode.range, newText: words.join(' ') }];
}

/** A skeleton declaration of `type` named `name`, with the lines the registry gives its kind. */
export function skeletonDeclaration(type: string, name: string, model: PlanModel): string | undefined {
    const kind = elementKindOf(type);
    const body = kind?.keyword ? kind.skeleton?.(model) : undefined;
    if (!kind?.keyword || !body) return undefined;
    return [`${kind.keyword} ${name} "${name}" {`, ...body.map(line => `    ${line}`), '}'].join('\n');
}

/** Appends a declaration at the end of the document, after one blank line. */
export function appendDeclaration(document: LangiumDocument, declaration: string): TextEdit {
    const text = document.textDocument.getText();
    const separator = text.length === 0 ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return insertAt(document.textDocument.positionAt(text.length), `${separator}${declaration}\n`);
}

function insertAt(position: Range['start'], newText: string): TextEdit {
    return { range: { start: position, end: position }, newText };
}

function indentationOf(document: LangiumDocument, node: CstNode): string {
    const lineText = document.textDocument.getText({ start: { line: node.range.start.line, character: 0 }, end: node.range.start });
    return lineText.match(/^\s*/)?.[0] ?? '';
}
