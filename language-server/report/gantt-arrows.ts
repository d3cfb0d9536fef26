/**
 * Routing of the Gantt's dependency arrows in separate lanes, so that at 30 candidates each
 * arrow's source and target can still be followed.
 *
 * An arrow leaves the end of its predecessor's bar along its bottom edge (under the bar's label), runs right to its own vertical lane, runs
 * down (or up) to the successor's row and enters the successor: from the left at its start when
 * the lane lies before the bar, from above (or below) when the lane lies over the bar. Lanes are
 * assigned greedily, arrow by arrow from left to right: the first lane, `LANE_GAP` pixels apart
 * from the predecessor's finish onward, whose vertical segment keeps at least `LANE_GAP` pixels
 * from every vertical already placed over an overlapping span of rows. So no two arrows share a
 * vertical segment; arrows leaving one bar fan out, and arrows entering one bar arrive side by side.
 */

/** Horizontal distance between two lanes, in pixels. */
export const LANE_GAP = 5;
/** Most lanes an arrow looks for before it takes the last one (a bound on the work, never reached in practice). */
const MAX_LANES = 400;

export interface ArrowRequest {
    from: string;
    to: string;
    /** Where the arrow leaves the predecessor: its bar's end (x) and bottom or top edge (y). */
    x1: number;
    y1: number;
    /** The successor's bar: its left and right ends, top and bottom, and row middle. */
    left: number;
    right: number;
    top: number;
    bottom: number;
    y2: number;
}

export interface RoutedArrow {
    from: string;
    to: string;
    /** SVG path data. */
    d: string;
    /** The vertical segment: its x and its span. */
    lane: number;
    yMin: number;
    yMax: number;
}

interface Vertical {
    x: number;
    yMin: number;
    yMax: number;
}

function r(v: number): number {
    return Math.round(v * 100) / 100;
}

/** The end of the vertical segment at lane `x`, and the path after it. */
function ending(a: ArrowRequest, x: number): { yEnd: number; tail: string } {
    const down = a.y2 >= a.y1;
    if (x >= a.left + 2 && x <= a.right - 2) {
        // Over the bar: straight into its top (or bottom) edge.
        return { yEnd: down ? a.top : a.bottom, tail: '' };
    }
    return { yEnd: a.y2, tail: ` H${r(x < a.left ? a.left : a.right)}` };
}

/** Routes every arrow; the result keeps the order of `requests`. */
export function routeArrows(requests: readonly ArrowRequest[]): RoutedArrow[] {
    const order = requests.map((_, i) => i).sort((i, j) => {
        const a = requests[i]!;
        const b = requests[j]!;
        return a.x1 - b.x1 || a.y1 - b.y1 || a.y2 - b.y2;
    });
    const placed: Vertical[] = [];
    const routed: RoutedArrow[] = new Array<RoutedArrow>(requests.length);
    for (const i of order) {
        const a = requests[i]!;
        let chosen: { x: number; yMin: number; yMax: number; tail: string; yEnd: number } | null = null;
        for (let k = 0; k < MAX_LANES; k++) {
            const x = a.x1 + LANE_GAP * (k + 1);
            const { yEnd, tail } = ending(a, x);
            const yMin = Math.min(a.y1, yEnd);
            const yMax = Math.max(a.y1, yEnd);
            chosen = { x, yMin, yMax, tail, yEnd };
            const clash = placed.some(v => Math.abs(v.x - x) < LANE_GAP - 0.01 && v.yMin <= yMax + 1 && yMin <= v.yMax + 1);
            if (!clash) break;
        }
        const c = chosen!;
        placed.push({ x: c.x, yMin: c.yMin, yMax: c.yMax });
        routed[i] = {
            from: a.from, to: a.to, lane: r(c.x), yMin: r(c.yMin), yMax: r(c.yMax),
            d: `M${r(a.x1)},${r(a.y1)} H${r(c.x)} V${r(c.yEnd)}${c.tail}`,
        };
    }
    return routed;
}
