// Bundles the language server, the CLI, the VS Code extension and the webview program with esbuild.
// Everything the extension needs at run time ends up in out/, so the .vsix carries no node_modules.
import * as esbuild from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { LSP_PROTOCOL_ENTRY, lazyExporters, sharedLspProtocol } from './bundle-plugins.mjs';

const watch = process.argv.includes('--watch');
// `--production` (the `vscode:prepublish` build that goes into the .vsix): minified, no source maps.
const production = process.argv.includes('--production');

// The CLI and the server are CommonJS bundles; `import.meta.url` is given its CommonJS value.
const importMetaUrl = {
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
};

const node = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning', ...importMetaUrl };

const builds = [
    // The server is also the `hitp-language-server` bin: a shebang first. It loads the exporters
    // on the first export and shares the LSP libraries with the extension (scripts/bundle-plugins.mjs).
    { ...node, entryPoints: ['language-server/main.ts'], outfile: 'out/server.cjs',
      banner: { js: `#!/usr/bin/env node\n${importMetaUrl.banner.js}` }, plugins: [lazyExporters, sharedLspProtocol] },
    { ...node, entryPoints: ['language-server/export/exporters.ts'], outfile: 'out/exporters.cjs' },
    { ...node, stdin: LSP_PROTOCOL_ENTRY, outfile: 'out/lsp-protocol.cjs' },
    // The `hitp` bin: a shebang first, then the CommonJS `import.meta.url` shim.
    { ...node, entryPoints: ['language-server/cli/main.ts'], outfile: 'out/cli.cjs',
      banner: { js: `#!/usr/bin/env node\n${importMetaUrl.banner.js}` } },
    { ...node, entryPoints: ['extension/extension.ts'], outfile: 'out/extension.cjs', external: ['vscode'], plugins: [sharedLspProtocol] },
    { bundle: true, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['extension/webview/main.ts'],
      outfile: 'out/webview.js', minify: production, logLevel: 'warning' },
];

if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
} else {
    // A production build leaves no stale source map of an earlier development build behind.
    if (production) for (const { outfile } of builds) rmSync(`${outfile}.map`, { force: true });
    await Promise.all(builds.map(options => esbuild.build(options)));
    chmodSync('out/cli.cjs', 0o755);
    chmodSync('out/server.cjs', 0o755);
}
