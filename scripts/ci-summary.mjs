// Prints one closing line, `ci: N passed, N failed`, for every suite .ci/run ran: vitest
// (test-results/vitest.json) and the in-editor suites (test-results/vscode-*suite.json).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const vitest = 'test-results/vitest.json';
if (existsSync(vitest)) {
    const report = JSON.parse(readFileSync(vitest, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
}
for (const file of ['test-results/vscode-suite.json', 'test-results/vscode-vsix-suite.json']) {
    if (!existsSync(file)) continue;
    for (const test of JSON.parse(readFileSync(file, 'utf8')).tests) {
        if (test.state === 'passed') passed++;
        else if (test.state === 'failed') failed++;
        else skipped++;
    }
}
console.log(`ci: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
