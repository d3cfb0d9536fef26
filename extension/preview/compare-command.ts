/**
 * "Compare with Last Commit" (issue 15): the preview shows the plan against the file's committed
 * text (`HEAD`, read through VS Code's Git extension): ghost bars of the committed dates and the
 * change in NPV and finish, rendered by the server. The comparison follows the repository: after
 * a commit the preview compares with the new `HEAD`. The context key `hitpPreviewComparing` swaps
 * the title-bar action for "Stop Comparing".
 */
import * as vscode from 'vscode';
import { readLastCommitted } from './last-commit.js';
import type { RoadmapPreview } from './roadmap-preview.js';

export const PREVIEW_COMPARING_CONTEXT = 'hitpPreviewComparing';

/** Sets `hitpPreviewComparing` (the preview tells when its comparison starts or ends). */
export function setComparingContext(on: boolean): void {
    void vscode.commands.executeCommand('setContext', PREVIEW_COMPARING_CONTEXT, on);
}

export interface Comparing extends vscode.Disposable {
    /** Compares the open preview with its document's last commit; says why not (also to the user) when it cannot. */
    start(): Promise<{ revision: string } | { message: string }>;
    /** Back to the plan alone. */
    stop(): Promise<void>;
}

export function compareWithLastCommit(currentPreview: () => RoadmapPreview | undefined): Comparing {
    let watch: vscode.Disposable | undefined;
    let watched: RoadmapPreview | undefined;
    const unwatch = () => {
        watch?.dispose();
        watch = undefined;
        watched = undefined;
    };

    const start = async (): Promise<{ revision: string } | { message: string }> => {
        const preview = currentPreview();
        if (!preview) {
            const message = 'hitp: open a .hitp file to compare its roadmap with the last commit.';
            void vscode.window.showInformationMessage(message);
            return { message };
        }
        const resource = preview.resource;
        const committed = await readLastCommitted(resource);
        if (!committed.ok) {
            void vscode.window.showInformationMessage(committed.message);
            return { message: committed.message };
        }
        // The preview moved on to another document while git answered: nothing to compare.
        if (preview !== currentPreview() || preview.resource.toString() !== resource.toString()) return { message: 'hitp: the preview shows another file now.' };
        unwatch();
        watched = preview;
        let text = committed.text;
        // The comparison ends (another file, Stop Comparing) or the preview closes: stop watching the repository.
        const ended = preview.onDidChangeComparing(revision => { if (revision === null) unwatch(); });
        const closed = preview.onDidDispose(unwatch);
        // A commit (or checkout) moves HEAD: compare with the new last commit while the preview still compares this file.
        const repository = committed.onDidChange(async () => {
            if (watched !== preview) return;
            const again = await readLastCommitted(resource);
            if (!again.ok || watched !== preview || again.text === text) return;
            text = again.text;
            await preview.compareWith({ revision: again.revision, text });
        });
        await preview.compareWith({ revision: committed.revision, text });
        // Watch only once the comparison is on (its start fires onDidChangeComparing too).
        watch = vscode.Disposable.from(ended, closed, repository);
        return { revision: committed.revision };
    };

    const stop = async (): Promise<void> => {
        unwatch();
        await currentPreview()?.compareWith(null);
    };

    return { start, stop, dispose: unwatch };
}
