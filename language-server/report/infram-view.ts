/**
 * The INFRAM view (spec §2, INFRAM): the score of each stage 1..7 now and projected at
 * the end of the schedule, the 70% line a stage must reach, and the goal stage.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatDate, formatNumber, formatPercent } from './format.js';
import { html, px, type SafeHtml } from './html.js';
import { classes, emptyNote, viewSection, type RenderContext } from './view-common.js';

const LEFT = 56;
const TOP = 16;
const PLOT_H = 220;
const WIDTH = 620;
const THRESHOLD = 0.7;
const STAGES = [1, 2, 3, 4, 5, 6, 7];
const SERIES = ['current', 'projected'] as const;

function score(values: readonly number[], stage: number): number | null {
    const v = values[stage - 1];
    return v !== undefined && Number.isFinite(v) ? v : null;
}

/** The INFRAM section. */
export function renderInframView(ctx: RenderContext): SafeHtml {
    const infram = ctx.analysis.infram;
    if (!infram) return viewSection('infram', 'INFRAM', emptyNote('No infram block.'));
    const f = ctx.format;
    const x = scaleBand<number>().domain(STAGES).range([LEFT, LEFT + WIDTH]).paddingInner(0.25).paddingOuter(0.1);
    const inner = scaleBand<string>().domain([...SERIES]).range([0, x.bandwidth()]).paddingInner(0.1);
    const y = scaleLinear().domain([0, 1]).range([TOP + PLOT_H, TOP]);
    const ticks = y.ticks(5).map(v => html`<line class="grid" x1="${LEFT}" x2="${LEFT + WIDTH}" y1="${px(y(v))}" y2="${px(y(v))}"/><text class="tick" x="${LEFT - 6}" y="${px(y(v) + 4)}" text-anchor="end">${formatPercent(v, 0, f)}</text>`);
    const groups = STAGES.map(stage => {
        const now = score(infram.scores, stage);
        const later = score(infram.projectedScores, stage);
        const isGoal = infram.goalStage === stage;
        const bars = SERIES.map(series => {
            const v = series === 'current' ? now : later;
            const top = y(v ?? 0);
            return html`<rect class="${classes('stage-bar', series, v !== null && v >= THRESHOLD && 'reached')}" x="${px((x(stage) ?? 0) + (inner(series) ?? 0))}" y="${px(top)}" width="${px(inner.bandwidth())}" height="${px(Math.max(0, TOP + PLOT_H - top))}"/>`;
        });
        const tip = `Stage ${stage}${isGoal ? ' (goal)' : ''}: now ${formatPercent(now, 0, f)}, projected ${formatPercent(later, 0, f)}`;
        return html`<g class="${classes('stage', isGoal && 'goal', stage <= infram.stage && 'achieved')}" tabindex="0" aria-label="${tip}"><title>${tip}</title>${isGoal ? html`<rect class="goal-frame" x="${px((x(stage) ?? 0) - 4)}" y="${TOP - 4}" width="${px(x.bandwidth() + 8)}" height="${PLOT_H + 8}" rx="4"/>` : ''}${bars}<text class="tick" x="${px((x(stage) ?? 0) + x.bandwidth() / 2)}" y="${TOP + PLOT_H + 18}" text-anchor="middle">${isGoal ? `Stage ${stage} ★` : `Stage ${stage}`}</text></g>`;
    });
    const threshold = html`<g class="threshold"><line x1="${LEFT}" x2="${LEFT + WIDTH}" y1="${px(y(THRESHOLD))}" y2="${px(y(THRESHOLD))}"/><text x="${LEFT + WIDTH + 4}" y="${px(y(THRESHOLD) + 4)}">70%</text></g>`;
    const goal = infram.goalStage !== null
        ? html` · goal stage <strong>${formatNumber(infram.goalStage, 0, f)}</strong> by ${formatDate(infram.goalBy)}: ${infram.goalReachedOn ? html`reached on <strong>${formatDate(infram.goalReachedOn)}</strong>` : html`<span class="status fail">not reached within the plan</span>`}`
        : html``;
    const height = TOP + PLOT_H + 30;
    const svgW = LEFT + WIDTH + 48;
    const body = html`<p class="summary">Stage now <strong>${formatNumber(infram.stage, 0, f)}</strong> → projected <strong>${formatNumber(infram.projectedStage, 0, f)}</strong>${goal}</p>
<div class="chart-scroll"><svg class="infram-chart" width="${svgW}" height="${height}" viewBox="0 0 ${svgW} ${height}" role="group" aria-label="INFRAM stage scores">
<g class="axis" aria-hidden="true">${ticks}</g>${groups}${threshold}</svg></div>
<p class="legend"><span class="key key-current"></span> now <span class="key key-projected"></span> projected <span class="key key-threshold"></span> 70% needed per stage</p>`;
    return viewSection('infram', 'INFRAM', body);
}
