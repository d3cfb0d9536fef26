/**
 * `hitp/export` on the real bundled language server over stdio (issue 18): the editor's export
 * is the CLI's export (same bytes but for the time stamps), the roadmap page is `hitp report`'s
 * page, and a plan that cannot give a format answers with a message instead of failing.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportRequestMethod, type ExportParams, type ExportResult } from '../../../language-server/protocol/export-protocol.js';
import { projectRoot } from '../../helpers/cli.js';
import { exportTo } from '../../helpers/exports.js';
import { TestClient } from '../../helpers/stdio-client.js';

const RIVERSIDE = 'examples/riverside.hitp';
const uri = pathToFileURL(path.join(projectRoot, RIVERSIDE)).toString();
let client: TestClient;

beforeAll(async () => {
    client = await TestClient.start();
    await client.open(uri, readFileSync(path.join(projectRoot, RIVERSIDE), 'utf8'));
});
afterAll(async () => {
    await client?.stop();
});

const request = (format: ExportParams['format'], target = uri) =>
    client.connection.sendRequest<ExportResult>(ExportRequestMethod, { uri: target, version: 1, format } satisfies ExportParams);

describe('hitp/export', () => {
    it.each(['csv', 'mermaid', 'taskjuggler', 'mspdi'] as const)('%s: the same text as hitp export', async format => {
        const result = await request(format);
        expect(result).toMatchObject({ ok: true, uri, version: 1, encoding: 'utf8' });
        const cli = readFileSync(await exportTo(RIVERSIDE, format), 'utf8');
        expect(result.ok && result.data).toBe(cli);
    });

    it('ics: the same events, stamped at the time of the export', async () => {
        const result = await request('ics');
        const unstamped = (text: string) => text.replace(/^DTSTAMP:.*$/gm, 'DTSTAMP');
        expect(result.ok && unstamped(result.data)).toBe(unstamped(readFileSync(await exportTo(RIVERSIDE, 'ics'), 'utf8')));
    });

    it('xlsx: a workbook in base64', async () => {
        const result = await request('xlsx');
        expect(result).toMatchObject({ ok: true, encoding: 'base64' });
        expect(Buffer.from(result.ok ? result.data : '', 'base64').subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    });

    it('html: the self-contained roadmap page, with the webview program inlined', async () => {
        const result = await request('html');
        expect(result).toMatchObject({ ok: true, encoding: 'utf8' });
        const html = result.ok ? result.data : '';
        expect(html).toMatch(/^<!doctype html>/i);
        expect(html).toContain('data-element="DbMigration"');
        expect(html).toMatch(/<script nonce="[^"]+">[\s\S]{1000,}<\/script>/);
    });

    it('answers with a message, and keeps serving, for a plan without a start date', async () => {
        const undated = 'file:///tmp/hitp-undated.hitp';
        await client.open(undated, 'plan P "P" { horizon 3 years }\ncandidate A "A" { duration 2 weeks }\n');
        expect(await request('taskjuggler', undated)).toEqual({
            ok: false, uri: undated, message: 'the plan has no start date, so nothing is scheduled to export to TaskJuggler.',
        });
        expect(client.alive).toBe(true);
    });
});
