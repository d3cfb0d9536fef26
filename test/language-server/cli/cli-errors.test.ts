/**
 * `hitp` usage and file errors (spec §4): one clear line on stderr, exit code 2, no stack trace.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'hitp-cli-'));
const latin1 = path.join(dir, 'latin1.hitp');
writeFileSync(latin1, Buffer.from([0x70, 0x6c, 0x61, 0x6e, 0x20, 0xe9, 0xff, 0xfe, 0x0a]));
const folder = path.join(dir, 'plans.hitp');
mkdirSync(folder);
const missing = path.join(dir, 'nope.hitp');
// Root reads any file whatever its mode; /proc/self/mem is a file that cannot be read at all (EIO).
const unreadable = '/proc/self/mem';

function expectUsageError(args: string[], message: string): void {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`hitp: ${message}\n`);
}

describe('hitp exits 2 with one line for', () => {
    it('no arguments', () => expectUsageError([],
        'no command given; try `hitp check FILE...`, `hitp analyze FILE --json` or `hitp report FILE`'));
    it('check without files', () => expectUsageError(['check'], "missing required argument 'files'"));
    it('a missing file', () => expectUsageError(['check', missing], `${missing}: no such file`));
    it('a directory', () => expectUsageError(['check', folder], `${folder}: is a directory, not a .hitp file`));
    it('a file that is not UTF-8', () => expectUsageError(['check', latin1], `${latin1}: is not UTF-8 text`));
    it('an unreadable file', () => expectUsageError(['check', unreadable], `${unreadable}: cannot be read (EIO)`));
    it('an unknown flag', () => expectUsageError(['check', '--frobnicate', 'examples/riverside.hitp'], "unknown option '--frobnicate'"));
    it('an unknown command', () => expectUsageError(['lint', 'examples/riverside.hitp'], "unknown command 'lint'"));
    it('analyze of two plans', () => expectUsageError(['analyze', 'examples/riverside.hitp', 'examples/riverside.hitp'],
        'analyze takes one plan; to check several files together, use `hitp check FILE...`'));
    it('report of two plans', () => expectUsageError(['report', 'examples/riverside.hitp', 'examples/riverside.hitp'],
        'report takes one plan; to check several files together, use `hitp check FILE...`'));
    it('analyze of a missing file', () => expectUsageError(['analyze', missing, '--json'], `${missing}: no such file`));
});
