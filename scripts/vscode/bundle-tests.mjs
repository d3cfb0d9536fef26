// Bundles the in-editor test suites with esbuild, one CommonJS file per suite:
//   test/extension/suite/      → out/test/extension/suite/index.cjs
//   test/extension/vsix-suite/ → out/test/extension/vsix-suite/index.cjs
// Each bundle holds mocha, the suite's index.ts and every *.test.ts of its folder (sorted by
// name), so a new test file is picked up without registering it anywhere. `vscode` stays
// external: the extension host provides it.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const suites = ['test/extension/suite', 'test/extension/vsix-suite'];

async function bundleSuite(folder) {
    const dir = join(root, folder);
    if (!existsSync(join(dir, 'index.ts'))) return;
    const tests = readdirSync(dir).filter(name => name.endsWith('.test.ts')).sort();
    // index.ts is imported first: loading it sets up mocha's globals before the tests register.
    const entry = [
        `export { run } from './index.ts';`,
        ...tests.map(name => `import './${name}';`),
    ].join('\n');
    const outfile = join(root, 'out', folder, 'index.cjs');
    await esbuild.build({
        stdin: { contents: entry, resolveDir: dir, sourcefile: `${folder}/(entry).ts`, loader: 'ts' },
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        external: ['vscode'],
        sourcemap: 'inline',
        logLevel: 'warning',
        // mocha reaches for optional browser and ESM helpers it never uses in Node.
        logOverride: { 'require-resolve-not-external': 'silent', 'unsupported-dynamic-import': 'silent' },
    });
    console.log(`bundled ${relative(root, outfile)} (${tests.length} test file${tests.length === 1 ? '' : 's'}: ${tests.join(', ')})`);
}

for (const folder of suites) await bundleSuite(folder);
