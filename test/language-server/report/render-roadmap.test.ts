import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeHtml, html, px, raw } from '../../../language-server/report/html.js';
import { renderRoadmap } from '../../../language-server/report/render-roadmap.js';
import { inlineScript, renderReportPage } from '../../../language-server/report/report-page.js';
import { expectedGanttCounts, FIXTURES, HOSTILE_IMG, HOSTILE_SCRIPT, hospital, riverside, sparse, type FixtureName } from './roadmap-fixtures.js';

const VIEWS = ['gantt', 'ranking', 'cashflow', 'stakeholders', 'kpis', 'infram', 'cadence'];

/** The live part of the fragment: `<template>` copies of the Gantt chart and its printed copy removed. */
function live(fragment: string): string {
    return fragment.replace(/<template\b[\s\S]*?<\/template>/g, '').replace(/<div class="gantt-print"[\s\S]*?<\/div>/g, '');
}

function count(text: string, pattern: RegExp): number {
    return (text.match(pattern) ?? []).length;
}

describe('html helpers', () => {
    it('escapes text and attributes', () => {
        expect(escapeHtml(`<a href="x" onclick='y'>&\``)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;');
        expect(escapeAttr('a\nb"')).toBe('a&#10;b&quot;');
    });

    it('escapes interpolations unless they are SafeHtml', () => {
        const evil = '<b>x</b>';
        expect(html`<p>${evil}</p>`.value).toBe('<p>&lt;b&gt;x&lt;/b&gt;</p>');
        expect(html`<p>${raw('<b>ok</b>')}${[html`<i>${evil}</i>`]}</p>`.value).toBe('<p><b>ok</b><i>&lt;b&gt;x&lt;/b&gt;</i></p>');
        expect(html`${null}${undefined}${false}${NaN}${Infinity}`.value).toBe('');
    });

    it('prints coordinates without NaN', () => {
        expect(px(NaN)).toBe('0');
        expect(px(-0.001)).toBe('0');
        expect(px(12.345)).toBe('12.35');
    });

    it('keeps </script out of inlined scripts', () => {
        expect(inlineScript('const s = "</script><script>";')).not.toMatch(/<\/script/i);
    });
});

describe('renderRoadmap', () => {
    it.each(Object.keys(FIXTURES) as FixtureName[])('%s: seven views, no script, handler or style attribute', name => {
        const out = renderRoadmap(FIXTURES[name](), { today: '2027-05-01' });
        for (const view of VIEWS) expect(out).toContain(`data-view="${view}"`);
        expect(out).not.toMatch(/<script/i);
        // Attribute names are only looked for inside tags, outside quoted values: escaped plan text may spell `onerror=`.
        const rawTags = out.match(/<[^>]*>/g) ?? [];
        const tags = rawTags.map(t => t.replace(/"[^"]*"/g, '""'));
        expect(tags.filter(t => /\son[a-z]+\s*=/i.test(t))).toEqual([]);
        expect(tags.filter(t => /\sstyle\s*=/i.test(t))).toEqual([]);
        expect(rawTags.filter(t => /\s(src|href)\s*=\s*"(?!#)/i.test(t))).toEqual([]);
    });

    it.each(Object.keys(FIXTURES) as FixtureName[])('%s: no NaN, undefined, Infinity or [object Object]', name => {
        const out = renderRoadmap(FIXTURES[name](), { today: '2027-05-01' });
        expect(out).not.toMatch(/NaN|undefined|Infinity|\[object Object\]/);
    });

    it('prints an em dash for null figures', () => {
        const out = renderRoadmap(sparse());
        expect(out).toContain('—');
        // IRR / payback / ROI of a candidate without them.
        expect(out).toMatch(/<td class="num">—<\/td><td class="num">—<\/td><td class="num">—<\/td>/);
        // CoreNetwork never pays back.
        expect(renderRoadmap(riverside())).toContain('Payback: —');
    });

    it.each([['riverside', riverside], ['hospital', hospital]] as const)('%s: Gantt markers match the analysis', (_name, make) => {
        const a = make();
        const out = live(renderRoadmap(a, { today: '2027-05-01' }));
        const expected = expectedGanttCounts(a);
        expect(count(out, /class="bar( critical)?"/g)).toBe(expected.bars);
        expect(count(out, /class="bar critical"/g)).toBe(expected.critical);
        expect(count(out, /class="dep-arrow( critical)?"/g)).toBe(expected.arrows);
        expect(count(out, /class="milestone( late)?( unscheduled)?"/g)).toBe(expected.milestones);
        expect(count(out, /class="milestone late/g)).toBe(expected.late);
        expect(count(out, /class="stub (deferred|unscheduled)"/g)).toBe(expected.stubs);
        expect(count(out, /class="phase-band( critical)?"/g)).toBe(expected.phases);
        expect(count(out, /class="gate (pass|fail|unknown|not-due)"/g)).toBe(expected.gates);
        expect(count(out, /class="today"/g)).toBe(1);
    });

    it('renders one template per zoom level and marks the initial zoom', () => {
        const out = renderRoadmap(riverside(), { zoom: 'quarter' });
        expect(count(out, /<template data-zoom-template="(week|month|quarter)">/g)).toBe(3);
        expect(out).toMatch(/<section [^>]*data-view="gantt"[^>]*data-zoom="quarter"/);
        expect(out).toContain('data-zoom-level="week"');
        expect(out).toContain('Q1');
    });

    it('has no today line without an injected date, or outside the timeline', () => {
        expect(renderRoadmap(riverside())).not.toContain('class="today"');
        expect(renderRoadmap(riverside(), { today: '2035-01-01' })).not.toContain('class="today"');
    });

    it('makes elements clickable with name, kind, tabindex and a title', () => {
        const out = renderRoadmap(riverside(), { sources: { 'candidate:DbMigration': { line: 40, character: 0, endLine: 50, endCharacter: 1 } } });
        expect(out).toMatch(/<g class="bar critical" data-element="DbMigration" data-kind="candidate" tabindex="0" role="button" data-range="40,0,50,1" data-line="40"><title>[^<]*2027-04-12 → 2027-07-12[^<]*Float: 0 days[^<]*NPV: \$851,790/);
        for (const kind of ['phase', 'milestone', 'kpi', 'stakeholder', 'gate']) expect(out).toContain(`data-kind="${kind}"`);
    });

    it('shows a candidate\'s go-live (spec §5) in its tooltip, and none for work that is not scheduled', () => {
        const analysis = riverside();
        analysis.candidates.find(c => c.name === 'DbMigration')!.goLive = { day: '2027-07-09', planYear: 1 };
        const out = renderRoadmap(analysis);
        expect(out).toMatch(/data-element="DbMigration"[^>]*><title>[^<]*Dates: 2027-04-12 → 2027-07-12\nGo-live: 2027-07-09 \(plan year 1\)\nFloat/);
        expect(out).not.toMatch(/data-element="CoreNetwork"[^>]*><title>[^<]*Go-live/);
    });

    it('escapes hostile titles everywhere', () => {
        const out = renderRoadmap(FIXTURES.hostile());
        expect(out).not.toContain('<img');
        expect(out).not.toContain('<svg onload');
        expect(out).not.toMatch(/<\/?script/i);
        expect(out).toContain(escapeHtml(HOSTILE_IMG));
        expect(out).toContain(escapeHtml(HOSTILE_SCRIPT));
        expect(out).not.toContain("' onmouseover='");
    });

    it('greys deferred candidates in the ranking and never gives them a bar', () => {
        const out = renderRoadmap(hospital());
        expect(out).toMatch(/class="rank-row deferred" data-element="Rfid"/);
        expect(live(out)).not.toMatch(/class="bar[^"]*" data-element="Rfid"/);
        expect(out).toMatch(/class="stub deferred" data-element="Rfid"/);
    });
});

describe('renderReportPage', () => {
    it('is one self-contained page with a nonce CSP and the inlined script', () => {
        const page = renderReportPage(riverside(), { nonce: 'abc123==', script: 'console.log("</script>")' });
        expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(page.replaceAll('&#39;', "'")).toContain(`content="default-src 'none'; style-src 'nonce-abc123=='; script-src 'nonce-abc123=='`);
        expect(count(page, /<script nonce="abc123==">/g)).toBe(1);
        expect(count(page, /<\/script>/g)).toBe(1);
        expect(page).toContain('<style nonce="abc123==">');
        expect(page).not.toMatch(/https?:\/\//);
        expect(page).toContain('data-settings="{&quot;standalone&quot;:true');
    });

    it('cannot be broken out of by the nonce', () => {
        const page = renderReportPage(riverside(), { nonce: `"'><script>` });
        expect(page).not.toContain('<script');
    });
});

describe('parseIsoDate', () => {
    it('reads years 0001–0099 as written, not as 1900–1999', async () => {
        const { parseIsoDate } = await import('../../../language-server/report/view-common.js');
        expect(parseIsoDate('0050-03-01')?.toISOString().slice(0, 10)).toBe('0050-03-01');
        expect(parseIsoDate('2027-01-04')?.toISOString().slice(0, 10)).toBe('2027-01-04');
        expect(parseIsoDate('2027-1-4')).toBeNull();
    });
});
