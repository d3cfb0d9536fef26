/** Onboarding: "hitp: New Plan" opens a skeleton plan that checks clean, and the walkthrough is contributed. */
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateHitp, closeAllEditors, extensionId, sleep, waitFor } from './helpers.js';

describe('onboarding', () => {
    afterEach(() => closeAllEditors());

    it('hitp: New Plan opens an untitled hitp plan with no diagnostics', async () => {
        await activateHitp();
        await vscode.commands.executeCommand('hitp.newPlan');
        const editor = await waitFor('the new plan', () => vscode.window.activeTextEditor?.document.isUntitled && vscode.window.activeTextEditor);
        assert.equal(editor.document.languageId, 'hitp');
        assert.match(editor.document.getText(), /^plan MyPlan "Infrastructure upgrade" \{$/m);
        // The server has analysed it once its code lens shows the portfolio.
        await waitFor('the plan lens', async () => {
            const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
            return lenses?.some(lens => lens.command?.title.startsWith('Portfolio NPV'));
        }, 30_000);
        await sleep(500);
        assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri).map(d => d.message), []);
    });

    it('contributes a walkthrough of four steps and New Plan in File > New File…', () => {
        const manifest = vscode.extensions.getExtension(extensionId)!.packageJSON as {
            contributes: { walkthroughs: { id: string; steps: { id: string }[] }[]; menus: Record<string, { command: string }[]> };
        };
        const walkthrough = manifest.contributes.walkthroughs.find(w => w.id === 'hitp.gettingStarted');
        assert.deepEqual(walkthrough?.steps.map(step => step.id), ['newPlan', 'diagnostics', 'roadmap', 'export']);
        assert.deepEqual(manifest.contributes.menus['file/newFile']?.map(item => item.command), ['hitp.newPlan']);
    });
});
