/**
 * Finds the source range of a roadmap element (`data-element` + `data-kind`) so the
 * preview can reveal and select its declaration.
 *
 * Decision: the range comes from the language server's document symbols
 * (`vscode.executeDocumentSymbolProvider`, Langium's default provider, which names each
 * symbol after its element and nests milestones inside their phase), so it is always
 * the range of the current text, not of the version the preview was rendered from.
 * The selection is the element's name in its declaration (the symbol's `selectionRange`);
 * for a gate, the `gate …` line of its phase. When the server gives no symbol (still
 * starting, or a parse error), a textual search for `<keyword> <Name>` is the fallback.
 */
import * as vscode from 'vscode';
import type { ElementKind } from './messages.js';

type AnySymbol = vscode.DocumentSymbol | vscode.SymbolInformation;

const KEYWORD: Record<ElementKind, string> = {
    candidate: 'candidate',
    phase: 'phase',
    milestone: 'milestone',
    kpi: 'kpi',
    stakeholder: 'stakeholder',
    gate: 'phase',
};

function isDocumentSymbol(s: AnySymbol): s is vscode.DocumentSymbol {
    return 'selectionRange' in s && Array.isArray((s as vscode.DocumentSymbol).children);
}

interface FoundSymbol {
    /** The whole declaration. */
    range: vscode.Range;
    /** Its name (the whole declaration for a `SymbolInformation`, which has no name range). */
    name: vscode.Range;
}

/** Depth-first search for symbols with the element's name. */
function findSymbols(symbols: readonly AnySymbol[], name: string, found: FoundSymbol[] = []): FoundSymbol[] {
    for (const s of symbols) {
        if (s.name === name) {
            found.push(isDocumentSymbol(s) ? { range: s.range, name: s.selectionRange } : { range: s.location.range, name: s.location.range });
        }
        if (isDocumentSymbol(s)) findSymbols(s.children, name, found);
    }
    return found;
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The `gate …` line inside a phase's range, trimmed; the phase range when there is none. */
function gateLine(document: vscode.TextDocument, phase: vscode.Range): vscode.Range {
    const text = document.getText(phase);
    const match = /\bgate\b[^\n{}]*/.exec(text);
    if (!match) return phase;
    const start = document.positionAt(document.offsetAt(phase.start) + match.index);
    const end = document.positionAt(document.offsetAt(start) + match[0].trimEnd().length);
    return new vscode.Range(start, end);
}

/**
 * Textual fallback: the name after its keyword (`candidate DbMigration`), outside `//` comments.
 * A declaration (the name followed by an optional title and `{`, or `due` for a milestone) wins
 * over a reference with the same keyword (an objective's `kpi EhrLoadTime`); without one, as
 * while the user is still typing, the first `<keyword> <Name>` is taken.
 */
function findByText(document: vscode.TextDocument, name: string, kind: ElementKind): vscode.Range | undefined {
    const declaration = `(?=\\s*(?:"[^"\\n]*"\\s*)?(?:\\{|due\\b))`;
    return findByPattern(document, name, kind, declaration) ?? findByPattern(document, name, kind, '');
}

function findByPattern(document: vscode.TextDocument, name: string, kind: ElementKind, lookahead: string): vscode.Range | undefined {
    const text = document.getText();
    const pattern = new RegExp(`\\b${KEYWORD[kind]}\\s+(${escapeRegExp(name)})\\b${lookahead}`, 'g');
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const lineStart = text.lastIndexOf('\n', match.index) + 1;
        if (text.slice(lineStart, match.index).includes('//')) continue;
        const nameOffset = match.index + match[0].length - name.length;
        const range = new vscode.Range(document.positionAt(nameOffset), document.positionAt(nameOffset + name.length));
        if (kind !== 'gate') return range;
        const lineEnd = text.indexOf('\n', nameOffset) >= 0 ? text.indexOf('\n', nameOffset) : text.length;
        const blockEnd = text.indexOf('\n}', nameOffset);
        // A one-line phase ends on its own line; a block phase ends at the first closing brace in column 0.
        const oneLine = text.slice(nameOffset, lineEnd).includes('}');
        const end = oneLine || blockEnd < 0 ? lineEnd : blockEnd + 2;
        return gateLine(document, new vscode.Range(range.start, document.positionAt(end)));
    }
    return undefined;
}

/** The range to select for an element, or undefined when it is not in the document. */
export async function findElementRange(document: vscode.TextDocument, name: string, kind: ElementKind): Promise<vscode.Range | undefined> {
    let symbols: AnySymbol[] | undefined;
    try {
        symbols = await vscode.commands.executeCommand<AnySymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri);
    } catch {
        symbols = undefined;
    }
    const ranges = symbols ? findSymbols(symbols, name) : [];
    if (ranges.length > 0) {
        // Names are unique in a valid plan; with duplicates, the first declaration wins.
        const first = ranges.sort((a, b) => a.range.start.compareTo(b.range.start))[0]!;
        return kind === 'gate' ? gateLine(document, first.range) : first.name;
    }
    return findByText(document, name, kind);
}
