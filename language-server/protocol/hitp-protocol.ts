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
    /** The scenario whose whole roadmap to render (spec §10); absent or null for the plan itself, or when the plan has no such scenario. */
    scenario?: string | null;
    /**
     * "Compare with Last Commit": the document's text at an earlier git revision; the roadmap then
     * shows the plan against that version (ghost bars, NPV and finish change) instead of a scenario.
     */
    compare?: RoadmapCompareParams | null;
}

/** An earlier version of the previewed document, read by the extension through VS Code's git extension. */
export interface RoadmapCompareParams {
    /** The revision the text is from, as shown to the user (`HEAD`); never run as a command. */
    revision: string;
    /** The document's whole text at that revision. */
    text: string;
}

export interface RoadmapResult {
    uri: string;
    version: number;
    /** The rendered roadmap fragment (no script, no external resources). */
    html: string;
}

/**
 * `hitp/settingsChanged` (server → client notification): the server's `hitp.*` settings changed
 * (the number locale, say) and it has re-validated the workspace; an open preview asks for its
 * roadmap again so it shows the new format.
 */
export const SettingsChangedNotificationMethod = 'hitp/settingsChanged';

/**
 * `hitp/planStatus`: what the language status item of a `.hitp` file shows: the plan the file
 * belongs to (a fragment belongs to the workspace's plan) and the portfolio NPV and finish date,
 * formatted in the server's number locale.
 */
export const PlanStatusRequestMethod = 'hitp/planStatus';

export interface PlanStatusParams {
    uri: string;
}

export interface PlanStatusResult {
    /** The plan's name, null when no file of the workspace declares a `plan` block. */
    plan: string | null;
    /** The plan's title, null without a plan. */
    title: string | null;
    /** The URI of the file with the `plan` block (or of the first fragment). */
    planUri: string;
    /** Whether the asked file is a fragment of the plan rather than the file with its `plan` block. */
    fragment: boolean;
    /** `Portfolio NPV $643,193 · finish 2027-07-12` (the plan lens's text), null without a plan. */
    summary: string | null;
}

/**
 * `hitp/simulationDone` (server → client notification, no parameters): the Monte Carlo simulation
 * (spec §8) of the workspace's plans has finished; a roadmap preview asks for its roadmap again.
 */
export const SimulationDoneNotification = 'hitp/simulationDone';

/** The commands the extension contributes; the server puts the preview command on the plan's lens. */
export const HitpCommands = {
    showPreview: 'hitp.showPreview',
    showPreviewToSide: 'hitp.showPreviewToSide',
    restartServer: 'hitp.restartServer',
    newPlan: 'hitp.newPlan',
    lockPreview: 'hitp.preview.lock',
    unlockPreview: 'hitp.preview.unlock',
    showSource: 'hitp.preview.showSource',
    refreshPreview: 'hitp.preview.refresh',
    compareWithLastCommit: 'hitp.preview.compareWithLastCommit',
    stopComparing: 'hitp.preview.stopComparing',
} as const;

/** The `hitp.*` settings (package.json `contributes.configuration`), as the server reads them in the `hitp` section. */
export const HitpSettings = {
    section: 'hitp',
    numberLocale: 'numberLocale',
    inlayHints: 'inlayHints',
    /** Read by the extension's language client (`hitp.trace.server`), never by the server. */
    traceServer: 'trace.server',
} as const;
