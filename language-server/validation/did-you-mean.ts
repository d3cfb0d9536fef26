/**
 * "Did you mean" for unresolved references (spec §6): the declared name of the right kind
 * nearest to what was written, within Damerau–Levenshtein distance 2, ignoring case.
 */

/** The largest distance a suggestion may have. */
export const MAX_SUGGESTION_DISTANCE = 2;

/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form (insertions, deletions,
 * substitutions and transpositions of adjacent characters), or `limit + 1` as soon as it
 * certainly exceeds `limit`.
 */
export function damerauLevenshtein(a: string, b: string, limit = Number.MAX_SAFE_INTEGER): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let previous2: number[] = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
            current.push(value);
            rowMin = Math.min(rowMin, value);
        }
        if (rowMin > limit) return limit + 1;
        previous2 = previous;
        previous = current;
    }
    return previous[b.length]!;
}

/**
 * The name among `names` nearest to `written` (case-insensitive), within distance 2;
 * the smallest distance wins, then the name that sorts first. Undefined when none is close.
 */
export function nearestName(written: string, names: Iterable<string>): string | undefined {
    const target = written.toLowerCase();
    let best: { name: string; distance: number } | undefined;
    for (const name of names) {
        const distance = damerauLevenshtein(target, name.toLowerCase(), MAX_SUGGESTION_DISTANCE);
        if (distance > MAX_SUGGESTION_DISTANCE || name === written) continue;
        if (!best || distance < best.distance || (distance === best.distance && name < best.name)) best = { name, distance };
    }
    return best?.name;
}
