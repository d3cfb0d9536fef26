/**
 * `hitp export --to mspdi` (spec §12): Microsoft Project XML (MSPDI, namespace
 * `http://schemas.microsoft.com/project`), written with xmlbuilder2 (a maintained builder:
 * element text and attribute escaping are its job). Phases are summary tasks (OutlineLevel 1)
 * holding their scheduled candidates and achieved milestones (OutlineLevel 2); unphased
 * candidates sit at level 1. hitp counts calendar days, so durations and lags are elapsed days
 * (`DurationFormat`/`LagFormat` 8), and a levelled plan pins each candidate's start with a
 * "start no earlier than" constraint. Links are finish-to-start (`Type` 1) for every `after`.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { dependencyEdges } from './dependency-edges.js';
import { daysBetweenIso, scheduledCandidates, type ExportInput } from './export-input.js';

export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';

/** MSPDI's enumerations (Microsoft's XML schema for Project). */
const ELAPSED_DAYS = 8;
const FINISH_TO_START = 1;
const FIXED_DURATION = 1;
const START_NO_EARLIER_THAN = 4;

interface TaskRow {
    name: string;
    title: string;
    level: 1 | 2;
    start: string;
    finish: string;
    summary: boolean;
    milestone: boolean;
    critical: boolean;
    constrained: boolean;
    predecessors: string[];
}

const dateTime = (iso: string) => `${iso}T00:00:00`;
const elapsed = (days: number) => `PT${days * 24}H0M0S`;

export function exportMspdi({ analysis, model }: ExportInput): string {
    const plan = analysis.plan;
    const candidates = scheduledCandidates(analysis);
    const scheduled = new Map(candidates.map(c => [c.name, c]));
    const levelled = plan?.capacityFte !== null && plan?.capacityFte !== undefined;
    const edges = dependencyEdges(analysis);
    const rows: TaskRow[] = [];
    const candidateRow = (c: (typeof candidates)[number], level: 1 | 2): TaskRow => ({
        name: c.name, title: c.title, level, start: c.start, finish: c.finish, summary: false, milestone: false,
        critical: c.critical, constrained: levelled, predecessors: edges.candidate(c.name),
    });
    for (const phase of analysis.phases) {
        if (!phase.start || !phase.finish) continue;
        rows.push({
            name: phase.name, title: phase.title || phase.name, level: 1, start: phase.start, finish: phase.finish, summary: true,
            milestone: false, critical: phase.critical, constrained: false,
            predecessors: edges.phase(phase.name),
        });
        for (const c of candidates.filter(c => c.phase === phase.name)) rows.push(candidateRow(c, 2));
        for (const m of model.phases.find(p => p.name === phase.name)?.milestones ?? []) {
            const achieved = analysis.milestones.find(a => a.name === m.name)?.achieved ?? null;
            if (achieved === null) continue;
            rows.push({
                name: m.name, title: m.title || m.name, level: 2, start: achieved, finish: achieved, summary: false, milestone: true,
                critical: false, constrained: false, predecessors: [...new Set(m.when)].filter(w => scheduled.has(w)),
            });
        }
    }
    const placed = new Set(rows.map(r => r.name));
    for (const c of candidates) if (!placed.has(c.name)) rows.push(candidateRow(c, 1));

    const uid = new Map(rows.map((row, index) => [row.name, index + 1]));
    const root = create({ version: '1.0', encoding: 'UTF-8', standalone: true }).ele(MSPDI_NAMESPACE, 'Project');
    const text = (parent: XMLBuilder, name: string, value: string | number) => parent.ele(name).txt(String(value));
    text(root, 'SaveVersion', 14);
    text(root, 'Name', `${plan?.name ?? 'plan'}.xml`);
    text(root, 'Title', plan?.title ?? '');
    text(root, 'ScheduleFromStart', 1);
    if (plan?.start) text(root, 'StartDate', dateTime(plan.start));
    if (plan?.finish) text(root, 'FinishDate', dateTime(plan.finish));
    text(root, 'CurrencyCode', plan?.currency ?? 'USD');
    const tasks = root.ele('Tasks');
    let outline = [0, 0];
    for (const row of rows) {
        outline = row.level === 1 ? [outline[0]! + 1, 0] : [outline[0]!, outline[1]! + 1];
        const number = row.level === 1 ? String(outline[0]) : `${outline[0]}.${outline[1]}`;
        const task = tasks.ele('Task');
        text(task, 'UID', uid.get(row.name)!);
        text(task, 'ID', uid.get(row.name)!);
        text(task, 'Name', row.title);
        text(task, 'Type', FIXED_DURATION);
        text(task, 'IsNull', 0);
        text(task, 'WBS', number);
        text(task, 'OutlineNumber', number);
        text(task, 'OutlineLevel', row.level);
        text(task, 'Start', dateTime(row.start));
        text(task, 'Finish', dateTime(row.finish));
        text(task, 'Duration', elapsed(daysBetweenIso(row.start, row.finish)));
        text(task, 'DurationFormat', ELAPSED_DAYS);
        text(task, 'Milestone', row.milestone ? 1 : 0);
        text(task, 'Summary', row.summary ? 1 : 0);
        text(task, 'Critical', row.critical ? 1 : 0);
        if (row.constrained) {
            text(task, 'ConstraintType', START_NO_EARLIER_THAN);
            text(task, 'ConstraintDate', dateTime(row.start));
        }
        for (const predecessor of row.predecessors) {
            const link = task.ele('PredecessorLink');
            text(link, 'PredecessorUID', uid.get(predecessor)!);
            text(link, 'Type', FINISH_TO_START);
            text(link, 'CrossProject', 0);
            text(link, 'LinkLag', 0);
            text(link, 'LagFormat', ELAPSED_DAYS);
        }
    }
    return root.end({ prettyPrint: true }) + '\n';
}
