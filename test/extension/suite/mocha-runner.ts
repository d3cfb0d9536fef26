/**
 * Mocha for a bundled suite: the bundle has no test files to `require` at run time, so the
 * globals (`describe`, `it`…) are set up when this module loads, before the bundled test modules
 * run their top level; `runMocha` then runs what they registered.
 */
import Mocha from 'mocha';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A BDD mocha whose globals are live from now on. */
export function createMocha(title: string): Mocha {
    // The extension host forwards console.log without applying format strings, so mocha's own
    // reporters print garbled lines; the silent base reporter plus runMocha's lines replace them.
    const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: Mocha.reporters.Base });
    mocha.suite.title = title;
    // HITP_VSCODE_GREP runs only the tests whose full title matches (when chasing one test).
    const grep = process.env['HITP_VSCODE_GREP'];
    if (grep) mocha.grep(grep);
    mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, title, mocha);
    return mocha;
}

interface TestOutcome { title: string; state: 'passed' | 'failed' | 'pending'; durationMs?: number; error?: string }

/**
 * Runs the suite, prints one line per test to the console (which the runner forwards), and
 * writes `<name>.json` into $HITP_TEST_RESULTS when that variable is set.
 */
export function runMocha(mocha: Mocha, name: string): Promise<void> {
    return new Promise((resolve, reject) => {
        const outcomes: TestOutcome[] = [];
        const runner = mocha.run(failures => {
            const resultsDir = process.env['HITP_TEST_RESULTS'];
            if (resultsDir) {
                mkdirSync(resultsDir, { recursive: true });
                writeFileSync(join(resultsDir, `${name}.json`), JSON.stringify({ failures, tests: outcomes }, null, 2));
            }
            const passed = outcomes.filter(o => o.state === 'passed').length;
            console.log(`[hitp-tests] ${name}: ${passed} passed, ${failures} failed, ${outcomes.length - passed - failures} pending`);
            if (failures > 0) reject(new Error(`${failures} test(s) failed`)); else resolve();
        });
        runner.on('pass', test => {
            outcomes.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
            console.log(`[hitp-tests] ✓ ${test.fullTitle()} (${test.duration ?? 0} ms)`);
        });
        runner.on('fail', (test, error: Error) => {
            outcomes.push({ title: test.fullTitle(), state: 'failed', error: String(error?.stack ?? error) });
            console.log(`[hitp-tests] ✗ ${test.fullTitle()}\n${String(error?.stack ?? error)}`);
        });
        runner.on('pending', test => {
            outcomes.push({ title: test.fullTitle(), state: 'pending' });
            console.log(`[hitp-tests] - ${test.fullTitle()} (skipped)`);
        });
    });
}
