/**
 * A changed `hitp.*` setting makes the server ask the editor to refresh code lenses and inlay hints,
 * when the editor announced those requests.
 */
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { CodeLensRefreshRequest, InlayHintRefreshRequest, type ClientCapabilities } from 'vscode-languageserver';
import { createHitpServices } from '../../../language-server/hitp-module.js';
import { refreshOnSettingsChange } from '../../../language-server/lsp/refresh-on-settings.js';

function setUp(capabilities?: ClientCapabilities): { sent: string[]; update: (settings: Record<string, unknown>) => void } {
    const { shared, Hitp } = createHitpServices(EmptyFileSystem);
    if (capabilities) Hitp.client.Features.initialize({ capabilities });
    const sent: string[] = [];
    const connection = {
        sendRequest: (type: { method: string }) => {
            sent.push(type.method);
            return Promise.reject(new Error('this client has no refresh requests'));
        },
    } as unknown as Parameters<typeof refreshOnSettingsChange>[1];
    refreshOnSettingsChange(shared, connection, 'hitp', Hitp.client.Features);
    return { sent, update: settings => shared.workspace.ConfigurationProvider.updateConfiguration({ settings }) };
}

describe('refresh on settings change', () => {
    it('asks for new code lenses and inlay hints when a hitp setting changes', () => {
        const { sent, update } = setUp();
        update({ hitp: { numberLocale: 'de-DE', inlayHints: { enabled: false } } });
        expect(sent).toEqual([CodeLensRefreshRequest.method, InlayHintRefreshRequest.method]);
    });

    it('sends only the refresh requests the client announced', () => {
        const lensesOnly = setUp({ workspace: { codeLens: { refreshSupport: true } } });
        lensesOnly.update({ hitp: { numberLocale: 'de-DE' } });
        expect(lensesOnly.sent).toEqual([CodeLensRefreshRequest.method]);
        const none = setUp({ workspace: {} });
        none.update({ hitp: { numberLocale: 'de-DE' } });
        expect(none.sent).toEqual([]);
    });

    it('stays quiet when another extension\'s setting changes', () => {
        const { sent, update } = setUp();
        update({ editor: { fontSize: 14 } });
        expect(sent).toEqual([]);
    });
});
