/**
 * End to end, text → analysis: scoring (spec §2, Scoring), gates on KPI baselines, funding under a
 * budget and the portfolio (spec §2, Funding, Cash flows). Every number is computed by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { PlanAnalysis } from '../../../../language-server/analysis/plan-analysis.js';
import { expectAllClose, expectClose } from '../../../helpers/numbers.js';
import { codeOf, hitp, parse } from '../../../helpers/services.js';

async function analyse(text: string): Promise<{ analysis: PlanAnalysis; codes: string[]; messages: string[] }> {
    const document = await parse(text);
    const diagnostics = document.diagnostics ?? [];
    return {
        analysis: hitp.plan.PlanService.getPlanResult(document).analysis,
        codes: diagnostics.map(codeOf),
        messages: diagnostics.map(d => `${codeOf(d)}: ${d.message}`),
    };
}

function byName<T extends { name: string }>(items: T[], name: string): T {
    const item = items.find(i => i.name === name);
    expect(item, name).toBeDefined();
    return item!;
}

describe('scoring', () => {
    it('without a criteria block uses the five default criteria with equal weights: the mean of the scores', async () => {
        const { analysis, codes } = await analyse(`
plan P { start 2027-01-04 }
candidate K { scores Strategic 4, Clinical 2, Efficiency 3, Risk 5, Resources 3 }
candidate L { scores Strategic 5, Clinical 5, Efficiency 5, Risk 5, Resources 5 }
`);
        expect(analysis.criteria.map(c => [c.name, c.normalisedWeight])).toEqual([
            ['Strategic', 0.2], ['Clinical', 0.2], ['Efficiency', 0.2], ['Risk', 0.2], ['Resources', 0.2],
        ]);
        // K: (4 + 2 + 3 + 5 + 3) / 5 = 17/5 = 3.4; L: 25/5 = 5.
        expectClose(byName(analysis.candidates, 'K').priorityIndex, 3.4);
        expectClose(byName(analysis.candidates, 'L').priorityIndex, 5);
        expect(analysis.candidates.map(c => [c.name, c.rank])).toEqual([['L', 1], ['K', 2]]);
        expect(codes).toContain('default-criteria');
        expect(codes).not.toContain('missing-score');
        expect(codes).not.toContain('unknown-criterion');
    });

    it('accepts `scale 1 to 10` and normalises weights that do not add up to 100%', async () => {
        const { analysis, codes } = await analyse(`
plan P { start 2027-01-04 }
criteria { scale 1 to 10 A weight 30% B weight 20% }
candidate X { scores A 10, B 5 }
candidate Y { scores A 9, B 9 }
candidate Z { scores A 1, B 1 }
`);
        // Weights 30% and 20% sum to 50%: normalised 0.6 and 0.4.
        expect(analysis.criteria.map(c => [c.name, c.normalisedWeight])).toEqual([['A', 0.6], ['B', 0.4]]);
        // X: 0.6·10 + 0.4·5 = 8; Y: 0.6·9 + 0.4·9 = 9; Z: 0.6 + 0.4 = 1.
        expectClose(byName(analysis.candidates, 'X').priorityIndex, 8);
        expectClose(byName(analysis.candidates, 'Y').priorityIndex, 9);
        expectClose(byName(analysis.candidates, 'Z').priorityIndex, 1);
        expect(analysis.candidates.map(c => [c.name, c.rank])).toEqual([['Y', 1], ['X', 2], ['Z', 3]]);
        expect(byName(analysis.candidates, 'X').scoreBreakdown).toMatchObject([
            { criterion: 'A', score: 10 }, { criterion: 'B', score: 5 },
        ]);
        expect(codes).not.toContain('score-out-of-range');
        expect(codes).toContain('weights-not-100');
    });

    it('gives equal indices the same rank (1, 2, 2, 4), listing ties in declaration order', async () => {
        const { analysis } = await analyse(`
plan P { start 2027-01-04 }
criteria { Value weight 100% }
candidate S { scores Value 2 }
candidate R { scores Value 3 }
candidate P1 { scores Value 4 }
candidate T { scores Value 1 }
candidate Q { scores Value 3 }
`);
        expect(analysis.candidates.map(c => [c.name, c.rank])).toEqual([['P1', 1], ['R', 2], ['Q', 2], ['S', 4], ['T', 5]]);
    });

    it('does not let floating-point noise split a tie', async () => {
        // Weights 10/20/70 (sum 100%). X = 0.1·3 + 0.2·3 + 0.7·3 = 3; Y = 0.1·1 + 0.2·4 + 0.7·3 = 3;
        // Z = 0.1·5 + 0.2·2 + 0.7·3 = 3 (in doubles Y and Z come out as 2.9999999999999996); W = 1.
        const { analysis } = await analyse(`
plan P { start 2027-01-04 }
criteria { A weight 10% B weight 20% C weight 70% }
candidate X { scores A 3, B 3, C 3 }
candidate Y { scores A 1, B 4, C 3 }
candidate Z { scores A 5, B 2, C 3 }
candidate W { scores A 1, B 1, C 1 }
`);
        expect(analysis.candidates.map(c => [c.name, c.rank])).toEqual([['X', 1], ['Y', 1], ['Z', 1], ['W', 4]]);
        for (const name of ['X', 'Y', 'Z']) expectClose(byName(analysis.candidates, name).priorityIndex, 3);
    });
});

describe('gates on the KPI baselines', () => {
    it('passes or fails each condition on the baseline, and the gate only when all pass', async () => {
        const { analysis } = await analyse(`
plan P { start 2027-01-04 }
kpi EhrLoadTime { baseline 3.1 target <= 2 }
kpi Incidents { baseline 6 target <= 2 }
kpi Uptime { baseline 99.95% target >= 99.9% }
kpi NewKpi { target >= 5 }
phase Pilot { gate EhrLoadTime <= 3.5, Incidents <= 3 }
phase Rollout { after Pilot gate Uptime >= 99.9%, EhrLoadTime < 3.1 }
phase Live { after Rollout gate Uptime > 99.9%, Incidents = 6 }
phase Later { gate NewKpi >= 5, Incidents <= 10 }
`);
        // Pilot: 3.1 ≤ 3.5 passes, 6 ≤ 3 fails → fails.
        // Rollout: 0.9995 ≥ 0.999 passes, 3.1 < 3.1 fails (strict) → fails.
        // Live: 0.9995 > 0.999 passes, 6 = 6 passes → passes.
        // Later: NewKpi has no baseline → unknown (null); 6 ≤ 10 passes → the gate is unknown (null).
        expect(analysis.gates.map(g => [g.phase, g.conditions.map(c => [c.kpi, c.comparator, c.baseline, c.passes]), g.passes])).toEqual([
            ['Pilot', [['EhrLoadTime', '<=', 3.1, true], ['Incidents', '<=', 6, false]], false],
            ['Rollout', [['Uptime', '>=', 0.9995, true], ['EhrLoadTime', '<', 3.1, false]], false],
            ['Live', [['Uptime', '>', 0.9995, true], ['Incidents', '=', 6, true]], true],
            ['Later', [['NewKpi', '>=', null, null], ['Incidents', '<=', 6, true]], null],
        ]);
        expectClose(analysis.gates[1]!.conditions[0]!.value, 0.999);
        // Uptime's baseline already meets its target (0.9995 ≥ 0.999); the others do not, or have no baseline.
        expect(analysis.kpis.map(k => [k.name, k.targetMet])).toEqual([
            ['EhrLoadTime', false], ['Incidents', false], ['Uptime', true], ['NewKpi', null],
        ]);
    });
});

describe('funding and the portfolio', () => {
    const text = `
plan F { start 2027-01-04 horizon 3 years discount 10% budget 700k }
criteria { Value weight 100% }
candidate A { scores Value 5 duration 4 weeks cost 500k once benefit 200k yearly }
candidate B { scores Value 4 duration 4 weeks cost 800k once benefit 1M yearly }
candidate C { scores Value 3 duration 4 weeks cost 100k once benefit 50k yearly from year 2 }
`;

    it('funds in rank order and defers what does not fit; deferred work is not scheduled', async () => {
        // Budget 700,000: A (rank 1) 500,000 → funded, 200,000 left; B (rank 2) 800,000 > 200,000 → deferred;
        // C (rank 3) 100,000 ≤ 200,000 → funded, 100,000 left.
        const { analysis, messages } = await analyse(text);
        expect(analysis.candidates.map(c => [c.name, c.funded, c.start, c.finish])).toEqual([
            ['A', true, '2027-01-04', '2027-02-01'],
            ['B', false, null, null],
            ['C', true, '2027-01-04', '2027-02-01'],
        ]);
        expect(messages.filter(m => m.startsWith('over-budget'))).toEqual([
            'over-budget: B is deferred: its one-off costs of $800,000 do not fit the remaining budget of $200,000',
        ]);
        // B's own figures are still computed: [−800,000, 1,000,000 × 3].
        expectAllClose(byName(analysis.candidates, 'B').cashflows, [-800000, 1000000, 1000000, 1000000]);
    });

    it('sums the funded candidates only', async () => {
        // A: [−500,000, 200,000, 200,000, 200,000]; C: [−100,000, 0, 50,000, 50,000]; B left out.
        // Portfolio: [−600,000, 200,000, 250,000, 250,000].
        const { analysis } = await analyse(text);
        const p = analysis.portfolio;
        expectAllClose(p.cashflows, [-600000, 200000, 250000, 250000]);
        // NPV at 10% (first flow undiscounted): −600,000 + 181,818.18 + 206,611.57 + 187,828.70 ≈ −23,741.55.
        expectClose(p.npv, -600000 + 200000 / 1.1 + 250000 / 1.1 ** 2 + 250000 / 1.1 ** 3);
        // ROI = (700,000 − 600,000) / 600,000 = 1/6.
        expectClose(p.roi, 1 / 6);
        // Payback: cumulative −600,000, −400,000, −150,000, +100,000 → year 3: 2 + 150,000/250,000 = 2.6.
        expectClose(p.paybackYears, 2.6);
        // IRR: NPV is +100,000 at 0% and negative at 10%, so the single root lies in between, where NPV = 0.
        const irr = p.irr!;
        expect(irr).toBeGreaterThan(0);
        expect(irr).toBeLessThan(0.1);
        const npvAtIrr = -600000 + 200000 / (1 + irr) + 250000 / (1 + irr) ** 2 + 250000 / (1 + irr) ** 3;
        expect(Math.abs(npvAtIrr)).toBeLessThan(1e-3);
    });

    it('without a budget funds everything, and the portfolio is every candidate', async () => {
        const { analysis, codes } = await analyse(text.replace(' budget 700k', ''));
        expect(analysis.candidates.every(c => c.funded)).toBe(true);
        expect(codes).not.toContain('over-budget');
        // [−600,000 − 800,000, 200,000 + 1,000,000, 250,000 + 1,000,000, 250,000 + 1,000,000]
        expectAllClose(analysis.portfolio.cashflows, [-1400000, 1200000, 1250000, 1250000]);
    });
});
