/**
 * `hitp report FILE [-o OUT.html]`: the roadmap as one self-contained HTML page, written by
 * the same renderer as the editor's preview.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { renderReportPage } from '../report/report-page.js';
import { webviewScript } from '../report/webview-script.js';
import { CliError } from './cli-error.js';
import { loadDocuments } from './load-documents.js';

export async function reportCommand(file: string, options: { output?: string }, write: (line: string) => void): Promise<number> {
    const { services, documents } = await loadDocuments([file]);
    const document = documents[0].document;
    // The report carries the simulation (spec §8): the CLI runs it here, the editor in the background.
    const analysis = { ...services.plan.PlanService.getPlanResult(document).analysis, simulation: services.plan.PlanService.getSimulation(document).simulation };
    const output = options.output ?? file.replace(/\.hitp$/i, '') + '.html';
    // The today line is the only use of the clock; analysis and rendering never read it.
    const today = new Date().toISOString().slice(0, 10);
    const html = renderReportPage(analysis, { script: webviewScript(), nonce: randomBytes(16).toString('base64'), today });
    try {
        writeFileSync(output, html, 'utf8');
    } catch (error) {
        throw new CliError(`${output}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    write(`Wrote ${output}`);
    const errors = (document.diagnostics ?? []).filter(d => d.severity === 1).length;
    return errors > 0 ? 1 : 0;
}
