/**
 * The `hitp` task type: `hitp check FILE...` as a VS Code task, whose output the `$hitp` problem
 * matcher (package.json `problemMatchers`) turns into entries of the Problems panel. The CLI runs
 * as a process with an argument list (no shell); `cli` names it when it is not `hitp` on the PATH.
 */
import * as vscode from 'vscode';

export const HITP_TASK_TYPE = 'hitp';

export interface HitpTaskDefinition extends vscode.TaskDefinition {
    type: typeof HITP_TASK_TYPE;
    command: 'check';
    /** The plan files, checked together (default: every `.hitp` file of the folder). */
    files?: string[];
    /** The hitp command line (default: `hitp` on the PATH). */
    cli?: string;
}

/** The process a definition runs; undefined for a definition it cannot run. */
export function hitpExecution(definition: HitpTaskDefinition, files: string[], cwd: string | undefined): vscode.ProcessExecution | undefined {
    if (definition.command !== 'check' || files.length === 0) return undefined;
    // A file name starting with `-` would be read as an option: `./` makes it a path.
    const args = files.map(file => (file.startsWith('-') ? `./${file}` : file));
    return new vscode.ProcessExecution(definition.cli || 'hitp', ['check', ...args], cwd ? { cwd } : {});
}

async function taskFor(definition: HitpTaskDefinition, scope: vscode.WorkspaceFolder | vscode.TaskScope): Promise<vscode.Task | undefined> {
    const folder = typeof scope === 'object' ? scope : undefined;
    let files = definition.files ?? [];
    if (files.length === 0 && folder) {
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.hitp'), '**/node_modules/**');
        files = found.map(uri => vscode.workspace.asRelativePath(uri, false)).sort();
    }
    const execution = hitpExecution(definition, files, folder?.uri.fsPath);
    if (!execution) return undefined;
    const task = new vscode.Task(definition, scope, 'check', 'hitp', execution, ['$hitp']);
    task.group = vscode.TaskGroup.Build;
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent };
    return task;
}

export function registerHitpTasks(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.tasks.registerTaskProvider(HITP_TASK_TYPE, {
        provideTasks: async () => {
            const tasks: vscode.Task[] = [];
            for (const folder of vscode.workspace.workspaceFolders ?? []) {
                const task = await taskFor({ type: HITP_TASK_TYPE, command: 'check' }, folder);
                if (task) tasks.push(task);
            }
            return tasks;
        },
        resolveTask: async task => {
            const definition = task.definition as HitpTaskDefinition;
            if (definition.type !== HITP_TASK_TYPE) return undefined;
            const resolved = await taskFor(definition, task.scope ?? vscode.TaskScope.Workspace);
            if (!resolved) return undefined;
            // resolveTask must keep the definition object it was given.
            return new vscode.Task(definition, task.scope ?? vscode.TaskScope.Workspace, task.name, 'hitp', resolved.execution, task.problemMatchers.length > 0 ? task.problemMatchers : ['$hitp']);
        },
    }));
}
