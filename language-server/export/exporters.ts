/**
 * The exporters as one module, the entry of their own bundle (`out/exporters.cjs`): the language
 * server imports it dynamically on the first export (`lsp/export-request.ts`), so that the
 * writers' libraries are neither in the server bundle nor loaded by a server that never exports.
 * `ExportError` comes from here too: the class an exporter throws is the one the caller tests.
 */
export { ExportError } from './export-input.js';
export { exportPlan } from './export-plan.js';
