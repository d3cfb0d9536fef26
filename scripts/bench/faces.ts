/**
 * The editor faces over a whole file, timed alone (issue 21): code lenses and inlay hints of one
 * built plan, `REPEAT` times each, CPU time (user + system) per call. Bundled and run by hand:
 *
 *     npx esbuild scripts/bench/faces.ts --bundle --platform=node --format=cjs --outfile=out/bench/faces.cjs
 *     node [--cpu-prof] out/bench/faces.cjs PLAN.hitp [REPEAT] [lens|hints]
 */
import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { createHitpServices } from '../../language-server/hitp-module.js';

function cpuMs(): number {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
}

async function main(): Promise<void> {
    const file = process.argv[2]!;
    const repeat = Number(process.argv[3] ?? 5);
    const only = process.argv[4];
    const text = readFileSync(file, 'utf8');
    const { shared, Hitp } = createHitpServices(EmptyFileSystem);
    const uri = URI.parse('file:///bench/faces/plan.hitp');
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    Hitp.plan.PlanService.getPlanResult(document);
    const textDocument = { uri: uri.toString() };
    const end = document.textDocument.positionAt(text.length);
    const lens: number[] = [];
    const hints: number[] = [];
    for (let i = 0; i < repeat; i++) {
        const c0 = cpuMs();
        if (only !== 'hints') await Hitp.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument });
        const c1 = cpuMs();
        if (only !== 'lens') await Hitp.lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: { start: { line: 0, character: 0 }, end } });
        const c2 = cpuMs();
        lens.push(c1 - c0);
        hints.push(c2 - c1);
    }
    const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
    process.stdout.write(JSON.stringify({ file, codeLensCpu: median(lens), inlayHintsCpu: median(hints), lens: lens.map(Math.round), hints: hints.map(Math.round) }) + '\n');
}

main().catch(error => { process.stderr.write(`${String(error)}\n`); process.exit(1); });
