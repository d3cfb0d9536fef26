/**
 * Files → built Langium documents, in one workspace so that references resolve across them.
 * Every file problem (missing, a directory, unreadable, not UTF-8) becomes a `CliError`.
 */
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver';
import { createHitpServices, type HitpServices } from '../hitp-module.js';
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
    // No index of references: the command line finds none.
    const services = createHitpServices(NodeFileSystem, { indexReferences: false }).Hitp;
    const workspace = services.shared.workspace;
    const documents = texts.map(({ file, text }) => {
        // `REV:PATH` names a file of a revision: its URI is the path, so it reads like the file.
        const uri = URI.file(path.resolve(file.includes(':') && !path.isAbsolute(file) ? file.slice(file.indexOf(':') + 1) : file));
        const document = workspace.LangiumDocumentFactory.fromString(text, uri);
        workspace.LangiumDocuments.addDocument(document);
        return { file, document };
    });
    // Langium logs an exception thrown inside a validation rule with `console.error` (stack included)
    // and also reports it as an error diagnostic on the file; the CLI shows only the diagnostic,
    // so no stack trace ever reaches the terminal (issue 8).
    const consoleError = console.error;
    console.error = () => undefined;
    try {
        await workspace.DocumentBuilder.build(documents.map(d => d.document), { validation: true });
    } finally {
        console.error = consoleError;
    }
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
