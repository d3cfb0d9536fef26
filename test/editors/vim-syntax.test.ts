/**
 * Issue 22: the Vim syntax file (extension/vim/syntax/hitp.vim, for editors without semantic
 * tokens) highlights exactly the keywords the grammar defines, and is what
 * scripts/generate-vim-syntax.mjs makes of grammar/hitp.langium (run by `npm run langium:generate`).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, it } from 'vitest';
import { HitpGrammar } from '../../language-server/generated/grammar.js';
import { projectRoot } from '../helpers/cli.js';

const vimFile = path.join(projectRoot, 'extension', 'vim', 'syntax', 'hitp.vim');

/** The word keywords of the grammar the parser was generated from (`go-live` is a word; operators and braces are not). */
function grammarKeywords(): string[] {
    const words = AstUtils.streamAllContents(HitpGrammar()).filter(GrammarAST.isKeyword).map(keyword => keyword.value).filter(value => /^[A-Za-z]([A-Za-z-]*[A-Za-z])?$/.test(value));
    return [...new Set(words)].sort();
}

/**
 * Every word of the file's `syn keyword hitp…` lines but the comment markers (TODO, FIXME …), and
 * of its `syn match hitp… /\<\(a-b\|c-d\)\>/` lines for hyphenated keywords.
 */
function vimKeywords(): string[] {
    const lines = readFileSync(vimFile, 'utf8').split('\n');
    const keywords = lines
        .map(line => /^syn keyword (hitp\w+) (.*)$/.exec(line))
        .filter((match): match is RegExpExecArray => match !== null && match[1] !== 'hitpTodo')
        .flatMap(match => match[2]!.replace(/\s+contained$/, '').split(/\s+/));
    const hyphenated = lines
        .map(line => /^syn match hitp\w+ \/\\<\\\(([\w|\\-]+)\\\)\\>\/$/.exec(line))
        .filter((match): match is RegExpExecArray => match !== null)
        .flatMap(match => match[1]!.split('\\|'));
    return [...new Set([...keywords, ...hyphenated])].sort();
}

describe('the Vim syntax file', () => {
    it('highlights every keyword of the grammar and nothing else', () => {
        expect(grammarKeywords().length).toBeGreaterThan(60);
        expect(vimKeywords()).toEqual(grammarKeywords());
    });

    it('is what the generator makes of grammar/hitp.langium', async () => {
        const check = promisify(execFile)(process.execPath, [path.join(projectRoot, 'scripts', 'generate-vim-syntax.mjs'), '--check'], { cwd: projectRoot });
        await expect(check).resolves.toBeDefined();
    });
});
