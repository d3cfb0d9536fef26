/**
 * "hitp: Export…" (issue 18): from the command palette, the roadmap preview's title bar or the
 * explorer's context menu on a `.hitp` file. It offers every format of `hitp export`, the roadmap
 * as a self-contained web page, and the preview's current chart as SVG or PNG, and saves through
 * the save dialog. The server writes the files (`hitp/export`); the webview draws the chart.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExportRequestMethod, type ExportParams, type ExportResult, type ServerExportFormat } from '../../language-server/protocol/export-protocol.js';
import type { RoadmapPreviews } from '../preview/preview-manager.js';
import type { RoadmapClient } from '../preview/roadmap-preview.js';
import type { ViewCapture } from './capture-channel.js';
import type { CaptureFormat } from '../../language-server/protocol/capture-messages.js';

export const EXPORT_COMMAND = 'hitp.export';

export type ExportChoiceId = ServerExportFormat | CaptureFormat;

interface ExportChoice extends vscode.QuickPickItem {
    id: ExportChoiceId;
    extension: string;
}

/** In the order a board's architect reaches for them. */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
    { id: 'xlsx', extension: 'xlsx', label: 'Excel workbook', description: '.xlsx', detail: 'Candidates, cash flows, schedule and KPIs for the board pack' },
    { id: 'csv', extension: 'csv', label: 'CSV', description: '.csv', detail: 'The ranking, one row per candidate' },
    { id: 'mspdi', extension: 'xml', label: 'Microsoft Project', description: '.xml', detail: 'Phases, candidates, links and milestones for MS Project' },
    { id: 'mermaid', extension: 'mmd', label: 'Mermaid Gantt chart', description: '.mmd', detail: 'For a Markdown file on GitHub or a wiki' },
    { id: 'ics', extension: 'ics', label: 'iCalendar', description: '.ics', detail: 'Milestones and phase gates for the governance calendar' },
    { id: 'taskjuggler', extension: 'tjp', label: 'TaskJuggler project', description: '.tjp', detail: 'Scheduled by tj3 to the same dates' },
    { id: 'html', extension: 'html', label: 'Roadmap as a web page', description: '.html', detail: 'The whole roadmap in one self-contained page' },
    { id: 'svg', extension: 'svg', label: 'Current view as SVG', description: '.svg', detail: 'The chart on screen in the roadmap preview' },
    { id: 'png', extension: 'png', label: 'Current view as PNG', description: '.png', detail: 'The chart on screen at twice the screen resolution, for slides' },
];

/** Options for a scripted run (a keybinding's `args`, the in-editor tests): skip the pick, or the dialog. */
export interface ExportCommandOptions {
    format?: ExportChoiceId;
    /** Where to save, instead of asking. */
    target?: vscode.Uri;
}

function isHitp(uri: vscode.Uri | undefined): uri is vscode.Uri {
    return uri !== undefined && uri.path.toLowerCase().endsWith('.hitp');
}

/** The plan to export: the command's argument, the active `.hitp` editor, or the open preview's plan. */
function planFor(arg: unknown, previews: RoadmapPreviews): vscode.Uri | undefined {
    if (arg instanceof vscode.Uri && isHitp(arg)) return arg;
    const document = vscode.window.activeTextEditor?.document;
    if (document && (document.languageId === 'hitp' || isHitp(document.uri))) return document.uri;
    const shown = previews.active()?.resource;
    return shown ? vscode.Uri.parse(shown, true) : undefined;
}

/** The preview's chart, opening the preview for `plan` first when it shows another plan or none. */
async function captureView(plan: vscode.Uri, format: CaptureFormat, previews: RoadmapPreviews): Promise<ViewCapture> {
    if (previews.active()?.resource !== plan.toString()) {
        await vscode.commands.executeCommand('hitp.showPreviewToSide', plan);
    }
    // Wait until the page shows the roadmap (not the loading placeholder).
    for (let waited = 0; (previews.active()?.version ?? null) === null; waited += 100) {
        if (waited > 15_000) throw new Error('the roadmap preview did not load');
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    return previews.capture(format);
}

async function serverExport(client: RoadmapClient, plan: vscode.Uri, format: ServerExportFormat): Promise<Uint8Array> {
    const document = await vscode.workspace.openTextDocument(plan);
    const params: ExportParams = { uri: plan.toString(), version: document.version, format, locale: vscode.env.language };
    const result = await client.sendRequest<ExportResult>(ExportRequestMethod, params);
    if (!result.ok) throw new Error(result.message);
    return result.encoding === 'base64' ? Buffer.from(result.data, 'base64') : Buffer.from(result.data, 'utf8');
}

async function runExport(client: RoadmapClient, previews: RoadmapPreviews, arg: unknown, options: ExportCommandOptions): Promise<vscode.Uri | undefined> {
    const plan = planFor(arg, previews);
    if (!plan) {
        void vscode.window.showInformationMessage('hitp: open a .hitp file to export its plan.');
        return undefined;
    }
    const choice = options.format
        ? EXPORT_CHOICES.find(c => c.id === options.format)
        : await vscode.window.showQuickPick(EXPORT_CHOICES, { title: `Export ${path.posix.basename(plan.path)}`, placeHolder: 'Choose a format', matchOnDescription: true, matchOnDetail: true });
    if (!choice) return undefined;
    let bytes: Uint8Array;
    let name = path.posix.basename(plan.path).replace(/\.hitp$/i, '');
    if (choice.id === 'svg' || choice.id === 'png') {
        const capture = await captureView(plan, choice.id, previews);
        bytes = choice.id === 'svg' ? Buffer.from(capture.data, 'utf8') : Buffer.from(capture.data, 'base64');
        name = `${name}-${capture.view}`;
    } else {
        bytes = await serverExport(client, plan, choice.id);
    }
    const target = options.target ?? await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(plan, '..', `${name}.${choice.extension}`),
        filters: { [choice.label]: [choice.extension] },
        saveLabel: 'Export',
        title: `Export ${choice.label}`,
    });
    if (!target) return undefined;
    await vscode.workspace.fs.writeFile(target, bytes);
    if (!options.target) void vscode.window.showInformationMessage(`hitp: exported ${path.posix.basename(target.path)}`);
    return target;
}

/** Registers `hitp.export`. It resolves to the written file (or undefined when cancelled). */
export function registerExportCommand(context: vscode.ExtensionContext, client: RoadmapClient, previews: RoadmapPreviews): void {
    context.subscriptions.push(vscode.commands.registerCommand(EXPORT_COMMAND, async (arg?: unknown, options?: ExportCommandOptions) => {
        try {
            return await runExport(client, previews, arg, options ?? {});
        } catch (error) {
            void vscode.window.showErrorMessage(`hitp: the export failed: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
        }
    }));
}
