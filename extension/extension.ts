/**
 * The VS Code extension: starts the hitp language server (out/server.cjs) over Node IPC and
 * registers the roadmap preview. Everything language-specific lives in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import { HitpCommands, SettingsChangedNotificationMethod } from '../language-server/protocol/hitp-protocol.js';
import { VSCODE_EXTENSION_OPTIONS } from '../language-server/protocol/initialization-options.js';
import { registerRoadmapPreview, type RoadmapPreviews } from './preview/preview-manager.js';
import { registerPlanStatusItem, type PlanStatus } from './status/plan-status-item.js';
import { registerHitpTasks } from './tasks/hitp-task-provider.js';
import { registerNewPlanCommand } from './onboarding/new-plan.js';
import { registerExportCommand } from './export/export-command.js';

/**
 * What `activate` returns (the extension's API), for the in-editor tests: the running client, so
 * they can reach the server, and read-only facts about the roadmap preview (`RoadmapPreviews`).
 */
export interface HitpExtensionApi {
    client: LanguageClient;
    previews: RoadmapPreviews;
    /** The language status item of .hitp files. */
    planStatus: PlanStatus;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<HitpExtensionApi> {
    const serverModule = context.asAbsolutePath('out/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'hitp' },
            { scheme: 'untitled', language: 'hitp' },
        ],
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.hitp') },
        // This client runs the preview commands from a code lens and shows information lenses as labels.
        initializationOptions: VSCODE_EXTENSION_OPTIONS,
    };
    client = new LanguageClient('hitp', 'hitp language server', serverOptions, clientOptions);
    // Commands and the panel serializer exist before the server is up, so a restored preview can wait for it.
    const previews = registerRoadmapPreview(context, client);
    registerExportCommand(context, client, previews);
    // The server re-validated with new settings (the number locale): the preview shows them too.
    context.subscriptions.push(client.onNotification(SettingsChangedNotificationMethod, () => previews.refresh()));
    // `hitp.trace.server` is read by the client itself (its id is `hitp`); a restart applies it at once.
    const running = client;
    context.subscriptions.push(vscode.commands.registerCommand(HitpCommands.restartServer, async () => {
        await running.restart();
        previews.refresh();
    }));
    registerHitpTasks(context);
    registerNewPlanCommand(context);
    await client.start();
    const planStatus = registerPlanStatusItem(context, client);
    return { client, previews, planStatus };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
