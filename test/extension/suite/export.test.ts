/**
 * "hitp: Export…" in a real VS Code (issue 18): every format is written where the command is told
 * (the save dialog's answer, given as the scripted `target`), the server's exports start the way
 * their formats do, and the preview's chart comes out as SVG and as a PNG of twice its size.
 * The menus that make it two clicks away are in package.json.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateHitp, closeAllEditors, openPlanWithPreview, previewTabs, waitFor, workspaceUri } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'hitp-export-'));

async function exportAs(format: string, name: string, plan?: vscode.Uri): Promise<Buffer> {
    const target = vscode.Uri.file(path.join(dir, name));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('hitp.export', plan, { format, target });
    assert.equal(written?.fsPath, target.fsPath, `${format}: the command reports the file it wrote`);
    return readFileSync(target.fsPath);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('hitp: Export…', () => {
    after(async () => {
        await closeAllEditors();
        await waitFor('the preview to close', () => previewTabs().length === 0);
    });

    it('is in the palette, the preview\'s title bar and the explorer\'s context menu', async () => {
        await activateHitp();
        assert.ok((await vscode.commands.getCommands(true)).includes('hitp.export'));
        const manifest = vscode.extensions.getExtension('hitp.hitp')!.packageJSON as { contributes: { menus: Record<string, { command: string; when?: string }[]> } };
        const menu = (where: string) => manifest.contributes.menus[where]!.find(item => item.command === 'hitp.export');
        assert.equal(menu('explorer/context')?.when, 'resourceLangId == hitp');
        assert.equal(menu('editor/title')?.when, 'activeWebviewPanelId == hitp.preview');
        assert.match(menu('commandPalette')?.when ?? '', /editorLangId == hitp/);
    });

    it('writes every server format of a plan picked in the explorer', async () => {
        await activateHitp();
        const plan = workspaceUri('examples', 'riverside.hitp');
        const text = (bytes: Buffer) => bytes.toString('utf8');
        assert.match(text(await exportAs('csv', 'riverside.csv', plan)), /^name,title,rank,priorityIndex,funded,phase,start,finish,totalFloatDays,critical,npv,irr,paybackYears,roi\r\nDbMigration,/);
        assert.equal((await exportAs('xlsx', 'riverside.xlsx', plan)).subarray(0, 4).toString('latin1'), 'PK\u0003\u0004');
        assert.match(text(await exportAs('mermaid', 'riverside.mmd', plan)), /^gantt\n[\s\S]*:crit, DbMigration, 2027-04-12, 91d/);
        assert.match(text(await exportAs('taskjuggler', 'riverside.tjp', plan)), /^project Riverside "Riverside Health infrastructure upgrade 2027-2031" 2027-01-04 - /);
        assert.match(text(await exportAs('ics', 'riverside.ics', plan)), /^BEGIN:VCALENDAR\r\n[\s\S]*UID:Riverside-milestone-EhrFast@hitp\r\n/);
        assert.match(text(await exportAs('mspdi', 'riverside.xml', plan)), /<Project xmlns="http:\/\/schemas\.microsoft\.com\/project">/);
        const html = text(await exportAs('html', 'riverside.html', plan));
        assert.match(html, /^<!doctype html>/i);
        assert.match(html, /data-element="DbMigration"/);
    });

    it('writes the preview\'s current chart as SVG and as a PNG at twice its size', async () => {
        await openPlanWithPreview('examples', 'riverside.hitp');
        const svg = (await exportAs('svg', 'riverside-view.svg')).toString('utf8');
        assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        const width = Number(/ width="(\d+)"/.exec(svg)?.[1]);
        const height = Number(/ height="(\d+)"/.exec(svg)?.[1]);
        assert.ok(width > 0 && height > 0, `the SVG has a size (${width} × ${height})`);
        const png = pngSize(await exportAs('png', 'riverside-view.png'));
        // Twice the device pixel ratio (1 in the headless test browser, 2 on a Retina screen).
        const ratio = png.width / width;
        assert.ok(ratio === 2 || ratio === 4, `the PNG is drawn at 2 × the screen resolution (${png.width} px for ${width})`);
        assert.equal(png.height, Math.round(height * ratio));
    });
});
