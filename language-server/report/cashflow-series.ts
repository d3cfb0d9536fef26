/**
 * The series of the cash-flow chart: at most `MAX_SERIES` stacks, so that every colour is used
 * once. Up to eight funded candidates each get their own series; with more, the seven largest by
 * absolute NPV keep theirs and the rest are summed into one "other candidates" series.
 *
 * Colours: the viridis scale of d3-scale-chromatic, sampled at evenly spaced points. Viridis is
 * perceptually uniform, readable with the common colour-vision deficiencies, and its lightness
 * rises monotonically, so the series stay apart when printed in greyscale; the largest candidate
 * gets the darkest colour. The "other" series is a neutral grey, outside the scale.
 * The eight samples are written out: d3-scale-chromatic's one-file bundle cannot be tree-shaken
 * and carried every scheme into the extension and the server (test/language-server/report/
 * gantt-routing.test.ts checks them against `interpolateViridis`).
 */
import type { CandidateAnalysis } from '../analysis/plan-analysis.js';

export const MAX_SERIES = 8;

export interface CashflowSeries {
    /** `s0` … `s7`, or `s-other`: the CSS class holding the colour. */
    slot: string;
    label: string;
    /** The candidates summed in this series (one, or the rest). */
    members: CandidateAnalysis[];
    cashflows: number[];
}

/** The palette, darkest first: `MAX_SERIES` evenly spaced points of viridis from 0.02 to 0.86, stopping short of its pale yellow end. */
export const SERIES_COLOURS: readonly string[] = ['#46085c', '#46307e', '#3a548c', '#2c738e', '#21918c', '#26ad81', '#58c765', '#a2da37'];
export const OTHER_COLOUR = '#9aa1a9';

function sumFlows(members: readonly CandidateAnalysis[]): number[] {
    const years = Math.max(0, ...members.map(c => c.cashflows.length));
    return Array.from({ length: years }, (_, t) => members.reduce((s, c) => {
        const v = c.cashflows[t];
        return s + (v !== undefined && Number.isFinite(v) ? v : 0);
    }, 0));
}

/** The chart's series for the funded candidates, largest |NPV| first. */
export function cashflowSeries(funded: readonly CandidateAnalysis[]): CashflowSeries[] {
    const bySize = [...funded].sort((a, b) => Math.abs(b.npv) - Math.abs(a.npv) || a.rank - b.rank || a.name.localeCompare(b.name));
    const own = bySize.length <= MAX_SERIES ? bySize : bySize.slice(0, MAX_SERIES - 1);
    const series: CashflowSeries[] = own.map((c, i) => ({ slot: `s${i}`, label: c.title || c.name, members: [c], cashflows: c.cashflows }));
    const rest = bySize.slice(own.length);
    if (rest.length > 0) {
        series.push({ slot: 's-other', label: `${rest.length} other candidates`, members: rest, cashflows: sumFlows(rest) });
    }
    return series;
}

/** The CSS rules of the series colours (fill in the chart, background in the keys). */
export function seriesCss(): string {
    const rule = (slot: string, colour: string): string => `.segment.${slot}, .key.${slot} { fill: ${colour}; background: ${colour}; }`;
    return [...SERIES_COLOURS.map((c, i) => rule(`s${i}`, c)), rule('s-other', OTHER_COLOUR)].join('\n');
}
