/**
 * The analysis of an earlier version of a plan file (the preview's "Compare with Last Commit"):
 * the plan's files as the editor has them now, with the compared file's text replaced by its
 * text at that revision, built in a workspace of their own (`plan/text-workspace.ts`), so the
 * editor's workspace never sees the earlier copy. The last answer is kept: typing in the compared
 * file changes nothing on the earlier side, so the preview's refreshes cost one lookup.
 */
import { EmptyFileSystem, URI, type LangiumDocuments } from 'langium';
import type { PlanAnalysis } from '../analysis/plan-analysis.js';
import type { PlanResult } from '../plan/plan-service.js';
import { buildTextWorkspace } from '../plan/text-workspace.js';

export class EarlierVersions {
    private last: { key: string; analysis: PlanAnalysis } | undefined;

    constructor(private readonly documents: LangiumDocuments) {}

    /** The analysis of the plan `current` belongs to, with `uri`'s text replaced by `text`. */
    async analysis(current: PlanResult, uri: string, text: string): Promise<PlanAnalysis> {
        const uris = current.uris.includes(uri) ? current.uris : [...current.uris, uri];
        const texts = uris.map(u => ({ uri: u, text: u === uri ? text : this.documents.getDocument(URI.parse(u))?.textDocument.getText() ?? '' }));
        const key = JSON.stringify(texts);
        if (this.last?.key === key) return this.last.analysis;
        const built = await buildTextWorkspace(EmptyFileSystem, texts.map(t => ({ uri: URI.parse(t.uri), text: t.text })), false);
        const document = built.documents[uris.indexOf(uri)]!;
        const analysis = built.services.plan.PlanService.getPlanResult(document).analysis;
        this.last = { key, analysis };
        return analysis;
    }
}
