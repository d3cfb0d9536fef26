/**
 * `hitp export --to mermaid` rendered by the Mermaid library itself (the `mermaid` package's
 * browser bundle) in headless Chromium: it parses and renders without error, every scheduled
 * candidate and achieved milestone is a task with its name as id, `crit` as the analysis says,
 * titles come back as the plan wrote them (hostile ones as text, never markup), and bar widths
 * follow the scheduled lengths (spec §12, §14.15).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { analyzeJson, EXPORT_PLANS, exportTo } from '../helpers/exports.js';
import { open, screenshotPath, SKIP_BROWSER, useBrowser } from './harness.js';

const mermaidBundle = readFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), 'utf8');

interface Rendered {
    tasks: { id: string; classes: string[]; width: number }[];
    texts: string[];
    sections: string[];
    title: string | null;
    scripts: number;
}

declare const mermaid: {
    initialize(config: object): void;
    parse(text: string): Promise<unknown>;
    render(id: string, text: string): Promise<{ svg: string }>;
};

/** Collapses what the export turns into spaces (line breaks, tabs), as the diagram shows it. */
const shown = (text: string) => text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe.skipIf(SKIP_BROWSER)('hitp export --to mermaid, rendered by Mermaid in Chromium', () => {
    const browser = useBrowser();

    it.each(EXPORT_PLANS)('%s', async file => {
        const analysis = await analyzeJson(file);
        const text = readFileSync(await exportTo(file, 'mermaid', 'mmd'), 'utf8');
        expect(text.startsWith('gantt\n')).toBe(true);
        expect(text).toContain('\n    dateFormat YYYY-MM-DD\n');
        const { page, errors, dialogs } = await open(browser(), '<!doctype html><html><body><div id="out"></div></body></html>');
        await page.addScriptTag({ content: mermaidBundle });
        const rendered = await page.evaluate(async (source: string): Promise<Rendered> => {
            mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
            await mermaid.parse(source);
            const { svg } = await mermaid.render('hitp', source);
            document.getElementById('out')!.innerHTML = svg;
            const all = (selector: string) => Array.from(document.querySelectorAll(`#out ${selector}`));
            return {
                tasks: all('rect.task').map(r => ({ id: r.id, classes: (r.getAttribute('class') ?? '').split(/\s+/), width: Number(r.getAttribute('width')) })),
                texts: all('text.taskText, text.taskTextOutsideRight, text.taskTextOutsideLeft').map(t => t.textContent ?? ''),
                sections: all('text.sectionTitle').map(t => t.textContent ?? ''),
                title: document.querySelector('#out text.titleText')?.textContent ?? null,
                scripts: all('script').length + all('[onload],[onerror],[onclick]').length,
            };
        }, text);
        expect(errors).toEqual([]);
        expect(dialogs).toEqual([]);
        expect(rendered.scripts).toBe(0);
        expect(rendered.title).toBe(shown(analysis.plan!.title));

        const scheduled = analysis.candidates.filter(c => c.start !== null && c.finish !== null);
        const achieved = analysis.milestones.filter(m => m.achieved !== null);
        const byId = new Map(rendered.tasks.map(t => [t.id.replace(/^hitp-/, ''), t]));
        expect(rendered.tasks.length).toBe(scheduled.length + achieved.length);
        for (const c of scheduled) {
            const task = byId.get(c.name);
            expect(task, c.name).toBeDefined();
            expect(task!.classes.some(cls => cls.startsWith('crit')), c.name).toBe(c.critical);
        }
        for (const m of achieved) expect(byId.get(m.name)?.classes, m.name).toContain('milestone');
        // One scale for every bar: width per day is the same for all (within a pixel).
        const long = scheduled.filter(c => days(c.start!, c.finish!) > 0);
        const perDay = byId.get(long[0]!.name)!.width / days(long[0]!.start!, long[0]!.finish!);
        for (const c of long) expect(Math.abs(byId.get(c.name)!.width - perDay * days(c.start!, c.finish!)), c.name).toBeLessThan(1.5);

        expect(rendered.texts.map(t => t.trim()).sort()).toEqual([...scheduled.map(c => shown(c.title)), ...achieved.map(m => shown(m.title))].sort());
        const phased = new Set([...scheduled.map(c => c.phase), ...achieved.map(m => m.phase)]);
        const expectedSections = analysis.phases.filter(p => phased.has(p.name)).map(p => shown(p.title));
        if (scheduled.some(c => c.phase === null)) expectedSections.push('Unphased');
        expect(rendered.sections).toEqual(expectedSections);
        await page.screenshot({ path: screenshotPath('mermaid-export', file.replace(/\W+/g, '-')), fullPage: true });
    });
});
