/**
 * The risks view (spec §7, §8): a risk matrix (likelihood against impact cost, one labelled
 * mark per risk, risks on the critical path highlighted), the risk register as a table, and the
 * simulation's finish distribution (runs per finish day, with P50, P80, P95 and the deterministic
 * finish marked), or a note that the simulation is still running.
 */
import { scaleLinear, scaleTime } from 'd3-scale';
import type { RiskAnalysis, SimulationAnalysis } from '../analysis/plan-analysis.js';
import { formatDate, formatDays, formatMoney, formatMoneyShort, formatNumber, formatPercent } from './format.js';
import { html, px, type SafeHtml } from './html.js';
import { classes, emptyNote, parseIsoDate, svgTitle, viewSection, type RenderContext } from './view-common.js';

const LEFT = 72;
const TOP = 16;
const PLOT_W = 420;
const PLOT_H = 220;
const BOTTOM = 40;

function riskTip(ctx: RenderContext, r: RiskAnalysis): string[] {
    const f = ctx.format;
    return [
        `Risk ${r.name} — ${r.title}`,
        `Likelihood ${formatPercent(r.likelihood, 1, f)} · impact ${r.impactDays === null ? 'no delay' : formatDays(r.impactDays, f)}, ${formatMoney(r.impactCost, ctx.currency, f)}`,
        `Exposure ${formatMoney(r.exposure, ctx.currency, f)} · delay exposure ${formatNumber(r.delayExposureDays, 1, f)} days`,
        `Affects ${r.affects.join(', ')}${r.critical ? ' (critical path)' : ''}`,
    ];
}

function renderMatrix(ctx: RenderContext, risks: readonly RiskAnalysis[]): SafeHtml {
    const f = ctx.format;
    const maxCost = Math.max(1, ...risks.map(r => r.impactCost ?? 0));
    const x = scaleLinear().domain([0, 1]).range([LEFT, LEFT + PLOT_W]);
    const y = scaleLinear().domain([0, maxCost]).nice().range([TOP + PLOT_H, TOP]);
    const xTicks = x.ticks(5).map(v => html`<line class="grid" x1="${px(x(v))}" x2="${px(x(v))}" y1="${TOP}" y2="${TOP + PLOT_H}"/><text class="tick" x="${px(x(v))}" y="${TOP + PLOT_H + 16}" text-anchor="middle">${formatPercent(v, 0, f)}</text>`);
    const yTicks = y.ticks(4).map(v => html`<line class="grid" x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${px(y(v))}" y2="${px(y(v))}"/><text class="tick" x="${LEFT - 6}" y="${px(y(v) + 4)}" text-anchor="end">${formatMoneyShort(v, ctx.currency, f)}</text>`);
    const marks = risks.map(r => {
        const cx = x(r.likelihood), cy = y(r.impactCost ?? 0);
        // Delay widens the mark: a risk that also slips the schedule is easier to spot.
        const radius = 6 + Math.min(10, (r.impactDays ?? 0) / 7);
        return html`<g class="${classes('risk-mark', r.critical && 'critical')}" data-element="${r.name}" data-kind="risk" tabindex="0">${svgTitle(riskTip(ctx, r))}<circle cx="${px(cx)}" cy="${px(cy)}" r="${px(radius)}"/><text class="risk-label" x="${px(cx + radius + 3)}" y="${px(cy + 4)}">${r.name}</text></g>`;
    });
    const w = LEFT + PLOT_W + 120, h = TOP + PLOT_H + BOTTOM;
    return html`<div class="chart-scroll"><svg class="risk-matrix" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="group" aria-label="Risk matrix: likelihood against impact cost">
<g class="axis" aria-hidden="true">${xTicks}${yTicks}<text class="axis-title" x="${LEFT + PLOT_W / 2}" y="${h - 4}" text-anchor="middle">likelihood</text><text class="axis-title" x="12" y="${TOP + PLOT_H / 2}" transform="rotate(-90 12 ${TOP + PLOT_H / 2})" text-anchor="middle">impact cost</text></g>
${marks}</svg></div>`;
}

function renderRegister(ctx: RenderContext, risks: readonly RiskAnalysis[]): SafeHtml {
    const f = ctx.format;
    const p = ctx.analysis.portfolio;
    const rows = risks.map(r => html`<tr class="${classes(r.critical && 'critical')}"><th scope="row">${r.name}</th><td>${r.title}</td><td class="num">${formatPercent(r.likelihood, 1, f)}</td><td class="num">${r.impactDays === null ? '—' : formatDays(r.impactDays, f)}</td><td class="num">${formatMoney(r.impactCost, ctx.currency, f)}</td><td class="num">${formatMoney(r.exposure, ctx.currency, f)}</td><td class="num">${formatNumber(r.delayExposureDays, 1, f)}</td><td>${r.affects.join(', ')}</td><td>${r.owner ?? '—'}</td><td>${r.mitigation ?? html`<span class="status fail">none</span>`}</td><td class="num">${formatMoney(r.contingency, ctx.currency, f)}</td></tr>`);
    return html`<p class="summary">Risk exposure <strong>${formatMoney(p.riskExposure, ctx.currency, f)}</strong> · risk-adjusted NPV <strong>${formatMoney(p.riskAdjustedNpv, ctx.currency, f)}</strong> (NPV ${formatMoney(p.npv, ctx.currency, f)}) · contingency <strong>${formatMoney(p.contingency, ctx.currency, f)}</strong></p>
<div class="table-scroll"><table class="risk-register"><thead><tr><th scope="col">Risk</th><th scope="col">Title</th><th scope="col">Likelihood</th><th scope="col">Delay</th><th scope="col">Cost</th><th scope="col">Exposure</th><th scope="col">Delay exposure (days)</th><th scope="col">Affects</th><th scope="col">Owner</th><th scope="col">Mitigation</th><th scope="col">Contingency</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

const PERCENTILES = [['P50', 'finishP50'], ['P80', 'finishP80'], ['P95', 'finishP95']] as const;

function renderDistribution(ctx: RenderContext, s: SimulationAnalysis): SafeHtml {
    const f = ctx.format;
    const dates = s.finishDistribution.map(b => parseIsoDate(b.finish)).filter((d): d is Date => d !== null);
    const deterministic = parseIsoDate(s.deterministicFinish);
    const all = deterministic ? [...dates, deterministic] : dates;
    if (all.length === 0) return emptyNote('No simulated finishes.');
    const lo = Math.min(...all.map(d => d.getTime())), hi = Math.max(...all.map(d => d.getTime()));
    const day = 86_400_000;
    const x = scaleTime().domain([new Date(lo - day), new Date(hi + 2 * day)]).range([LEFT, LEFT + PLOT_W]);
    const maxRuns = Math.max(1, ...s.finishDistribution.map(b => b.runs));
    const y = scaleLinear().domain([0, maxRuns]).range([TOP + PLOT_H, TOP]);
    const barW = Math.max(1, x(new Date(lo + day)) - x(new Date(lo)) - 0.5);
    const bars = s.finishDistribution.map(b => {
        const d = parseIsoDate(b.finish);
        if (!d) return html``;
        return html`<rect class="finish-bar" x="${px(x(d))}" y="${px(y(b.runs))}" width="${px(barW)}" height="${px(TOP + PLOT_H - y(b.runs))}"><title>${formatDate(b.finish)}: ${formatNumber(b.runs, 0, f)} runs</title></rect>`;
    });
    const marker = (label: string, iso: string, cls: string, row: number) => {
        const d = parseIsoDate(iso);
        if (!d) return html``;
        const at = x(d);
        return html`<g class="${classes('percentile', cls)}" data-percentile="${label}"><line x1="${px(at)}" x2="${px(at)}" y1="${TOP}" y2="${TOP + PLOT_H}"/><text x="${px(at + 3)}" y="${TOP + 12 + 14 * row}">${label} ${formatDate(iso)}</text></g>`;
    };
    const markers = [
        ...PERCENTILES.map(([label, key], i) => marker(label, s[key], label.toLowerCase(), i)),
        marker('deterministic', s.deterministicFinish, 'deterministic', 3),
    ];
    const ticks = x.ticks(5).map(d => html`<text class="tick" x="${px(x(d))}" y="${TOP + PLOT_H + 16}" text-anchor="middle">${d.toISOString().slice(0, 10)}</text>`);
    const w = LEFT + PLOT_W + 150, h = TOP + PLOT_H + BOTTOM;
    return html`<p class="summary">${formatNumber(s.runs, 0, f)} runs (seed ${s.seed}): finish P50 <strong>${formatDate(s.finishP50)}</strong> · P80 <strong>${formatDate(s.finishP80)}</strong> · P95 <strong>${formatDate(s.finishP95)}</strong> · deterministic ${formatDate(s.deterministicFinish)}</p>
<div class="chart-scroll"><svg class="finish-distribution" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="group" aria-label="Finish distribution of the simulation">
<g class="axis" aria-hidden="true">${ticks}</g>${bars}${markers}</svg></div>`;
}

/** The risks and simulation section; `simulating` when the editor's simulation has not finished yet. */
export function renderRiskView(ctx: RenderContext, simulating: boolean): SafeHtml {
    const risks = ctx.analysis.risks;
    const simulation = ctx.analysis.simulation;
    const parts: SafeHtml[] = [];
    parts.push(risks.length > 0 ? html`${renderMatrix(ctx, risks)}${renderRegister(ctx, risks)}` : emptyNote('No risks in the register.'));
    parts.push(html`<h3>Finish distribution</h3>`);
    if (simulation) parts.push(renderDistribution(ctx, simulation));
    else if (simulating) parts.push(html`<p class="simulating" role="status">Simulating… the figures follow when the simulation is done.</p>`);
    else parts.push(emptyNote('No simulation: add a three-point duration or a risk with a delay.'));
    return viewSection('risks', 'Risks', html`${parts}`);
}
