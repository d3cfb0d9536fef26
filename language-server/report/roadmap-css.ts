/**
 * The roadmap stylesheet, shared by the editor preview (inlined in a nonce'd `<style>`)
 * and the standalone `hitp report` page.
 *
 * Colours come from VS Code's theme variables when the page runs in a webview
 * (`--vscode-*`, set on `<html>` by VS Code, which also marks `<body>` with
 * `vscode-light` / `vscode-dark` / `vscode-high-contrast`); every variable has a light
 * fallback, so the standalone report is light by default. `forced-colors` covers
 * Windows high-contrast in a browser.
 */
import { seriesCss } from './cashflow-series.js';

export const ROADMAP_CSS = String.raw`
:root {
  --hitp-bg: var(--vscode-editor-background, #ffffff);
  --hitp-fg: var(--vscode-editor-foreground, #1f2328);
  --hitp-muted: var(--vscode-descriptionForeground, #59636e);
  --hitp-border: var(--vscode-panel-border, var(--vscode-widget-border, #d0d7de));
  --hitp-focus: var(--vscode-focusBorder, #0969da);
  --hitp-accent: var(--vscode-charts-blue, #0969da);
  --hitp-critical: var(--vscode-charts-red, #cf222e);
  --hitp-ok: var(--vscode-charts-green, #1a7f37);
  --hitp-warn: var(--vscode-charts-orange, #bc4c00);
  --hitp-deferred: var(--vscode-disabledForeground, #8c959f);
  --hitp-grid: color-mix(in srgb, var(--hitp-fg) 14%, transparent);
  --hitp-stripe: color-mix(in srgb, var(--hitp-fg) 4%, transparent);
  --hitp-band: color-mix(in srgb, var(--hitp-accent) 12%, transparent);
  --hitp-selected: var(--vscode-editor-selectionBackground, #b6d7ff);
  --hitp-button-bg: var(--vscode-button-secondaryBackground, #f6f8fa);
  --hitp-button-fg: var(--vscode-button-secondaryForeground, #1f2328);
  --hitp-button-on-bg: var(--vscode-button-background, #0969da);
  --hitp-button-on-fg: var(--vscode-button-foreground, #ffffff);
  --hitp-c0: var(--vscode-charts-blue, #0969da);
  --hitp-c1: var(--vscode-charts-orange, #bc4c00);
  --hitp-c2: var(--vscode-charts-green, #1a7f37);
  --hitp-c3: var(--vscode-charts-purple, #8250df);
  --hitp-c4: var(--vscode-charts-yellow, #9a6700);
  --hitp-c5: var(--vscode-charts-red, #cf222e);
  --hitp-c6: #1b7c83;
  --hitp-c7: #bf3989;
  color-scheme: light dark;
}
body { margin: 0; padding: 0 16px 32px; background: var(--hitp-bg); color: var(--hitp-fg);
  font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif);
  font-size: var(--vscode-font-size, 14px); line-height: 1.45; }
.hitp-roadmap { max-width: 100%; }
.hitp-roadmap h1 { font-size: 1.5em; margin: 16px 0 4px; }
.hitp-roadmap h2 { font-size: 1.2em; margin: 0 0 8px; }
.hitp-roadmap h3 { font-size: 1.05em; margin: 16px 0 6px; }
.muted, .empty { color: var(--hitp-muted); }
.facts, .critical-path, .summary { margin: 4px 0; }
.critical-path { color: var(--hitp-critical); }
.view { border-top: 1px solid var(--hitp-border); padding: 16px 0; }
.view-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 0; margin: 8px 0 12px; }
.view-nav a { color: var(--vscode-textLink-foreground, #0969da); }
.toolbar { display: flex; gap: 4px; margin-bottom: 8px; }
button.zoom { font: inherit; padding: 2px 10px; border: 1px solid var(--hitp-border); border-radius: 3px;
  background: var(--hitp-button-bg); color: var(--hitp-button-fg); cursor: pointer; }
.gantt-tools { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: baseline; }
button.print-button { font: inherit; padding: 2px 10px; border: 1px solid var(--hitp-border); border-radius: 3px;
  background: var(--hitp-button-bg); color: var(--hitp-button-fg); cursor: pointer; }
button.zoom[aria-pressed="true"] { background: var(--hitp-button-on-bg); color: var(--hitp-button-on-fg); }
button.scenario-choice { font: inherit; padding: 2px 10px; border: 1px solid var(--hitp-border); border-radius: 3px;
  background: var(--hitp-button-bg); color: var(--hitp-button-fg); cursor: pointer; }
button.scenario-choice[aria-pressed="true"] { background: var(--hitp-button-on-bg); color: var(--hitp-button-on-fg); }
.scenario-banner { margin: 4px 0 8px; padding: 4px 8px; border-left: 4px solid var(--hitp-warn); background: var(--hitp-stripe); }
.scenario-row.base th, .scenario-row.base td { font-weight: 600; }
.scenario-row.negative td:nth-child(2), .scenario-bar.negative .value-label { color: var(--hitp-critical); fill: var(--hitp-critical); }
.npv-bar { fill: var(--hitp-accent); }
.scenario-bar.base .npv-bar { fill: color-mix(in srgb, var(--hitp-fg) 55%, var(--hitp-bg)); }
.scenario-bar.negative .npv-bar { fill: var(--hitp-critical); }
.tornado-bar.down { fill: var(--hitp-critical); opacity: 0.8; }
.tornado-bar.up { fill: var(--hitp-ok); opacity: 0.8; }
.tornado-base { stroke: var(--hitp-fg); stroke-width: 2; }
.gantt-scroll, .chart-scroll, .table-scroll { overflow-x: auto; max-width: 100%; }
svg { display: block; font-family: inherit; font-size: 12px; overflow: visible; }
svg text { fill: var(--hitp-fg); }
svg .tick { fill: var(--hitp-muted); font-size: 11px; }
svg .tick.major { fill: var(--hitp-fg); font-weight: 600; }
svg .grid { stroke: var(--hitp-grid); stroke-width: 1; }
svg .grid.major, svg .grid.zero, svg .axis-line { stroke: color-mix(in srgb, var(--hitp-fg) 35%, transparent); }
.row-stripe { fill: var(--hitp-stripe); }
.row-label text, text.row-label { fill: var(--hitp-fg); }
.group-label { font-weight: 600; fill: var(--hitp-muted); }
.phase-label text { font-weight: 600; }
.phase-band rect { fill: var(--hitp-band); stroke: color-mix(in srgb, var(--hitp-accent) 45%, transparent); stroke-width: 1; }
.phase-band.critical rect { stroke: var(--hitp-critical); stroke-dasharray: 4 3; }
.band-label { font-weight: 600; fill: var(--hitp-accent); }
.bar .bar-rect { fill: var(--hitp-accent); }
.bar.critical .bar-rect { fill: var(--hitp-critical); }
.bar-label, .stub-label, .milestone-label, .value-label { fill: var(--hitp-fg); }
.stub .stub-rect { fill: url(#hitp-hatch); stroke: var(--hitp-deferred); }
.hatch-bg { fill: transparent; }
.hatch-line { stroke: var(--hitp-deferred); stroke-width: 2; }
.stub-label, .deferred text { fill: var(--hitp-deferred); font-style: italic; }
.dep-arrow { fill: none; stroke: var(--hitp-muted); stroke-width: 1.5; }
.dep-arrow.critical { stroke: var(--hitp-critical); stroke-width: 2; }
.dep-arrow.lagged { stroke-dasharray: 4 2; }
.lag-knot { fill: var(--hitp-bg); stroke: var(--hitp-muted); stroke-width: 1.5; }
.non-working { fill: color-mix(in srgb, var(--hitp-fg) 7%, transparent); }
.non-working.holiday { fill: color-mix(in srgb, var(--hitp-warn) 16%, transparent); }
.freeze-rect { fill: color-mix(in srgb, var(--hitp-accent) 14%, transparent); stroke: var(--hitp-accent); stroke-dasharray: 3 3; }
.freeze-label { font-size: 11px; font-weight: 600; fill: var(--hitp-accent); }
.key-non-working { background: color-mix(in srgb, var(--hitp-fg) 10%, transparent); }
.key-freeze { background: color-mix(in srgb, var(--hitp-accent) 20%, transparent); border: 1px dashed var(--hitp-accent); }
.team-load { margin: 8px 0 12px; }
.team-load figcaption { margin-bottom: 2px; }
.team-load .load-line { fill: none; stroke: var(--hitp-accent); stroke-width: 2; }
.team-load.over .load-line { stroke: var(--hitp-critical); }
.team-load .capacity-line { stroke: var(--hitp-critical); stroke-dasharray: 5 3; }
.arrowhead { fill: var(--hitp-muted); }
.milestone path { fill: var(--hitp-ok); stroke: var(--hitp-bg); stroke-width: 1; }
.milestone.late path { fill: var(--hitp-critical); }
.milestone.unscheduled path { fill: none; stroke: var(--hitp-muted); stroke-width: 2; }
.milestone.late .milestone-label { fill: var(--hitp-critical); font-weight: 600; }
.milestone-due { stroke: var(--hitp-fg); stroke-dasharray: 2 2; stroke-width: 1.5; }
.gate line { stroke: var(--hitp-fg); stroke-width: 1.5; }
.gate path { fill: var(--hitp-muted); }
.gate.pass path { fill: var(--hitp-ok); }
.gate.fail path { fill: var(--hitp-critical); }
.today line { stroke: var(--hitp-warn); stroke-width: 2; stroke-dasharray: 6 3; }
.today text { fill: var(--hitp-warn); font-weight: 600; }
.segment.c0, .key.c0 { fill: var(--hitp-c0); background: var(--hitp-c0); }
.segment.c1, .key.c1 { fill: var(--hitp-c1); background: var(--hitp-c1); }
.segment.c2, .key.c2 { fill: var(--hitp-c2); background: var(--hitp-c2); }
.segment.c3, .key.c3 { fill: var(--hitp-c3); background: var(--hitp-c3); }
.segment.c4, .key.c4 { fill: var(--hitp-c4); background: var(--hitp-c4); }
.segment.c5, .key.c5 { fill: var(--hitp-c5); background: var(--hitp-c5); }
.segment.c6, .key.c6 { fill: var(--hitp-c6); background: var(--hitp-c6); }
.segment.c7, .key.c7 { fill: var(--hitp-c7); background: var(--hitp-c7); }
.segment.total { fill: var(--hitp-accent); }
.segment.cost { opacity: 0.75; }
.rank-row.deferred .segment, .candidate-row.deferred .key { fill: var(--hitp-deferred); background: var(--hitp-deferred); opacity: 0.6; }
.net line { stroke: var(--hitp-fg); stroke-width: 2.5; }
.cumulative { fill: none; stroke: var(--hitp-fg); stroke-width: 2; }
.cumulative-dot { fill: var(--hitp-bg); stroke: var(--hitp-fg); stroke-width: 2; }
.payback circle { fill: var(--hitp-ok); stroke: var(--hitp-bg); stroke-width: 2; }
.payback text { fill: var(--hitp-ok); font-weight: 600; }
.payback .leader { stroke: var(--hitp-ok); stroke-width: 1.5; stroke-dasharray: 3 2; }
.series-legend li { display: inline-flex; align-items: center; max-width: 32em; }
${seriesCss()}
.payback text, .band-label, .milestone-label, .bar-label, .end-label, .today text, .threshold text {
  paint-order: stroke; stroke: var(--hitp-bg); stroke-width: 3px; stroke-linejoin: round; }
tbody th { font-weight: normal; }
.stage-bar.current { fill: color-mix(in srgb, var(--hitp-accent) 55%, var(--hitp-bg)); }
.stage-bar.projected { fill: var(--hitp-accent); }
.goal-frame { fill: none; stroke: var(--hitp-warn); stroke-width: 2; stroke-dasharray: 5 3; }
.threshold line { stroke: var(--hitp-critical); stroke-width: 2; stroke-dasharray: 6 3; }
.threshold text { fill: var(--hitp-critical); font-weight: 600; }
.line { fill: none; stroke-width: 2.5; }
.line.vendor, .cadence-point .vendor { stroke: var(--hitp-c1); fill: var(--hitp-c1); }
.line.vendor { fill: none; }
.line.absorbed, .cadence-point .absorbed { stroke: var(--hitp-c0); fill: var(--hitp-c0); }
.line.absorbed { fill: none; }
.backlog-area { fill: color-mix(in srgb, var(--hitp-critical) 16%, transparent); }
.legend { color: var(--hitp-muted); font-size: 0.9em; display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: center; padding: 0; list-style: none; }
.key { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: middle; margin-right: 4px; }
.key-bar { background: var(--hitp-accent); } .key-critical { background: var(--hitp-critical); }
.key-deferred { background: repeating-linear-gradient(45deg, var(--hitp-deferred) 0 2px, transparent 2px 5px); border: 1px solid var(--hitp-deferred); }
.key-milestone { width: auto; color: var(--hitp-ok); } .key-late { width: auto; color: var(--hitp-critical); } .key-gate { width: auto; }
.key-cumulative, .key-net { height: 3px; background: var(--hitp-fg); } .key-payback { border-radius: 50%; background: var(--hitp-ok); }
.key-current { background: color-mix(in srgb, var(--hitp-accent) 55%, var(--hitp-bg)); } .key-projected { background: var(--hitp-accent); }
.key-threshold { height: 3px; background: var(--hitp-critical); }
.risk-mark circle { fill: color-mix(in srgb, var(--hitp-accent) 35%, transparent); stroke: var(--hitp-accent); stroke-width: 1.5; }
.risk-mark.critical circle { fill: color-mix(in srgb, var(--hitp-critical) 35%, transparent); stroke: var(--hitp-critical); stroke-width: 2; }
.risk-label, .percentile text, .axis-title { fill: var(--hitp-fg); font-size: 11px; }
.risk-register tr.critical th { color: var(--hitp-critical); }
.finish-bar { fill: var(--hitp-accent); }
.percentile line { stroke: var(--hitp-fg); stroke-width: 1.5; stroke-dasharray: 4 3; }
.percentile.p80 line { stroke: var(--hitp-critical); stroke-dasharray: none; }
.percentile.deterministic line { stroke: var(--hitp-muted); stroke-dasharray: 1 3; }
.simulating { font-style: italic; color: var(--hitp-muted); }
.key-vendor { background: var(--hitp-c1); } .key-absorbed { background: var(--hitp-c0); }
.key-backlog { background: color-mix(in srgb, var(--hitp-critical) 30%, transparent); }
table { border-collapse: collapse; font-size: 0.95em; }
th, td { padding: 3px 8px; border-bottom: 1px solid var(--hitp-border); text-align: left; vertical-align: top; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.deferred { color: var(--hitp-deferred); font-style: italic; }
tr.portfolio-row { font-weight: 600; }
.status.pass { color: var(--hitp-ok); } .status.fail { color: var(--hitp-critical); } .status.unknown { color: var(--hitp-muted); }
.conditions { list-style: none; margin: 0; padding: 0; }
.warning-note { color: var(--hitp-warn); }
.baseline-bar { fill: none; stroke: var(--hitp-muted); stroke-width: 1.5; stroke-dasharray: 4 3; }
.bar.slipped .bar-label { fill: var(--hitp-critical); }
.bar.finished .bar-rect { fill-opacity: 0.55; }
.status-date line { stroke: var(--hitp-fg); stroke-width: 2; }
.status-date text { fill: var(--hitp-fg); font-weight: 600; font-size: 11px; }
.gate.not-due path { fill: none; stroke: var(--hitp-muted); stroke-width: 1.5; }
.status.not-due { color: var(--hitp-muted); }
.key-baseline { border: 1.5px dashed var(--hitp-muted); } .key-status { width: auto; font-weight: 700; }
.comparison { border: 1px solid var(--hitp-border); border-left: 4px solid var(--hitp-accent); border-radius: 4px; padding: 4px 12px; margin: 8px 0; }
.comparison-facts { margin: 4px 0; } .comparison-changes { margin: 4px 0; padding-left: 18px; list-style: none; }
.perspective { margin: 0 0 14px; } .perspective h3 { margin: 10px 0 4px; } .objective h4 { margin: 6px 0 2px; font-weight: 600; }
.portfolio-figures { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 4px 0 8px; }
.portfolio-figures div { display: flex; gap: 6px; } .portfolio-figures dt { color: var(--hitp-muted); } .portfolio-figures dd { margin: 0; font-weight: 600; }
.trend-line { fill: none; stroke: var(--hitp-accent); stroke-width: 1.5; } .trend-point { fill: var(--hitp-accent); }
.trend-target { stroke: var(--hitp-ok); stroke-dasharray: 3 2; }
.line.backlog { fill: none; stroke: var(--hitp-critical); stroke-width: 2; }
.caught-up-mark line { stroke: var(--hitp-ok); stroke-width: 1.5; stroke-dasharray: 4 3; } .caught-up-mark text { fill: var(--hitp-ok); font-size: 11px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.stakeholder-grid { display: grid; grid-template-columns: auto repeat(3, minmax(120px, 1fr)); gap: 4px; max-width: 900px; }
.grid-title { grid-column: 1 / -1; color: var(--hitp-muted); font-size: 0.9em; }
.grid-axis { color: var(--hitp-muted); font-size: 0.9em; text-align: center; align-self: center; padding: 2px 6px; }
.grid-cell { border: 1px solid var(--hitp-border); border-radius: 4px; padding: 6px; min-height: 64px; }
.grid-cell.influence-high.interest-high { background: var(--hitp-band); }
.cell-advice { display: block; color: var(--hitp-muted); font-size: 0.85em; }
.chips { list-style: none; margin: 4px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }
.stakeholder { border: 1px solid var(--hitp-border); border-radius: 10px; padding: 1px 8px; cursor: pointer; }
.stakeholder.sponsor { border-color: var(--hitp-accent); font-weight: 600; }
.chip-role { color: var(--hitp-muted); font-size: 0.85em; }
[data-element] { cursor: pointer; }
[data-element]:focus { outline: none; }
[data-element]:focus-visible, .stage:focus-visible, .cadence-point:focus-visible, button.zoom:focus-visible { outline: 2px solid var(--hitp-focus); outline-offset: 2px; }
svg [data-element]:focus-visible rect, svg [data-element]:focus-visible path { stroke: var(--hitp-focus); stroke-width: 3; }
tr[data-element]:hover, .stakeholder:hover { background: var(--hitp-stripe); }
.selected { outline: 2px solid var(--hitp-focus); }
svg .selected rect, svg .selected path { stroke: var(--hitp-focus); stroke-width: 3; }
tr.selected, li.selected { background: var(--hitp-selected); }
.hitp-tooltip { position: fixed; z-index: 10; max-width: 420px; white-space: pre-line; pointer-events: none;
  background: var(--vscode-editorHoverWidget-background, #ffffff); color: var(--vscode-editorHoverWidget-foreground, var(--hitp-fg));
  border: 1px solid var(--vscode-editorHoverWidget-border, var(--hitp-border)); padding: 4px 8px; border-radius: 3px; font-size: 0.9em; }
.hitp-tooltip[hidden] { display: none; }
body.vscode-high-contrast .bar .bar-rect, body.vscode-high-contrast .stage-bar, body.vscode-high-contrast .segment,
body.vscode-high-contrast .phase-band rect { stroke: var(--vscode-contrastBorder, currentColor); stroke-width: 1.5; }
body.vscode-high-contrast .selected rect { stroke: var(--vscode-contrastActiveBorder, var(--hitp-focus)); }
@media (forced-colors: active) {
  svg text { fill: CanvasText; }
  .bar .bar-rect, .stage-bar, .segment, .phase-band rect { stroke: CanvasText; stroke-width: 1.5; }
  .bar.critical .bar-rect { fill: Highlight; }
  [data-element]:focus-visible, .selected { outline-color: Highlight; }
}
/* The Gantt on screen: a draggable label-column edge, and hover tracing of a bar's dependencies. */
.gantt-print, .print-only { display: none; }
.label-resizer { fill: transparent; cursor: col-resize; }
.label-resizer:hover, .gantt-chart.resizing .label-resizer { fill: color-mix(in srgb, var(--hitp-focus) 35%, transparent); }
.gantt-chart.tracing .dep-arrow { opacity: 0.18; }
.gantt-chart.tracing .dep-arrow.traced { opacity: 1; stroke: var(--hitp-focus); stroke-width: 2.5; }
.gantt-chart.tracing .bar, .gantt-chart.tracing .row-label { opacity: 0.45; }
.gantt-chart.tracing .bar.traced-self, .gantt-chart.tracing .bar.traced-pred, .gantt-chart.tracing .bar.traced-succ,
.gantt-chart.tracing .row-label.traced-self, .gantt-chart.tracing .row-label.traced-pred, .gantt-chart.tracing .row-label.traced-succ { opacity: 1; }
.bar.traced-pred .bar-rect, .bar.traced-succ .bar-rect { stroke: var(--hitp-focus); stroke-width: 2; }
.bar.traced-pred .bar-rect { stroke-dasharray: 4 2; }
.key-arrow { width: 16px; height: 2px; background: var(--hitp-muted); border-radius: 0; }
/* Paper: landscape, each view on its own page, colours kept, the Gantt fitted to the page (gantt-print.ts). */
@page { size: landscape; margin: 10mm; }
@media print {
  :root {
    --hitp-bg: #ffffff; --hitp-fg: #1f2328; --hitp-muted: #4f5862; --hitp-border: #b8c0c8; --hitp-accent: #0969da;
    --hitp-critical: #a40e26; --hitp-ok: #1a7f37; --hitp-warn: #953800; --hitp-deferred: #6e7781;
    --hitp-band: #e3eefb; --hitp-stripe: #f3f4f6; --hitp-grid: #dde1e5; color-scheme: light;
  }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { padding: 0; font-size: 10.5pt; }
  .toolbar, .print-button, .view-nav, .gantt-scroll, .label-resizer, .hitp-tooltip { display: none; }
  .gantt-print, .print-only { display: block; }
  .label-legend ul { columns: 2; font-size: 8.5pt; margin: 2mm 0; padding-left: 0; list-style: none; }
  .label-legend li { break-inside: avoid; }
  .gantt-print-part { margin: 0 0 3mm; break-inside: avoid; }
  .gantt-print-part + .gantt-print-part { break-before: page; }
  .gantt-print-part figcaption { font-size: 9pt; }
  .gantt-print svg { width: 100%; height: auto; font-size: 11px; }
  .chart-scroll, .table-scroll { overflow: visible; }
  svg { max-width: 100%; height: auto; }
  /* A tall chart shrinks to stay on the page of its heading. */
  .ranking-chart, .cashflow-chart { width: auto; max-height: 160mm; }
  .cashflow-table { font-size: 7.5pt; } .cashflow-table th[scope="row"] { min-width: 15em; }
  .view { break-before: page; border-top: none; padding-top: 0; }
  section.view[data-view="gantt"] { break-before: auto; }
  h2 { break-after: avoid; }
  table { font-size: 8.5pt; } thead { display: table-header-group; } tr { break-inside: avoid; }
  /* Greyscale: light normal bars, dark critical ones, outlined failing gates. */
  .bar .bar-rect { fill: #a8c8f0; stroke: #0550ae; stroke-width: 1; }
  .bar.critical .bar-rect { fill: var(--hitp-critical); stroke: #000; }
  .key-bar { background: #a8c8f0; border: 1px solid #0550ae; }
  .gate.fail path { fill: #fff; stroke: var(--hitp-critical); stroke-width: 1.5; }
  .selected { outline: none; }
}
`;
