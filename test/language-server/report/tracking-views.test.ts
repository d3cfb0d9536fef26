/**
 * The roadmap of a plan in flight (spec §9): ghost baseline bars, the status-date line, gates as
 * of the status date, the balanced scorecard and the backlog chart, rendered from the analysis of
 * real plan text. Expected values are read from the analysis independently of the renderer.
 */
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../language-server/report/format.js';
import { renderRoadmap } from '../../../language-server/report/render-roadmap.js';
import { analyse, IN_FLIGHT } from '../../helpers/in-flight.js';

/** The live chart only (templates repeat it per zoom level, and the printed copy once more). */
function live(out: string): string {
    return out.replace(/<template[\s\S]*?<\/template>/g, '').replace(/<div class="gantt-print"[\s\S]*?<\/div>/g, '');
}

function count(text: string, pattern: RegExp): number {
    return [...text.matchAll(pattern)].length;
}

describe('roadmap of a plan in flight', () => {
    it('draws a ghost baseline bar behind every bar that moved, and the status date', async () => {
        const analysis = await analyse(IN_FLIGHT);
        const out = live(renderRoadmap(analysis));
        const moved = analysis.candidates.filter(c => c.funded && c.start !== null && (c.start !== c.baselineStart || c.finish !== c.baselineFinish));
        expect(moved.map(c => c.name).sort()).toEqual(['CoreNetwork', 'DataCentre', 'EhrUpgrade', 'Monitoring', 'PatientPortal']);
        expect(count(out, /<rect class="baseline-bar"/g)).toBe(moved.length);
        expect(out).toContain('data-baseline-start="2027-05-03" data-baseline-finish="2027-09-20"');
        expect(out).toContain('<title>Baseline 2027-05-03 → 2027-09-20 · 190 days late</title>');
        expect(out).toMatch(/<text class="bar-label"[^>]*>EhrUpgrade · 190 days late<\/text>/);
        expect(count(out, /<g class="status-date" data-status="2028-02-01"/g)).toBe(1);
        expect(out).toContain('>Status 2028-02-01<');
    });

    it('judges gates as of the status date: not yet due, passing, failing', async () => {
        const analysis = await analyse(`plan G { start 2027-01-04 status 2027-04-01 }
            kpi Load { baseline 3.1 target <= 2 measured 2.4 on 2027-03-31 }
            phase Done { duration 4 weeks gate Load <= 2.5 }
            phase Failed { duration 8 weeks gate Load <= 2 }
            phase Later { duration 26 weeks gate Load <= 2.5 }`);
        const out = live(renderRoadmap(analysis));
        expect([...out.matchAll(/<g class="gate ([a-z-]+)" data-element="(\w+)"/g)].map(m => [m[2], m[1]])).toEqual([['Done', 'pass'], ['Failed', 'fail'], ['Later', 'not-due']]);
        expect([...out.matchAll(/data-gate-state="([a-z-]+)" data-element="(\w+)"/g)].map(m => [m[2], m[1]])).toEqual([['Done', 'pass'], ['Failed', 'fail'], ['Later', 'not-due']]);
        expect(out).toContain('not yet due (2027-04-01)');
        expect(out).toContain('(baseline 3.1, current 2.4)');
    });

    it('shows the balanced scorecard by perspective, the financial one with the portfolio figures', async () => {
        const analysis = await analyse(IN_FLIGHT);
        const out = renderRoadmap(analysis);
        expect([...out.matchAll(/<section class="perspective" data-perspective="(\w+)">/g)].map(m => m[1]))
            .toEqual(['financial', 'clinical', 'patient', 'operational', 'strategic']);
        const financial = /data-perspective="financial">([\s\S]*?)<\/section>/.exec(out)![1]!;
        expect(financial).toContain('<dt>Portfolio NPV</dt>');
        expect(financial).toContain('data-objective="Savings"');
        expect(financial).toContain(`<dt>Portfolio NPV</dt><dd>${formatMoney(analysis.portfolio.npv, 'USD')}</dd>`);
        expect(financial).toContain('<td class="num current">6,200,000 USD <span class="muted">2027-12-31</span></td>');
        const load = /<tr class="kpi-row unmet" data-element="EhrLoadTime"[\s\S]*?<\/tr>/.exec(out)![0];
        expect(load).toContain('<td class="num current">2.4 s <span class="muted">2028-01-31</span></td>');
        expect(count(load, /<circle class="trend-point"/g)).toBe(3);
    });

    it('shows the financial perspective even when no objective has a perspective', async () => {
        const out = renderRoadmap(await analyse('plan P { start 2027-01-04 }\nkpi K { baseline 1 }'));
        expect([...out.matchAll(/data-perspective="(\w+)"/g)].map(m => m[1])).toEqual(['financial', 'none']);
    });

    it('plots the EHR backlog with its catch-up date', async () => {
        const out = renderRoadmap(await analyse(IN_FLIGHT));
        expect(out).toContain('<svg class="backlog-chart"');
        expect(out).toContain('caught up on 2028-09-30');
        expect(out).toContain('Behind 3 at the start');
    });
});
