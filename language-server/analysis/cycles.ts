/**
 * Directed-graph helpers for dependencies (spec §2 Schedule, §3 `dependency-cycle`):
 * compressed adjacency, Tarjan's strongly connected components (iterative) and `findCycles`.
 * Used by the scheduler (to leave cycles out) and by the validator (to report them).
 */

export function firstIndexByName(names: string[]): Map<string, number> {
    const index = new Map<string, number>();
    names.forEach((name, i) => { if (!index.has(name)) index.set(name, i); });
    return index;
}

export interface Adjacency { size: number; outStart: Int32Array; target: Int32Array }

/** Compressed adjacency of the edges `from[e] → to[e]` whose `keep[e]` is not false. */
export function toAdjacency(size: number, from: number[], to: number[], keep?: boolean[]): Adjacency {
    const outStart = new Int32Array(size + 1);
    from.forEach((u, e) => { if (keep?.[e] !== false) outStart[u + 1]! += 1; });
    for (let v = 0; v < size; v++) outStart[v + 1]! += outStart[v]!;
    const fill = outStart.slice(0, size);
    const target = new Int32Array(outStart[size]!);
    from.forEach((u, e) => { if (keep?.[e] !== false) target[fill[u]!++] = to[e]!; });
    return { size, outStart, target };
}

/**
 * Tarjan's strongly connected components, iterative (an explicit call stack, so
 * 10 000-node chains cannot overflow the JavaScript stack). Returns each node's component id.
 */
export function stronglyConnectedComponents({ size, outStart, target }: Adjacency): Int32Array {
    const index = new Int32Array(size).fill(-1);
    const low = new Int32Array(size);
    const component = new Int32Array(size).fill(-1);
    const onStack = new Uint8Array(size);
    const stack = new Int32Array(size);
    const callNode = new Int32Array(size);
    const callEdge = new Int32Array(size);
    let sp = 0, cp = 0, next = 0, components = 0;
    const enter = (v: number): void => {
        index[v] = low[v] = next++;
        stack[sp++] = v; onStack[v] = 1;
        callNode[cp] = v; callEdge[cp++] = outStart[v]!;
    };
    for (let root = 0; root < size; root++) {
        if (index[root] !== -1) continue;
        enter(root);
        while (cp > 0) {
            const v = callNode[cp - 1]!;
            if (callEdge[cp - 1]! < outStart[v + 1]!) {
                const w = target[callEdge[cp - 1]!++]!;
                if (index[w] === -1) enter(w);
                else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
                continue;
            }
            cp--;
            if (low[v] === index[v]) {
                let w: number;
                do { w = stack[--sp]!; onStack[w] = 0; component[w] = components; } while (w !== v);
                components++;
            }
            if (cp > 0) { const u = callNode[cp - 1]!; low[u] = Math.min(low[u]!, low[v]!); }
        }
    }
    return component;
}

/** A dependency cycle: its strongly connected component and one elementary loop through it. */
export interface Cycle {
    /** Every member of the strongly connected component, in input order. */
    members: string[];
    /** An elementary cycle along actual edges, closed: `['A', 'B', 'C', 'A']` (a self-loop: `['A', 'A']`). */
    loop: string[];
}

/**
 * Every dependency cycle of a directed graph (spec §3, `dependency-cycle`): one per strongly
 * connected component with more than one member or a self-loop, in the input order of its
 * first member. The loop is the shortest cycle through that first member (breadth-first search),
 * so it follows real edges and never repeats a node. Edges to unknown names are ignored.
 * O(V + E); never recursive.
 */
export function findCycles(nodes: string[], edges: (name: string) => string[]): Cycle[] {
    const index = firstIndexByName(nodes);
    const names = [...index.keys()];
    const from: number[] = [];
    const to: number[] = [];
    names.forEach((name, i) => {
        for (const t of edges(name)) {
            const j = index.get(t);
            if (j !== undefined) { from.push(i); to.push(j); }
        }
    });
    const graph = toAdjacency(names.length, from, to);
    const component = stronglyConnectedComponents(graph);
    const members = new Map<number, number[]>();
    names.forEach((_, i) => {
        const list = members.get(component[i]!);
        if (list) list.push(i); else members.set(component[i]!, [i]);
    });
    const cycles: Cycle[] = [];
    const parent = new Int32Array(names.length).fill(-1);
    for (const list of [...members.values()].sort((a, b) => a[0]! - b[0]!)) {
        const loop = shortestLoop(graph, component, list[0]!, parent);
        if (loop) cycles.push({ members: list.map(i => names[i]!), loop: loop.map(i => names[i]!) });
    }
    return cycles;
}

/** The shortest cycle through `start` inside its component, or null when there is none. */
function shortestLoop(graph: Adjacency, component: Int32Array, start: number, parent: Int32Array): number[] | null {
    const queue = [start];
    const touched = [start];
    parent[start] = start;
    let closing = -1;
    for (let head = 0; head < queue.length && closing < 0; head++) {
        const u = queue[head]!;
        for (let e = graph.outStart[u]!; e < graph.outStart[u + 1]!; e++) {
            const w = graph.target[e]!;
            if (w === start) { closing = u; break; }
            if (component[w] === component[start] && parent[w] === -1) {
                parent[w] = u; queue.push(w); touched.push(w);
            }
        }
    }
    let loop: number[] | null = null;
    if (closing >= 0) {
        loop = [start];
        for (let v = closing; v !== start; v = parent[v]!) loop.push(v);
        loop.push(start);
        loop = [start, ...loop.slice(1, -1).reverse(), start];
    }
    for (const v of touched) parent[v] = -1;
    return loop;
}
