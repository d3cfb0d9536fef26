/**
 * Spec §7 and §8 in the editor faces (in process, where the simulation runs at once): hover on a
 * risk, on a three-point duration, on the plan, a candidate and a milestone; code lenses on the
 * plan (P50/P80/P95), on a candidate (risk-adjusted NPV) and on each risk; the outline.
 */
import { clearDocuments, expectHover } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { hitp, parse, services } from '../../helpers/services.js';
import { lineOf, markAt } from './lsp-test-utils.js';

/** The spec's worked example: 30%, 4 weeks and 120k over two candidates. */
const PLAN = `plan P "Risky plan" { start 2027-01-04 simulation 1000 runs seed 3 }
criteria { Value weight 100% }
stakeholder Architect "IT architecture lead" { role sponsor }
candidate CoreNetwork "Core network" { owner Architect scores Value 4 duration 10 weeks (8 to 14) cost 450k once benefit 200k yearly }
candidate Wifi "Wi-Fi" { owner Architect scores Value 3 duration 2 weeks cost 10k once }
phase Pilot "Pilot" { includes CoreNetwork, Wifi milestone Live "Network live" due 2027-03-20 when CoreNetwork }
risk SwitchDelay "Core switch delivery slips" { affects CoreNetwork, Wifi likelihood 30% impact 4 weeks, 120k owner Architect contingency 40k }
`;

const hover = expectHover(hitp);
const hoverAt = (needle: string, expected: string | RegExp, delta = 1) =>
    hover({ text: markAt(PLAN, needle, delta), index: 0, hover: expected, disposeAfterCheck: true });

describe('risk and simulation hovers', () => {
    afterEach(() => clearDocuments(services.shared));

    test('a risk: exposure, delay exposure, each candidate\'s share and whether it is critical', () => hoverAt('SwitchDelay', [
        '**SwitchDelay** — Core switch delivery slips *(risk)*',
        '',
        'Likelihood **30%** · impact 28 days, $120,000',
        '',
        'Exposure **$36,000** · delay exposure **8.4 days** · on the **critical path**',
        '',
        '| Affected candidate | Share of exposure | Critical |',
        '|---|---:|---|',
        '| CoreNetwork | $18,000 | **yes** |',
        '| Wifi | $18,000 | no |',
        '',
        'Owner Architect · contingency $40,000',
        '',
        'Mitigation: **none**',
    ].join('\n')));

    test('a three-point duration: range, most likely and mean', () => hoverAt('(8 to 14)', [
        '**Three-point duration** *(simulated)*',
        '',
        'Range 56 days to 98 days · most likely **70 days** (the schedule uses it) · mean **74.7 days**',
    ].join('\n'), 1));

    test('the plan: risk exposure, risk-adjusted NPV, contingency and the simulated P50/P80/P95', () =>
        hoverAt('P "Risky', /Risk exposure \*\*\$36,000\*\* · risk-adjusted NPV \*\*.+\*\* · contingency \*\*\$40,000\*\*\n\nSimulated finish \(1,000 runs\): P50 \*\*2027-\d\d-\d\d\*\* · P80 \*\*2027-\d\d-\d\d\*\* · P95 \*\*2027-\d\d-\d\d\*\*$/, 0));

    test('a candidate: its share of exposure and risk-adjusted NPV', () =>
        hoverAt('Wifi "Wi-Fi"', /\n\nRisk exposure \*\*\$18,000\*\* · risk-adjusted NPV \*\*-\$28,000\*\*$/, 0));

    test('a milestone: its on-time probability and P80', () =>
        hoverAt('Live "Network', /\n\nOn time in \*\*[\d.]+%\*\* of 1,000 runs · P80 \*\*2027-\d\d-\d\d\*\*$/, 0));
});

describe('risk and simulation code lenses', () => {
    afterEach(() => clearDocuments(services.shared));

    test('the plan shows P50/P80/P95, a risk candidate its risk-adjusted NPV, each risk its figures', async () => {
        const document = await parse(PLAN);
        const lenses = (await hitp.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } })) ?? [];
        const at = (needle: string) => lenses.filter(l => l.range.start.line === lineOf(PLAN, needle)).map(l => l.command!.title);
        expect(at('plan P')[0]).toMatch(/^Portfolio NPV .+ · finish 2027-03-15 · P50 2027-\d\d-\d\d · P80 2027-\d\d-\d\d · P95 2027-\d\d-\d\d$/);
        expect(at('candidate Wifi')).toEqual(['#2 · PI 3 · NPV -$10,000 · IRR — · payback — · risk-adjusted NPV -$28,000']);
        expect(at('risk SwitchDelay')).toEqual(['likelihood 30% · exposure $36,000 · delay exposure 8.4 days · critical · no mitigation']);
    });
});

describe('the outline', () => {
    afterEach(() => clearDocuments(services.shared));

    test('lists each risk with its title', async () => {
        const document = await parse(PLAN);
        const symbols = (await hitp.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } })) ?? [];
        expect(symbols.find(s => s.name === 'SwitchDelay')).toMatchObject({ detail: 'Core switch delivery slips', kind: 19 /* Object */ });
    });
});
