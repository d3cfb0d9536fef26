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
 * `hitp/simulationDone` (server → client notification, no parameters): the Monte Carlo simulation
 * (spec §8) of the workspace's plans has finished; a roadmap preview asks for its roadmap again.
 */
export const SimulationDoneNotification = 'hitp/simulationDone';

/** The commands the extension contributes; the server puts the preview command on the plan's lens. */
export const HitpCommands = {
    showPreview: 'hitp.showPreview',
    showPreviewToSide: 'hitp.showPreviewToSide',
} as const;

/** The `hitp.*` settings (package.json `contributes.configuration`), as the server reads them in the `hitp` section. */
export const HitpSettings = {
    section: 'hitp',
    numberLocale: 'numberLocale',
    inlayHints: 'inlayHints',
} as const;
