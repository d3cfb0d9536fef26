/** The language server's entry point: an LSP connection over Node IPC or stdio. */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createHitpServices } from './hitp-module.js';
import { guardProviders } from './lsp/hitp-provider-guard.js';
import { setClientLocale } from './lsp/hitp-lsp-settings.js';
import { refreshOnSettingsChange } from './lsp/refresh-on-settings.js';
import { registerRoadmapRequest } from './lsp/roadmap-request.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Hitp } = createHitpServices({ connection, ...NodeFileSystem });
registerRoadmapRequest(connection, Hitp);
shared.lsp.LanguageServer.onInitialize(params => setClientLocale(params.locale));
guardProviders(Hitp, connection);
refreshOnSettingsChange(shared, connection, Hitp.LanguageMetaData.languageId);
startLanguageServer(shared);
