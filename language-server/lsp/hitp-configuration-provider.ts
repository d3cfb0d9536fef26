/**
 * Langium's configuration provider, minus the `client/registerCapability` request for
 * `workspace/didChangeConfiguration` when the client did not announce dynamic registration for it
 * (Langium sends it to every client that supports `workspace/configuration`). Settings still
 * arrive by `workspace/configuration` and by the notification, which needs no registration.
 */
import { DefaultConfigurationProvider, type ConfigurationInitializedParams } from 'langium';
import type { InitializeParams } from 'vscode-languageserver';

export class HitpConfigurationProvider extends DefaultConfigurationProvider {
    private canRegister = false;

    override initialize(params: InitializeParams): void {
        super.initialize(params);
        this.canRegister = params.capabilities?.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    }

    override initialized(params: ConfigurationInitializedParams): Promise<void> {
        return super.initialized(this.canRegister ? params : { ...params, register: undefined });
    }
}
