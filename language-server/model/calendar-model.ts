/**
 * The plan model of spec §11: holidays, change freezes, teams and the effort drawn on them.
 * Part of `plan-model.ts` (which re-exports it); types only.
 */
import type { IsoDay, SourceRef } from './model-basics.js';

/** `holiday D` or `holiday D to D` (inclusive), spec §11. */
export interface Holiday {
    fromDay: IsoDay;
    toDay: IsoDay;
    source: SourceRef;
}

/** `freeze NAME "title" from D to D` (inclusive), spec §11. */
export interface Freeze {
    name: string;
    title: string;
    fromDay: IsoDay;
    toDay: IsoDay;
    source: SourceRef;
}

/** `team NAME "title" { capacity N FTE }`, spec §11. */
export interface Team {
    name: string;
    title: string;
    /** null when the team has no (valid) capacity line: its load is shown, not levelled. */
    capacityFte: number | null;
    source: SourceRef;
}

/** One part of an effort line that draws on a team (`2 FTE Network`). */
export interface TeamEffort {
    team: string;
    fte: number;
}
