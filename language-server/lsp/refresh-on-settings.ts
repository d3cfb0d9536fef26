/**
 * When a `hitp.*` setting changes (`hitp.numberLocale`, `hitp.inlayHints.enabled`), asks the
 * editor to fetch code lenses and inlay hints again, so the open plan shows the new format at once
 * instead of after the next edit. Only the requests the client announced (`refreshSupport`) are
 * sent; an error in answer is ignored.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import { CodeLensRefreshRequest, InlayHintRefreshRequest, type Connection } from 'vscode-languageserver';
import type { HitpClientFeatures } from './hitp-client-features.js';

export function refreshOnSettingsChange(shared: LangiumSharedServices, connection: Pick<Connection, 'sendRequest'>, languageId: string, client: HitpClientFeatures): void {
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== languageId) return;
        if (client.current.codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
        if (client.current.inlayHintRefresh) void connection.sendRequest(InlayHintRefreshRequest.type).catch(() => undefined);
    });
}
