/**
 * Files → built Langium documents, in one workspace so that references resolve across them.
 * Every file problem (missing, a directory, unreadable, not UTF-8) becomes a `CliError`.
 */
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver';
import type { HitpServices } from '../hitp-module.js';
import { buildTextWorkspace, type TextWorkspace } from '../plan/text-workspace.js';
import { CliError } from './cli-error.js';
import { codeOfDiagnostic } from '../protocol/diagnostic-codes.js';

export interface LoadedWorkspace {
    services: HitpServices;
    /** One per input file, in the order given. */
    documents: { file: string; document: LangiumDocument }[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as UTF-8 text, or throws a `CliError` that says what is wrong with it. */
export function readTextFile(file: string): string {
    let stats;
    try {
        stats = statSync(file);
    } catch {
        throw new CliError(`${file}: no such file`);
    }
    if (stats.isDirectory()) throw new CliError(`${file}: is a directory, not a .hitp file`);
    let bytes: Buffer;
    try {
        bytes = readFileSync(file);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
        throw new CliError(`${file}: cannot be read (${code})`);
    }
    try {
        return utf8.decode(bytes);
    } catch {
        throw new CliError(`${file}: is not UTF-8 text`);
    }
}

/** Loads and builds (parse, link, validate, analyse) the given files as one workspace. */
export async function loadDocuments(files: string[]): Promise<LoadedWorkspace> {
    return loadTexts(files.map(file => ({ file, text: readTextFile(file) })));
}

/** Builds texts already read (a file, or a `REV:PATH` from git named by `file`) as one workspace. */
export async function loadTexts(texts: { file: string; text: string }[]): Promise<LoadedWorkspace> {
    // `REV:PATH` names a file of a revision: its URI is the path, so it reads like the file.
    const uriOf = (file: string) => URI.file(path.resolve(file.includes(':') && !path.isAbsolute(file) ? file.slice(file.indexOf(':') + 1) : file));
    // Langium logs an exception thrown inside a validation rule with `console.error` (stack included)
    // and also reports it as an error diagnostic on the file; the CLI shows only the diagnostic,
    // so no stack trace ever reaches the terminal (issue 8).
    const consoleError = console.error;
    console.error = () => undefined;
    let built: TextWorkspace;
    try {
        // No index of references: the command line finds none.
        built = await buildTextWorkspace(NodeFileSystem, texts.map(({ file, text }) => ({ uri: uriOf(file), text })), true);
    } finally {
        console.error = consoleError;
    }
    const { services } = built;
    const documents = texts.map(({ file }, i) => ({ file, document: built.documents[i]! }));
    return { services, documents };
}

/** The diagnostic's code: a pinned hitp code, or Langium's `linking-error`, `parsing-error`, `lexing-error`. */
/** The diagnostic's code for the CLI's output; `error` for a parse error without one. */
export function codeOf(diagnostic: Diagnostic): string {
    return codeOfDiagnostic(diagnostic) ?? 'error';
}

export function severityName(diagnostic: Diagnostic): 'error' | 'warning' | 'info' {
    switch (diagnostic.severity) {
        case 1: return 'error';
        case 2: return 'warning';
        default: return 'info';
    }
}

/** Diagnostics in file order: line, then column. */
export function sortedDiagnostics(document: LangiumDocument): Diagnostic[] {
    return [...(document.diagnostics ?? [])].sort((a, b) =>
        a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
