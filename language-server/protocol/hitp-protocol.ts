/**
 * Custom requests between the hitp language server and the VS Code extension.
 * Plain types and method names only, so both sides (and tests) can import it.
 */

/** `hitp/roadmap`: the roadmap HTML fragment of one document at (at least) one version. */
export const RoadmapRequestMethod = 'hitp/roadmap';

export interface RoadmapParams {
    uri: string;
    /** The document version the client has; the server answers once it has analysed that version or a later one. */
    version: number;
    /** Number locale for the figures, e.g. `en-US`. */
    locale?: string;
    /** The scenario whose whole roadmap to render (spec §10); absent or null for the plan itself, or when the plan has no such scenario. */
    scenario?: string | null;
}

export interface RoadmapResult {
    uri: string;
    version: number;
    /** The rendered roadmap fragment (no script, no external resources). */
    html: string;
}
