-- The README's Neovim configuration, as an init.lua for the test: hitp's Vim runtime files (file
-- type, syntax, the `hitp` Lua module) on the runtimepath and the language server attached to every
-- hitp buffer. Only the command differs: this Node and the freshly built bundle instead of the installed bin.
vim.opt.runtimepath:append(vim.env.HITP_ROOT .. '/extension/vim')
require('hitp').setup({
  cmd = { vim.env.HITP_NODE, vim.env.HITP_SERVER, '--stdio' },
  settings = { hitp = { numberLocale = 'de-DE' } },
})
