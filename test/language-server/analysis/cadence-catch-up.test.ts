/**
 * The EHR catch-up (spec §9): the backlog over time, `caughtUpOn`, `backlogAtHorizon` and
 * `cadence-never-catches-up`, with the spec's worked example.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCadence } from '../../../language-server/analysis/cadence.js';
import { simulateBacklog } from '../../../language-server/analysis/cadence-catch-up.js';
import { formatIsoDay, parseIsoDay } from '../../../language-server/analysis/calendar.js';
import type { Cadence } from '../../../language-server/model/plan-model.js';
import { DiagnosticCode } from '../../../language-server/protocol/diagnostic-codes.js';
import { findingMessage } from '../../../language-server/validation/finding-messages.js';
import { cadence, src } from '../../helpers/model-builders.js';
import { expectClose } from '../../helpers/numbers.js';

const START = parseIsoDay('2027-01-04')!;

/** Vendor every 13 weeks, cycle 12 to 15 weeks, then `later` weeks from day 182, behind `behind`. */
function ehr(behind: number | null, later: number | null = 8): Cadence {
    return {
        ...cadence('EhrUpgrades', 13, 12, 15),
        laterCycles: later === null ? [] : [{ fromDay: START + 182, minWeeks: later - 2, maxWeeks: later, source: src(3) }],
        behind: behind === null ? null : { releases: behind, source: src(4) },
    };
}

describe('simulateBacklog (spec §9, EHR catch-up)', () => {
    it('reproduces the worked example: caught up on start + 658 days', () => {
        const result = simulateBacklog({
            startDay: 0, horizonDay: 5 * 365, vendorWeeks: 13, behind: 3,
            cycles: [{ fromDay: 0, slowestWeeks: 15 }, { fromDay: 182, slowestWeeks: 8 }],
        });
        // By day 182: 3 + 26/13 − 26/15 = 3.2667; then −(1/8 − 1/13) = −0.048077 a week → 67.95 weeks = 475.63 days.
        expectClose(result.curve[1]!.backlog, 3 + 2 - 26 / 15);
        expectClose(result.curve[2]!.day, 182 + (3 + 2 - 26 / 15) / (1 / 8 - 1 / 13) * 7);
        expect(result.caughtUpDay).toBe(658);
        // Caught up, the faster team stays at 0.
        expect(result.backlogAtHorizon).toBe(0);
    });

    it('grows again from 0 under a slower cycle', () => {
        // 1 release absorbed at 1/6.5 − 1/13 = 1/13 a week: caught up after 13 weeks = day 91.
        const result = simulateBacklog({
            startDay: 0, horizonDay: 400, vendorWeeks: 13, behind: 1,
            cycles: [{ fromDay: 0, slowestWeeks: 6.5 }, { fromDay: 200, slowestWeeks: 26 }],
        });
        expect(result.caughtUpDay).toBe(91);
        // From day 200 to 400: (1/13 − 1/26) a week × 200/7 weeks = 1.0989.
        expectClose(result.backlogAtHorizon, (1 / 13 - 1 / 26) * 200 / 7);
    });
});

describe('analyzeCadence with dated cycles and a backlog (spec §9)', () => {
    const timeline = { startDay: START, horizonYears: 5 };

    it('gives caughtUpOn, backlogAtHorizon and the per-year figures of the cycle in force at the horizon', () => {
        const { analysis, findings } = analyzeCadence(ehr(3), timeline);
        expect(analysis.caughtUpOn).toBe(formatIsoDay(START + 658));
        expect(analysis.caughtUpOn).toBe('2028-10-23');
        expect(analysis.backlogAtHorizon).toBe(0);
        // The 8-week cycle is in force at the horizon: 52/8 = 6.5 absorbed, faster than the vendor, so no backlog a year.
        expectClose(analysis.absorbedPerYear, 6.5);
        expect(analysis.backlogPerYear).toBe(0);
        expect(findings).toEqual([]);
    });

    it('warns cadence-never-catches-up on the behind line when the backlog is never absorbed', () => {
        const { analysis, findings } = analyzeCadence(ehr(3, null), timeline);
        expect(analysis.caughtUpOn).toBeNull();
        // 5 years = 2027-01-04 → 2032-01-04 = 1826 days; 3 + 1826/7 × (1/13 − 1/15) = 5.6754.
        expectClose(analysis.backlogAtHorizon, 3 + 1826 / 7 * (1 / 13 - 1 / 15));
        const never = findings.find(f => f.code === DiagnosticCode.CadenceNeverCatchesUp)!;
        expect(never).toMatchObject({ severity: 'warning', source: src(4) });
        expect(never).toMatchObject({ cadence: 'EhrUpgrades', behind: 3, horizon: '2032-01-04' });
        expect(findingMessage(never)).toBe('EhrUpgrades never catches up on its backlog of 3 releases within the horizon: 5.68 still to absorb on 2032-01-04');
        expect(findings.map(f => f.code)).toContain(DiagnosticCode.CadenceBacklog);
    });

    it('has no catch-up without a backlog at the start, and nothing over time without a start date', () => {
        expect(analyzeCadence(ehr(null), timeline).analysis).toMatchObject({ caughtUpOn: null, backlogAtHorizon: 0, behind: 0 });
        const undated = analyzeCadence(ehr(3), { startDay: null, horizonYears: 5 });
        expect(undated.analysis).toMatchObject({ caughtUpOn: null, backlogAtHorizon: null });
        expect(undated.findings).toEqual([]);
    });
});
