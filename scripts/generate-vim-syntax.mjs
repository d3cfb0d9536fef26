// Writes extension/vim/syntax/hitp.vim, the Vim/Neovim syntax file for editors without semantic
// tokens, from the keywords of grammar/hitp.langium (run by `npm run langium:generate`, like the
// TextMate grammar). Three groups of words:
// - declarations: the first keyword of each kind of top-level element (`plan`, `candidate` …);
// - values: keywords of datatype rules made only of keywords (roles, levels, units, `cost`/`benefit`),
//   unless another rule uses the word as a keyword too (`start`, `vendor`);
// - every other word keyword.
// Words with a hyphen (`go-live`) are matches: a Vim keyword cannot hold one.
// `--check` writes nothing and exits 1 when the file is not what the grammar gives.
// test/editors/vim-syntax.test.ts checks the file against the grammar's keywords.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { createLangiumGrammarServices } from 'langium/grammar';

const grammarPath = new URL('../grammar/hitp.langium', import.meta.url);
const outPath = new URL('../extension/vim/syntax/hitp.vim', import.meta.url);

const { grammar: services } = createLangiumGrammarServices(EmptyFileSystem);
const document = services.shared.workspace.LangiumDocumentFactory.fromString(readFileSync(grammarPath, 'utf8'), URI.parse('memory:///hitp.langium'));
const grammar = document.parseResult.value;
if (document.parseResult.parserErrors.length > 0) throw new Error(`grammar/hitp.langium does not parse: ${document.parseResult.parserErrors[0].message}`);

/** Every node below `node` (depth first), following the AST's own properties. */
function* descendants(node) {
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        for (const child of Array.isArray(value) ? value : [value]) {
            if (child && typeof child === 'object' && typeof child.$type === 'string') {
                yield child;
                yield* descendants(child);
            }
        }
    }
}

const isWord = value => /^[A-Za-z][A-Za-z-]*[A-Za-z]$|^[A-Za-z]$/.test(value);
const rules = grammar.rules.filter(rule => rule.$type === 'ParserRule');
const byName = new Map(rules.map(rule => [rule.name, rule]));
const keywordsOf = rule => [...descendants(rule.definition)].filter(node => node.$type === 'Keyword').map(node => node.value);

// Declarations: the first keyword of the rules the entry rule's element alternatives name.
const entry = rules.find(rule => rule.entry);
const elementRules = new Set();
for (const node of descendants(entry.definition)) {
    const name = node.$type === 'RuleCall' ? node.rule?.$refText : undefined;
    const rule = name && byName.get(name);
    if (!rule) continue;
    const alternatives = [...descendants(rule.definition)].filter(call => call.$type === 'RuleCall').map(call => call.rule?.$refText);
    for (const alternative of alternatives.length > 0 && rule.definition.$type === 'Alternatives' ? alternatives : [name]) elementRules.add(alternative);
}
const declarations = new Set([...elementRules].map(name => byName.get(name)).filter(Boolean).map(rule => keywordsOf(rule)[0]).filter(value => value && isWord(value)));

// Values: datatype rules (`returns string`) whose definition holds keywords only, minus words other rules use.
const valueRules = rules.filter(rule => {
    const nodes = [...descendants(rule.definition)];
    return rule.dataType && nodes.length > 0 && nodes.every(node => node.$type === 'Keyword' || node.$type === 'Alternatives');
});
const elsewhere = new Set(rules.filter(rule => !valueRules.includes(rule)).flatMap(keywordsOf));
const values = new Set(valueRules.flatMap(keywordsOf).filter(value => isWord(value) && !elsewhere.has(value)));

const all = new Set(rules.flatMap(keywordsOf).filter(isWord));
const others = [...all].filter(word => !declarations.has(word) && !values.has(word));
const sorted = set => [...set].sort((a, b) => a.localeCompare(b, 'en'));

/** `syn keyword GROUP w1 w2 …`, wrapped at about 100 columns; hyphenated words as one `syn match`. */
function keywordLines(group, allWords) {
    const words = allWords.filter(word => !word.includes('-'));
    const hyphenated = allWords.filter(word => word.includes('-'));
    const lines = [];
    let line = `syn keyword ${group}`;
    for (const word of words) {
        if (line.length + word.length + 1 > 100) {
            lines.push(line);
            line = `syn keyword ${group}`;
        }
        line += ` ${word}`;
    }
    lines.push(line);
    if (hyphenated.length > 0) lines.push(`syn match ${group} /\\<\\(${hyphenated.join('\\|')}\\)\\>/`);
    return lines.join('\n');
}

const text = `" Vim syntax file
" Language:    hitp (Health IT Plan), *.hitp
" Generated from grammar/hitp.langium by scripts/generate-vim-syntax.mjs (npm run langium:generate).
" Do not edit: change the grammar and regenerate.

if exists('b:current_syntax')
  finish
endif

syn case match

" Declarations: the keyword that starts each kind of element.
${keywordLines('hitpDeclaration', sorted(declarations))}
" Values: roles, levels, units, flow kinds, anchors.
${keywordLines('hitpValue', sorted(values))}
" Every other keyword of the grammar.
${keywordLines('hitpKeyword', others.sort((a, b) => a.localeCompare(b, 'en')))}

" The name after a declaration keyword (a keyword outranks a match starting at the same column, hence the look-behind).
syn match hitpName /\\v(<(${sorted(declarations).join('|')})\\s+)@<=\\h\\w*/

" Later matches win at the same column: a date after the numbers.
syn match hitpNumber /-\\=\\<\\d\\+\\(\\.\\d\\+\\)\\=\\([eE][+-]\\=\\d\\+\\)\\=\\>/
syn match hitpNumber /-\\=\\<\\d\\+\\(\\.\\d\\+\\)\\=[kMB]\\>/
syn match hitpNumber /-\\=\\<\\d\\+\\(\\.\\d\\+\\)\\=%/
syn match hitpDate /\\<\\d\\{4}-\\d\\{2}-\\d\\{2}\\>/
syn match hitpOperator /<=\\|>=\\|[<>=]/

syn region hitpString start=/"/ skip=/\\\\./ end=/"/ oneline contains=hitpEscape
syn match hitpEscape /\\\\./ contained
syn keyword hitpTodo TODO FIXME XXX NOTE contained
syn match hitpComment "//.*$" contains=hitpTodo,@Spell
syn region hitpComment start="/\\*" end="\\*/" contains=hitpTodo,@Spell

hi def link hitpDeclaration Structure
hi def link hitpValue Constant
hi def link hitpKeyword Keyword
hi def link hitpName Identifier
hi def link hitpDate Special
hi def link hitpNumber Number
hi def link hitpOperator Operator
hi def link hitpString String
hi def link hitpEscape SpecialChar
hi def link hitpComment Comment
hi def link hitpTodo Todo

let b:current_syntax = 'hitp'
`;

if (process.argv.includes('--check')) {
    if (!existsSync(outPath) || readFileSync(outPath, 'utf8') !== text) {
        console.error('extension/vim/syntax/hitp.vim is not what grammar/hitp.langium gives: run `npm run langium:generate`');
        process.exit(1);
    }
} else {
    writeFileSync(outPath, text);
}
