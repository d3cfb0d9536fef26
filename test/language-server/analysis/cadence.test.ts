import { describe, expect, it } from 'vitest';
import { analyzeCadence } from '../../../language-server/analysis/cadence.js';
import { DiagnosticCode } from '../../../language-server/protocol/diagnostic-codes.js';
import { cadence } from '../../helpers/model-builders.js';
import { expectClose } from '../../helpers/numbers.js';
import { worded } from '../../helpers/findings.js';

type Expected = { vendor: number | null; absorbed: number | null; backlog: number | null };

/** Analyses a cadence given as vendor interval and internal cycle range (weeks). */
function check(vendor: number | null, min: number | null, max: number | null, expected: Expected) {
    const { analysis, findings } = analyzeCadence(cadence('EhrUpgrades', vendor, min, max));
    const pairs: [number | null, number | null][] = [
        [analysis.vendorPerYear, expected.vendor], [analysis.absorbedPerYear, expected.absorbed], [analysis.backlogPerYear, expected.backlog],
    ];
    for (const [actual, wanted] of pairs) {
        if (wanted === null) expect(actual).toBeNull(); else expectClose(actual, wanted);
    }
    return findings;
}

describe('analyzeCadence (spec §2, Cadence)', () => {
    it('reproduces Riverside: every 13 weeks vs 12 to 15 weeks', () => {
        const findings = check(13, 12, 15, { vendor: 4, absorbed: 3.466667, backlog: 0.533333 });
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ severity: 'warning', code: DiagnosticCode.CadenceBacklog });
        expect(worded(findings[0]!).message).toBe('EhrUpgrades falls behind by 0.53 vendor releases a year: the vendor ships 4 a year, '
            + 'the team absorbs 3.47 (slowest internal cycle 15 weeks)');
        expect(findings[0]!.source).toEqual(cadence('EhrUpgrades', 13, 12, 15).source);
    });

    it('has no backlog when the slowest cycle keeps up', () => {
        expect(check(13, 8, 13, { vendor: 4, absorbed: 4, backlog: 0 })).toEqual([]);
        expect(check(26, 4, 8, { vendor: 2, absorbed: 6.5, backlog: 0 })).toEqual([]);
    });

    it('uses the only internal cycle given', () => {
        check(13, 26, null, { vendor: 4, absorbed: 2, backlog: 2 });
    });

    it('leaves figures null when inputs are missing or not positive', () => {
        expect(check(null, 12, 15, { vendor: null, absorbed: 52 / 15, backlog: null })).toEqual([]);
        expect(check(13, null, null, { vendor: 4, absorbed: null, backlog: null })).toEqual([]);
        expect(check(0, 12, 15, { vendor: null, absorbed: 52 / 15, backlog: null })).toEqual([]);
        expect(check(13, 12, -1, { vendor: 4, absorbed: null, backlog: null })).toEqual([]);
        expect(check(Number.NaN, 12, 1e-320, { vendor: null, absorbed: null, backlog: null })).toEqual([]);
    });

    it('carries the name and title', () => {
        expect(analyzeCadence(cadence('X', 13, 12, 15)).analysis).toMatchObject({ name: 'X', title: 'X' });
    });
});
