/**
 * The server's commands: only `hitp.info`, the no-op behind information code lenses, so a client
 * that runs every lens it shows (Neovim's `vim.lsp.codelens.run()`) gets an answer, not an error.
 */
import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor } from 'langium/lsp';
import { INFO_COMMAND } from './hitp-client-features.js';

export class HitpExecuteCommandHandler extends AbstractExecuteCommandHandler {
    registerCommands(acceptor: ExecuteCommandAcceptor): void {
        acceptor(INFO_COMMAND, () => null);
    }
}
