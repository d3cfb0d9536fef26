/**
 * The simulation in the language server (spec §8): it never delays an edit's diagnostics.
 * After a build has validated (and Langium has published each document's diagnostics), the
 * runner simulates each plan of the workspace in chunks of runs, yielding to the event loop
 * between chunks so requests and the next edit are served; a newer edit cancels it (its result
 * would describe an older text). When a plan's simulation is done, the runner keeps it in
 * `HitpPlanService` for hovers, code lenses and the roadmap, publishes each file's diagnostics
 * again with the simulation's findings (`milestone-at-risk`), asks the client to refresh its code
 * lenses, and notifies `hitp/simulationDone` so an open roadmap preview fetches the new figures.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { CodeLensRefreshRequest, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../analysis/plan-analysis.js';
import { NO_SIMULATION, simulationFindings } from '../analysis/simulation-findings.js';
import { SimulationRun } from '../analysis/simulation.js';
import type { HitpServices } from '../hitp-module.js';
import { simulationOptions } from '../plan/plan-service.js';
import { SimulationDoneNotification } from '../protocol/hitp-protocol.js';
import { hitpDocuments } from '../references/plan-files.js';
import { DiagnosticCode } from '../protocol/diagnostic-codes.js';
import { capDiagnostics } from '../validation/diagnostic-cap.js';
import { withoutSilenced } from '../validation/suppression.js';
import { findingMessage } from '../validation/finding-messages.js';
import { readFormatOptions } from '../settings/hitp-settings.js';
import type { FormatOptions } from '../report/format.js';

/** Network nodes × runs per chunk: about 10–30 ms of work between two yields. */
const WORK_PER_CHUNK = 200_000;

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

/** A finding as an LSP diagnostic, shaped like the validator's. */
export function findingToDiagnostic(finding: Finding, options: FormatOptions): Diagnostic {
    return { severity: SEVERITY[finding.severity], range: finding.source.range, message: findingMessage(finding, options), code: finding.code, source: 'hitp', data: { code: finding.code } };
}

interface Job {
    cancelled: boolean;
}

export class HitpSimulationRunner {
    private job: Job | undefined;
    /** Resolves when the current job has finished or been cancelled (tests and the roadmap request wait on it). */
    private idle: Promise<void> = Promise.resolve();

    constructor(private readonly services: HitpServices, private readonly connection: Pick<Connection, 'sendDiagnostics' | 'sendRequest' | 'sendNotification'>) {
        const builder = services.shared.workspace.DocumentBuilder;
        builder.onUpdate(() => this.cancel());
        builder.onBuildPhase(DocumentState.Validated, () => this.start());
    }

    /** A promise that settles once no simulation is running. */
    whenIdle(): Promise<void> {
        return this.idle;
    }

    private cancel(): void {
        if (this.job) this.job.cancelled = true;
        this.job = undefined;
    }

    private start(): void {
        this.cancel();
        const job: Job = { cancelled: false };
        this.job = job;
        // setImmediate: Langium publishes the build's diagnostics in the same turn; the simulation comes after.
        this.idle = new Promise(resolve => setImmediate(() => { void this.run(job).catch(() => undefined).finally(resolve); }));
    }

    /** One document per plan of the workspace: its main file (or a lone fragment). */
    private planDocuments(): LangiumDocument[] {
        const service = this.services.plan.PlanService;
        const documents = hitpDocuments(this.services.shared.workspace.LangiumDocuments, this.services.LanguageMetaData);
        const byMain = new Map<string, LangiumDocument>();
        for (const document of documents) {
            if (document.state < DocumentState.Validated) continue;
            const mainUri = service.getPlanResult(document).mainUri;
            if (!byMain.has(mainUri)) byMain.set(mainUri, document);
        }
        return [...byMain.values()];
    }

    private async run(job: Job): Promise<void> {
        const service = this.services.plan.PlanService;
        let simulated = 0;
        for (const document of this.planDocuments()) {
            if (job.cancelled) return;
            const result = service.getPlanResult(document);
            const basis = result.simulationBasis;
            if (!basis) {
                service.storeSimulation(result.mainUri, NO_SIMULATION);
                continue;
            }
            const options = simulationOptions(result);
            const run = new SimulationRun(basis, options.runs, options.seed);
            const nodes = basis.schedule.candidates.length + 2 * basis.schedule.phases.length + 1;
            const chunk = Math.max(1, Math.floor(WORK_PER_CHUNK / nodes));
            while (!run.step(chunk)) {
                await new Promise(resolve => setImmediate(resolve));
                if (job.cancelled) return;
            }
            const simulation = run.result(options.confidence);
            const findings = simulationFindings(simulation, basis.milestones);
            service.storeSimulation(result.mainUri, { simulation, findings });
            this.publish(result.uris, findings, await readFormatOptions(this.services));
            simulated++;
        }
        if (job.cancelled || simulated === 0) return;
        const features = this.services.client.Features.current;
        if (features.codeLensRefresh) void this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
        void this.connection.sendNotification(SimulationDoneNotification, {}).catch(() => undefined);
    }

    /** Each file's validated diagnostics plus the simulation's findings in it (none: nothing to add). */
    private publish(uris: readonly string[], findings: readonly Finding[], options: FormatOptions): void {
        const documents = this.services.shared.workspace.LangiumDocuments;
        for (const uri of uris) {
            const document = documents.getDocument(URI.parse(uri));
            if (!document?.diagnostics) continue;
            // `hitp-ignore milestone-at-risk` (spec §6) silences the simulation's findings too.
            const own = withoutSilenced(document, findings.filter(f => f.source.uri === uri).map(f => findingToDiagnostic(f, options)));
            if (own.length === 0) continue;
            // A file already capped keeps its list: the note says more diagnostics exist.
            if (document.diagnostics.some(d => d.code === DiagnosticCode.DiagnosticsCapped)) continue;
            void this.connection.sendDiagnostics({ uri, diagnostics: capDiagnostics([...document.diagnostics, ...own]) });
        }
    }
}
