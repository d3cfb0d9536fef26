/**
 * The Gantt chart's on-screen interactions, wired onto the server-rendered SVG:
 *
 * - Tracing: hovering (or focusing) a candidate's bar or label highlights its own dependency
 *   arrows (`.dep-arrow[data-from|data-to]`), its direct predecessors and its direct successors,
 *   and fades the rest (`tracing`, `traced`, `traced-self|pred|succ` classes).
 * - Label column: dragging the column's edge (`[data-label-resizer]`) widens or narrows it; the
 *   timeline group (`[data-timeline]`) moves along and each label is re-fitted, with the real text
 *   widths, from its full text (`data-label`). The width survives zoom changes and live updates.
 *
 * Computes no plan number: it reads only names and the server's layout attributes.
 */

const TRACE_CLASSES = ['traced', 'traced-self', 'traced-pred', 'traced-succ'];
const MIN_LABEL_W = 120;
const MAX_LABEL_W = 900;

let labelWidth: number | null = null;

function chartOf(el: Element): SVGSVGElement | null {
    const svg = el.closest('svg.gantt-chart');
    return svg instanceof SVGSVGElement && svg.closest('[data-gantt-live]') ? svg : null;
}

export function clearTrace(svg: Element): void {
    svg.classList.remove('tracing');
    for (const cls of TRACE_CLASSES) for (const el of Array.from(svg.getElementsByClassName(cls))) el.classList.remove(cls);
}

/** Highlights one candidate's arrows, predecessors and successors in its chart. */
export function trace(svg: Element, name: string): void {
    clearTrace(svg);
    const preds = new Set<string>();
    const succs = new Set<string>();
    for (const arrow of Array.from(svg.querySelectorAll('.dep-arrow'))) {
        const from = arrow.getAttribute('data-from') ?? '';
        const to = arrow.getAttribute('data-to') ?? '';
        if (from !== name && to !== name) continue;
        arrow.classList.add('traced');
        if (to === name) preds.add(from);
        if (from === name) succs.add(to);
    }
    for (const el of Array.from(svg.querySelectorAll('[data-kind="candidate"]'))) {
        const element = el.getAttribute('data-element') ?? '';
        if (element === name) el.classList.add('traced-self');
        if (preds.has(element)) el.classList.add('traced-pred');
        if (succs.has(element)) el.classList.add('traced-succ');
    }
    svg.classList.add('tracing');
}

function onEnter(event: Event): void {
    if (!(event.target instanceof Element)) return;
    const item = event.target.closest('[data-kind="candidate"][data-element]');
    const svg = item ? chartOf(item) : null;
    if (item && svg) trace(svg, item.getAttribute('data-element') ?? '');
}

function onLeave(event: Event): void {
    if (!(event.target instanceof Element)) return;
    const item = event.target.closest('[data-kind="candidate"][data-element]');
    const svg = item ? chartOf(item) : null;
    const next = (event as MouseEvent | FocusEvent).relatedTarget;
    if (!item || !svg) return;
    if (next instanceof Element && next.closest('[data-kind="candidate"][data-element]') === item) return;
    clearTrace(svg);
}

/** Shortens a text element's content to its available width, from its full text. */
function fitLabel(text: SVGTextElement, width: number): void {
    const full = text.getAttribute('data-label') ?? '';
    if (text.querySelector('tspan')) return;
    text.textContent = full;
    if (text.getComputedTextLength() <= width) return;
    const chars = Array.from(full);
    let lo = 1;
    let hi = chars.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        text.textContent = chars.slice(0, mid).join('') + '…';
        if (text.getComputedTextLength() <= width) lo = mid; else hi = mid - 1;
    }
    text.textContent = chars.slice(0, lo).join('').trimEnd() + '…';
}

/** Lays the chart out with a label column `width` px wide. */
export function setLabelWidth(svg: SVGSVGElement, width: number): void {
    const original = Number(svg.getAttribute('data-label-width'));
    if (!Number.isFinite(original) || original <= 0) return;
    const w = Math.round(Math.min(MAX_LABEL_W, Math.max(MIN_LABEL_W, width)));
    if (!svg.hasAttribute('data-base-width')) svg.setAttribute('data-base-width', svg.getAttribute('width') ?? '0');
    const base = Number(svg.getAttribute('data-base-width'));
    const height = svg.getAttribute('height') ?? '0';
    const total = base + w - original;
    svg.setAttribute('width', String(total));
    svg.setAttribute('viewBox', `0 0 ${total} ${height}`);
    svg.querySelector('[data-timeline]')?.setAttribute('transform', `translate(${w - original},0)`);
    for (const stripe of Array.from(svg.querySelectorAll('.row-stripe'))) stripe.setAttribute('width', String(total));
    svg.querySelector('[data-label-resizer]')?.setAttribute('x', String(w - 4));
    for (const text of Array.from(svg.querySelectorAll<SVGTextElement>('.labels text[data-label]'))) {
        fitLabel(text, w - Number(text.getAttribute('x') ?? 0) - 8);
    }
    svg.setAttribute('data-current-label-width', String(w));
}

/** Re-applies the user's label width to the live chart (after a zoom change or an update). */
export function restoreLabelWidth(): void {
    if (labelWidth === null) return;
    for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>('[data-gantt-live] svg.gantt-chart'))) setLabelWidth(svg, labelWidth);
}

function startResize(event: PointerEvent): void {
    if (!(event.target instanceof Element) || !event.target.matches('[data-label-resizer]')) return;
    const svg = chartOf(event.target);
    if (!svg) return;
    event.preventDefault();
    const handle = event.target;
    const startX = event.clientX;
    const startW = Number(svg.getAttribute('data-current-label-width') ?? svg.getAttribute('data-label-width'));
    svg.classList.add('resizing');
    handle.setPointerCapture?.(event.pointerId);
    const move = (e: PointerEvent): void => {
        labelWidth = startW + e.clientX - startX;
        setLabelWidth(svg, labelWidth);
    };
    const end = (): void => {
        svg.classList.remove('resizing');
        handle.removeEventListener('pointermove', move as EventListener);
        handle.removeEventListener('pointerup', end);
        handle.removeEventListener('pointercancel', end);
    };
    handle.addEventListener('pointermove', move as EventListener);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
}

export function installGanttInteractions(): void {
    document.addEventListener('mouseover', onEnter);
    document.addEventListener('focusin', onEnter);
    document.addEventListener('mouseout', onLeave);
    document.addEventListener('focusout', onLeave);
    document.addEventListener('pointerdown', startResize);
}
