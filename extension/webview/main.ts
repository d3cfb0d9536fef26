/**
 * The roadmap webview program: runs inside the VS Code webview and in the standalone
 * `hitp report` page (bundled by esbuild as an IIFE into `out/webview.js`).
 *
 * It computes no plan number: it only wires the server-rendered HTML. Click or Enter
 * on `[data-element]` highlights the element and, inside VS Code, asks the host to
 * reveal its declaration; a scenario button asks the host for that scenario's roadmap; zoom buttons swap the Gantt chart for the matching
 * `<template data-zoom-template>`; `update` messages replace the content while keeping
 * scroll position and zoom, which also survive reloads through `vscode.setState`.
 */
import {
    innermostRange, isPreviewKind, isToWebviewMessage, isZoomLevel, parseRangeAttribute,
    type FromWebviewMessage, type SourceRangeTuple, type WebviewSettings, type WebviewState, type ZoomLevel
} from '../../language-server/protocol/preview-messages.js';
import { capture } from './capture.js';
import { installGanttInteractions, restoreLabelWidth } from './gantt-interactions.js';

interface VsCodeApi {
    postMessage(message: FromWebviewMessage): void;
    getState(): unknown;
    setState(state: WebviewState): void;
}

declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

const root = document.getElementById('hitp-root') ?? document.querySelector<HTMLElement>('[data-settings]');
const vscode: VsCodeApi | null = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;

function readSettings(): WebviewSettings {
    const fallback: WebviewSettings = { source: null, version: null, standalone: vscode === null, zoom: null };
    try {
        const parsed: unknown = JSON.parse(root?.dataset.settings ?? '{}');
        if (typeof parsed !== 'object' || parsed === null) return fallback;
        const p = parsed as Record<string, unknown>;
        return {
            source: typeof p.source === 'string' ? p.source : null,
            version: typeof p.version === 'number' ? p.version : null,
            standalone: p.standalone === true || vscode === null,
            zoom: isZoomLevel(p.zoom) ? p.zoom : null,
        };
    } catch {
        return fallback;
    }
}

function readState(): Partial<WebviewState> {
    const state = vscode?.getState();
    return typeof state === 'object' && state !== null ? state as Partial<WebviewState> : {};
}

const settings = readSettings();
let version = settings.version;
const savedZoom = readState().zoom;
let zoom: ZoomLevel | null = isZoomLevel(savedZoom) ? savedZoom : settings.zoom;
let selected: { element: string; kind: string } | null = null;

function saveState(): void {
    vscode?.setState({ source: settings.source, scrollX: window.scrollX, scrollY: window.scrollY, zoom });
}

/** Shows the Gantt chart of one zoom level (the server rendered all three as templates). */
function applyZoom(level: ZoomLevel | null): void {
    const section = document.querySelector<HTMLElement>('section[data-view="gantt"]');
    if (!section) return;
    const wanted = level ?? (isZoomLevel(section.dataset.zoom) ? section.dataset.zoom : null);
    const live = section.querySelector<HTMLElement>('[data-gantt-live]');
    const template = section.querySelector<HTMLTemplateElement>(`template[data-zoom-template="${wanted ?? ''}"]`);
    if (!wanted || !live || !template) return;
    if (live.firstElementChild?.getAttribute('data-zoom') !== wanted) {
        const scrollLeft = live.scrollLeft;
        live.replaceChildren(template.content.cloneNode(true));
        restoreLabelWidth();
        live.scrollLeft = scrollLeft;
    }
    section.dataset.zoom = wanted;
    for (const button of section.querySelectorAll<HTMLElement>('[data-zoom-level]')) {
        button.setAttribute('aria-pressed', String(button.dataset.zoomLevel === wanted));
    }
}

function cssEscape(text: string): string {
    return typeof CSS !== 'undefined' && typeof CSS.escape === 'function' ? CSS.escape(text) : text.replace(/[^A-Za-z0-9_-]/g, '');
}

/** Marks every rendering of one element (bar, row label, table row) as selected. */
function highlight(element: string, kind: string): void {
    clearHighlight();
    selected = { element, kind };
    for (const el of document.querySelectorAll(`[data-element="${cssEscape(element)}"][data-kind="${cssEscape(kind)}"]`)) {
        el.classList.add('selected');
    }
}

function clearHighlight(): void {
    for (const el of document.querySelectorAll('.selected')) el.classList.remove('selected');
    selected = null;
}

/**
 * The editor's cursor is at (line, character): highlight the innermost element whose declaration
 * holds it (the server wrote each declaration's whole range into `data-extent`), scroll its first
 * rendering into view, and tell the host which element that is.
 */
function showCursor(line: number, character: number): void {
    const items: Element[] = [];
    const ranges: SourceRangeTuple[] = [];
    for (const item of document.querySelectorAll('[data-element][data-extent]')) {
        const range = parseRangeAttribute(item.getAttribute('data-extent') ?? undefined);
        if (range) { items.push(item); ranges.push(range); }
    }
    const found = items[innermostRange(ranges, line, character)];
    const element = found?.getAttribute('data-element') ?? null;
    const kind = found?.getAttribute('data-kind') ?? null;
    if (found && element && isPreviewKind(kind)) {
        highlight(element, kind);
        found.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        if (vscode && settings.source) vscode.postMessage({ type: 'highlighted', source: settings.source, element, kind });
    } else {
        clearHighlight();
        if (vscode && settings.source) vscode.postMessage({ type: 'highlighted', source: settings.source, element: null, kind: null });
    }
}

function activate(target: Element): void {
    // The scenario picker (spec §10): the host asks the server for that scenario's roadmap.
    const scenarioButton = target.closest<HTMLElement>('[data-scenario]');
    if (scenarioButton) {
        const scenario = scenarioButton.dataset.scenario ?? '';
        if (vscode && settings.source) vscode.postMessage({ type: 'scenario', source: settings.source, scenario: scenario === '' ? null : scenario });
        return;
    }
    const zoomButton = target.closest<HTMLElement>('[data-zoom-level]');
    if (zoomButton) {
        const level = zoomButton.dataset.zoomLevel;
        if (isZoomLevel(level)) {
            zoom = level;
            applyZoom(level);
            saveState();
        }
        return;
    }
    if (target.closest('[data-print]')) {
        // A webview cannot print: the host opens the roadmap in the browser. The report prints itself.
        if (vscode && settings.source) vscode.postMessage({ type: 'print', source: settings.source });
        else window.print();
        return;
    }
    const item = target.closest('[data-element]');
    if (!item) return;
    const element = item.getAttribute('data-element') ?? '';
    const kind = item.getAttribute('data-kind');
    if (!element || !isPreviewKind(kind)) return;
    highlight(element, kind);
    // The server wrote the declaration's range into the element: no search on the host's side.
    const range = parseRangeAttribute(item.getAttribute('data-range') ?? undefined);
    if (vscode && settings.source && range) vscode.postMessage({ type: 'reveal', source: settings.source, element, kind, range });
}

document.addEventListener('click', event => {
    if (event.target instanceof Element) activate(event.target);
});

document.addEventListener('keydown', event => {
    if ((event.key !== 'Enter' && event.key !== ' ') || !(event.target instanceof Element)) return;
    const target = event.target;
    // Native buttons already turn Enter / Space into a click.
    if (target instanceof HTMLButtonElement) return;
    if (target.closest('[data-element],[data-zoom-level]')) {
        event.preventDefault();
        activate(target);
    }
});

// Keyboard users get the SVG <title> / title attribute as a tooltip on focus (the mouse gets the native one).
const tooltip = document.createElement('div');
tooltip.className = 'hitp-tooltip';
tooltip.setAttribute('role', 'tooltip');
tooltip.hidden = true;
document.body.appendChild(tooltip);

function tooltipText(el: Element): string {
    const title = Array.from(el.children).find(child => child.tagName.toLowerCase() === 'title');
    return title?.textContent ?? el.getAttribute('title') ?? '';
}

document.addEventListener('focusin', event => {
    const el = event.target instanceof Element ? event.target.closest('[data-element],.stage,.cadence-point') : null;
    const text = el ? tooltipText(el) : '';
    if (!el || !text || !el.matches(':focus-visible')) {
        tooltip.hidden = true;
        return;
    }
    const box = el.getBoundingClientRect();
    tooltip.textContent = text;
    tooltip.hidden = false;
    tooltip.style.left = `${Math.max(4, Math.min(box.left, window.innerWidth - 430))}px`;
    tooltip.style.top = `${box.bottom + 6 > window.innerHeight - 80 ? Math.max(4, box.top - 86) : box.bottom + 6}px`;
});
document.addEventListener('focusout', () => { tooltip.hidden = true; });

/** Replaces the roadmap with newer server HTML, keeping scroll, zoom, selection and focus. */
function update(html: string, newVersion: number): void {
    if (!root || (version !== null && newVersion < version)) return;
    const scrollX = window.scrollX;
    const scrollY = window.scrollY;
    const ganttScroll = document.querySelector('[data-gantt-live]')?.scrollLeft ?? 0;
    const focused = document.activeElement?.closest('[data-element]');
    const focusKey = focused ? [focused.getAttribute('data-element'), focused.getAttribute('data-kind'), focused.getAttribute('class')] : null;
    root.innerHTML = html;
    version = newVersion;
    applyZoom(zoom);
    restoreLabelWidth();
    const live = document.querySelector('[data-gantt-live]');
    if (live) live.scrollLeft = ganttScroll;
    if (selected) highlight(selected.element, selected.kind);
    if (focusKey) {
        const again = Array.from(document.querySelectorAll(`[data-element="${cssEscape(focusKey[0] ?? '')}"]`))
            .find(el => el.getAttribute('data-kind') === focusKey[1] && el.getAttribute('class') === focusKey[2]);
        if (again instanceof HTMLElement || again instanceof SVGElement) again.focus({ preventScroll: true });
    }
    window.scrollTo(scrollX, scrollY);
}

window.addEventListener('message', event => {
    const message: unknown = event.data;
    if (!isToWebviewMessage(message)) return;
    if (settings.source !== null && message.source !== settings.source) return;
    if (message.type === 'cursor') {
        showCursor(message.line, message.character);
        return;
    }
    if (message.type === 'capture') {
        if (vscode && settings.source) void capture(settings.source, message.requestId, message.format).then(answer => vscode.postMessage(answer));
        return;
    }
    update(message.html, message.version);
    saveState();
});

let scrollPending = false;
window.addEventListener('scroll', () => {
    if (scrollPending) return;
    scrollPending = true;
    requestAnimationFrame(() => {
        scrollPending = false;
        saveState();
    });
}, { passive: true });

installGanttInteractions();

// Start: zoom from the saved state (or the server's default), scroll restored for the same document.
applyZoom(zoom);
const initial = readState();
if (initial.source === settings.source && typeof initial.scrollY === 'number') {
    window.scrollTo(typeof initial.scrollX === 'number' ? initial.scrollX : 0, initial.scrollY);
}
saveState();
if (vscode && settings.source) vscode.postMessage({ type: 'ready', source: settings.source, version });
