/**
 * `hitp analyze FILE --scenario NAME [--json]` (spec §10), run as the real binary.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { expectPinned } from '../../helpers/pinned.js';

interface Json {
    plan: { scenario: string | null; finish: string | null };
    candidates: Array<{ name: string; funded: boolean }>;
    milestones: Array<{ name: string; achieved: string | null }>;
    scenarios: Array<{ name: string; funded: string[]; deferred: string[]; portfolio: { npv: number }; npvChange: number; finishChangeDays: number | null }>;
    sensitivity: unknown;
    portfolio: { npv: number };
}

function analyze(args: string[]): { json: Json; status: number | null } {
    const run = runCli(['analyze', ...args, '--json']);
    expect(run.stderr).toBe('');
    return { json: JSON.parse(run.stdout) as Json, status: run.status };
}

describe('hitp analyze --scenario', () => {
    it('riverside: sensitivity as pinned, no scenarios, plan.scenario null', () => {
        const { json, status } = analyze(['examples/riverside.hitp']);
        expect(status).toBe(0);
        expect(json.plan.scenario).toBeNull();
        expect(json.scenarios).toEqual([]);
        expectPinned(json.sensitivity, {
            breakEvenBenefitChange: -0.303421,
            drivers: [
                { driver: 'discount', low: 0.06, high: 0.1, npvLow: 760079.995, npvHigh: 535962.009 },
                { driver: 'inflation', low: 0.01, high: 0.05, npvLow: 647789.232, npvHigh: 638419.398 },
                { driver: 'benefits', low: 0.8, high: 1.2, npvLow: 219232.363, npvHigh: 1067153.807 },
                { driver: 'costs', low: 0.8, high: 1.2, npvLow: 938515.190, npvHigh: 347870.980 },
            ],
        });
    });

    it('prints the whole analysis of the scenario, with plan.scenario set and the comparison with the plan', () => {
        const base = analyze(['examples/community-hospital.hitp']).json;
        const { json, status } = analyze(['examples/community-hospital.hitp', '--scenario', 'NoDcMove']);
        expect(status).toBe(0);
        expect(json.plan.scenario).toBe('NoDcMove');
        const gone = ['DcRefresh', 'DrSite', 'EhrUpgrade', 'ClinicalDocs', 'Backup', 'Telehealth', 'RemoteMonitoring'];
        expect(json.candidates.map(c => c.name).filter(n => gone.includes(n))).toEqual([]);
        expect(json.milestones.find(m => m.name === 'EhrLive')?.achieved).toBeNull();
        expect(json.scenarios).toEqual(base.scenarios);
        const summary = base.scenarios.find(s => s.name === 'NoDcMove')!;
        expect(summary.portfolio.npv).toBe(json.portfolio.npv);
        expect(summary.funded).toEqual(json.candidates.filter(c => c.funded).map(c => c.name));
        expect(summary.npvChange).toBeCloseTo(json.portfolio.npv - base.portfolio.npv, 3);
        expect(summary.finishChangeDays).toBe((Date.parse(json.plan.finish!) - Date.parse(base.plan.finish!)) / 86_400_000);
    });

    it('the summary names the scenario; an unknown scenario is one line, exit 2', () => {
        const summary = runCli(['analyze', 'examples/it-outsourcing.hitp', '--scenario', 'InHouse']);
        expect(summary.status).toBe(0);
        expect(summary.stdout.split('\n')[0]).toBe('Northgate: Northgate Health IT-outsourcing transition (scenario InHouse)');
        const unknown = runCli(['analyze', 'examples/it-outsourcing.hitp', '--scenario', 'Nope', '--json']);
        expect(unknown).toEqual({ status: 2, stdout: '', stderr: "hitp: unknown scenario 'Nope' (the plan's scenarios: InHouse, ProviderCycle)\n" });
        const none = runCli(['analyze', 'examples/riverside.hitp', '--scenario', 'Downside']);
        expect(none).toEqual({ status: 2, stdout: '', stderr: "hitp: unknown scenario 'Downside' (the plan declares no scenario)\n" });
        const missing = runCli(['analyze', 'examples/riverside.hitp', '--scenario']);
        expect(missing.status).toBe(2);
        expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    });
});
