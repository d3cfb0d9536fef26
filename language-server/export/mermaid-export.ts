/**
 * `hitp export --to mermaid` (spec §12, §14.15): a Mermaid `gantt` diagram for a Markdown file.
 * One `section` per phase (then `Unphased`), one task per scheduled candidate with its name as
 * id, `crit` when critical, its start and its length in calendar days (finish − start), and each
 * achieved milestone as a `milestone`.
 *
 * No library writes Mermaid, so the one escaping rule lives in `mermaidText`: Mermaid reads
 * `#NN;` as a character code before it parses the diagram, so every character that its gantt
 * grammar gives a meaning (`:`, `;`, `#`, `%`, …) or that HTML does (`<`, `&`, quotes) is written
 * that way, and line breaks become spaces.
 */
import type { PlanAnalysis } from '../analysis/plan-analysis.js';
import { daysBetweenIso, scheduledCandidates, type ExportInput } from './export-input.js';

/** Plan text → a Mermaid label that cannot end the line's statement or inject markup. */
export function mermaidText(text: string): string {
    return text
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(/[#:;%<>&"'`\\{}|[\]=,]/g, ch => `#${ch.charCodeAt(0)};`)
        .trim() || '#160;';
}

interface Line { sortKey: string; text: string }

export function exportMermaid({ analysis }: ExportInput): string {
    const sections = new Map<string | null, Line[]>();
    for (const phase of analysis.phases) sections.set(phase.name, []);
    sections.set(null, []);
    for (const c of scheduledCandidates(analysis)) {
        const tags = c.critical ? 'crit, ' : '';
        const line = `${mermaidText(c.title)} :${tags}${c.name}, ${c.start}, ${daysBetweenIso(c.start, c.finish)}d`;
        sections.get(c.phase)?.push({ sortKey: c.start, text: line });
    }
    for (const m of analysis.milestones) {
        if (m.achieved === null) continue;
        const line = `${mermaidText(m.title)} :milestone, ${m.name}, ${m.achieved}, 0d`;
        (sections.get(m.phase) ?? sections.get(null))!.push({ sortKey: m.achieved, text: line });
    }
    const out = ['gantt', `    title ${mermaidText(analysis.plan?.title ?? 'Plan')}`, '    dateFormat YYYY-MM-DD'];
    for (const [phase, lines] of sections) {
        if (lines.length === 0) continue;
        out.push(`    section ${mermaidText(sectionTitle(analysis, phase))}`);
        // Stable sort: by date, ties in rank order (candidates) then declaration order (milestones).
        for (const line of [...lines].sort((a, b) => a.sortKey.localeCompare(b.sortKey))) out.push(`    ${line.text}`);
    }
    return out.join('\n') + '\n';
}

function sectionTitle(analysis: PlanAnalysis, phase: string | null): string {
    if (phase === null) return 'Unphased';
    return analysis.phases.find(p => p.name === phase)?.title || phase;
}
