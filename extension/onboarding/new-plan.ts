/**
 * "hitp: New Plan" (Command Palette and File > New File…): an untitled `hitp` document holding the
 * commented skeleton plan (`kinds/plan-skeleton.ts`), starting on the next Monday.
 */
import * as vscode from 'vscode';
import { HitpCommands } from '../../language-server/protocol/hitp-protocol.js';
import { newPlanText } from '../../language-server/kinds/plan-skeleton.js';

/** The ISO date of the first Monday after `today`. */
export function nextMonday(today: Date): string {
    const date = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
    date.setUTCDate(date.getUTCDate() + ((8 - date.getUTCDay()) % 7 || 7));
    return date.toISOString().slice(0, 10);
}

export function registerNewPlanCommand(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand(HitpCommands.newPlan, async () => {
        const document = await vscode.workspace.openTextDocument({ language: 'hitp', content: newPlanText(nextMonday(new Date())) });
        return vscode.window.showTextDocument(document);
    }));
}
