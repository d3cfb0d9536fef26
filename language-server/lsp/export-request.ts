/**
 * The `hitp/export` request (issue 18): an export of a document once the server has validated
 * that version (or a later one), written by the same exporters as `hitp export`, or the roadmap
 * as the same self-contained page as `hitp report`. The exporters are imported on the first
 * export: in the bundle they are a file of their own (`out/exporters.cjs`, see scripts/bundle.mjs),
 * so the server starts without them.
 */
import { randomBytes } from 'node:crypto';
import type { Connection } from 'vscode-languageserver';
import { isExportFormat } from '../export/export-formats.js';
import type { HitpServices } from '../hitp-module.js';
import { ExportRequestMethod, type ExportParams, type ExportResult } from '../protocol/export-protocol.js';
import { renderReportPage } from '../report/report-page.js';
import { webviewScript } from '../report/webview-script.js';
import { NOT_OPEN_MESSAGE, validatedDocument } from './validated-document.js';

export function registerExportRequest(connection: Connection, services: HitpServices): void {
    connection.onRequest(ExportRequestMethod, async (params: ExportParams): Promise<ExportResult> => {
        const document = await validatedDocument(services, params.uri);
        if (!document) return { ok: false, uri: params.uri, message: NOT_OPEN_MESSAGE };
        const { analysis, model } = services.plan.PlanService.getPlanResult(document);
        const version = document.textDocument.version;
        // The clock is read here, at the face: the page's today line and the iCalendar stamp.
        const now = new Date();
        if (params.format === 'html') {
            const html = renderReportPage(analysis, {
                script: webviewScript(), nonce: randomBytes(16).toString('base64'), today: now.toISOString().slice(0, 10), locale: params.locale,
            });
            return { ok: true, uri: params.uri, version, encoding: 'utf8', data: html };
        }
        if (!isExportFormat(params.format)) return { ok: false, uri: params.uri, message: `Unknown export format '${String(params.format)}'.` };
        const { exportPlan, ExportError } = await import('../export/exporters.js');
        try {
            const data = await exportPlan(params.format, { analysis, model, planId: analysis.plan?.name ?? 'plan', stamp: now });
            return typeof data === 'string'
                ? { ok: true, uri: params.uri, version, encoding: 'utf8', data }
                : { ok: true, uri: params.uri, version, encoding: 'base64', data: Buffer.from(data).toString('base64') };
        } catch (error) {
            if (error instanceof ExportError) return { ok: false, uri: params.uri, message: `${error.message}.` };
            throw error;
        }
    });
}
