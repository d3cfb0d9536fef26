/**
 * The language server's entry point (`out/server.cjs`, the `hitp-language-server` bin): an LSP
 * connection over stdio (the default, what Neovim, Helix and Emacs start), Node IPC (`--node-ipc`,
 * the VS Code extension), a socket (`--socket=PORT`) or a pipe (`--pipe=NAME`).
 */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createHitpServices } from './hitp-module.js';
import { registerExportRequest } from './lsp/export-request.js';
import { guardProviders } from './lsp/hitp-provider-guard.js';
import { setClientLocale } from './settings/hitp-settings.js';
import { refreshOnSettingsChange } from './lsp/refresh-on-settings.js';
import { registerRoadmapRequest } from './lsp/roadmap-request.js';
import { registerPlanStatusRequest } from './lsp/plan-status-request.js';
import { HitpSimulationRunner } from './lsp/hitp-simulation-runner.js';

// Without a transport argument, LSP over stdio: what an editor that runs `hitp-language-server` expects.
if (!process.argv.slice(2).some(arg => /^--(stdio|node-ipc|socket|pipe)(=|$)/.test(arg))) process.argv.push('--stdio');
const connection = createConnection(ProposedFeatures.all);
const { shared, Hitp } = createHitpServices({ connection, ...NodeFileSystem });
registerRoadmapRequest(connection, Hitp);
registerPlanStatusRequest(connection, Hitp);
registerExportRequest(connection, Hitp);
shared.lsp.LanguageServer.onInitialize(params => {
    setClientLocale(params.locale);
    Hitp.client.Features.initialize(params);
});
guardProviders(Hitp, connection);
refreshOnSettingsChange(shared, connection, Hitp.LanguageMetaData.languageId, Hitp.client.Features);
// The simulation (spec §8) runs after each build's diagnostics are published, never before.
new HitpSimulationRunner(Hitp, connection);
startLanguageServer(shared);
