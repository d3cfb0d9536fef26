/**
 * A file's last committed text, read through VS Code's built-in Git extension (`vscode.git`, API
 * version 1): no shell, no `git` process of ours; the revision is always `HEAD`, never user text.
 * Every way it can fail (no Git extension, Git disabled, no repository, a file never committed)
 * comes back as a sentence for the user, never as an exception.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The revision the preview compares with. */
export const LAST_COMMIT = 'HEAD';

/** The part of the Git extension's API (`extensions/git/src/api/git.d.ts`, version 1) used here. */
interface GitRepository {
    readonly rootUri: vscode.Uri;
    readonly state: { readonly onDidChange: vscode.Event<void> };
    show(ref: string, path: string): Promise<string>;
}
interface GitApi {
    readonly state: 'uninitialized' | 'initialized';
    readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
    getRepository(uri: vscode.Uri): GitRepository | null;
    openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}
interface GitExtension {
    readonly enabled: boolean;
    getAPI(version: 1): GitApi;
}

export type LastCommitted =
    | { ok: true; revision: string; text: string; /** Fires when the repository changes (a commit moves HEAD). */ onDidChange: vscode.Event<void> }
    | { ok: false; message: string };

function basename(uri: vscode.Uri): string {
    return uri.path.split('/').pop() || uri.toString();
}

/** Resolves once the Git extension has found the workspace's repositories (at most `ms`). */
async function initialised(api: GitApi, ms = 10_000): Promise<void> {
    if (api.state === 'initialized') return;
    await new Promise<void>(resolve => {
        const timer = setTimeout(() => { listener.dispose(); resolve(); }, ms);
        const listener = api.onDidChangeState(state => {
            if (state !== 'initialized') return;
            clearTimeout(timer);
            listener.dispose();
            resolve();
        });
    });
}

async function gitApi(): Promise<GitApi | string> {
    const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
    if (!extension) return 'VS Code\'s Git extension is not installed';
    const git = extension.isActive ? extension.exports : await extension.activate();
    if (!git?.enabled) return 'Git is turned off in VS Code (the setting git.enabled)';
    try {
        return git.getAPI(1);
    } catch (error) {
        return `VS Code's Git extension is not available (${error instanceof Error ? error.message : String(error)})`;
    }
}

/** The text of `uri` at `HEAD`, or why there is none. */
export async function readLastCommitted(uri: vscode.Uri): Promise<LastCommitted> {
    const name = basename(uri);
    const fail = (why: string): LastCommitted => ({ ok: false, message: `hitp: cannot compare ${name} with its last commit: ${why}.` });
    if (uri.scheme !== 'file') return fail('it is not a file saved on disk');
    let api: GitApi | string;
    try {
        api = await gitApi();
    } catch (error) {
        return fail(`VS Code's Git extension did not start (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof api === 'string') return fail(api);
    await initialised(api);
    // A repository the Git extension has not opened yet (a folder below the workspace's): open it.
    const repository = api.getRepository(uri)
        ?? await api.openRepository?.(vscode.Uri.file(path.dirname(uri.fsPath))).catch(() => null)
        ?? api.getRepository(uri);
    if (!repository) return fail('it is not in a Git repository');
    try {
        const text = await repository.show(LAST_COMMIT, uri.fsPath);
        return { ok: true, revision: LAST_COMMIT, text, onDidChange: repository.state.onDidChange };
    } catch {
        return fail(`it has no committed version in ${basename(repository.rootUri)} yet`);
    }
}
