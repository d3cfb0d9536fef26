/**
 * When a `hitp.*` setting changes (`hitp.numberLocale`, `hitp.inlayHints.enabled`), asks the
 * editor to fetch code lenses and inlay hints again, so the open plan shows the new format at once
 * instead of after the next edit. Clients without the refresh requests answer with an error,
 * which is ignored.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import { CodeLensRefreshRequest, InlayHintRefreshRequest, type Connection } from 'vscode-languageserver';

export function refreshOnSettingsChange(shared: LangiumSharedServices, connection: Pick<Connection, 'sendRequest'>, languageId: string): void {
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== languageId) return;
        void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
        void connection.sendRequest(InlayHintRefreshRequest.type).catch(() => undefined);
    });
}
