// The benchmark's results writer: one markdown report (printed, and written to out/bench-results.md)
// and the raw numbers as JSON (out/bench-results.json).
import { writeFileSync } from 'node:fs';

export function median(values) {
    const finite = values.filter(v => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
    if (finite.length === 0) return null;
    const mid = finite.length >> 1;
    return finite.length % 2 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
}

export const ms = v => (v === null || v === undefined || !Number.isFinite(v) ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const mb = v => (v === null || v === undefined ? '—' : v.toFixed(0));
const pct = v => (v === null || !Number.isFinite(v) ? '—' : `${(100 * v).toFixed(1)}%`);
const ratio = v => (v === null || !Number.isFinite(v) ? '—' : `${v.toFixed(2)}×`);

function table(header, rows) {
    return [
        `| ${header.join(' | ')} |`,
        `| ${header.map((h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
        ...rows.map(row => `| ${row.join(' | ')} |`),
    ].join('\n');
}

/** Markdown for the whole run. `r` is the object run.mjs collects (see there). */
export function renderMarkdown(r) {
    const lines = [];
    lines.push(`# hitp benchmark (${r.date})`);
    lines.push('');
    lines.push(`Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}; load average at start ${r.machine.loadStart.map(l => l.toFixed(2)).join(' ')}, at end ${r.machine.loadEnd.map(l => l.toFixed(2)).join(' ')}.`);
    lines.push(`Seed ${r.seed}; binaries: ${r.binaries}. Wall times are medians of ${r.repeat} runs (in-process: of the warm iterations); CPU = user + system time of the same steps, less sensitive to a loaded machine.`);
    lines.push('');
    lines.push('## Sizes');
    lines.push('');
    lines.push(table(
        ['candidates', 'lines', 'parse + link ms (CPU)', 'of which parse', 'validation ms (CPU)', 'analysis ms (CPU)', 'analysis / parse+link', '5,000-run simulation ms (CPU)', 'cold `hitp analyze --json` ms (CPU)', 'peak RSS MiB (analyze / in-process)', 'diagnostics'],
        r.sizes.map(s => [
            String(s.size), String(s.lines),
            `${ms(s.parseLink)} (${ms(s.cpuParseLink)})`, ms(s.parse),
            `${ms(s.validation)} (${ms(s.cpuValidation)})`,
            `${ms(s.analysis)} (${ms(s.cpuAnalysis)})`,
            `${pct(s.analysisShare)} (CPU ${pct(s.cpuAnalysisShare)})`,
            `${ms(s.simulation)} (${ms(s.cpuSimulation)})`,
            `${ms(s.cliWall)} (${ms(s.cliCpu)})`,
            `${mb(s.cliRssMb)} / ${mb(s.inProcessRssMb)}`,
            String(s.diagnostics),
        ]),
    ));
    lines.push('');
    lines.push('In-process breakdown (warm medians, ms): ' + r.sizes.map(s =>
        `${s.size}: parse ${ms(s.parse)}, index ${ms(s.index)}, scopes ${ms(s.scopes)}, link ${ms(s.link)}, reference index ${ms(s.refs)}, model ${ms(s.model)}, analyzePlan ${ms(s.analyzePlan)}, code lenses ${ms(s.codeLens)} (CPU ${ms(s.cpuCodeLens)}), inlay hints ${ms(s.inlayHints)} (CPU ${ms(s.cpuInlayHints)}); cold iteration parse+link ${ms(s.coldParseLink)}, services ${ms(s.servicesMs)}`).join('; ') + '.');
    lines.push('');
    if (r.lsp) {
        const l = r.lsp;
        lines.push(`## Language server (${l.size} candidates, ${l.edits} edits, ${l.queries} queries each)`);
        lines.push('');
        lines.push(table(['measure', 'p50 ms', 'p95 ms', 'max ms'], [
            ['open → diagnostics', ms(l.openMs), '', ''],
            ['edit → diagnostics', ms(l.edit.p50), ms(l.edit.p95), ms(l.edit.max)],
            ['hover (candidate name)', ms(l.hover.p50), ms(l.hover.p95), ms(l.hover.max)],
            [`completion (after line, ${l.completionItems} items)`, ms(l.completion.p50), ms(l.completion.p95), ms(l.completion.max)],
        ]));
        lines.push('');
        lines.push(`Server peak RSS ${mb(l.serverPeakRssMb)} MiB.`);
        lines.push('');
    }
    if (r.tj) {
        lines.push(`## TaskJuggler (${r.tj.version})`);
        lines.push('');
        if (r.tj.error) {
            lines.push(r.tj.error);
        } else {
            lines.push(table(
                ['candidates', 'hitp analyze ms', 'tj3 CPM ms', 'hitp / tj3', 'tj3 levelled ms', 'hitp levelled / tj3 levelled', 'project end hitp / tj3', 'agree', 'tasks differing (finish / start)', 'critical hitp / tj3 (differ)'],
                r.tj.sizes.map(t => [
                    String(t.size), ms(t.hitpMs), t.cpm.ok ? ms(t.cpm.wallMs) : `failed: ${t.cpm.error}`, ratio(t.ratio),
                    t.levelled ? (t.levelled.ok ? ms(t.levelled.wallMs) : t.levelled.error) : 'not run',
                    ratio(t.levelledRatio),
                    t.compare ? `${t.compare.hitpEnd} / ${t.compare.tjEnd}` : '—',
                    t.compare ? (t.compare.agree ? 'yes' : 'NO') : '—',
                    t.compare ? `${t.compare.finishDiffs} / ${t.compare.startDiffs}` : '—',
                    t.compare ? `${t.compare.criticalHitp} / ${t.compare.criticalTj} (${t.compare.criticalDiffs})` : '—',
                ]),
            ));
            const examples = r.tj.sizes.flatMap(t => t.compare?.examples ?? []);
            if (examples.length > 0) lines.push('', `First differences: ${examples.join('; ')}`);
            const calendar = r.tj.sizes.filter(t => t.calendar);
            if (calendar.length > 0) {
                lines.push('', 'Mon–Fri calendar with holidays, lags and leads (spec §11), resource-free:', '');
                lines.push(table(
                    ['candidates', 'hitp analyze ms', 'tj3 ms', 'hitp / tj3', 'project end (hitp)', 'tasks compared', 'tasks differing'],
                    calendar.map(({ size, calendar: c }) => [
                        String(size), ms(c.hitpMs), c.tj.ok ? ms(c.tj.wallMs) : `failed: ${c.tj.error}`, ratio(c.tj.ok ? c.hitpMs / c.tj.wallMs : null),
                        c.end ?? '—', c.compare ? String(c.compare.compared) : '—', c.compare ? String(c.compare.differing) : '—',
                    ]),
                ));
                const calendarExamples = calendar.flatMap(t => t.calendar.compare?.differences ?? []);
                if (calendarExamples.length > 0) lines.push('', `First differences: ${calendarExamples.join('; ')}`);
            }
        }
        lines.push('');
    }
    lines.push('## Targets');
    lines.push('');
    lines.push(table(['target', 'measured', 'result'], r.targets.map(t => [t.name, t.measured, t.status === 'MISS' ? `**MISS** (${t.by})` : t.status])));
    const count = status => r.targets.filter(t => t.status === status).length;
    lines.push('', `${count('PASS')} PASS, ${count('MISS')} MISS, ${count('n/a')} not measured in this run.`);
    lines.push('');
    return lines.join('\n');
}

export function writeResults(r, markdownFile, jsonFile) {
    const markdown = renderMarkdown(r);
    writeFileSync(markdownFile, markdown + '\n');
    writeFileSync(jsonFile, JSON.stringify(r, null, 2) + '\n');
    return markdown;
}
