/**
 * `hitp export --to mspdi` (spec §12): Microsoft Project XML (MSPDI, namespace
 * `http://schemas.microsoft.com/project`), written with fast-xml-builder (the maintained builder
 * of fast-xml-parser: element text and attribute escaping are its job). Phases are summary tasks (OutlineLevel 1)
 * holding their scheduled candidates and achieved milestones (OutlineLevel 2); unphased
 * candidates sit at level 1. hitp counts calendar days, so durations and lags are elapsed days
 * (`DurationFormat`/`LagFormat` 8), and a levelled plan pins each candidate's start with a
 * "start no earlier than" constraint. Links are finish-to-start (`Type` 1) for every `after`.
 */
import XMLBuilder from 'fast-xml-builder';
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
    let outline = [0, 0];
    const tasks = rows.map(row => {
        outline = row.level === 1 ? [outline[0]! + 1, 0] : [outline[0]!, outline[1]! + 1];
        const number = row.level === 1 ? String(outline[0]) : `${outline[0]}.${outline[1]}`;
        return {
            UID: uid.get(row.name)!, ID: uid.get(row.name)!, Name: row.title, Type: FIXED_DURATION, IsNull: 0,
            WBS: number, OutlineNumber: number, OutlineLevel: row.level,
            Start: dateTime(row.start), Finish: dateTime(row.finish),
            Duration: elapsed(daysBetweenIso(row.start, row.finish)), DurationFormat: ELAPSED_DAYS,
            Milestone: row.milestone ? 1 : 0, Summary: row.summary ? 1 : 0, Critical: row.critical ? 1 : 0,
            ...(row.constrained ? { ConstraintType: START_NO_EARLIER_THAN, ConstraintDate: dateTime(row.start) } : {}),
            PredecessorLink: row.predecessors.map(predecessor => ({
                PredecessorUID: uid.get(predecessor)!, Type: FINISH_TO_START, CrossProject: 0, LinkLag: 0, LagFormat: ELAPSED_DAYS,
            })),
        };
    });
    const project = {
        '@_xmlns': MSPDI_NAMESPACE,
        SaveVersion: 14,
        Name: `${plan?.name ?? 'plan'}.xml`,
        Title: plan?.title ?? '',
        ScheduleFromStart: 1,
        ...(plan?.start ? { StartDate: dateTime(plan.start) } : {}),
        ...(plan?.finish ? { FinishDate: dateTime(plan.finish) } : {}),
        CurrencyCode: plan?.currency ?? 'USD',
        Tasks: { Task: tasks },
    };
    const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ' });
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${builder.build({ Project: project }).trimEnd()}\n`;
}
