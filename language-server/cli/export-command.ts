/**
 * `hitp export FILE --to FORMAT [-o OUT] [--scenario NAME]` (spec §12, §13): the plan in a
 * format of the tools around a board. Without `-o` the export goes to standard output; the
 * binary workbook refuses a terminal. Exit 1 when the plan has errors (the export is still
 * written, as `hitp report` does), 2 for a usage or file problem.
 */
import { writeFileSync } from 'node:fs';
import { ExportError } from '../export/export-input.js';
import { EXPORT_FORMATS, exportPlan, isExportFormat } from '../export/export-plan.js';
import { scenarioResult } from './analyze-command.js';
import { CliError } from './cli-error.js';
import { loadDocuments } from './load-documents.js';

export interface ExportOptions {
    to?: string;
    output?: string;
    scenario?: string;
}

export interface ExportStreams {
    /** Writes the export to standard output. */
    stdout: (data: string | Uint8Array) => void;
    /** Whether standard output is a terminal. */
    stdoutIsTty: boolean;
    /** Says where the export went (on standard error when the export itself is on standard output). */
    note: (line: string) => void;
}

export async function exportCommand(file: string, options: ExportOptions, streams: ExportStreams): Promise<number> {
    const format = options.to;
    if (format === undefined) throw new CliError(`missing --to FORMAT (one of ${EXPORT_FORMATS.join(', ')})`);
    if (!isExportFormat(format)) throw new CliError(`unknown export format '${format}' (one of ${EXPORT_FORMATS.join(', ')})`);
    if (options.output?.startsWith('-')) throw new CliError(`-o ${options.output}: an output path may not start with '-'`);
    if (format === 'xlsx' && options.output === undefined && streams.stdoutIsTty) {
        throw new CliError('an xlsx workbook is binary and is not written to a terminal: give -o OUT.xlsx or redirect the output');
    }
    const { services, documents } = await loadDocuments([file]);
    const document = documents[0].document;
    // A scenario (spec §10, §14.7) exports its own analysis; its iCalendar UIDs use `<plan>.<scenario>`.
    const { analysis, model } = options.scenario === undefined
        ? services.plan.PlanService.getPlanResult(document)
        : scenarioResult(services, document, options.scenario);
    const planName = analysis.plan?.name ?? 'plan';
    const planId = options.scenario === undefined ? planName : `${planName}.${options.scenario}`;
    let data: string | Uint8Array;
    try {
        // The export's time stamp (iCalendar DTSTAMP, workbook dates) is the only use of the clock.
        data = await exportPlan(format, { analysis, model, planId, stamp: new Date() });
    } catch (error) {
        if (error instanceof ExportError) throw new CliError(error.message);
        throw error;
    }
    if (options.output === undefined) {
        streams.stdout(data);
    } else {
        try {
            writeFileSync(options.output, data);
        } catch (error) {
            throw new CliError(`${options.output}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
        }
        streams.note(`Wrote ${options.output}`);
    }
    const errors = (document.diagnostics ?? []).filter(d => d.severity === 1).length;
    return errors > 0 ? 1 : 0;
}
