/**
 * Spec §8 in the language server (the real bundled server over stdio): an edit's diagnostics are
 * published without waiting for the simulation; `milestone-at-risk` and the simulated figures
 * follow when it is done; a newer edit cancels a running simulation, whose findings then never appear.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { DiagnosticCode } from '../../../language-server/protocol/diagnostic-codes.js';
import { positionOf, TestClient } from '../../helpers/stdio-client.js';

const uri = 'file:///simulated/plan.hitp';

/** A chain of 30 uncertain candidates: each run does real work, so a big run count takes seconds. */
function plan(runs: number, due: string): string {
    const candidates = Array.from({ length: 30 }, (_, i) =>
        `candidate C${i} "Step ${i}" { duration 5 days (3 to 12)${i > 0 ? ` after C${i - 1}` : ''} }`);
    return [
        `plan P "Simulated" { start 2027-01-04 simulation ${runs} runs seed 5 }`,
        ...candidates,
        `phase Ph "Phase" { includes ${candidates.map((_, i) => `C${i}`).join(', ')} milestone Done "Done" due ${due} when C29 }`,
        '',
    ].join('\n');
}

const atRisk = (diagnostics: Diagnostic[] | undefined) => (diagnostics ?? []).some(d => d.code === DiagnosticCode.MilestoneAtRisk);
const hoverText = (hover: Hover | null) => (hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '');

let client: TestClient | undefined;
afterEach(async () => {
    await client?.stop();
    client = undefined;
});

describe('the simulation in the language server', () => {
    it('publishes the edit\'s diagnostics first, then milestone-at-risk when the simulation is done', async () => {
        client = await TestClient.start();
        let done = 0;
        client.connection.onNotification('hitp/simulationDone', () => { done++; });
        // Due on the deterministic finish: the milestone is late in most runs.
        const text = plan(200_000, '2027-06-03');
        await client.open(uri, text);
        await client.until(() => (client!.published.get(uri)?.length ?? 0) > 0, 'the first diagnostics');
        const first: PublishDiagnosticsParams = client.published.get(uri)![0]!;
        // The simulation of 200,000 runs has not finished when the edit's diagnostics arrive.
        expect(atRisk(first.diagnostics)).toBe(false);
        expect(done).toBe(0);
        const planHover = positionOf(text, 'P "Simulated"');
        expect(hoverText(await client.hover(uri, planHover.line, planHover.character))).toContain('simulating…');
        await client.until(() => atRisk(client!.lastDiagnostics(uri)), 'milestone-at-risk', 120_000);
        const warning = client.lastDiagnostics(uri)!.find(d => d.code === DiagnosticCode.MilestoneAtRisk)!;
        expect(warning.message).toMatch(/^Milestone Done is on time in [\d.]+% of 200,000 runs, below the plan's 80% confidence: P80 2027-\d\d-\d\d, due 2027-06-03$/);
        expect(warning.range.start).toEqual(positionOf(text, 'Done "Done"'));
        // The other diagnostics of the edit are still there.
        expect(client.lastDiagnostics(uri)!.length).toBe(first.diagnostics.length + 1);
        await client.until(() => done > 0, 'hitp/simulationDone');
        expect(hoverText(await client.hover(uri, planHover.line, planHover.character))).toMatch(/P50 \*\*2027-\d\d-\d\d\*\* · P80 \*\*2027-\d\d-\d\d\*\* · P95 \*\*2027-\d\d-\d\d\*\*/);
    }, 180_000);

    it('cancels a running simulation on a newer edit: its findings never appear', async () => {
        client = await TestClient.start();
        let done = 0;
        client.connection.onNotification('hitp/simulationDone', () => { done++; });
        // 60,000 runs take a few seconds: far longer than the edit that follows takes to arrive.
        await client.open(uri, plan(60_000, '2027-06-03'), 1);
        await client.until(() => (client!.published.get(uri)?.length ?? 0) > 0, 'the first diagnostics');
        // Version 2 moves the due date far beyond every possible finish: nothing is at risk any more.
        await client.change(uri, plan(100, '2028-12-31'), 2);
        await client.until(() => done > 0, 'hitp/simulationDone', 120_000);
        // Give the stale simulation ample time to finish and publish, were it not cancelled.
        await new Promise(resolve => setTimeout(resolve, 15_000));
        expect(client.published.get(uri)!.some(p => atRisk(p.diagnostics))).toBe(false);
        expect(done).toBe(1);
    }, 180_000);

    it('leaves out a milestone-at-risk that hitp-ignore silences (spec §6), and keeps it elsewhere', async () => {
        client = await TestClient.start();
        let done = 0;
        client.connection.onNotification('hitp/simulationDone', () => { done++; });
        const loud = 'file:///simulated/loud.hitp';
        const text = plan(2_000, '2027-06-03');
        const quiet = text.replace('phase Ph', '// hitp-ignore milestone-at-risk\nphase Ph');
        await client.open(uri, quiet);
        await client.until(() => done > 0, 'hitp/simulationDone', 120_000);
        await client.open(loud, text);
        await client.until(() => atRisk(client!.lastDiagnostics(loud)), 'milestone-at-risk in the file without the directive', 120_000);
        expect(client.published.get(uri)!.some(p => atRisk(p.diagnostics))).toBe(false);
        expect(client.lastDiagnostics(uri)!.some(d => d.code === DiagnosticCode.InvalidIgnore)).toBe(false);
    }, 180_000);
});
