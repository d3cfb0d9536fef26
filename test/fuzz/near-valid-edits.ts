/**
 * Near-valid plans: a valid plan (`plan-arbitraries.ts`) with one to three small edits that a
 * person typing makes (a stray token, a deleted brace, a cut line), for the fuzz properties.
 */
import * as fc from 'fast-check';
import { validPlanText } from './plan-arbitraries.js';

const NOISE_TOKENS = ['{', '}', '"', ',', '%', 'after', 'cost', '1e308', '-', '+', '0', 'plan', '2027-02-30', 'workdays', 'freeze', 'status', 'progress', 'measured', 'on', '/*', '*/', '//', '\\', '\u0000', '\uFEFF', '\u202E', '@', '#', '…'];

export type Edit = (text: string) => string;

function at(text: string, fraction: number): number {
    return Math.min(text.length, Math.floor(fraction * (text.length + 1)));
}

export const unit = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** One random edit of a text: delete, insert noise, drop a brace or quote, duplicate or swap lines, truncate. */
export const textEdit: fc.Arbitrary<Edit> = fc.oneof(
    fc.tuple(unit, fc.integer({ min: 1, max: 40 })).map(([f, n]): Edit => t => { const i = at(t, f); return t.slice(0, i) + t.slice(i + n); }),
    fc.tuple(unit, fc.constantFrom(...NOISE_TOKENS)).map(([f, tok]): Edit => t => { const i = at(t, f); return `${t.slice(0, i)} ${tok} ${t.slice(i)}`; }),
    fc.tuple(unit, fc.constantFrom('{', '}', '"', ',')).map(([f, ch]): Edit => t => removeNth(t, ch, f)),
    unit.map((f): Edit => t => t.slice(0, at(t, f))),
    fc.tuple(unit, unit).map(([a, b]): Edit => t => {
        const lines = t.split('\n');
        const i = Math.floor(a * lines.length);
        const j = Math.floor(b * lines.length);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        return lines.join('\n');
    }),
    unit.map((f): Edit => t => {
        const lines = t.split('\n');
        const i = Math.floor(f * lines.length);
        lines.splice(i, 0, lines[i]!);
        return lines.join('\n');
    }),
);

/** Removes the occurrence of `ch` nearest to the fraction `f` of the text (all when none is near). */
function removeNth(text: string, ch: string, f: number): string {
    const positions: number[] = [];
    for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) positions.push(i);
    if (positions.length === 0) return text;
    const i = positions[Math.floor(f * positions.length)]!;
    return text.slice(0, i) + text.slice(i + 1);
}

/** A valid plan with one to three random edits: the kind of text an editor holds mid-typing. */
export const nearValidPlanText: fc.Arbitrary<string> = fc.tuple(validPlanText, fc.array(textEdit, { minLength: 1, maxLength: 3 }))
    .map(([text, edits]) => edits.reduce((t, edit) => edit(t), text));
