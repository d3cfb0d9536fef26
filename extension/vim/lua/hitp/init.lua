-- hitp for Neovim's built-in LSP client (Neovim 0.7 and later).
--
--   vim.opt.runtimepath:append('/path/to/hitp/extension/vim')
--   require('hitp').setup({ settings = { hitp = { numberLocale = 'de-DE' } } })
--
-- Options (all optional):
--   cmd        the server command, default { 'hitp-language-server' } (`npm install -g .` in the hitp clone)
--   settings   { hitp = { numberLocale = 'de-DE', inlayHints = { enabled = true } } }, sent once the
--              server is up (`workspace/didChangeConfiguration`) and answered to `workspace/configuration`
--   root_dir   the workspace folder, default: the nearest folder above the file holding a .git, else the file's folder
--   on_attach  function(client, bufnr), called after hitp's own set-up
--   codelens   false to leave code lenses off (default: shown, refreshed on entering the buffer and after edits)
local M = {}

local clients = {} -- root_dir -> client id

local function root_of(bufnr, opts)
  if opts.root_dir then return opts.root_dir end
  local file = vim.api.nvim_buf_get_name(bufnr)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  local git = vim.fn.finddir('.git', dir .. ';')
  if git ~= '' then return vim.fn.fnamemodify(git, ':p:h:h') end
  return dir
end

local function on_attach(opts)
  return function(client, bufnr)
    if opts.codelens ~= false then
      vim.api.nvim_create_autocmd({ 'BufEnter', 'InsertLeave', 'TextChanged' }, {
        buffer = bufnr,
        callback = function() vim.lsp.codelens.refresh() end,
      })
      vim.lsp.codelens.refresh()
    end
    if opts.on_attach then opts.on_attach(client, bufnr) end
  end
end

--- Starts (or reuses) the hitp server for the buffer's workspace and attaches the buffer.
function M.attach(bufnr, opts)
  opts = opts or {}
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local root = root_of(bufnr, opts)
  local id = clients[root]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client({
      name = 'hitp',
      cmd = opts.cmd or { 'hitp-language-server' },
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
      settings = opts.settings or {},
      -- Neovim does not send the settings by itself (and 0.7 does not announce workspace/configuration).
      on_init = function(client)
        client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
      end,
      on_attach = on_attach(opts),
    })
    clients[root] = id
  end
  if id then vim.lsp.buf_attach_client(bufnr, id) end
  return id
end

--- Attaches every `hitp` buffer (by file type, from ftdetect/hitp.vim) to the server.
function M.setup(opts)
  opts = opts or {}
  local group = vim.api.nvim_create_augroup('hitp_lsp', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = 'hitp',
    callback = function(args) M.attach(args.buf, opts) end,
  })
end

return M
