/**
 * What a client may send as `initializationOptions` in the LSP `initialize` request.
 * The VS Code extension sends both fields; other editors send nothing and get lenses every
 * client can run (see `lsp/hitp-client-features.ts`).
 */
export interface HitpInitializationOptions {
    /** Client-side commands the client can run from a code lens, e.g. `hitp.showPreview`. */
    clientCommands?: string[];
    /** The client shows a lens with an empty command as a label (VS Code does). */
    labelLenses?: boolean;
}

/** What the VS Code extension sends: it runs the preview commands from a lens and shows empty-command lenses as labels. */
export const VSCODE_EXTENSION_OPTIONS = {
    clientCommands: ['hitp.showPreview', 'hitp.showPreviewToSide'],
    labelLenses: true,
} as const satisfies HitpInitializationOptions;
