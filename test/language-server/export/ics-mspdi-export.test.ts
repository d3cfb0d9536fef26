/**
 * `hitp export --to ics` read back by Python's icalendar, and `--to mspdi` by Python's
 * ElementTree, compared with `hitp analyze --json` (spec §12, §14.13).
 */
import { describe, expect, it } from 'vitest';
import type { PlanAnalysis } from '../../../language-server/analysis/plan-analysis.js';
import { analyzeJson, EXPORT_PLANS, exportTo, readBack } from '../../helpers/exports.js';

interface IcsEvent { uid: string; summary: string; description: string; start: string; end: string; allDay: boolean }
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('hitp export --to ics', () => {
    it.each(EXPORT_PLANS)('%s: an all-day event per milestone, per gated phase and per change freeze, with stable UIDs', async file => {
        const analysis: PlanAnalysis = await analyzeJson(file);
        const first = await readBack<{ version: string; events: IcsEvent[] }>('ics', await exportTo(file, 'ics'));
        const second = await readBack<{ events: IcsEvent[] }>('ics', await exportTo(file, 'ics'));
        expect(first.version).toBe('2.0');
        const plan = analysis.plan!.name;
        const gated = analysis.gates.map(g => analysis.phases.find(p => p.name === g.phase)!).filter(p => p.finish !== null);
        const expected = [
            ...analysis.milestones.map(m => ({ uid: `${plan}-milestone-${m.name}@hitp`, start: m.due, end: nextDay(m.due), allDay: true })),
            ...gated.map(p => ({ uid: `${plan}-gate-${p.name}@hitp`, start: p.finish!, end: nextDay(p.finish!), allDay: true })),
            ...(analysis.freezes ?? []).map(f => ({ uid: `${plan}-freeze-${f.name}@hitp`, start: f.from, end: nextDay(f.to), allDay: true })),
        ];
        // The Lakeside plan has three change freezes (spec §11).
        if (file.includes('community-hospital')) {
            expect(first.events.filter(e => e.uid.includes('-freeze-')).map(e => e.summary)).toEqual([
                'Change freeze: Year-end change freeze 2027', 'Change freeze: Joint Commission survey window', 'Change freeze: Year-end change freeze 2028',
            ]);
        }
        expect(first.events.map(({ uid, start, end, allDay }) => ({ uid, start, end, allDay }))).toEqual(expected);
        expect(second.events.map(e => e.uid)).toEqual(first.events.map(e => e.uid));
        analysis.milestones.forEach((m, index) => {
            const event = first.events[index]!;
            expect(event.summary).toBe(`Milestone: ${m.title}`);
            expect(event.description).toContain(m.achieved === null ? 'Not achieved' : `Achieved ${m.achieved}`);
            if (m.lateDays > 0) expect(event.description).toContain(`${m.lateDays} days late`);
        });
    });

    it('keeps hostile titles as text: commas, semicolons, quotes and markup survive escaping and folding', async () => {
        const { events } = await readBack<{ events: IcsEvent[] }>('ics', await exportTo('test/fixtures/export/hostile.hitp', 'ics'));
        expect(events.map(e => e.summary)).toEqual(['Milestone: Ready: <go> & "live"', 'Milestone: Built, "done"', 'Gate: =SUM(A1:A2) build']);
        expect(events[2]!.description).toBe('Gate of phase Build: Uptime >= 99.5% (baseline 99.1%: fails); Tickets <= 30 (baseline 40: fails). On the baseline the gate fails.');
    });
});

interface MspdiTask {
    uid: string; name: string; outlineLevel: string; start: string; finish: string; duration: string;
    milestone: string; summary: string; critical: string; predecessors: { uid: string; type: string; lag: string }[];
}

describe('hitp export --to mspdi', () => {
    it.each(EXPORT_PLANS)('%s: namespace, task count, outline levels, dates and finish-to-start links', async file => {
        const analysis: PlanAnalysis = await analyzeJson(file);
        const project = await readBack<{ namespace: string; root: string; title: string; tasks: MspdiTask[] }>('mspdi', await exportTo(file, 'mspdi', 'xml'));
        expect(project.namespace).toBe('http://schemas.microsoft.com/project');
        expect(project.root).toBe('Project');
        expect(project.title).toBe(analysis.plan!.title);
        const scheduled = analysis.candidates.filter(c => c.start !== null);
        const phases = analysis.phases.filter(p => p.start !== null);
        const achieved = analysis.milestones.filter(m => m.achieved !== null);
        expect(project.tasks.length).toBe(phases.length + scheduled.length + achieved.length);
        const byName = new Map(project.tasks.map(t => [t.name, t]));
        const uidOf = new Map<string, string>();
        for (const phase of phases) {
            const task = byName.get(phase.title)!;
            expect(task).toMatchObject({ outlineLevel: '1', summary: '1', start: `${phase.start}T00:00:00`, finish: `${phase.finish}T00:00:00` });
            uidOf.set(phase.name, task.uid);
        }
        for (const candidate of scheduled) {
            const task = byName.get(candidate.title)!;
            expect(task).toMatchObject({
                outlineLevel: candidate.phase === null ? '1' : '2', summary: '0', milestone: '0', critical: candidate.critical ? '1' : '0',
                start: `${candidate.start}T00:00:00`, finish: `${candidate.finish}T00:00:00`,
            });
            const days = (Date.parse(candidate.finish!) - Date.parse(candidate.start!)) / 86_400_000;
            expect(task.duration).toBe(`PT${days * 24}H0M0S`);
            uidOf.set(candidate.name, task.uid);
        }
        for (const milestone of achieved) {
            expect(byName.get(milestone.title)).toMatchObject({ outlineLevel: '2', milestone: '1', start: `${milestone.achieved}T00:00:00` });
        }
        // Every `after` between scheduled work is a finish-to-start link, and there are no others
        // but the milestones' links to their `when` candidates.
        for (const item of [...scheduled, ...phases]) {
            const task = project.tasks.find(t => t.uid === uidOf.get(item.name))!;
            const expectedLinks = item.after.filter(a => uidOf.has(a)).map(a => ({ uid: uidOf.get(a), type: '1', lag: '0' }));
            expect(task.predecessors).toEqual(expectedLinks);
        }
        // The outline is well formed: a level-2 task follows a summary or another level-2 task.
        project.tasks.forEach((task, index) => {
            if (task.outlineLevel === '2') expect(index > 0 && (project.tasks[index - 1]!.summary === '1' || project.tasks[index - 1]!.outlineLevel === '2')).toBe(true);
        });
    });
});
