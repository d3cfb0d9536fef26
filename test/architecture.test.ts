/**
 * The import rules of ARCHITECTURE.md ("Import rules"), checked on the source: a rule broken by a
 * new import fails here, with the file and the import that breaks it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/cli.js';

const SERVER = path.join(projectRoot, 'language-server');

/** Folder → the folders of language-server/ its files must not import from. */
const FORBIDDEN: Record<string, string[]> = {
    model: ['analysis', 'plan', 'validation', 'lsp', 'report', 'cli', 'kinds', 'settings'],
    analysis: ['validation', 'report', 'lsp', 'plan', 'cli', 'kinds', 'settings'],
    validation: ['lsp', 'cli'],
    protocol: ['model', 'analysis', 'plan', 'validation', 'lsp', 'report', 'cli', 'kinds', 'settings', 'references', 'generated'],
    kinds: ['lsp', 'validation', 'cli', 'plan'],
};

function sourceFiles(folder: string): string[] {
    return readdirSync(path.join(SERVER, folder), { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.ts')).map(file => path.join(SERVER, folder, file));
}

function importsOf(file: string): string[] {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/^(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map(match => match[1]!);
}

describe('import rules', () => {
    for (const [folder, forbidden] of Object.entries(FORBIDDEN)) {
        it(`${folder}/ imports nothing from ${forbidden.join(', ')}`, () => {
            const broken: string[] = [];
            for (const file of sourceFiles(folder)) {
                for (const specifier of importsOf(file).filter(s => s.startsWith('.'))) {
                    const target = path.relative(SERVER, path.resolve(path.dirname(file), specifier));
                    const top = target.split(path.sep)[0]!;
                    if (forbidden.includes(top)) broken.push(`${path.relative(projectRoot, file)} → ${specifier}`);
                }
            }
            expect(broken).toEqual([]);
        });
    }
});
