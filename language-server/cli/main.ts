/**
 * The `hitp` command line (spec §4, §13): `check`, `analyze`, `report`, `export`, `simulate`, `diff`.
 * Exit codes: 0 fine, 1 the plan has errors, 2 a usage or file problem (one line on stderr,
 * never a stack trace).
 */
import { Command, CommanderError } from 'commander';
import { analyzeCommand } from './analyze-command.js';
import { checkCommand } from './check-command.js';
import { diffCommand } from './diff-command.js';
import { CliError } from './cli-error.js';
import { exportCommand } from './export-command.js';
import { reportCommand } from './report-command.js';
import { simulateCommand, type SimulateOptions } from './simulate-command.js';
import packageJson from '../../package.json' with { type: 'json' };

// A reader that stops early (`hitp analyze plan.hitp --json | head`) closes the pipe: that ends
// the output, not the program with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
});

function out(text: string): void {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function fail(message: string): never {
    process.stderr.write(`hitp: ${message.replace(/\s*\n\s*/g, ' ').replace(/^error: /, '')}\n`);
    process.exit(2);
}

async function main(argv: string[]): Promise<void> {
    let exitCode = 0;
    const program = new Command('hitp')
        .description('Check, analyse and report Health IT Plans (.hitp files).')
        .version(packageJson.version)
        .exitOverride()
        .showHelpAfterError(false)
        .configureOutput({ writeErr: () => undefined, writeOut: text => process.stdout.write(text) });
    program.command('check')
        .description('print every diagnostic as path:line:column severity code message')
        .argument('<files...>', '.hitp files, checked together as one workspace')
        .option('--ignore <codes>', 'silence these warning and info codes (comma-separated; may repeat)', (value: string, previous: string[] = []) => [...previous, value])
        .action(async (files: string[], options: { ignore?: string[] }) => { exitCode = await checkCommand(files, out, options); });
    program.command('analyze')
        .description('print the analysis of a plan (scores, finance, schedule, INFRAM, cadence)')
        .argument('<file>', 'the .hitp plan')
        .option('--json', 'print the pinned JSON object')
        .option('--scenario <name>', 'analyse the plan with that scenario\'s lines applied')
        .action(async (file: string, options: { json?: boolean; scenario?: string }) => { exitCode = await analyzeCommand(file, { ...options, toTerminal: process.stdout.isTTY === true }, out); });
    program.command('report')
        .description('write the roadmap as one self-contained HTML page')
        .argument('<file>', 'the .hitp plan')
        .option('-o, --output <file>', 'where to write the page (default: FILE with .html)')
        .action(async (file: string, options: { output?: string }) => { exitCode = await reportCommand(file, options, out); });
    program.command('diff')
        .description('compare two versions of a plan: the finish, the portfolio and each changed candidate')
        .argument('<old>', 'the old version: a .hitp file or REV:PATH (read with git show)')
        .argument('<new>', 'the new version: a .hitp file or REV:PATH')
        .option('--json', 'print the pinned JSON object')
        .action(async (before: string, after: string, options: { json?: boolean }) => { exitCode = await diffCommand(before, after, options, out); });
    program.command('export')
        .description('write the plan for another tool: csv, xlsx, mermaid, taskjuggler, ics or mspdi')
        .argument('<file>', 'the .hitp plan')
        .option('--to <format>', 'csv | xlsx | mermaid | taskjuggler | ics | mspdi')
        .option('-o, --output <file>', 'where to write the export (default: standard output)')
        .option('--scenario <name>', 'export that scenario of the plan')
        .action(async (file: string, options: { to?: string; output?: string; scenario?: string }) => {
            exitCode = await exportCommand(file, options, {
                stdout: data => process.stdout.write(data), stdoutIsTty: process.stdout.isTTY === true, note: out,
            });
        });
    program.command('simulate')
        .description('run the Monte Carlo schedule simulation: P50/P80/P95 finish and each milestone\'s on-time probability')
        .argument('<file>', 'the .hitp plan')
        .option('--runs <n>', 'number of runs (100 to 1000000; default: the plan\'s simulation line, else 5000)')
        .option('--seed <s>', 'seed of the random generator (default: the plan\'s, else 1)')
        .option('--json', 'print {"simulation": …}')
        .action(async (file: string, options: SimulateOptions) => { exitCode = await simulateCommand(file, { ...options, toTerminal: process.stdout.isTTY === true }, out); });
    if (argv.length === 0) fail('no command given; try `hitp check FILE...`, `hitp analyze FILE --json` or `hitp report FILE`');
    try {
        await program.parseAsync(argv, { from: 'user' });
    } catch (error) {
        if (error instanceof CommanderError) {
            if (error.exitCode === 0) process.exit(0);
            if (error.code === 'commander.excessArguments' && (argv[0] === 'analyze' || argv[0] === 'report')) {
                fail(`${argv[0]} takes one plan; to check several files together, use \`hitp check FILE...\``);
            }
            fail(error.message);
        }
        if (error instanceof CliError) fail(error.message);
        fail(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exitCode = exitCode;
}

void main(process.argv.slice(2));
