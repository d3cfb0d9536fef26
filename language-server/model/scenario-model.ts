/**
 * The plan model of spec §10: a `scenario` block and its lines. Part of `plan-model.ts`
 * (which re-exports it); types only.
 */
import type { IsoDay, SourceRef } from './model-basics.js';

/**
 * One line of a `scenario` block (spec §10), applied to the plan model by `analysis/scenarios/`.
 * Rates and changes are fractions (`benefits -20%` → change −0.2); a line whose value is invalid
 * (reported as `invalid-value`) is left out.
 */
export type ScenarioChange =
    | { kind: 'discount' | 'inflation'; rate: number; source: SourceRef }
    | { kind: 'budget'; amount: number; source: SourceRef }
    | { kind: 'capacity'; fte: number; source: SourceRef }
    | { kind: 'start'; day: IsoDay; source: SourceRef }
    | { kind: 'benefits' | 'costs' | 'durations'; change: number; source: SourceRef }
    | { kind: 'exclude'; candidates: string[]; source: SourceRef }
    | { kind: 'cycle'; cadence: string; minWeeks: number; maxWeeks: number; source: SourceRef };

/** `scenario NAME "title" { … }`: the plan analysed again with its lines applied, in the order written. */
export interface Scenario {
    name: string;
    title: string;
    changes: ScenarioChange[];
    source: SourceRef;
}
