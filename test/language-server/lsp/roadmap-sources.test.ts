/**
 * The roadmap request's source map: every clickable element of the preview carries the range of
 * its declaration (issue 12: no symbol or regex search on a click).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declarationExtent, roadmapSources } from '../../../language-server/lsp/roadmap-request.js';
import { renderRoadmap } from '../../../language-server/report/render-roadmap.js';
import { hitp, parse } from '../../helpers/services.js';

const RIVERSIDE = readFileSync(new URL('../../../examples/riverside.hitp', import.meta.url), 'utf8');

/** `[line, character, endLine, endCharacter]` of the first match of `pattern`'s group 1. */
function rangeOf(text: string, pattern: RegExp): number[] {
    const match = pattern.exec(text)!;
    const start = match.index + match[0].indexOf(match[1]!);
    const before = text.slice(0, start).split('\n');
    const line = before.length - 1;
    const character = before.at(-1)!.length;
    return [line, character, line, character + match[1]!.length];
}

describe('roadmap source ranges', () => {
    it('gives each element the extent of its whole declaration, for the preview to follow the cursor', async () => {
        const document = await parse(RIVERSIDE, { uri: 'file:///riverside.hitp' });
        const { lookup } = hitp.plan.PlanService.getPlanResult(document);
        const sources = roadmapSources(lookup, document.uri.toString(), declarationExtent(document));
        const lines = RIVERSIDE.split('\n');
        const first = (pattern: RegExp) => lines.findIndex(line => pattern.test(line));
        const db = first(/^candidate DbMigration\b/);
        const dbEnd = lines.findIndex((line, i) => i > db && line === '}');
        expect(sources['candidate:DbMigration']!.extent).toEqual([db, 0, dbEnd, 1]);
        const pilot = first(/^phase Pilot\b/);
        expect(sources['phase:Pilot']!.extent).toEqual([pilot, 0, lines.findIndex((line, i) => i > pilot && line === '}'), 1]);
        const milestone = first(/^\s*milestone EhrFast\b/);
        const indent = lines[milestone]!.indexOf('milestone');
        expect(sources['milestone:EhrFast']!.extent).toEqual([milestone, indent, milestone, lines[milestone]!.length]);
        const html = renderRoadmap(hitp.plan.PlanService.getPlanResult(document).analysis, { sources });
        expect(html).toContain(`data-extent="${db},0,${dbEnd},1"`);
    });


    it('gives each clickable element of riverside the range of its declaration', async () => {
        const document = await parse(RIVERSIDE, { uri: 'file:///riverside.hitp' });
        const { lookup } = hitp.plan.PlanService.getPlanResult(document);
        const sources = roadmapSources(lookup, document.uri.toString());
        const tuple = (key: string) => { const r = sources[key]!; return [r.line, r.character, r.endLine, r.endCharacter]; };
        expect(tuple('candidate:DbMigration')).toEqual(rangeOf(RIVERSIDE, /^candidate (DbMigration)\b/m));
        expect(tuple('phase:Pilot')).toEqual(rangeOf(RIVERSIDE, /^phase (Pilot)\b/m));
        expect(tuple('milestone:EhrFast')).toEqual(rangeOf(RIVERSIDE, /milestone (EhrFast)\b/));
        // The declaration, not the objective's `kpi EhrLoadTime` reference above it.
        expect(tuple('kpi:EhrLoadTime')).toEqual(rangeOf(RIVERSIDE, /^kpi (EhrLoadTime)\b/m));
        expect(tuple('stakeholder:Architect')).toEqual(rangeOf(RIVERSIDE, /^stakeholder (Architect)\b/m));
        expect(tuple('gate:Pilot')).toEqual(rangeOf(RIVERSIDE, /^\s*(gate EhrLoadTime <= 2\.5, Incidents <= 3)/m));
        const html = renderRoadmap(hitp.plan.PlanService.getPlanResult(document).analysis, { sources });
        const [l, c, el, ec] = tuple('candidate:CoreNetwork');
        expect(html).toContain(`data-element="CoreNetwork" data-kind="candidate" tabindex="0" role="button" data-range="${l},${c},${el},${ec}"`);
    });

    it('leaves out elements declared in another file of the plan', async () => {
        const document = await parse(RIVERSIDE, { uri: 'file:///riverside.hitp' });
        const { lookup } = hitp.plan.PlanService.getPlanResult(document);
        expect(roadmapSources(lookup, 'file:///other.hitp')).toEqual({});
    });
});
