import { describe, expect, it } from 'vitest';
import { analyzeKpis, evaluateGates, meets } from '../../../language-server/analysis/kpi-gates.js';
import type { Comparator } from '../../../language-server/model/plan-model.js';
import { DiagnosticCode } from '../../../language-server/protocol/diagnostic-codes.js';
import { gate, kpi, phase } from '../../helpers/model-builders.js';
import { worded } from '../../helpers/findings.js';

describe('meets', () => {
    const cases: [number, Comparator, number, boolean][] = [
        [1.8, '<=', 2, true], [2, '<=', 2, true], [2.1, '<=', 2, false],
        [1.8, '<', 2, true], [2, '<', 2, false],
        [3, '>=', 2, true], [2, '>=', 2, true], [1, '>=', 2, false],
        [3, '>', 2, true], [2, '>', 2, false],
        [2, '=', 2, true], [2.5, '=', 2, false],
        // 0.1 + 0.2 is 0.30000000000000004: equal as written.
        [0.1 + 0.2, '=', 0.3, true], [0.1 + 0.2, '<=', 0.3, true], [0.1 + 0.2, '>', 0.3, false],
        [Number.NaN, '<=', 2, false], [Infinity, '>', 2, false],
    ];
    for (const [value, comparator, target, expected] of cases) {
        it(`${value} ${comparator} ${target} is ${expected}`, () => expect(meets(value, comparator, target)).toBe(expected));
    }
});

describe('analyzeKpis', () => {
    it('reports a baseline that already meets its target', () => {
        const { kpis, findings } = analyzeKpis([kpi('EhrLoadTime', 1.8, ['<=', 2])]);
        expect(kpis[0]).toMatchObject({ name: 'EhrLoadTime', baseline: 1.8, target: { comparator: '<=', value: 2 }, targetMet: true });
        expect(findings).toHaveLength(1);
        expect(worded(findings[0]!)).toMatchObject({
            severity: 'info', code: DiagnosticCode.TargetMet, message: 'EhrLoadTime already meets its target: baseline 1.8 <= 2',
        });
    });

    it('stays silent for the Riverside KPIs, which do not meet their targets yet', () => {
        const { kpis, findings } = analyzeKpis([kpi('EhrLoadTime', 3.1, ['<=', 2]), kpi('Incidents', 6, ['<=', 2])]);
        expect(kpis.map(k => k.targetMet)).toEqual([false, false]);
        expect(findings).toEqual([]);
    });

    it('leaves targetMet null without a baseline or a target', () => {
        const { kpis, findings } = analyzeKpis([kpi('A', null, ['<=', 2]), kpi('B', 1, null)]);
        expect(kpis.map(k => k.targetMet)).toEqual([null, null]);
        expect(findings).toEqual([]);
    });
});

describe('evaluateGates', () => {
    const kpis = [kpi('EhrLoadTime', 3.1, ['<=', 2]), kpi('Incidents', 6, ['<=', 2]), kpi('Uptime', null)];

    it('fails the Riverside pilot gate on the baselines', () => {
        const [result] = evaluateGates([phase('Pilot', { gates: [gate('Pilot', [['EhrLoadTime', '<=', 2.5], ['Incidents', '<=', 3]])] })], kpis);
        expect(result).toEqual({
            phase: 'Pilot',
            passes: false,
            conditions: [
                { kpi: 'EhrLoadTime', comparator: '<=', value: 2.5, baseline: 3.1, current: null, passes: false },
                { kpi: 'Incidents', comparator: '<=', value: 3, baseline: 6, current: null, passes: false },
            ],
        });
    });

    it('passes when every condition holds', () => {
        const [result] = evaluateGates([phase('P', { gates: [gate('P', [['EhrLoadTime', '<', 4], ['Incidents', '>=', 6]])] })], kpis);
        expect(result!.passes).toBe(true);
    });

    it('is unknown when a baseline is missing or the KPI is unknown', () => {
        const gates = evaluateGates([phase('P', {
            gates: [gate('P', [['EhrLoadTime', '<', 4], ['Uptime', '>', 0.99]]), gate('P', [['Ghost', '=', 1]])],
        })], kpis);
        expect(gates.map(g => g.passes)).toEqual([null, null]);
        expect(gates[0]!.conditions[1]!.passes).toBeNull();
    });

    it('returns one analysis per gate and nothing for phases without gates', () => {
        expect(evaluateGates([phase('A'), phase('B', { gates: [gate('B', [])] })], kpis)).toEqual([{ phase: 'B', conditions: [], passes: true }]);
    });
});

describe('unit-mismatch (spec §6): a mismatched comparison neither passes nor fails', () => {
    // Baseline 99.5% (0.995) against a plain 99.9: numerically 0.995 <= 99.9 would "pass".
    const availability = () => ({ ...kpi('Availability', 0.995, ['<=', 99.9]), baselineKind: 'percent' as const, percent: true });

    it('gives targetMet null and no target-met when the target is of the other kind', () => {
        const k = availability();
        k.target = { ...k.target!, kind: 'number' };
        const { kpis, findings } = analyzeKpis([k]);
        expect(kpis[0]!.targetMet).toBeNull();
        expect(findings).toEqual([]);
    });

    it('gives passes null to a gate condition of the other kind, and to its gate', () => {
        const pilot = phase('Pilot', { gates: [gate('Pilot', [['Availability', '<=', 99.9]])] });
        pilot.gates[0]!.conditions[0]!.kind = 'number';
        const [evaluated] = evaluateGates([pilot], [availability()]);
        expect(evaluated!.conditions[0]!.passes).toBeNull();
        expect(evaluated!.passes).toBeNull();
        pilot.gates[0]!.conditions[0]!.kind = 'percent';
        pilot.gates[0]!.conditions[0]!.value = 0.999;
        expect(evaluateGates([pilot], [availability()])[0]!.conditions[0]!.passes).toBe(true);
    });
});
