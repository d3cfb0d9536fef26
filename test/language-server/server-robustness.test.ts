/**
 * Issue 8: the real bundled language server (`node out/server.cjs --stdio`, made by `npm run build`)
 * keeps serving through a file deleted while open, a 5 MB file, a file with 10,000 errors
 * (diagnostics capped per file), bursts of edits and a crash inside one provider.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { MAX_DIAGNOSTICS_PER_FILE } from '../../language-server/validation/diagnostic-cap.js';
import { DiagnosticCode } from '../../language-server/protocol/diagnostic-codes.js';
import { projectRoot } from '../helpers/cli.js';
import { positionOf, settle, TestClient } from '../helpers/stdio-client.js';

const riverside = readFileSync(path.join(projectRoot, 'examples', 'riverside.hitp'), 'utf8');
const hospital = readFileSync(path.join(projectRoot, 'examples', 'community-hospital.hitp'), 'utf8');

let client: TestClient | undefined;
afterEach(async () => {
    await client?.stop();
    client = undefined;
});

const uriOf = (name: string) => `file:///hitp-robustness/${name}`;

describe('the language server keeps serving', () => {
    it('through a file deleted while open', async () => {
        client = await TestClient.start();
        const gone = uriOf('gone.hitp');
        const kept = uriOf('kept.hitp');
        await client.open(gone, riverside);
        await client.until(() => client!.lastDiagnostics(gone) !== undefined, 'diagnostics of gone.hitp');
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: gone } });
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: gone, type: 3 }] });
        // The deleted file's diagnostics are cleared …
        await client.until(() => client!.lastDiagnostics(gone)?.length === 0, 'cleared diagnostics of gone.hitp');
        // … a request on it is answered (with nothing or an error), not left hanging …
        const onGone = await settle(client.hover(gone, 1, 6));
        expect(onGone.result ?? onGone.error).not.toBeUndefined();
        // … and other files are still served.
        await client.open(kept, riverside);
        await client.until(() => client!.lastDiagnostics(kept) !== undefined, 'diagnostics of kept.hitp');
        const { line, character } = positionOf(riverside, 'DbMigration');
        const hover = await settle(client.hover(kept, line, character));
        expect(hover.error).toBeUndefined();
        expect(client.alive).toBe(true);
    });

    it('through an untitled plan closed unsaved, while other plans change (VS Code\'s New Plan, then Close)', async () => {
        client = await TestClient.start();
        const untitled = 'untitled:Untitled-1';
        const kept = uriOf('after-untitled.hitp');
        await client.open(untitled, riverside);
        await client.until(() => client!.lastDiagnostics(untitled) !== undefined, 'diagnostics of the untitled plan');
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: untitled } });
        // The closed untitled plan is gone from the workspace: its diagnostics are cleared, and the
        // plans edited after it are built and served (it has no file extension to find its language by).
        await client.until(() => client!.lastDiagnostics(untitled)?.length === 0, 'cleared diagnostics of the untitled plan');
        await client.open(kept, riverside);
        await client.until(() => client!.lastDiagnostics(kept) !== undefined, 'diagnostics of after-untitled.hitp');
        await client.change(kept, riverside.replace('cost 900k once', 'cost 950k once'), 2);
        await client.until(() => client!.lastDiagnostics(kept) !== undefined && client!.alive, 'diagnostics after the edit');
        const { line, character } = positionOf(riverside, 'DbMigration');
        const hover = await settle(client.hover(kept, line, character));
        expect(hover.error).toBeUndefined();
        expect(client.alive).toBe(true);
    });

    it('with a 5 MB file', async () => {
        client = await TestClient.start();
        const big = uriOf('big.hitp');
        const filler = '// ' + 'lorem ipsum dolor sit amet, consectetur adipiscing elit '.repeat(2) + '\n';
        const text = riverside + filler.repeat(Math.ceil(5 * 1024 * 1024 / filler.length));
        expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
        await client.open(big, text);
        await client.until(() => client!.lastDiagnostics(big) !== undefined, 'diagnostics of the 5 MB file', 60_000);
        const { line, character } = positionOf(text, 'CoreNetwork');
        const hover = await settle(client.hover(big, line, character));
        expect(hover.error).toBeUndefined();
        expect(client.alive).toBe(true);
    }, 90_000);

    it('with 10,000 errors in a file, publishing at most 1,000 and saying how many are not shown', async () => {
        client = await TestClient.start();
        const bad = uriOf('errors.hitp');
        const text = 'plan P { start 2027-01-04 }\n' + '§\n'.repeat(10_000);
        await client.open(bad, text);
        await client.until(() => client!.lastDiagnostics(bad) !== undefined, 'diagnostics of the file with 10,000 errors', 60_000);
        const diagnostics = client.lastDiagnostics(bad)!;
        expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
        const note = diagnostics.find(d => d.code === DiagnosticCode.DiagnosticsCapped)!;
        expect(note.severity).toBe(3);
        const omitted = Number(/^([\d,]+) more diagnostics in this file are not shown$/.exec(note.message)?.[1]?.replace(/,/g, ''));
        expect(omitted).toBeGreaterThanOrEqual(9_000);
        expect(diagnostics.filter(d => d.severity === 1)).toHaveLength(MAX_DIAGNOSTICS_PER_FILE);
        expect(client.alive).toBe(true);
    }, 90_000);

    it('through a burst of 50 edits: the last version wins', async () => {
        client = await TestClient.start();
        const uri = uriOf('burst.hitp');
        await client.open(uri, hospital);
        await client.until(() => client!.lastDiagnostics(uri) !== undefined, 'first diagnostics');
        const start = client.published.get(uri)!.length;
        // Version n has a parse error on its line n + 1 (an `@` before the plan); the last has one on line 51.
        const versionText = (n: number) => '\n'.repeat(n) + '@\n' + hospital;
        // A burst: all 50 changes are written at once, as fast typing would, without waiting for the server.
        await Promise.all(Array.from({ length: 50 }, (_, i) => client!.change(uri, versionText(i + 1), i + 2)));
        const isFinal = (diagnostics: Diagnostic[] | undefined) =>
            diagnostics?.some(d => d.severity === 1 && d.range.start.line === 50) ?? false;
        await client.until(() => isFinal(client!.lastDiagnostics(uri)), 'the last version\'s diagnostics');
        // Nothing stale arrives later.
        await new Promise(resolve => setTimeout(resolve, 1500));
        expect(isFinal(client.lastDiagnostics(uri))).toBe(true);
        const lexical = client.lastDiagnostics(uri)!.filter(d => d.severity === 1 && d.range.start.line < 50);
        expect(lexical).toEqual([]);
        // Stale builds are cancelled: far fewer publications than versions (2 to 4 measured for this burst).
        const publications = client.published.get(uri)!.length - start;
        expect(publications).toBeGreaterThanOrEqual(1);
        expect(publications).toBeLessThan(25);
        expect(client.alive).toBe(true);
    }, 60_000);

    it('after a crash inside the hover provider (HITP_TEST_CRASH=hover): logged, answered with an error, still up', async () => {
        client = await TestClient.start({ env: { HITP_TEST_CRASH: 'hover' } });
        const uri = uriOf('crash.hitp');
        await client.open(uri, riverside);
        await client.until(() => client!.lastDiagnostics(uri) !== undefined, 'diagnostics');
        const { line, character } = positionOf(riverside, 'DbMigration');
        const crashed = await settle(client.hover(uri, line, character));
        expect(crashed.error?.message).toContain('HITP_TEST_CRASH: hover');
        await client.until(() => client!.logs.some(l => l.type === 1 && l.message.includes('HoverProvider.getHoverContent failed')), 'the crash in the log');
        // Other requests and diagnostics still work.
        const symbols = await settle(client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
        expect(symbols.error).toBeUndefined();
        await client.change(uri, riverside + '\n@\n', 2);
        await client.until(() => client!.lastDiagnostics(uri)?.some(d => d.severity === 1) ?? false, 'diagnostics after the crash');
        expect(client.alive).toBe(true);
    });

    it('after a request that makes a provider throw for real (a hover without a position)', async () => {
        client = await TestClient.start();
        const uri = uriOf('malformed.hitp');
        await client.open(uri, riverside);
        await client.until(() => client!.lastDiagnostics(uri) !== undefined, 'diagnostics');
        const malformed = await settle(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: null }));
        expect(malformed.error ?? malformed.result).not.toBeUndefined();
        const { line, character } = positionOf(riverside, 'CoreNetwork');
        const hover = await settle(client.hover(uri, line, character));
        expect(hover.error).toBeUndefined();
        expect(client.alive).toBe(true);
    });
});
