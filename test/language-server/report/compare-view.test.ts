/**
 * The preview's comparison with the last commit (issue 15): `comparePlans` on the analyses of two
 * versions of a plan, and the roadmap drawn from it (summary line, changed candidates in `hitp
 * diff`'s words, committed dates as ghost bars), against numbers worked out by hand from spec §2.
 */
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../../language-server/analysis/plan-comparison.js';
import { renderRoadmap } from '../../../language-server/report/render-roadmap.js';
import { COMMITTED_PLAN, EDITED_PLAN, EXPECTED_COMPARISON as E } from '../../helpers/compare-plan-texts.js';
import { analyse } from '../../helpers/in-flight.js';

/** The live chart only (templates repeat it per zoom level, and the printed copy once more). */
function live(out: string): string {
    return out.replace(/<template[\s\S]*?<\/template>/g, '').replace(/<div class="gantt-print"[\s\S]*?<\/div>/g, '');
}

/** The text of the first element matching `pattern` (tags dropped, entities of `&` and `<` decoded). */
function textOf(out: string, pattern: RegExp): string {
    const match = pattern.exec(out);
    if (!match) throw new Error(`no match for ${pattern}`);
    return match[1]!.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

async function compared(locale?: string, revision = 'HEAD'): Promise<string> {
    const [before, after] = [await analyse(COMMITTED_PLAN), await analyse(EDITED_PLAN)];
    return renderRoadmap(after, { ...(locale ? { locale } : {}), comparison: { ...comparePlans(before, after), revision } });
}

describe('comparePlans', () => {
    it('gives the NPV and finish change and the committed dates of the candidates', async () => {
        const comparison = comparePlans(await analyse(COMMITTED_PLAN), await analyse(EDITED_PLAN));
        expect(comparison.diff.before.portfolio.npv).toBeCloseTo(E.npvBefore, 2);
        expect(comparison.diff.after.portfolio.npv).toBeCloseTo(E.npvAfter, 2);
        expect(comparison.npvChange).toBeCloseTo(E.npvChange, 6);
        expect([comparison.diff.before.finish, comparison.diff.after.finish, comparison.finishChangeDays]).toEqual([E.finishBefore, E.finishAfter, E.finishChangeDays]);
        expect(Object.fromEntries(comparison.earlier)).toEqual({
            Pacs: { start: '2027-01-04', finish: '2027-03-01', finishChangeDays: 28 },
            Viewer: { start: '2027-03-01', finish: '2027-03-29', finishChangeDays: 28 },
        });
        expect(comparison.diff.candidates.map(c => [c.name, c.change])).toEqual([['Pacs', 'changed'], ['Viewer', 'changed']]);
    });

    it('leaves out a candidate the earlier version did not have', async () => {
        const added = EDITED_PLAN + 'candidate Dicom "DICOM router" { scores ImagingValue 2, ImagingUptime 3 duration 2 weeks cost 5k once }\n';
        const comparison = comparePlans(await analyse(COMMITTED_PLAN), await analyse(added));
        expect([...comparison.earlier.keys()]).toEqual(['Pacs', 'Viewer']);
        expect(comparison.diff.candidates.find(c => c.name === 'Dicom')?.change).toBe('added');
    });
});

describe('the roadmap compared with the last commit', () => {
    it('says what changed: NPV and finish then → now, and each changed candidate', async () => {
        const out = await compared();
        expect(textOf(out, /<p class="comparison-facts">([\s\S]*?)<\/p>/)).toBe(E.summaryEnUs);
        expect([...out.matchAll(/<li data-candidate="[^"]+" data-change="changed">([^<]*)<\/li>/g)].map(m => m[1]!.replace(/&gt;/g, '>'))).toEqual(E.changesEnUs);
    });

    it('draws the committed dates of each bar that moved as a ghost bar behind it, with the finish change in its label', async () => {
        const out = live(await compared());
        const ghosts = [...out.matchAll(/<g class="bar[^"]*" data-element="(\w+)"[^>]*>(?:(?!<\/g>)[\s\S])*?<rect class="baseline-bar committed-bar" data-committed-start="([\d-]+)" data-committed-finish="([\d-]+)"/g)];
        expect(Object.fromEntries(ghosts.map(m => [m[1], [m[2], m[3]]]))).toEqual(E.committed);
        expect(out).toContain('<title>HEAD: 2027-01-04 → 2027-03-01 · finish +28 days</title>');
        expect(out).toMatch(/<text class="bar-label"[^>]*>Pacs · finish \+28 days since HEAD<\/text>/);
        expect(out).toContain('<span class="key key-baseline"></span> last commit (HEAD)');
        // While comparing, no scenario picker (the plan itself is compared).
        expect(out).not.toContain('scenario-picker');
        expect(renderRoadmap(await analyse(EDITED_PLAN), { scenarioPicker: true })).toContain('class="toolbar scenario-picker"');
    });

    it('formats in the user\'s locale', async () => {
        const out = await compared('de-DE');
        const money = (n: number, sign: 'negative' | 'exceptZero' = 'negative') =>
            new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'USD', maximumFractionDigits: 0, minimumFractionDigits: 0, signDisplay: sign }).format(n);
        expect(textOf(out, /<p class="comparison-facts">([\s\S]*?)<\/p>/))
            .toBe(`Compared with the last commit (HEAD): portfolio NPV ${money(E.npvBefore)} → ${money(E.npvAfter)} (${money(E.npvChange, 'exceptZero')}) · finish 2027-03-29 → 2027-04-26 (+28 days)`);
        expect(money(E.npvBefore)).toBe('29.211\u00a0$');
    });

    it('says so when nothing changed', async () => {
        const analysis = await analyse(COMMITTED_PLAN);
        const out = renderRoadmap(analysis, { comparison: { ...comparePlans(analysis, analysis), revision: 'HEAD' } });
        expect(textOf(out, /<p class="comparison-facts">([\s\S]*?)<\/p>/))
            .toBe('Compared with the last commit (HEAD): portfolio NPV $29,211 (unchanged) · finish 2027-03-29 (unchanged)');
        expect(out).toContain('<p class="muted">No candidate changed since HEAD.</p>');
        expect(out).not.toContain('committed-bar');
    });

    it('escapes the revision and the plan text', async () => {
        const out = await compared(undefined, '<img src=x onerror=alert(1)>');
        expect(out).not.toContain('<img');
        expect(out).toContain('<code>&lt;img src=x onerror=alert(1)&gt;</code>');
    });

    it('compares with an empty or broken committed text without NaN, Infinity or undefined', async () => {
        const after = await analyse(EDITED_PLAN);
        for (const committed of ['', 'plan Broken { start 2027-13-45 horizon -3 years discount 900% }\ncandidate Pacs { duration 0 weeks cost 1e309 once', COMMITTED_PLAN.slice(0, 300)]) {
            const out = renderRoadmap(after, { comparison: { ...comparePlans(await analyse(committed), after), revision: 'HEAD' } });
            expect(out).toContain('class="comparison"');
            expect(out).not.toMatch(/NaN|Infinity|undefined/);
        }
        const fromNothing = renderRoadmap(after, { comparison: { ...comparePlans(await analyse(''), after), revision: 'HEAD' } });
        expect(textOf(fromNothing, /<p class="comparison-facts">([\s\S]*?)<\/p>/))
            .toBe('Compared with the last commit (HEAD): portfolio NPV $0 → $14,211 (+$14,211) · finish — → 2027-04-26 (—)');
    });

    it('is absent without a comparison', async () => {
        const out = renderRoadmap(await analyse(EDITED_PLAN));
        expect(out).not.toContain('class="comparison"');
        expect(out).not.toContain('committed-bar');
    });
});
