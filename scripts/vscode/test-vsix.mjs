// Tests the packaged extension the way a user gets it: installs hitp.vsix (made by
// `npm run package`) into a fresh extensions folder with code-server's CLI, checks that it is
// listed and that it holds only the files .vscodeignore ships, then runs the smoke suite
// test/extension/vsix-suite/ in a real VS Code against that installed copy. The workbench runs an
// extensionTestsPath only in extension-development mode, so the payload names a placeholder
// development extension (an empty package.json with another id); hitp.hitp itself comes from the
// extensions folder, which the suite checks.
//
//   npm run test:vsix   (= setup.sh, package, bundle-tests.mjs, this script)
//
// Usage: node scripts/vscode/test-vsix.mjs [path/to/hitp.vsix]
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
    assertSetUp, codeServerCli, createRunDir, exitWith, prepareWorkspace, resultsDir, root, runSuiteInWorkbench,
    startCodeServer,
} from './code-server.mjs';

const started = Date.now();
const vsix = resolve(process.argv[2] || join(root, 'hitp.vsix'));
const testsPath = join(root, 'out/test/extension/vsix-suite/index.cjs');
assertSetUp();
if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package first`);
if (!existsSync(testsPath)) throw new Error(`${testsPath} is missing: run node scripts/vscode/bundle-tests.mjs`);
rmSync(join(resultsDir, 'vscode-vsix-suite.json'), { force: true });

const runDir = createRunDir('vsix');
const extensionsDir = join(runDir, 'extensions');
const cli = args => {
    const result = codeServerCli(runDir, [...args, '--extensions-dir', extensionsDir, '--user-data-dir', join(runDir, 'user-data')]);
    if (result.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (${result.status}):\n${result.stdout}${result.stderr}`);
    return result.stdout;
};

// 1. Install and list.
cli(['--install-extension', vsix, '--force']);
const listed = cli(['--list-extensions', '--show-versions']).split('\n').map(line => line.trim()).filter(Boolean);
const entry = listed.find(line => line.toLowerCase().startsWith('hitp.hitp@'));
if (!entry) throw new Error(`hitp.hitp is not listed after installing ${relative(root, vsix)}: ${JSON.stringify(listed)}`);
console.log(`installed ${entry} into ${relative(root, extensionsDir)}`);

// 2. The installed folder holds what .vscodeignore ships and nothing else.
const installed = readdirSync(extensionsDir).find(name => name.toLowerCase().startsWith('hitp.hitp-'));
if (!installed) throw new Error(`no hitp.hitp-* folder in ${extensionsDir}`);
const files = [];
const walk = dir => {
    for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path); else files.push(relative(join(extensionsDir, installed), path));
    }
};
walk(join(extensionsDir, installed));
const required = ['package.json', 'out/extension.cjs', 'out/server.cjs', 'out/exporters.cjs', 'out/lsp-protocol.cjs', 'out/webview.js', 'extension/language-configuration.json',
    'extension/syntaxes/hitp.tmLanguage.json', 'extension/media/hitp-file.svg', 'extension/media/hitp-icon.png'];
const missing = required.filter(file => !files.includes(file));
const shipped = /^(package\.json|README\.md|CHANGELOG\.md|LICENSE(\.md|\.txt)?|out\/(extension|server|exporters|lsp-protocol)\.cjs|out\/webview\.js|extension\/(syntaxes|media|walkthrough)\/.+|extension\/language-configuration\.json|\.vsixmanifest)$/i;
const unexpected = files.filter(file => !shipped.test(file));
if (missing.length > 0 || unexpected.length > 0) {
    throw new Error(`the installed extension's files are wrong: missing ${JSON.stringify(missing)}, unexpected ${JSON.stringify(unexpected)}`);
}
console.log(`installed files (${files.length}) match .vscodeignore: ${files.sort().join(', ')}`);

// 3. Run the smoke suite against the installed copy.
process.env.HITP_VSIX_EXTENSIONS_DIR = extensionsDir;
const workspace = prepareWorkspace(runDir);
const placeholder = join(runDir, 'placeholder-extension');
mkdirSync(placeholder, { recursive: true });
writeFileSync(join(placeholder, 'package.json'), JSON.stringify({
    name: 'vsix-test-placeholder', publisher: 'hitp-test', version: '0.0.0', engines: { vscode: '*' },
}));
const server = await startCodeServer(runDir, { extensionsDir });
const code = await runSuiteInWorkbench({
    runDir,
    url: server.url,
    folder: workspace,
    extensionDevelopmentPath: placeholder,
    extensionTestsPath: testsPath,
    timeoutMs: Number(process.env.HITP_VSCODE_TIMEOUT_MS || 90_000),
    screenshot: join(resultsDir, 'vscode-vsix.png'),
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (code === 0) {
    console.log(`installed-vsix tests passed in ${seconds} s`);
    await server.stop();
    rmSync(runDir, { recursive: true, force: true });
} else {
    console.error(`installed-vsix tests failed (${code === 'timeout' ? 'timed out' : `exit code ${code}`}) after ${seconds} s;`
        + ` logs: ${server.logFile}`);
}
await exitWith(code === 0 ? 0 : 1);
