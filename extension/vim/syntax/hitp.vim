" Vim syntax file
" Language:    hitp (Health IT Plan), *.hitp
" Generated from grammar/hitp.langium by scripts/generate-vim-syntax.mjs (npm run langium:generate).
" Do not edit: change the grammar and regenerate.

if exists('b:current_syntax')
  finish
endif

syn case match

" Declarations: the keyword that starts each kind of element.
syn keyword hitpDeclaration cadence candidate criteria freeze infram kpi objective phase plan risk
syn keyword hitpDeclaration scenario stakeholder team
" Values: roles, levels, units, flow kinds, anchors.
syn keyword hitpValue architecture benefit change clinical cost day days finance financial high low
syn keyword hitpValue medium month monthly months operational operations patient pmo quarterly
syn keyword hitpValue sponsor strategic users week weekly weeks
" Every other keyword of the grammar.
syn keyword hitpKeyword advances affects after at baseline behind benefits budget by capacity
syn keyword hitpKeyword confidence contingency costs currency cycle discount due duration durations
syn keyword hitpKeyword effort every exclude finished from FTE gate goal growing holiday horizon
syn keyword hitpKeyword impact in includes inflation influence interest internal likelihood measured
syn keyword hitpKeyword milestone mitigation on once owner perspective progress release releases
syn keyword hitpKeyword review role runs scale scores seed simulation source stage start started
syn keyword hitpKeyword status supports target to unit vendor weight when workdays year yearly years
syn match hitpKeyword /\<\(go-live\)\>/

" The name after a declaration keyword (a keyword outranks a match starting at the same column, hence the look-behind).
syn match hitpName /\v(<(cadence|candidate|criteria|freeze|infram|kpi|objective|phase|plan|risk|scenario|stakeholder|team)\s+)@<=\h\w*/

" Later matches win at the same column: a date after the numbers.
syn match hitpNumber /-\=\<\d\+\(\.\d\+\)\=\([eE][+-]\=\d\+\)\=\>/
syn match hitpNumber /-\=\<\d\+\(\.\d\+\)\=[kMB]\>/
syn match hitpNumber /-\=\<\d\+\(\.\d\+\)\=%/
syn match hitpDate /\<\d\{4}-\d\{2}-\d\{2}\>/
syn match hitpOperator /<=\|>=\|[<>=]/

syn region hitpString start=/"/ skip=/\\./ end=/"/ oneline contains=hitpEscape
syn match hitpEscape /\\./ contained
syn keyword hitpTodo TODO FIXME XXX NOTE contained
syn match hitpComment "//.*$" contains=hitpTodo,@Spell
syn region hitpComment start="/\*" end="\*/" contains=hitpTodo,@Spell

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
