// `npm start`: builds when out/ is missing or older than the sources, then runs the CLI on the
// riverside example: the check, the analysis summary, and the roadmap report.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'out', 'cli.cjs');
const example = path.join('examples', 'riverside.hitp');

function newestSource(dir) {
    let newest = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'node_modules' || entry.name === 'generated') continue;
        const full = path.join(dir, entry.name);
        newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
    }
    return newest;
}

const sources = Math.max(...['language-server', 'extension', 'grammar'].map(dir => newestSource(path.join(root, dir))));
if (!existsSync(cli) || statSync(cli).mtimeMs < sources) {
    console.log('Building hitp…');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}

function run(args, title) {
    console.log(`\n$ hitp ${args.join(' ')}    # ${title}`);
    const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
    return result.status ?? 2;
}

run(['check', example], 'diagnostics');
run(['analyze', example], 'ranked candidates, finance, schedule, INFRAM, cadence');
const report = path.join('out', 'riverside-roadmap.html');
run(['report', example, '-o', report], 'the roadmap page');
console.log(`\nOpen ${path.join(root, report)} in a browser to see the roadmap.`);
