/**
 * How `--json` prints its one object: indented for a person at a terminal, compact for a pipe or a
 * file (a program reads it; a 10,000-candidate plan's JSON is a third smaller and faster to write).
 * The object is the same either way (spec §4 pins the fields, not the layout).
 */
export function jsonText(value: unknown, toTerminal: boolean): string {
    return toTerminal ? JSON.stringify(value, null, 2) : JSON.stringify(value);
}
