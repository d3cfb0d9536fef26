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
}

export interface RoadmapResult {
    uri: string;
    version: number;
    /** The rendered roadmap fragment (no script, no external resources). */
    html: string;
}

/**
 * `hitp/simulationDone` (server → client notification, no parameters): the Monte Carlo simulation
 * (spec §8) of the workspace's plans has finished; a roadmap preview asks for its roadmap again.
 */
export const SimulationDoneNotification = 'hitp/simulationDone';
