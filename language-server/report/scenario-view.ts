/**
 * The scenario comparison (spec §10): the plan and each scenario side by side, as a table
 * (portfolio NPV and its change, IRR, payback, finish and its change, funded count) and as
 * horizontal NPV bars around zero. When the page shows one scenario's roadmap, the comparison
 * still compares every scenario with the plan (`scenarios` is always against the base).
 */
import { scaleLinear } from 'd3-scale';
import type { ScenarioAnalysis } from '../analysis/plan-analysis.js';
import { formatDate, formatDaysChange, formatMoney, formatMoneyChange, formatMoneyShort, formatNumber, formatPercent, formatYears } from './format.js';
import { html, px, truncate, type SafeHtml } from './html.js';
import { classes, emptyNote, viewSection, type RenderContext } from './view-common.js';

const LABEL_W = 220;
const BAR_W = 420;
const ROW_H = 26;
const TOP = 8;
const RIGHT_PAD = 140;

/** One row of the comparison: the plan itself or a scenario. */
interface Row {
    name: string;
    title: string;
    npv: number;
    npvChange: number | null;
    irr: number | null;
    paybackYears: number | null;
    finish: string | null;
    finishChangeDays: number | null;
    funded: number;
    scenario: boolean;
}

/** The plan's row is the base analysis; under `--scenario` it is rebuilt from nothing the page lacks, so it is left out. */
function rowsOf(ctx: RenderContext): Row[] {
    const a = ctx.analysis;
    const scenarioRow = (s: ScenarioAnalysis): Row => ({
        name: s.name, title: s.title, npv: s.portfolio.npv, npvChange: s.npvChange, irr: s.portfolio.irr, paybackYears: s.portfolio.paybackYears,
        finish: s.finish, finishChangeDays: s.finishChangeDays, funded: s.funded.length, scenario: true,
    });
    const base: Row[] = a.plan?.scenario ? [] : [{
        name: a.plan?.name ?? '', title: 'The plan', npv: a.portfolio.npv, npvChange: null, irr: a.portfolio.irr, paybackYears: a.portfolio.paybackYears,
        finish: a.plan?.finish ?? null, finishChangeDays: null, funded: a.candidates.filter(c => c.funded).length, scenario: false,
    }];
    return [...base, ...a.scenarios.map(scenarioRow)];
}

function tableRow(ctx: RenderContext, row: Row): SafeHtml {
    const f = ctx.format;
    const negative = Number.isFinite(row.npv) && row.npv < 0;
    const change = (text: string) => row.scenario ? html` <span class="muted">(${text})</span>` : html``;
    return html`<tr class="${classes('scenario-row', !row.scenario && 'base', negative && 'negative')}" data-scenario-row="${row.scenario ? row.name : ''}">
<th scope="row"><strong>${row.scenario ? row.name : 'Plan'}</strong> <span class="muted">${row.title}</span></th>
<td class="num">${formatMoney(row.npv, ctx.currency, f)}${change(formatMoneyChange(row.npvChange, ctx.currency, f))}</td>
<td class="num">${formatPercent(row.irr, 1, f)}</td><td class="num">${formatYears(row.paybackYears, f)}</td>
<td class="num">${formatDate(row.finish)}${change(formatDaysChange(row.finishChangeDays, f))}</td>
<td class="num">${formatNumber(row.funded, 0, f)}</td></tr>`;
}

function bars(ctx: RenderContext, rows: Row[]): SafeHtml {
    const values = rows.map(r => (Number.isFinite(r.npv) ? r.npv : 0));
    const x = scaleLinear().domain([Math.min(0, ...values), Math.max(0, ...values)]).nice().range([0, BAR_W]);
    const zero = LABEL_W + x(0);
    const height = TOP * 2 + rows.length * ROW_H;
    const width = LABEL_W + BAR_W + RIGHT_PAD;
    const items = rows.map((row, i) => {
        const v = values[i]!;
        const y = TOP + i * ROW_H;
        const x0 = LABEL_W + x(Math.min(0, v));
        const w = Math.abs(x(v) - x(0));
        const text = `${row.scenario ? row.name : 'Plan'}: NPV ${formatMoney(row.npv, ctx.currency, ctx.format)}`;
        return html`<g class="${classes('scenario-bar', !row.scenario && 'base', v < 0 && 'negative')}" data-scenario-bar="${row.scenario ? row.name : ''}"><title>${text}</title><text class="row-label" x="8" y="${px(y + ROW_H / 2 + 4)}">${truncate(row.scenario ? row.name : 'Plan', 26)}</text><rect class="npv-bar" x="${px(x0)}" y="${px(y + 4)}" width="${px(w)}" height="${px(ROW_H - 8)}"/><text class="value-label" x="${px(LABEL_W + Math.max(x(v), x(0)) + 6)}" y="${px(y + ROW_H / 2 + 4)}">${formatMoneyShort(row.npv, ctx.currency, ctx.format)}</text></g>`;
    });
    return html`<div class="chart-scroll"><svg class="scenario-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Portfolio NPV of the plan and each scenario">
<line class="grid zero" x1="${px(zero)}" x2="${px(zero)}" y1="0" y2="${height}"/>${items}</svg></div>`;
}

/** The scenario comparison section; an empty note when the plan declares no scenario. */
export function renderScenarioView(ctx: RenderContext): SafeHtml {
    const rows = rowsOf(ctx);
    if (ctx.analysis.scenarios.length === 0) {
        return viewSection('scenarios', 'Scenarios', emptyNote('No scenarios yet: a `scenario` block analyses the plan again with its changes.'));
    }
    const table = html`<div class="table-scroll"><table class="scenario-table"><thead><tr><th scope="col">Case</th><th scope="col" class="num">Portfolio NPV</th><th scope="col" class="num">IRR</th><th scope="col" class="num">Payback</th><th scope="col" class="num">Finish</th><th scope="col" class="num">Funded</th></tr></thead>
<tbody>${rows.map(row => tableRow(ctx, row))}</tbody></table></div>`;
    const note = ctx.analysis.plan?.scenario ? html`<p class="muted">Changes are against the plan.</p>` : html``;
    return viewSection('scenarios', 'Scenarios', html`${table}${bars(ctx, rows)}${note}`);
}
