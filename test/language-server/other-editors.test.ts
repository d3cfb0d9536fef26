/**
 * Issue 22: the bundled server (`out/server.cjs`, the `hitp-language-server` bin) as an editor other
 * than VS Code sees it: started without arguments it speaks stdio; it honours the client's
 * capabilities (no snippets, no client-side commands, no unannounced refresh requests) and takes a
 * document's language from its `.hitp` extension, whatever language id the client sends.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientCapabilities, CodeLens, CompletionItem, CompletionList, Diagnostic } from 'vscode-languageserver-protocol';
import { VSCODE_EXTENSION_OPTIONS } from '../../language-server/protocol/initialization-options.js';
import { DiagnosticCode } from '../../language-server/protocol/diagnostic-codes.js';
import { projectRoot } from '../helpers/cli.js';
import { settle, TestClient, type StartOptions } from '../helpers/stdio-client.js';

const riverside = readFileSync(path.join(projectRoot, 'examples', 'riverside.hitp'), 'utf8');
/** Riverside with a cycle: CoreNetwork also waits for DbMigration, which waits for CoreNetwork. */
const cyclic = riverside.replace('    advances infram stage 5 by 10%\n', '    advances infram stage 5 by 10%\n    after DbMigration\n');

/** What Neovim 0.7's built-in client announces, in substance: no snippets, no refresh requests, no options. */
const PLAIN_CLIENT: ClientCapabilities = {
    textDocument: { completion: { completionItem: { snippetSupport: false } }, hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: {} },
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
};

let client: TestClient | undefined;
afterEach(async () => {
    await client?.stop();
    client = undefined;
});

async function openRiverside(options: StartOptions, text = riverside, languageId = 'hitp', name = 'riverside.hitp'): Promise<{ client: TestClient; uri: string }> {
    client = await TestClient.start(options);
    const uri = `file:///hitp-editors/${name}`;
    await client.open(uri, text, 1, languageId);
    await client.until(() => client!.lastDiagnostics(uri) !== undefined, `diagnostics of ${name}`);
    return { client, uri };
}

async function completionAtEnd(c: TestClient, uri: string, text: string): Promise<CompletionItem[]> {
    const lines = text.split('\n');
    const result: CompletionItem[] | CompletionList | null = await c.connection.sendRequest('textDocument/completion', {
        textDocument: { uri }, position: { line: lines.length - 1, character: lines.at(-1)!.length },
    });
    return Array.isArray(result) ? result : result?.items ?? [];
}

const codesOf = (diagnostics: Diagnostic[] | undefined) => (diagnostics ?? []).map(d => `${d.code}@${d.range.start.line}:${d.range.start.character}`).sort();

describe('the language server for editors other than VS Code', () => {
    it('is the `hitp-language-server` bin: executable, with a shebang, and in the npm package', async () => {
        const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };
        expect(manifest.bin['hitp-language-server']).toBe('./out/server.cjs');
        const server = path.join(projectRoot, 'out', 'server.cjs');
        expect(readFileSync(server, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
        expect(() => accessSync(server, constants.X_OK)).not.toThrow();
        // Asynchronous: a synchronous child would block the test worker (and vitest's own messages) meanwhile.
        const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: projectRoot, encoding: 'utf8' });
        const [pack] = JSON.parse(stdout) as [{ files: { path: string }[] }];
        const files = pack.files.map(file => file.path);
        expect(files).toEqual(expect.arrayContaining(['out/server.cjs', 'out/cli.cjs', 'examples/riverside.hitp']));
        expect(files.filter(file => file.startsWith('test/') || file.startsWith('language-server/') || file.endsWith('.map'))).toEqual([]);
    });

    it('speaks LSP over stdio when started without a transport argument, and registers the no-op lens command', async () => {
        const { client: c, uri } = await openRiverside({ args: [], capabilities: PLAIN_CLIENT });
        expect(c.initializeResult?.capabilities.executeCommandProvider?.commands).toEqual(['hitp.info']);
        // Riverside's CoreNetwork does not pay back within the horizon (spec §1's plan).
        expect(codesOf(c.lastDiagnostics(uri))).toContain('no-payback@38:10');
    });

    it('offers no snippet to a client without snippet support: plain items, one line each, no placeholders', async () => {
        const text = `${riverside}\n`;
        const { client: c, uri } = await openRiverside({ capabilities: PLAIN_CLIENT }, text);
        const items = await completionAtEnd(c, uri, text);
        expect(items.map(item => item.label)).toEqual(expect.arrayContaining(['candidate', 'phase', 'kpi', 'stakeholder']));
        for (const item of items) {
            expect(item.insertTextFormat ?? 1, item.label).toBe(1);
            const inserted = item.textEdit?.newText ?? item.insertText ?? item.label;
            expect(inserted, item.label).not.toMatch(/[\n\0]|\$\{?\d/);
        }
    });

    it('offers the skeleton snippets to a client with snippet support', async () => {
        const text = `${riverside}\n`;
        const capabilities: ClientCapabilities = { textDocument: { completion: { completionItem: { snippetSupport: true } } } };
        const { client: c, uri } = await openRiverside({ capabilities }, text);
        const snippets = (await completionAtEnd(c, uri, text)).filter(item => item.insertTextFormat === 2).map(item => item.label).sort();
        expect(snippets).toEqual(['candidate', 'freeze', 'kpi', 'phase', 'risk', 'scenario', 'stakeholder', 'team']);
    });

    it('gives other clients information lenses with the no-op command, which runs without an error, and no preview lens', async () => {
        const { client: c, uri } = await openRiverside({ capabilities: PLAIN_CLIENT });
        const lenses: CodeLens[] = await c.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });
        expect(lenses.map(lens => lens.command?.title)).toEqual([
            'Portfolio NPV $643,193 · finish 2027-07-12',
            '#2 · PI 3.35 · NPV -$208,596 · IRR -8.6% · payback — · critical',
            '#1 · PI 3.95 · NPV $851,790 · IRR 38.2% · payback 2.2 y · critical',
            '2027-01-04 → 2027-02-01 · critical',
            '2027-02-01 → 2027-07-12 · critical',
        ]);
        expect(new Set(lenses.map(lens => lens.command?.command))).toEqual(new Set(['hitp.info']));
        const run = await settle(c.connection.sendRequest('workspace/executeCommand', lenses[0]!.command));
        expect(run).toEqual({ result: null });
    });

    it('gives the VS Code extension (what extension.ts sends) the preview lens and label lenses', async () => {
        const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
        expect(manifest.contributes.commands.map(command => command.command)).toEqual(expect.arrayContaining([...VSCODE_EXTENSION_OPTIONS.clientCommands]));
        const { client: c, uri } = await openRiverside({ initializationOptions: VSCODE_EXTENSION_OPTIONS });
        const lenses: CodeLens[] = await c.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });
        expect(lenses[1]!.command).toEqual({ title: 'Open roadmap preview', command: 'hitp.showPreview', arguments: [uri] });
        expect(lenses.filter(lens => lens !== lenses[1]).map(lens => lens.command?.command)).toEqual(['', '', '', '', '']);
    });

    it('sends no request the client did not announce: no refresh, no registration for setting changes', async () => {
        const { client: c, uri } = await openRiverside({ capabilities: PLAIN_CLIENT });
        await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { hitp: { numberLocale: 'de-DE' } } });
        const lenses: CodeLens[] = await c.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });
        expect(lenses[0]!.command?.title).toBe('Portfolio NPV 643.193\u00a0$ · finish 2027-07-12');
        // It asked for the settings (the client announced workspace/configuration), and nothing else.
        expect(c.serverRequests).toEqual(['workspace/configuration']);
    });

    it('registers for setting changes and asks for refreshes when the client announces them', async () => {
        const capabilities: ClientCapabilities = {
            workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, codeLens: { refreshSupport: true }, inlayHint: { refreshSupport: true } },
        };
        const { client: c } = await openRiverside({ capabilities });
        await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { hitp: { numberLocale: 'de-DE' } } });
        await c.until(() => c.serverRequests.includes('workspace/inlayHint/refresh'), 'the refresh requests');
        expect(c.serverRequests).toEqual(expect.arrayContaining(['client/registerCapability', 'workspace/codeLens/refresh', 'workspace/inlayHint/refresh']));
    });

    it('checks a .hitp file opened with another language id (`hitplan`) exactly as one opened as `hitp`', async () => {
        const asHitp = await openRiverside({ capabilities: PLAIN_CLIENT }, cyclic, 'hitp', 'cyclic.hitp');
        const expected = asHitp.client.lastDiagnostics(asHitp.uri);
        await asHitp.client.stop();
        const { client: c, uri } = await openRiverside({ capabilities: PLAIN_CLIENT }, cyclic, 'hitplan', 'cyclic.hitp');
        const diagnostics = c.lastDiagnostics(uri);
        expect(codesOf(diagnostics).filter(code => code.startsWith(DiagnosticCode.DependencyCycle))).toHaveLength(2);
        expect(codesOf(diagnostics).some(code => code.startsWith(DiagnosticCode.UnsupportedObjective))).toBe(false);
        expect(codesOf(diagnostics)).toEqual(codesOf(expected));
    });
});
