/**
 * Helpers for the LSP provider tests: the examples' text and index markers at a needle.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EXAMPLES = ['riverside', 'community-hospital', 'it-outsourcing'] as const;

export function exampleText(name: string): string {
    return readFileSync(fileURLToPath(new URL(`../../../examples/${name}.hitp`, import.meta.url)), 'utf8');
}

export const riverside = exampleText('riverside');

/** Inserts Langium's index marker `<|>` at the first `needle` (after `needle`'s first `delta` characters). */
export function markAt(text: string, needle: string, delta = 1): string {
    const offset = text.indexOf(needle);
    if (offset < 0) throw new Error(`'${needle}' not found`);
    return `${text.slice(0, offset + delta)}<|>${text.slice(offset + delta)}`;
}

/** The 0-based line of the first `needle`. */
export function lineOf(text: string, needle: string): number {
    const offset = text.indexOf(needle);
    if (offset < 0) throw new Error(`'${needle}' not found`);
    return text.slice(0, offset).split('\n').length - 1;
}
