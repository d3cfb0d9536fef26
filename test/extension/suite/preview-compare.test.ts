/**
 * "Compare with Last Commit" (issue 15) in a real VS Code with its built-in Git extension: a plan
 * committed in a git repository of the workspace, edited in the editor, compared with HEAD; the
 * preview shows the committed dates as ghost bars and the change in NPV and finish, worked out by
 * hand from spec §2 (`helpers/compare-plan-texts.ts`).
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { COMMITTED_PLAN, EDITED_PLAN, EXPECTED_COMPARISON as E } from '../../helpers/compare-plan-texts.js';
import { activateHitp, closeAllEditors, openPlanWithPreview, previewTabs, waitFor, waitForPreview, workspaceUri } from './helpers.js';

const run = promisify(execFile);
const FOLDER = 'compare-git';
const FILE = 'clinic.hitp';

/** git with an identity of its own and no signing, whatever the machine's configuration. */
function git(cwd: string, ...args: string[]): Promise<unknown> {
    return run('git', ['-c', 'user.name=hitp test', '-c', 'user.email=hitp@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd });
}

/** The text of the comparison's summary line in a roadmap fragment. */
function summary(html: string): string | undefined {
    return /<p class="comparison-facts">([\s\S]*?)<\/p>/.exec(html)?.[1]!.replace(/<[^>]+>/g, '').replace(/&gt;/g, '>');
}

describe('roadmap preview: compare with the last commit', () => {
    const folder = () => workspaceUri(FOLDER).fsPath;

    before(async () => {
        mkdirSync(folder(), { recursive: true });
        writeFileSync(join(folder(), FILE), COMMITTED_PLAN);
        await git(folder(), 'init', '-q');
        await git(folder(), 'add', FILE);
        await git(folder(), 'commit', '-q', '-m', 'Clinic imaging plan');
    });
    afterEach(async () => {
        await closeAllEditors();
        await waitFor('the preview to close', () => previewTabs().length === 0);
    });
    after(() => {
        rmSync(folder(), { recursive: true, force: true });
    });

    it('shows the edited plan against HEAD: ghost bars of the committed dates, NPV and finish then → now', async () => {
        const { editor } = await openPlanWithPreview(FOLDER, FILE);
        const edit = new vscode.WorkspaceEdit();
        edit.replace(editor.document.uri, new vscode.Range(0, 0, editor.document.lineCount, 0), EDITED_PLAN);
        assert.ok(await vscode.workspace.applyEdit(edit));
        const version = editor.document.version;
        await waitForPreview('the edited plan', f => f.version === version);

        const answer = await vscode.commands.executeCommand<{ revision?: string; message?: string }>('hitp.preview.compareWithLastCommit');
        assert.deepEqual(answer, { revision: 'HEAD' });
        const facts = await waitForPreview('the comparison with HEAD', f => f.comparing === 'HEAD' && f.version === version && summary(f.html) !== undefined, 30_000);
        assert.equal(summary(facts.html), E.summaryEnUs);
        for (const [name, [start, finish]] of Object.entries(E.committed)) {
            assert.match(facts.html, new RegExp(`data-element="${name}"[^>]*>(?:(?!</g>)[\\s\\S])*?<rect class="baseline-bar committed-bar" data-committed-start="${start}" data-committed-finish="${finish}"`), `the ghost bar of ${name}`);
        }
        const changes = [...facts.html.matchAll(/<li data-candidate="[^"]+" data-change="changed">([^<]*)<\/li>/g)].map(m => m[1]!.replace(/&gt;/g, '>'));
        assert.deepEqual(changes, E.changesEnUs);
        assert.equal(facts.title, `Roadmap: ${FILE} ↔ HEAD`);
        await waitFor('the tab title', () => previewTabs()[0]?.label === `Roadmap: ${FILE} ↔ HEAD`);

        // Typing keeps the comparison, against the same commit.
        const more = new vscode.WorkspaceEdit();
        more.replace(editor.document.uri, new vscode.Range(0, 0, editor.document.lineCount, 0), EDITED_PLAN.replace('cost 35k once', 'cost 50k once'));
        assert.ok(await vscode.workspace.applyEdit(more));
        const typed = await waitForPreview('the comparison after an edit', f => f.version === editor.document.version && f.comparing === 'HEAD' && summary(f.html) !== undefined);
        assert.match(summary(typed.html)!, /portfolio NPV \$29,211 → -\$789 \(-\$30,000\)/);

        await vscode.commands.executeCommand('hitp.preview.stopComparing');
        const plain = await waitForPreview('the plan alone', f => f.comparing === null && !f.html.includes('class="comparison"'));
        assert.ok(!plain.html.includes('committed-bar'), 'no ghost bars of the last commit');
        assert.equal(plain.title, `Roadmap: ${FILE}`);
    });

    it('follows a new commit: compared with the new HEAD, nothing changed', async () => {
        // The edited plan saved, not committed yet.
        const { editor } = await openPlanWithPreview(FOLDER, FILE);
        const edit = new vscode.WorkspaceEdit();
        edit.replace(editor.document.uri, new vscode.Range(0, 0, editor.document.lineCount, 0), EDITED_PLAN);
        assert.ok(await vscode.workspace.applyEdit(edit));
        assert.ok(await editor.document.save(), 'the plan is saved');
        assert.equal(readFileSync(join(folder(), FILE), 'utf8'), EDITED_PLAN);
        assert.deepEqual(await vscode.commands.executeCommand('hitp.preview.compareWithLastCommit'), { revision: 'HEAD' });
        await waitForPreview('the comparison', f => summary(f.html) === E.summaryEnUs, 30_000);
        await git(folder(), 'commit', '-q', '-a', '-m', 'After the vendor\'s quote');
        const facts = await waitForPreview('the comparison with the new HEAD', f => summary(f.html)?.includes('(unchanged)') === true, 30_000);
        assert.equal(summary(facts.html), 'Compared with the last commit (HEAD): portfolio NPV $14,211 (unchanged) · finish 2027-04-26 (unchanged)');
        assert.match(facts.html, /No candidate changed since HEAD\./);
    });

    it('says why, without comparing, for a plan outside any git repository', async () => {
        await openPlanWithPreview('criteria.hitp');
        const { previews } = await activateHitp();
        const answer = await vscode.commands.executeCommand<{ revision?: string; message?: string }>('hitp.preview.compareWithLastCommit');
        assert.match(answer.message ?? '', /^hitp: cannot compare criteria\.hitp with its last commit: (it is not in a Git repository|it has no committed version in .+ yet)\.$/);
        assert.equal(previews.active()?.comparing, null);
        assert.ok(!previews.active()!.html.includes('class="comparison"'));
    });

    it('offers Compare in the preview\'s title bar in a git repository, and Stop Comparing while comparing', () => {
        const manifest = vscode.extensions.getExtension('hitp.hitp')!.packageJSON as { contributes: { menus: Record<string, { command: string; when?: string }[]> } };
        const when = (command: string) => manifest.contributes.menus['editor/title']!.filter(item => item.command === command).map(item => item.when);
        assert.deepEqual(when('hitp.preview.compareWithLastCommit'), ['hitpPreviewFocus && !hitpPreviewComparing && gitOpenRepositoryCount != 0']);
        assert.deepEqual(when('hitp.preview.stopComparing'), ['hitpPreviewFocus && hitpPreviewComparing']);
    });
});
