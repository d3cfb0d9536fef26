/**
 * The language status item of `.hitp` files (the `{}` entry in the status bar): the plan the
 * active file belongs to, the portfolio NPV and finish date (asked from the server with
 * `hitp/planStatus`), and "Open Roadmap". Refreshed when the active editor changes and after the
 * server has validated again (its diagnostics for the file change).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { HitpCommands, PlanStatusRequestMethod, type PlanStatusParams, type PlanStatusResult } from '../../language-server/protocol/hitp-protocol.js';

export const PLAN_STATUS_ITEM_ID = 'hitp.planStatus';

/** What the item shows for a status result (exported for the in-editor tests). */
export function planStatusText(status: PlanStatusResult | null): { text: string; detail: string } {
    if (!status || status.plan === null) return { text: 'No hitp plan', detail: 'no file of the workspace has a plan block' };
    const text = status.fragment ? `Part of plan ${status.plan}` : `Plan ${status.plan}`;
    return { text, detail: status.summary ?? '' };
}

export interface PlanStatus {
    /** The item's current text and detail (for the tests), after any pending update. */
    current(): Promise<{ text: string; detail: string } | undefined>;
}

export function registerPlanStatusItem(context: vscode.ExtensionContext, client: LanguageClient): PlanStatus {
    const item = vscode.languages.createLanguageStatusItem(PLAN_STATUS_ITEM_ID, { language: 'hitp' });
    item.name = 'hitp plan';
    item.text = '$(loading~spin) hitp';
    item.command = { title: 'Open Roadmap', command: HitpCommands.showPreviewToSide };
    let pending: Promise<void> = Promise.resolve();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const update = (): void => {
        const document = vscode.window.activeTextEditor?.document;
        if (!document || document.languageId !== 'hitp') return;
        const params: PlanStatusParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
        item.busy = true;
        pending = client.sendRequest<PlanStatusResult | null>(PlanStatusRequestMethod, params).then(status => {
            const { text, detail } = planStatusText(status);
            item.text = text;
            item.detail = detail;
            item.command = { title: 'Open Roadmap', command: HitpCommands.showPreviewToSide, arguments: [document.uri] };
        }, () => undefined).finally(() => { item.busy = false; });
    };
    const later = (): void => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(update, 300);
    };
    context.subscriptions.push(
        item,
        vscode.window.onDidChangeActiveTextEditor(update),
        vscode.languages.onDidChangeDiagnostics(later),
        { dispose: () => { if (timer) clearTimeout(timer); } },
    );
    client.onDidChangeState(() => later());
    update();
    return {
        current: async () => {
            await pending;
            return item.text.includes('$(loading') ? undefined : { text: item.text, detail: item.detail ?? '' };
        },
    };
}
