/**
 * One load chart per team (spec §11): the team's summed effort per day, as a step line, against
 * its capacity, from the plan's start to its finish. Shown under the timeline.
 * Pure string rendering: the load steps, peak and utilisation come from the analysis.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { TeamAnalysis } from '../analysis/plan-analysis.js';
import { formatDate, formatFte, formatPercent } from './format.js';
import { html, joinHtml, px, type SafeHtml } from './html.js';
import { parseIsoDate, svgTitle, type RenderContext } from './view-common.js';

const WIDTH = 640;
const HEIGHT = 96;
const LEFT = 56;
const TOP = 8;

function teamChart(ctx: RenderContext, team: TeamAnalysis, from: Date, to: Date): SafeHtml {
    const f = ctx.format;
    const x = scaleUtc().domain([from, to]).range([LEFT, LEFT + WIDTH]).clamp(true);
    const peak = team.peakFte ?? 0;
    const highest = Math.max(team.capacityFte ?? 0, peak, 1) * 1.15;
    const top = Number.isFinite(highest) ? highest : Number.MAX_VALUE;
    const y = scaleLinear().domain([0, top]).range([TOP + HEIGHT, TOP]);
    // A step line: each load holds from its date until the next step's date.
    let d = `M${px(LEFT)},${px(y(0))}`;
    for (const step of team.load) {
        const at = parseIsoDate(step.date);
        if (!at) continue;
        d += ` H${px(x(at))} V${px(y(Number.isFinite(step.fte) ? step.fte : 0))}`;
    }
    d += ` H${px(LEFT + WIDTH)}`;
    const capacity = team.capacityFte === null ? html`` : html`<line class="capacity-line" x1="${LEFT}" x2="${px(LEFT + WIDTH)}" y1="${px(y(team.capacityFte))}" y2="${px(y(team.capacityFte))}"/><text class="tick" x="${px(LEFT + WIDTH + 4)}" y="${px(y(team.capacityFte) + 4)}">${`capacity ${formatFte(team.capacityFte, f)}`}</text>`;
    const summary = `peak ${formatFte(team.peakFte, f)}${team.capacityFte === null ? '' : ` of ${formatFte(team.capacityFte, f)}`} · utilisation ${formatPercent(team.utilisation, 1, f)}`;
    const over = team.capacityFte !== null && peak > team.capacityFte + 1e-9;
    return html`<figure class="team-load${over ? ' over' : ''}" data-team="${team.name}"><figcaption><strong>${team.title || team.name}</strong> <span class="muted">${team.name} · ${summary}</span></figcaption>
<svg class="team-load-chart" width="${px(LEFT + WIDTH + 110)}" height="${px(TOP + HEIGHT + 22)}" role="img" aria-label="${`Load of team ${team.name}: ${summary}`}">${svgTitle([`${team.name} — ${team.title}`, summary])}
<line class="axis-line" x1="${LEFT}" x2="${px(LEFT + WIDTH)}" y1="${px(y(0))}" y2="${px(y(0))}"/><text class="tick" x="4" y="${px(y(0) + 4)}">${formatFte(0, f)}</text><text class="tick" x="4" y="${px(y(peak) + 4)}">${formatFte(team.peakFte, f)}</text>
<path class="load-line" d="${d}"/>${capacity}
<text class="tick" x="${LEFT}" y="${px(TOP + HEIGHT + 18)}">${formatDate(from.toISOString().slice(0, 10))}</text><text class="tick end" x="${px(LEFT + WIDTH)}" y="${px(TOP + HEIGHT + 18)}" text-anchor="end">${formatDate(to.toISOString().slice(0, 10))}</text></svg></figure>`;
}

/** The team load charts, or nothing when the plan declares no team or has no schedule. */
export function renderTeamLoad(ctx: RenderContext): SafeHtml {
    const teams = ctx.analysis.teams ?? [];
    const from = parseIsoDate(ctx.analysis.plan?.start);
    const to = parseIsoDate(ctx.analysis.plan?.finish);
    if (teams.length === 0 || !from || !to || to <= from) return html``;
    return html`<div class="team-loads"><h3>Team load</h3><p class="muted">Summed effort per day against each team's capacity.</p>${joinHtml(teams.map(team => teamChart(ctx, team, from, to)))}</div>`;
}
