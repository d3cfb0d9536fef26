/**
 * In-process timings for the benchmark (issue 7). Bundled by scripts/bench/run.mjs into
 * out/bench/in-process.cjs and run as a child process:
 *
 *     node out/bench/in-process.cjs PLAN.hitp ITERATIONS [SIMULATED-PLAN.hitp]
 *
 * Prints one JSON object: per iteration, the time of each step (ms), and the process's peak RSS.
 * Steps, on one services instance (created once; its creation is timed separately):
 * - parse: `LangiumDocumentFactory.fromString` (lexing + parsing, CST + AST);
 * - index / scopes / link / refs: `DocumentBuilder.build(…, { validation: false })`, split by
 *   `onBuildPhase` (IndexedContent, ComputedScopes, Linked, IndexedReferences);
 * - model / analysis: `buildPlanModel` and `analyzePlan`, then `PlanService.getPlanResult` on
 *   a fresh `HitpPlanService` (fresh cache), which is the two together plus the file lookup;
 * - validation: `DocumentBuilder.build(…, { validation: true })` with the plan already cached by
 *   `services.plan.PlanService` (the validator only reports the analysis findings);
 * - simulation: the spec §8 Monte Carlo simulation, 5,000 runs (the default), seed 1, of
 *   SIMULATED-PLAN (the same plan with three-point durations and risks; default PLAN).
 * - code lenses / inlay hints: each face over the whole file, `FACE_CALLS` times, the median.
 * Run with `--expose-gc` (run.mjs does), each step but the faces starts on a collected heap.
 * Each iteration uses a new document URI and removes the previous document, so nothing is reused
 * but the JIT-compiled code; iteration 1 is the "cold" one.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { analyzePlan } from '../../language-server/analysis/analyze-plan.js';
import { runSimulation } from '../../language-server/analysis/simulation-findings.js';
import { createHitpServices } from '../../language-server/hitp-module.js';
import type { HitpFile } from '../../language-server/generated/ast.js';
import { buildPlanModel } from '../../language-server/model/build-plan-model.js';
import { HitpPlanService } from '../../language-server/plan/plan-service.js';

interface Iteration {
    parse: number;
    index: number;
    scopes: number;
    link: number;
    refs: number;
    parseLink: number;
    /** Median of `FACE_CALLS` calls over the whole file, wall and CPU. */
    codeLens: number;
    inlayHints: number;
    cpuCodeLens: number;
    cpuInlayHints: number;
    model: number;
    analyzePlan: number;
    analysis: number;
    validation: number;
    /** CPU time (user + system) of the same steps: less sensitive to a loaded machine than wall time. */
    cpuParse: number;
    cpuParseLink: number;
    cpuAnalysis: number;
    cpuValidation: number;
    /** The spec §8 simulation of the plan, `SIMULATION_RUNS` runs, wall and CPU. */
    simulation: number;
    cpuSimulation: number;
    diagnostics: number;
}

/** The simulation's default run count (spec §8). */
const SIMULATION_RUNS = 5000;

/**
 * A full collection before each timed step (when run with `--expose-gc`), so that a step does not
 * pay for the garbage of the steps before it: the growth of each step from 1,000 to 10,000
 * candidates is judged on its own work (issue 21).
 */
const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

/** Calls of each editor face per iteration (their median is kept). */
const FACE_CALLS = 3;

function middle(values: number[]): number {
    return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** CPU time of this process so far, in ms. */
function cpuMs(): number {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
}

async function main(): Promise<void> {
    const file = process.argv[2];
    const iterations = Number(process.argv[3] ?? 3);
    if (!file) throw new Error('usage: in-process.cjs PLAN.hitp [ITERATIONS] [SIMULATED-PLAN.hitp]');
    const text = readFileSync(file, 'utf8');
    const simulationFile = process.argv[4] ?? file;

    const t0 = performance.now();
    const { shared, Hitp } = createHitpServices(EmptyFileSystem);
    const servicesMs = performance.now() - t0;
    const workspace = shared.workspace;
    const builder = workspace.DocumentBuilder;

    const marks = new Map<DocumentState, number>();
    for (const state of [DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated]) {
        builder.onBuildPhase(state, () => { marks.set(state, performance.now()); });
    }

    // The simulation's basis, from the plan with three-point durations and risks (argument 3).
    const simulated = workspace.LangiumDocumentFactory.fromString(readFileSync(simulationFile, 'utf8'), URI.parse('file:///bench/simulated/plan.hitp'));
    workspace.LangiumDocuments.addDocument(simulated);
    await builder.build([simulated], { validation: false });
    const basis = analyzePlan(buildPlanModel([simulated.parseResult.value as HitpFile]).model).simulationBasis;
    await builder.update([], [simulated.uri]);

    const results: Iteration[] = [];
    let previous: LangiumDocument | undefined;
    for (let i = 0; i < iterations; i++) {
        if (previous) {
            // `update` removes the document from LangiumDocuments and from the index.
            await builder.update([], [previous.uri]);
            if (workspace.LangiumDocuments.hasDocument(previous.uri)) throw new Error('the previous iteration\'s document is still in the workspace');
        }
        const uri = URI.parse(`file:///bench/iteration-${i}/plan.hitp`);
        collect();
        const c0 = cpuMs();
        const p0 = performance.now();
        const document = workspace.LangiumDocumentFactory.fromString(text, uri);
        const p1 = performance.now();
        const c0p = cpuMs();
        workspace.LangiumDocuments.addDocument(document);
        marks.clear();
        await builder.build([document], { validation: false });
        const p2 = performance.now();
        const c1 = cpuMs();
        // Copy the marks now: the validation build below notifies every phase listener again.
        const phaseMarks = new Map(marks);
        const at = (state: DocumentState): number => phaseMarks.get(state) ?? p2;

        const root = document.parseResult.value as HitpFile;
        collect();
        const m0 = performance.now();
        const { model } = buildPlanModel([root]);
        const m1 = performance.now();
        analyzePlan(model);
        const m2 = performance.now();
        collect();
        const m2b = performance.now();
        const c2 = cpuMs();
        new HitpPlanService(Hitp).getPlanResult(document);
        const m3 = performance.now();
        const c3 = cpuMs();

        // Fill the real service's cache, as the language server and the CLI do before validating.
        Hitp.plan.PlanService.getPlanResult(document);
        collect();
        const c4 = cpuMs();
        const v0 = performance.now();
        await builder.build([document], { validation: true });
        const v1 = performance.now();
        const c5 = cpuMs();

        // The editor faces over the whole file, from the cached result (issue 12: O(1) lookups),
        // FACE_CALLS times each: the median, wall and CPU (one call of a few ms is mostly noise).
        const textDocument = { uri: uri.toString() };
        const end = document.textDocument.positionAt(text.length);
        const lens: { wall: number; cpu: number }[] = [];
        const hints: { wall: number; cpu: number }[] = [];
        // No collection right before a face: the collector's background sweeping after it would be
        // charged to a call of a few ms (process CPU time counts every thread).
        for (let call = 0; call < FACE_CALLS; call++) {
            const l0 = performance.now(), lc0 = cpuMs();
            await Hitp.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument });
            const l1 = performance.now(), lc1 = cpuMs();
            await Hitp.lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: { start: { line: 0, character: 0 }, end } });
            const l2 = performance.now(), lc2 = cpuMs();
            lens.push({ wall: l1 - l0, cpu: lc1 - lc0 });
            hints.push({ wall: l2 - l1, cpu: lc2 - lc1 });
        }
        collect();
        const c5b = cpuMs();
        // The Monte Carlo simulation: what the language server runs after publishing an edit's diagnostics.
        const s0 = performance.now();
        runSimulation(basis, { runs: SIMULATION_RUNS, seed: 1, confidence: 0.8 });
        const s1 = performance.now();
        const c6 = cpuMs();

        results.push({
            parse: p1 - p0,
            cpuParse: c0p - c0,
            index: at(DocumentState.IndexedContent) - p1,
            scopes: at(DocumentState.ComputedScopes) - at(DocumentState.IndexedContent),
            link: at(DocumentState.Linked) - at(DocumentState.ComputedScopes),
            refs: at(DocumentState.IndexedReferences) - at(DocumentState.Linked),
            parseLink: p2 - p0,
            model: m1 - m0,
            analyzePlan: m2 - m1,
            analysis: m3 - m2b,
            validation: v1 - v0,
            codeLens: middle(lens.map(r => r.wall)),
            inlayHints: middle(hints.map(r => r.wall)),
            cpuCodeLens: middle(lens.map(r => r.cpu)),
            cpuInlayHints: middle(hints.map(r => r.cpu)),
            cpuParseLink: c1 - c0,
            cpuAnalysis: c3 - c2,
            cpuValidation: c5 - c4,
            simulation: basis ? s1 - s0 : 0,
            cpuSimulation: basis ? c6 - c5b : 0,
            diagnostics: document.diagnostics?.length ?? 0,
        });
        previous = document;
    }
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(JSON.stringify({ file, servicesMs, iterations: results, maxRssMb }) + '\n');
}

main().catch(error => {
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
});
