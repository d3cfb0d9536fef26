/**
 * Text width estimates for server-side SVG layout. The renderer has no DOM, so label columns,
 * label placement and wrapping are sized from per-character advance widths close to DejaVu Sans
 * and the common system sans-serif faces (wide rather than narrow, so an estimate errs on the
 * side of more room). On screen the webview re-fits labels with the real measured widths when the
 * user resizes the label column; in print the estimate alone decides the wrapping.
 */

const NARROW = new Set(Array.from("iljI|!.,:;'`"));
const SEMI = new Set(Array.from('frt()[]{}/\\-"'));
const WIDE = new Set(Array.from('mwMW@%'));

/** The advance width of one character in em. */
function charEm(ch: string): number {
    if (ch === ' ') return 0.32;
    if (NARROW.has(ch)) return 0.3;
    if (SEMI.has(ch)) return 0.42;
    if (WIDE.has(ch)) return 0.96;
    if (ch >= '0' && ch <= '9') return 0.64;
    if (ch >= 'A' && ch <= 'Z') return 0.74;
    if (ch >= 'a' && ch <= 'z') return 0.62;
    return 0.8;
}

/** Estimated width in pixels of `text` at `fontPx` (bold adds 8%). */
export function textWidth(text: string, fontPx: number, bold = false): number {
    let em = 0;
    for (const ch of text) em += charEm(ch);
    return em * fontPx * (bold ? 1.08 : 1);
}

/** `text` shortened with an ellipsis to fit `maxWidth` pixels (unchanged when it fits). */
export function fitText(text: string, maxWidth: number, fontPx: number, bold = false): string {
    if (textWidth(text, fontPx, bold) <= maxWidth) return text;
    const chars = Array.from(text);
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (textWidth(chars.slice(0, mid).join('') + '…', fontPx, bold) <= maxWidth) lo = mid; else hi = mid - 1;
    }
    return chars.slice(0, Math.max(1, lo)).join('').trimEnd() + '…';
}

/**
 * `text` broken at spaces into lines of at most `maxWidth` pixels; a word longer than a line is
 * cut with an ellipsis. Never more than `maxLines` lines: the last one then ends with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, fontPx: number, maxLines: number, bold = false): string[] {
    const words = text.split(/\s+/).filter(w => w.length > 0);
    const lines: string[] = [];
    let current = '';
    for (const word of words) {
        const candidate = current ? `${current} ${word}` : word;
        if (textWidth(candidate, fontPx, bold) <= maxWidth || !current) {
            current = candidate;
        } else {
            lines.push(current);
            current = word;
        }
    }
    if (current) lines.push(current);
    const fitted = lines.map(line => fitText(line, maxWidth, fontPx, bold));
    if (fitted.length <= maxLines) return fitted.length > 0 ? fitted : [''];
    const kept = fitted.slice(0, maxLines);
    kept[maxLines - 1] = fitText(`${lines.slice(maxLines - 1).join(' ')}`, maxWidth, fontPx, bold);
    return kept;
}
