/**
 * The plan model's vocabulary (`plan-model.ts`): days, source positions, durations, lags,
 * comparators, roles and levels, and references by name. Imports nothing.
 */

/** Whole days since 1970-01-01 (UTC). */
export type IsoDay = number;

/** A 0-based position, as in the Language Server Protocol. */
export interface SourcePosition {
    line: number;
    character: number;
}

/** Where an element or value was written: the document and the range of the text that explains it. */
export interface SourceRef {
    uri: string;
    range: { start: SourcePosition; end: SourcePosition };
}

export type DurationUnit = 'days' | 'months';

/** `N days` and `N weeks` become days; `N months` stays in calendar months. */
export interface Duration {
    amount: number;
    unit: DurationUnit;
    /**
     * Written in weeks (`amount` is then 7 × N days). Under a working calendar (spec §11) a week
     * is workdays-per-week working days, so such a duration counts amount / 7 × workdays per week.
     */
    inWeeks?: boolean;
}

/** The lag of one `after` reference (spec §11): `+ N unit` waits after the finish, `- N unit` is a lead. */
export interface Lag {
    sign: 1 | -1;
    duration: Duration;
}

export type Comparator = '<=' | '<' | '>=' | '>' | '=';
export type Role = 'sponsor' | 'clinical' | 'architecture' | 'finance' | 'pmo' | 'change' | 'operations' | 'vendor' | 'users';
export type Level = 'low' | 'medium' | 'high';

/** A reference to another element by name, with where the reference was written. */
export interface NameRef {
    name: string;
    source: SourceRef;
    /** Spec §11: the lag written after the reference (`after A + 2 days`); absent or null = none. */
    lag?: Lag | null;
}
