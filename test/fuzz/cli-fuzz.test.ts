/**
 * Issue 8, command line: random argument lists never print a stack trace and exit 0, 1 or 2
 * (2 with exactly one `hitp: …` line on stderr); `analyze --json` prints valid JSON for broken
 * plans too, with their errors in `diagnostics`. Runs the built CLI (`out/cli.cjs`) in a
 * temporary directory, so `report` never writes into the project.
 */
import fc from 'fast-check';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, projectRoot, type CliRun } from '../helpers/cli.js';
import { fuzzSeed } from './fuzz-properties.js';
import { mutatedExampleText } from './example-mutations.js';
import { nearValidPlanText } from './near-valid-edits.js';

const seed = fuzzSeed();
const dir = mkdtempSync(path.join(tmpdir(), 'hitp-cli-fuzz-'));
for (const name of readdirSync(path.join(projectRoot, 'examples'))) copyFileSync(path.join(projectRoot, 'examples', name), path.join(dir, name));
writeFileSync(path.join(dir, 'broken.hitp'), 'plan P { start 2027-13-45 horizon -1 years\ncandidate A { cost 1e308 once after A, Nope\n');
writeFileSync(path.join(dir, 'empty.hitp'), '');
writeFileSync(path.join(dir, 'bom-crlf.hitp'), '\uFEFFplan P {\r\n  start 2027-01-04\r\n}\r\n');
writeFileSync(path.join(dir, 'latin1.hitp'), Buffer.from([0x70, 0x6c, 0x61, 0x6e, 0x20, 0xe9, 0xff, 0x0a]));
writeFileSync(path.join(dir, 'ünïcode plan.hitp'), 'plan Ü "خطة" { start 2027-01-04 }\n');
mkdirSync(path.join(dir, 'folder.hitp'));

const ARGS = [
    'check', 'analyze', 'report', '--json', '-o', '--output', 'out.html', 'sub/none/out.html', '--help', '-h', '--version', '-V',
    '--frobnicate', '-x', '', '-', '--', 'riverside.hitp', 'community-hospital.hitp', 'broken.hitp', 'empty.hitp',
    'bom-crlf.hitp', 'latin1.hitp', 'ünïcode plan.hitp', 'folder.hitp', 'missing.hitp', '/proc/self/mem', '--json=1', '-o=x.html',
    'check riverside.hitp', 'a'.repeat(300),
];

/** Like `runCli`, but asynchronous: a blocked worker cannot report to vitest (`Timeout calling onTaskUpdate`). */
function runCliAsync(args: string[]): Promise<CliRun> {
    return new Promise(resolve => {
        const child = execFile(process.execPath, [cliPath, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
            (error, stdout, stderr) => resolve({ status: child.exitCode ?? (error ? null : 0), stdout, stderr }));
        child.stdin?.end();
    });
}

const STACK_LINE = /^\s+at /m;

function expectWellBehaved(args: string[], run: CliRun): void {
    const where = `hitp ${JSON.stringify(args)} → ${run.status}\nstdout: ${run.stdout.slice(0, 500)}\nstderr: ${run.stderr.slice(0, 2000)}`;
    expect([0, 1, 2], where).toContain(run.status);
    expect(STACK_LINE.test(run.stderr), where).toBe(false);
    expect(STACK_LINE.test(run.stdout), where).toBe(false);
    if (run.status === 2) expect(run.stderr, where).toMatch(/^hitp: [^\n]+\n$/);
}

describe('fuzz: the hitp command line', () => {
    it('exits 0, 1 or 2 without a stack trace for random argument lists (30 cases)', async () => {
        await fc.assert(fc.asyncProperty(fc.array(fc.constantFrom(...ARGS), { minLength: 0, maxLength: 5 }), async args => {
            expectWellBehaved(args, await runCliAsync(args));
        }), { numRuns: 30, seed });
    }, 120_000);

    it('prints valid JSON for broken plans, with their errors in `diagnostics` (16 plans)', async () => {
        const texts = [
            ...fc.sample(nearValidPlanText, { numRuns: 8, seed }),
            ...fc.sample(mutatedExampleText(['plan P { start 2027-01-04 }\ncandidate A { duration 3 weeks cost 10k once benefit 5k yearly }\n']), { numRuns: 8, seed }),
        ];
        for (const [i, text] of texts.entries()) {
            const file = path.join(dir, `fuzz-${i}.hitp`);
            writeFileSync(file, text);
            const run = await runCliAsync(['analyze', file, '--json']);
            expectWellBehaved(['analyze', file, '--json'], run);
            expect([0, 1], `${file}: ${run.stderr}`).toContain(run.status);
            const json = JSON.parse(run.stdout) as { diagnostics: { severity: string }[] };
            expect(Array.isArray(json.diagnostics)).toBe(true);
            const errors = json.diagnostics.filter(d => d.severity === 'error').length;
            expect(run.status, file).toBe(errors > 0 ? 1 : 0);
        }
    }, 120_000);
});
