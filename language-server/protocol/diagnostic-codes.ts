/**
 * Every diagnostic code of hitp (spec §3, §15), with its severity, in one table.
 * Nothing else in the product spells a code as a string literal: import `DiagnosticCode`.
 * **A leaf module**: it imports nothing, so the analysis, the validation, the editor faces,
 * the CLI and the tests can all depend on it.
 */

export type Severity = 'error' | 'warning' | 'info';

export const DiagnosticCode = {
    // Errors.
    DependencyCycle: 'dependency-cycle',
    DuplicateName: 'duplicate-name',
    ScoreOutOfRange: 'score-out-of-range',
    MissingScore: 'missing-score',
    UnknownCriterion: 'unknown-criterion',
    PhaseOrder: 'phase-order',
    MultiplePhases: 'multiple-phases',
    InvalidValue: 'invalid-value',
    // Warnings.
    WeightsNot100: 'weights-not-100',
    MilestoneLate: 'milestone-late',
    OverBudget: 'over-budget',
    CadenceBacklog: 'cadence-backlog',
    InframGoalMissed: 'infram-goal-missed',
    NoSponsor: 'no-sponsor',
    NoOwner: 'no-owner',
    UnsupportedObjective: 'unsupported-objective',
    NoObjective: 'no-objective',
    MultipleIrr: 'multiple-irr',
    // Warnings of spec §9 (tracking the plan as it runs).
    BehindSchedule: 'behind-schedule',
    GateFailing: 'gate-failing',
    KpiStale: 'kpi-stale',
    CadenceNeverCatchesUp: 'cadence-never-catches-up',
    // Warnings of spec Part II (§15): money follows the schedule (§5), values that cannot mislead (§6).
    OutsideHorizon: 'outside-horizon',
    BenefitBeforeGoLive: 'benefit-before-go-live',
    UnitMismatch: 'unit-mismatch',
    MilestoneBlocked: 'milestone-blocked',
    InvalidIgnore: 'invalid-ignore',
    UnmitigatedRisk: 'unmitigated-risk',
    MilestoneAtRisk: 'milestone-at-risk',
    ScenarioNegativeNpv: 'scenario-negative-npv',
    // Infos.
    IrrUndefined: 'irr-undefined',
    NoPayback: 'no-payback',
    DefaultCriteria: 'default-criteria',
    TargetMet: 'target-met',
    FreezeMoved: 'freeze-moved',
    // Not in the spec: the editor's note that a file's diagnostics were capped (validation/diagnostic-cap.ts).
    DiagnosticsCapped: 'diagnostics-capped',
} as const;

export type DiagnosticCode = typeof DiagnosticCode[keyof typeof DiagnosticCode];

/** The severity each code is always reported with. */
export const severityOf: Record<DiagnosticCode, Severity> = {
    'dependency-cycle': 'error',
    'duplicate-name': 'error',
    'score-out-of-range': 'error',
    'missing-score': 'error',
    'unknown-criterion': 'error',
    'phase-order': 'error',
    'multiple-phases': 'error',
    'invalid-value': 'error',
    'weights-not-100': 'warning',
    'milestone-late': 'warning',
    'over-budget': 'warning',
    'cadence-backlog': 'warning',
    'infram-goal-missed': 'warning',
    'no-sponsor': 'warning',
    'no-owner': 'warning',
    'unsupported-objective': 'warning',
    'no-objective': 'warning',
    'multiple-irr': 'warning',
    'behind-schedule': 'warning',
    'gate-failing': 'warning',
    'kpi-stale': 'warning',
    'cadence-never-catches-up': 'warning',
    'outside-horizon': 'warning',
    'benefit-before-go-live': 'warning',
    'unit-mismatch': 'warning',
    'milestone-blocked': 'warning',
    'invalid-ignore': 'warning',
    'unmitigated-risk': 'warning',
    'milestone-at-risk': 'warning',
    'scenario-negative-npv': 'warning',
    'irr-undefined': 'info',
    'no-payback': 'info',
    'default-criteria': 'info',
    'target-met': 'info',
    'freeze-moved': 'info',
    'diagnostics-capped': 'info',
};

/** Every pinned code, for tests and fuzzers that check "a diagnostic carries a pinned code". */
export const allDiagnosticCodes: readonly DiagnosticCode[] = Object.values(DiagnosticCode);

/**
 * The code of an LSP diagnostic: its `code`, or, for Langium's own diagnostics (linking and
 * parse errors), the code Langium keeps in `data.code`; undefined when there is none.
 * The CLI, the quick fixes and the tests read codes through this one function.
 */
export function codeOfDiagnostic(diagnostic: { code?: number | string; data?: unknown }): string | undefined {
    if (diagnostic.code !== undefined) return String(diagnostic.code);
    const data = diagnostic.data as { code?: unknown } | undefined;
    return typeof data?.code === 'string' ? data.code : undefined;
}
