/**
 * "Export the current view" inside the webview (issue 18): the chart of the view on screen as a
 * self-contained SVG (every computed style the theme gave it written as an attribute, on the theme's
 * background), or as a PNG drawn from that SVG at twice the screen's resolution, for slides.
 * It computes no plan number: it serialises what the server rendered.
 */
import type { CaptureFormat, CapturedMessage } from '../../language-server/protocol/capture-messages.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The presentation properties the roadmap's stylesheet sets on chart elements. */
const STYLE_PROPERTIES = [
    'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
    'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'text-decoration',
    'visibility', 'paint-order', 'color',
];

/**
 * The chart of the view the user is looking at: of every chart in the document (the Gantt
 * chart's live zoom level, the ranking, the cash flows…), the one with the most area inside the
 * viewport; the Gantt chart when none is on screen.
 */
export function currentChart(): SVGSVGElement | null {
    const charts = Array.from(document.querySelectorAll<SVGSVGElement>('section[data-view] svg')).filter(svg => !svg.closest('template') && svg.parentElement?.closest('svg') == null);
    let best: SVGSVGElement | null = null;
    let bestArea = 0;
    for (const svg of charts) {
        const box = svg.getBoundingClientRect();
        const width = Math.max(0, Math.min(box.right, window.innerWidth) - Math.max(box.left, 0));
        const height = Math.max(0, Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0));
        if (width * height > bestArea) {
            best = svg;
            bestArea = width * height;
        }
    }
    return best ?? charts.find(svg => svg.closest('section[data-view="gantt"]')) ?? charts[0] ?? null;
}

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
    const box = svg.viewBox.baseVal;
    const width = box && box.width > 0 ? box.width : svg.getBoundingClientRect().width;
    const height = box && box.height > 0 ? box.height : svg.getBoundingClientRect().height;
    return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) };
}

/**
 * Copies the computed presentation styles of `from` and its descendants onto the clone `to` as
 * SVG presentation attributes (a `style` attribute would break the webview's CSP, and the
 * standalone file has no stylesheet to compete with them).
 */
function inlineStyles(from: Element, to: Element): void {
    const computed = getComputedStyle(from);
    for (const property of STYLE_PROPERTIES) {
        const value = computed.getPropertyValue(property);
        if (value !== '') to.setAttribute(property, value);
    }
    if (computed.display === 'none') to.setAttribute('display', 'none');
    to.removeAttribute('class');
    to.removeAttribute('tabindex');
    const fromChildren = Array.from(from.children);
    const toChildren = Array.from(to.children);
    fromChildren.forEach((child, index) => {
        if (toChildren[index]) inlineStyles(child, toChildren[index]);
    });
}

/** The chart as standalone SVG text: styles inline, the page background behind it, no script or handler. */
export function serializeChart(svg: SVGSVGElement): { svg: string; width: number; height: number; view: string } {
    const { width, height } = sizeOf(svg);
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone);
    clone.setAttribute('xmlns', SVG_NS);
    clone.setAttribute('width', String(width));
    clone.setAttribute('height', String(height));
    if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const background = document.createElementNS(SVG_NS, 'rect');
    background.setAttribute('width', '100%');
    background.setAttribute('height', '100%');
    background.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#ffffff');
    clone.insertBefore(background, clone.firstChild);
    for (const el of Array.from(clone.querySelectorAll('script, foreignObject'))) el.remove();
    const view = svg.closest<HTMLElement>('section[data-view]')?.dataset.view ?? 'roadmap';
    return { svg: new XMLSerializer().serializeToString(clone), width, height, view };
}

/** Draws SVG text into a canvas `scale` times larger and returns the PNG's base64. */
export async function renderPng(svgText: string, width: number, height: number, scale: number): Promise<string> {
    const image = new Image();
    const loaded = new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    });
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas in this webview');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}

/** Answers a `capture` request: the current chart as SVG, or as PNG at twice the screen's resolution. */
export async function capture(source: string, requestId: number, format: CaptureFormat): Promise<CapturedMessage> {
    const chart = currentChart();
    if (!chart) return { type: 'captured', source, requestId, format, error: 'The preview shows no chart to export.' };
    try {
        const { svg, width, height, view } = serializeChart(chart);
        if (format === 'svg') return { type: 'captured', source, requestId, format, view, width, height, data: svg };
        const scale = 2 * (window.devicePixelRatio || 1);
        const data = await renderPng(svg, width, height, scale);
        return { type: 'captured', source, requestId, format, view, width: Math.round(width * scale), height: Math.round(height * scale), data };
    } catch (error) {
        return { type: 'captured', source, requestId, format, error: error instanceof Error ? error.message : String(error) };
    }
}
