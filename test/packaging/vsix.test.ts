/**
 * The Marketplace package: `npm run package` builds hitp.vsix (the `vscode:prepublish` build:
 * minified bundles, no source maps), and Info-ZIP's unzip, a reader independent of vsce, lists
 * what is inside. The .vsix ships what the extension runs and nothing else: no tests, no
 * TypeScript sources, no source maps, not the `hitp` CLI; it stays under 400 KB; its manifest and
 * README point to no example.invalid address.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const dir = mkdtempSync(join(tmpdir(), 'hitp-vsix-'));
// `npm run package` runs in a copy of the clone (its own out/, generated parser and .vsix), so the
// production build does not rewrite the bundles other test files are running meanwhile.
const clone = join(dir, 'clone');
const vsix = join(clone, 'hitp.vsix');
const leftOut = new Set(['node_modules', 'out', '.git', 'test-results', '.cache', 'hitp.vsix']);
let entries: string[] = [];

function entry(name: string): string {
    return execFileSync('unzip', ['-p', vsix, name], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
}

beforeAll(async () => {
    cpSync(root, clone, { recursive: true, filter: source => !leftOut.has(relative(root, source)) });
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
    // Asynchronously: a minute of a blocked worker would time out vitest's own messages.
    await promisify(execFile)(npm, ['run', 'package'], { cwd: clone, maxBuffer: 64 * 1024 * 1024 });
    entries = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n').filter(Boolean);
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hitp.vsix', () => {
    it('holds exactly the bundles the extension runs, its grammar, configuration, icons and documents', () => {
        const files = entries.filter(name => name.startsWith('extension/')).map(name => name.slice('extension/'.length)).sort();
        expect(files).toEqual([
            'LICENSE.txt', 'changelog.md', 'extension/language-configuration.json', 'extension/media/hitp-file.svg',
            'extension/media/hitp-icon.png', 'extension/syntaxes/hitp.tmLanguage.json', 'out/extension.cjs', 'out/server.cjs',
            'out/exporters.cjs', 'out/lsp-protocol.cjs', 'out/webview.js', 'package.json', 'readme.md', 'extension/walkthrough/diagnostics.md', 'extension/walkthrough/export.md',
            'extension/walkthrough/new-plan.md', 'extension/walkthrough/roadmap.md',
        ].sort());
        expect(entries.filter(name => !name.startsWith('extension/')).sort()).toEqual(['[Content_Types].xml', 'extension.vsixmanifest']);
    });

    it('ships no tests, sources, source maps or CLI', () => {
        expect(entries.filter(name => /\/test\/|\.test\.|\.ts$|\.map$|\.langium$|cli\.cjs$|node_modules/.test(name))).toEqual([]);
    });

    it('is under 400 KB, its bundles minified without a source-map reference', () => {
        // Issue 20 asks for 400 KB. The exporters are a bundle of their own, written with light
        // libraries; the LSP libraries are one bundle for the extension and the server
        // (docs/decisions.md, "The .vsix under 400 KB").
        expect(statSync(vsix).size).toBeLessThan(400 * 1024);
        for (const bundle of ['out/extension.cjs', 'out/server.cjs', 'out/exporters.cjs', 'out/lsp-protocol.cjs', 'out/webview.js']) {
            const text = entry(`extension/${bundle}`);
            expect(text, bundle).not.toMatch(/sourceMappingURL/);
            // Minified: no `// path/of/module.ts` comment before each module, as a development bundle
            // has, and long lines (a development bundle has one statement a line, about 35 characters;
            // the minified server's lines are mostly the serialised grammar's, in a template literal).
            expect(text, bundle).not.toMatch(/^\s*\/\/ (node_modules|language-server|extension|lsp-protocol-entry)\b/m);
            expect(text.split('\n').length, bundle).toBeLessThan(text.length / 100);
        }
    });

    it('has a manifest and README with no example.invalid address, and the user-facing README', () => {
        const manifest = entry('extension/package.json');
        expect(manifest).not.toMatch(/example\.invalid/);
        expect(entry('extension.vsixmanifest')).not.toMatch(/example\.invalid/);
        const readme = entry('extension/readme.md');
        expect(readme).not.toMatch(/example\.invalid/);
        expect(readme).toBe(readFileSync(join(root, 'extension/README.md'), 'utf8'));
        expect(entry('extension/changelog.md')).toBe(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'));
        expect(readme).toMatch(/sends no telemetry/);
        const pkg = JSON.parse(manifest) as Record<string, any>;
        expect(pkg.capabilities.untrustedWorkspaces).toEqual({ supported: true });
        expect(pkg.galleryBanner).toBeDefined();
        // Activation on the language and the commands is implicit since VS Code 1.74.
        expect(pkg.activationEvents.filter((event: string) => /^on(Command|Language):/.test(event))).toEqual([]);
    });

    it('the CLI reports the version in package.json', () => {
        const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
        expect(execFileSync(process.execPath, [join(clone, 'out/cli.cjs'), '--version'], { encoding: 'utf8' }).trim()).toBe(version);
    });
});
