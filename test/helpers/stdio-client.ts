/**
 * A minimal LSP client over stdio for the real bundled language server (`out/server.cjs`, made by
 * `npm run build`): requests, notifications, published diagnostics, log messages and the requests
 * the server sends to the client.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { ClientCapabilities, Diagnostic, Hover, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { projectRoot } from './cli.js';

export const serverPath = path.join(projectRoot, 'out', 'server.cjs');

/** What VS Code-like tests have always announced: diagnostics and Markdown hovers. */
const DEFAULT_CAPABILITIES: ClientCapabilities = {
    textDocument: { publishDiagnostics: {}, hover: { contentFormat: ['markdown', 'plaintext'] } },
    workspace: {},
};

export interface StartOptions {
    env?: Record<string, string>;
    /** Arguments after the server path; default `--stdio`. */
    args?: string[];
    capabilities?: ClientCapabilities;
    initializationOptions?: unknown;
}

export class TestClient {
    readonly logs: { type: number; message: string }[] = [];
    readonly published = new Map<string, PublishDiagnosticsParams[]>();
    /** The methods of the requests the server sent to the client, in order. */
    readonly serverRequests: string[] = [];
    initializeResult: InitializeResult | undefined;
    stderr = '';
    private readonly waiters: (() => void)[] = [];
    private exited = false;

    private constructor(private readonly child: ChildProcessWithoutNullStreams, readonly connection: MessageConnection) {}

    static async start(options: StartOptions = {}): Promise<TestClient> {
        const { env = {}, args = ['--stdio'], capabilities = DEFAULT_CAPABILITIES, initializationOptions } = options;
        if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run build\` first`);
        const child = spawn(process.execPath, [serverPath, ...args], { env: { ...process.env, ...env }, stdio: 'pipe' });
        const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        const client = new TestClient(child, connection);
        child.stderr.on('data', chunk => { client.stderr += String(chunk); });
        child.on('exit', () => { client.exited = true; client.notify(); });
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            const list = client.published.get(params.uri) ?? [];
            list.push(params);
            client.published.set(params.uri, list);
            client.notify();
        });
        connection.onNotification('window/logMessage', (params: { type: number; message: string }) => { client.logs.push(params); client.notify(); });
        const answer = (method: string, result: (params: { items?: unknown[] }) => unknown) =>
            connection.onRequest(method, (params: { items?: unknown[] }) => { client.serverRequests.push(method); return result(params); });
        answer('workspace/configuration', params => (params.items ?? []).map(() => null));
        answer('client/registerCapability', () => null);
        answer('window/workDoneProgress/create', () => null);
        connection.onRequest((method: string) => {
            client.serverRequests.push(method);
            return new ResponseError(-32601, `the test client does not handle ${method}`);
        });
        connection.listen();
        client.initializeResult = await connection.sendRequest('initialize', {
            processId: process.pid, rootUri: null, workspaceFolders: null, capabilities, initializationOptions,
        });
        await connection.sendNotification('initialized', {});
        return client;
    }

    get alive(): boolean {
        return !this.exited;
    }

    private notify(): void {
        for (const waiter of this.waiters.splice(0)) waiter();
    }

    /** Resolves when `condition` holds (checked after every notification), rejects after `ms`. */
    async until(condition: () => boolean, what: string, ms = 30_000): Promise<void> {
        const deadline = Date.now() + ms;
        while (!condition()) {
            if (this.exited) throw new Error(`the server exited while waiting for ${what}:\n${this.stderr}`);
            const left = deadline - Date.now();
            if (left <= 0) throw new Error(`timed out waiting for ${what}`);
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, Math.min(left, 200));
                this.waiters.push(() => { clearTimeout(timer); resolve(); });
            });
        }
    }

    lastDiagnostics(uri: string): Diagnostic[] | undefined {
        return this.published.get(uri)?.at(-1)?.diagnostics;
    }

    open(uri: string, text: string, version = 1, languageId = 'hitp'): Promise<void> {
        return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    }

    change(uri: string, text: string, version: number): Promise<void> {
        return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    hover(uri: string, line: number, character: number): Promise<Hover | null> {
        return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    }

    async stop(): Promise<void> {
        if (!this.exited) {
            try {
                await Promise.race([this.connection.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]);
                await this.connection.sendNotification('exit');
            } catch { /* already gone */ }
        }
        this.connection.dispose();
        if (!this.exited) this.child.kill();
    }
}

/** The position of the first occurrence of `word` in `text`. */
export function positionOf(text: string, word: string): { line: number; character: number } {
    const before = text.slice(0, text.indexOf(word)).split('\n');
    return { line: before.length - 1, character: before.at(-1)!.length };
}

/** A request's outcome: its result, or the ResponseError it was answered with. */
export async function settle<T>(request: Promise<T>): Promise<{ result?: T; error?: ResponseError<unknown> }> {
    try {
        return { result: await request };
    } catch (error) {
        if (error instanceof ResponseError) return { error };
        throw error;
    }
}
