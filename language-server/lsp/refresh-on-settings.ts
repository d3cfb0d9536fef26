/**
 * When a `hitp.*` setting changes (`hitp.numberLocale`, `hitp.inlayHints.enabled`), asks the
 * editor to fetch code lenses and inlay hints again, so the open plan shows the new format at once
 * instead of after the next edit; validates the workspace again (diagnostics are worded in the
 * number locale too) and then tells the client (`hitp/settingsChanged`), which re-renders an open
 * roadmap preview. Only the requests the client announced (`refreshSupport`) are
 * sent; an error in answer is ignored.
 */
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { SettingsChangedNotificationMethod } from '../protocol/hitp-protocol.js';
import { CodeLensRefreshRequest, InlayHintRefreshRequest, type Connection } from 'vscode-languageserver';
import type { HitpClientFeatures } from './hitp-client-features.js';

export function refreshOnSettingsChange(shared: LangiumSharedServices, connection: Pick<Connection, 'sendRequest' | 'sendNotification'>, languageId: string, client: HitpClientFeatures): void {
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== languageId) return;
        if (client.current.codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
        if (client.current.inlayHintRefresh) void connection.sendRequest(InlayHintRefreshRequest.type).catch(() => undefined);
        void revalidate(shared).then(() => connection.sendNotification(SettingsChangedNotificationMethod)).catch(() => undefined);
    });
}

/** Validates every document again, so the analysis findings' messages take the new number format. */
async function revalidate(shared: LangiumSharedServices): Promise<void> {
    const builder = shared.workspace.DocumentBuilder;
    const documents = shared.workspace.LangiumDocuments.all.filter(doc => doc.state >= DocumentState.Validated).toArray();
    for (const document of documents) builder.resetToState(document, DocumentState.IndexedReferences);
    await builder.build(documents, { validation: true });
}
