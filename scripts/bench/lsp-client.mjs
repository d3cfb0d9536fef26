// A minimal LSP driver for the benchmark (issue 7): spawns the real language server
// (`node out/server.cjs --stdio`), speaks JSON-RPC through vscode-languageserver-protocol, and
// measures, on one open document:
// - open → first diagnostics (the initial build);
// - edit → diagnostics: a one-character edit (`offset`: a score digit in the middle of the file,
//   toggled between two in-range values), from `didChange` to the next `publishDiagnostics` for
//   the document. Langium publishes without a version, so edits are strictly sequential: the
//   next edit is sent only after the previous one's diagnostics arrived and the server settled;
// - hover on a candidate name, completion inside an `after` line.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import protocol from 'vscode-languageserver-protocol/node.js';

const {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter,
    InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
    PublishDiagnosticsNotification, HoverRequest, CompletionRequest, ShutdownRequest, ExitNotification,
} = protocol;

const now = () => Number(process.hrtime.bigint()) / 1e6;

export function percentile(values, p) {
    if (values.length === 0) return null;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
    return sorted[rank];
}

function positionAt(text, offset) {
    let line = 0, lineStart = 0;
    for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
    return { line, character: offset - lineStart };
}

/** Peak resident set size of a process, from /proc (Linux), in MiB. */
function peakRssMb(pid) {
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const match = /VmHWM:\s+(\d+) kB/.exec(status);
        return match ? Number(match[1]) / 1024 : null;
    } catch {
        return null;
    }
}

/**
 * @param {{ server: string, file: string, uri: string, text: string, editOffset: number,
 *           hoverOffset: number, completionOffset: number, edits?: number, queries?: number,
 *           settleMs?: number, timeoutMs?: number }} options
 */
export async function measureLsp(options) {
    const { server, uri, text, editOffset, hoverOffset, completionOffset } = options;
    const edits = options.edits ?? 30;
    const queries = options.queries ?? 30;
    const settleMs = options.settleMs ?? 100;
    const timeoutMs = options.timeoutMs ?? 60_000;

    const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', chunk => { stderr += chunk; });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    /** @type {Array<(params: any) => void>} */
    let waiters = [];
    let published = 0;
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        if (params.uri !== uri) return;
        published++;
        const pending = waiters;
        waiters = [];
        for (const resolve of pending) resolve(params);
    });
    connection.onRequest('workspace/configuration', params => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();

    const nextDiagnostics = () => new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics within ${timeoutMs} ms; server stderr: ${stderr.slice(-500)}`)), timeoutMs);
        waiters.push(params => { clearTimeout(timer); resolve(params); });
    });

    try {
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: null,
            workspaceFolders: null,
            capabilities: {
                textDocument: {
                    synchronization: { didSave: false, dynamicRegistration: false },
                    publishDiagnostics: { versionSupport: true },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    completion: { completionItem: { snippetSupport: false } },
                },
                workspace: { configuration: false, workspaceFolders: false },
            },
        });
        connection.sendNotification(InitializedNotification.type, {});

        // Open → first diagnostics.
        let version = 1;
        const opened = nextDiagnostics();
        const o0 = now();
        connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'hitp', version, text } });
        const first = await opened;
        const openMs = now() - o0;
        await sleep(settleMs);

        // Edits: toggle one score digit between two values on the scale.
        const original = text[editOffset];
        const alternative = original === '3' ? '4' : '3';
        const position = positionAt(text, editOffset);
        const editMs = [];
        let current = original;
        for (let i = 0; i < edits; i++) {
            current = current === original ? alternative : original;
            version++;
            const arrived = nextDiagnostics();
            const e0 = now();
            connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version },
                contentChanges: [{ range: { start: position, end: { line: position.line, character: position.character + 1 } }, text: current }],
            });
            await arrived;
            editMs.push(now() - e0);
            await sleep(settleMs);
        }

        // Hover on a candidate name, completion inside an `after` line.
        const hoverPosition = positionAt(text, hoverOffset);
        const completionPosition = positionAt(text, completionOffset);
        const hoverMs = [];
        let hoverText = '';
        for (let i = 0; i < queries; i++) {
            const h0 = now();
            const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: hoverPosition });
            hoverMs.push(now() - h0);
            if (i === 0) hoverText = hover ? JSON.stringify(hover.contents).slice(0, 80) : '(no hover)';
        }
        const completionMs = [];
        let completionItems = 0;
        for (let i = 0; i < queries; i++) {
            const c0 = now();
            const completion = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: completionPosition });
            completionMs.push(now() - c0);
            if (i === 0) completionItems = Array.isArray(completion) ? completion.length : completion?.items?.length ?? 0;
        }
        const serverPeakRssMb = peakRssMb(child.pid);

        await connection.sendRequest(ShutdownRequest.type);
        connection.sendNotification(ExitNotification.type);
        return {
            openMs, openDiagnostics: first.diagnostics.length, published,
            editMs, hoverMs, completionMs, hoverText, completionItems, serverPeakRssMb,
        };
    } finally {
        await sleep(50);
        connection.dispose();
        if (child.exitCode === null) child.kill();
    }
}
