// The esbuild plugins of scripts/bundle.mjs that keep the .vsix small (issue 20: under 400 KB).
// Each one moves code out of a bundle or keeps a second copy of it out; scripts/bundle.mjs says
// which bundle uses which. Measured in docs/decisions.md ("The .vsix under 400 KB").

/**
 * The exporters (spec §12: the xlsx, XML, iCalendar and CSV writers) are a bundle of their own,
 * `out/exporters.cjs`, which the server's `import('../export/exporters.js')` loads on the first
 * export: the server bundle stays small, and a server that never exports never loads them.
 */
export const lazyExporters = {
    name: 'lazy-exporters',
    setup(build) {
        build.onResolve({ filter: /[\\/]export[\\/]exporters\.js$/ }, args =>
            args.kind === 'dynamic-import' ? { path: './exporters.cjs', external: true } : undefined);
    },
};

/**
 * The LSP protocol libraries (JSON-RPC, the protocol, its types) are the same code in the
 * extension (under vscode-languageclient) and in the server (under vscode-languageserver and
 * Langium). They are one bundle, `out/lsp-protocol.cjs` (entry `LSP_PROTOCOL_ENTRY`), which both
 * require: each import of one of these modules from outside them becomes that bundle's entry
 * for the module. A module not in `SHARED_LSP_MODULES` fails the build, rather than being
 * bundled twice (or half-shared) unnoticed.
 */
export const SHARED_LSP_MODULES = [
    'vscode-jsonrpc/lib/common/cancellation.js',
    'vscode-jsonrpc/lib/common/events.js',
    'vscode-languageserver-protocol',
    'vscode-languageserver-protocol/node',
    'vscode-languageserver-types',
];

const LSP_MODULE = /^vscode-(jsonrpc|languageserver-protocol|languageserver-types)(\/.*)?$/;
const INSIDE_LSP_PACKAGE = /[\\/]node_modules[\\/]vscode-(jsonrpc|languageserver-protocol|languageserver-types)[\\/]/;

/** The entry of `out/lsp-protocol.cjs`: every shared module by its name. */
export const LSP_PROTOCOL_ENTRY = {
    contents: `module.exports = {\n${SHARED_LSP_MODULES.map(name => `    ${JSON.stringify(name)}: require(${JSON.stringify(name)}),`).join('\n')}\n};\n`,
    resolveDir: process.cwd(),
    sourcefile: 'lsp-protocol-entry.cjs',
    loader: 'js',
};

export const sharedLspProtocol = {
    name: 'shared-lsp-protocol',
    setup(build) {
        build.onResolve({ filter: LSP_MODULE }, args => {
            if (INSIDE_LSP_PACKAGE.test(args.importer)) return undefined;
            const name = args.path.replace(/\/$/, '');
            if (!SHARED_LSP_MODULES.includes(name)) {
                return { errors: [{ text: `${name} is not in SHARED_LSP_MODULES (scripts/bundle-plugins.mjs): add it there` }] };
            }
            return { path: name, namespace: 'shared-lsp' };
        });
        build.onLoad({ filter: /.*/, namespace: 'shared-lsp' }, args => ({
            contents: `module.exports = require('./lsp-protocol.cjs')[${JSON.stringify(args.path)}];`,
            loader: 'js',
        }));
        build.onResolve({ filter: /^\.\/lsp-protocol\.cjs$/ }, args => (args.namespace === 'shared-lsp' ? { path: args.path, external: true } : undefined));
    },
};
