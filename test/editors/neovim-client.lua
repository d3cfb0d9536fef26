-- Drives the hitp language server with Neovim's own LSP client, configured as the README says
-- (neovim-init.lua), and writes what it saw as JSON. Run by test/editors/neovim.test.ts:
--   HITP_ROOT=<repo> HITP_NODE=<node> HITP_SERVER=<out/server.cjs> HITP_FILE=<a copy of riverside.hitp> HITP_RESULT=<json>
--   nvim --headless -n -i NONE -u neovim-init.lua -S neovim-client.lua
-- Every step records its outcome; a step that fails or times out records an error and the script
-- goes on, so the test reports every failure at once. The script always quits.
local env = vim.env
local result = { steps = {}, notifications = {} }
local STEP_MS = 15000

-- vim.notify is where Neovim reports a lens it cannot run ("does not support command").
vim.notify = function(message, level)
  table.insert(result.notifications, { message = tostring(message), level = level })
end

local function write_result()
  local encoded, json = pcall(vim.fn.json_encode, result)
  if not encoded then json = vim.fn.json_encode({ error = 'cannot encode the result: ' .. tostring(json) .. '\n' .. vim.inspect(result) }) end
  local file = io.open(env.HITP_RESULT, 'w')
  file:write(json)
  file:close()
end

local function step(name, fn)
  local started = vim.loop.hrtime()
  local ok, value = pcall(fn)
  local record = { ms = math.floor((vim.loop.hrtime() - started) / 1e6) }
  if ok then record.value = value else record.error = tostring(value) end
  result.steps[name] = record
  return ok and value or nil
end

local function wait_for(what, condition)
  if not vim.wait(STEP_MS, condition, 20) then error('timed out after ' .. STEP_MS .. ' ms waiting for ' .. what) end
end

local function code_of(diagnostic)
  return diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code)
end

local function diagnostics_of(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, { code = code_of(d), line = d.lnum, col = d.col, severity = d.severity, message = d.message })
  end
  table.sort(list, function(a, b) return a.line < b.line or (a.line == b.line and tostring(a.code) < tostring(b.code)) end)
  return list
end

--- The 0-based position of the first `needle` in the buffer, plus `delta` characters.
local function position_of(bufnr, needle, delta)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then return { line = i - 1, character = col - 1 + (delta or 0) } end
  end
  error('not in the buffer: ' .. needle)
end

local function request(client, bufnr, method, params)
  local response, reason = client.request_sync(method, params, STEP_MS, bufnr)
  if not response then error(method .. ' got no answer: ' .. tostring(reason)) end
  if response.err then error(method .. ' failed: ' .. vim.inspect(response.err)) end
  return response.result
end

local ok, failure = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(env.HITP_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  local doc = { uri = uri }
  result.filetype = vim.bo[bufnr].filetype

  local client
  step('attach', function()
    wait_for('the hitp client to attach', function() return next(vim.lsp.buf_get_clients(bufnr)) ~= nil end)
    client = select(2, next(vim.lsp.buf_get_clients(bufnr)))
    wait_for('the server to initialize', function() return client.server_capabilities ~= nil and client.server_capabilities.hoverProvider ~= nil end)
    return { name = client.name }
  end)
  if not client then error('no client: ' .. vim.inspect(result.steps.attach)) end
  result.snippetSupport = vim.lsp.protocol.make_client_capabilities().textDocument.completion.completionItem.snippetSupport

  step('syntax', function()
    local function group_at(needle, delta)
      local p = position_of(bufnr, needle, delta)
      return vim.fn.synIDattr(vim.fn.synIDtrans(vim.fn.synID(p.line + 1, p.character + 1, 1)), 'name')
        .. '/' .. vim.fn.synIDattr(vim.fn.synID(p.line + 1, p.character + 1, 1), 'name')
    end
    return {
      current = vim.b[bufnr].current_syntax,
      candidate = group_at('candidate CoreNetwork'),
      name = group_at('candidate CoreNetwork', 10),
      role = group_at('role sponsor', 5),
      string = group_at('"Core network', 1),
      amount = group_at('450k'),
      date = group_at('2027-01-04'),
      comment = group_at('//'),
    }
  end)

  step('diagnostics', function()
    wait_for('diagnostics', function() return #vim.diagnostic.get(bufnr) > 0 end)
    return diagnostics_of(bufnr)
  end)

  step('hover', function()
    local hover = request(client, bufnr, 'textDocument/hover', { textDocument = doc, position = position_of(bufnr, 'candidate DbMigration', 10) })
    return type(hover.contents) == 'table' and (hover.contents.value or hover.contents) or hover.contents
  end)

  step('completion', function()
    local line_count = vim.api.nvim_buf_line_count(bufnr)
    vim.api.nvim_buf_set_lines(bufnr, line_count, line_count, false, { '' })
    local response = request(client, bufnr, 'textDocument/completion', { textDocument = doc, position = { line = line_count, character = 0 } })
    local items = response.items or response
    -- What the omnifunc hands to Vim's completion menu: where a newline would become a NUL.
    local words = {}
    for _, item in ipairs(vim.lsp.util.text_document_completion_list_to_complete_items(response, '')) do
      table.insert(words, item.word)
    end
    local formats = {}
    for _, item in ipairs(items) do table.insert(formats, item.insertTextFormat or 1) end
    vim.api.nvim_buf_set_lines(bufnr, line_count, line_count + 1, false, {})
    return { words = words, formats = formats }
  end)

  step('definition', function()
    local locations = request(client, bufnr, 'textDocument/definition', { textDocument = doc, position = position_of(bufnr, 'after CoreNetwork', 7) })
    local location = locations[1] or locations
    return { uri = location.uri or location.targetUri, line = (location.range or location.targetSelectionRange).start.line,
             expected = position_of(bufnr, 'candidate CoreNetwork').line, same_file = (location.uri or location.targetUri) == uri }
  end)

  step('codelens', function()
    vim.lsp.codelens.refresh()
    wait_for('code lenses', function() return #vim.lsp.codelens.get(bufnr) > 0 end)
    local lenses = {}
    for _, lens in ipairs(vim.lsp.codelens.get(bufnr)) do
      table.insert(lenses, { line = lens.range.start.line, title = lens.command and lens.command.title, command = lens.command and lens.command.command })
    end
    table.sort(lenses, function(a, b) return a.line < b.line end)
    -- Run the lens on the plan line as a user would (`:lua vim.lsp.codelens.run()`).
    local plan = position_of(bufnr, 'plan ')
    vim.api.nvim_win_set_cursor(0, { plan.line + 1, 0 })
    vim.lsp.codelens.run()
    vim.wait(500, function() return false end, 50)
    local executed = request(client, bufnr, 'workspace/executeCommand', { command = lenses[1].command, arguments = {} })
    return { lenses = lenses, executed = executed == nil and 'null' or executed }
  end)

  step('cycle', function()
    -- An edit as a user makes it: CoreNetwork now also waits for DbMigration, which waits for CoreNetwork.
    local at = position_of(bufnr, '    advances infram stage 5 by 10%')
    vim.api.nvim_buf_set_lines(bufnr, at.line + 1, at.line + 1, false, { '    after DbMigration' })
    wait_for('dependency-cycle diagnostics', function()
      for _, d in ipairs(vim.diagnostic.get(bufnr)) do if code_of(d) == 'dependency-cycle' then return true end end
      return false
    end)
    return diagnostics_of(bufnr)
  end)

  step('rename', function()
    local edit = request(client, bufnr, 'textDocument/rename', { textDocument = doc, position = position_of(bufnr, 'candidate CoreNetwork', 10), newName = 'CoreNet' })
    vim.lsp.util.apply_workspace_edit(edit, client.offset_encoding or 'utf-16')
    local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
    local _, renamed = text:gsub('%f[%w]CoreNet%f[%W]', '')
    local _, left = text:gsub('CoreNetwork', '')
    return { renamed = renamed, left = left }
  end)

  step('formatting', function()
    local at = position_of(bufnr, '    duration 10 weeks')
    vim.api.nvim_buf_set_lines(bufnr, at.line, at.line + 1, false, { 'duration     10 weeks' })
    local edits = request(client, bufnr, 'textDocument/formatting', { textDocument = doc, options = { tabSize = 4, insertSpaces = true } })
    vim.lsp.util.apply_text_edits(edits, bufnr, client.offset_encoding or 'utf-16')
    return { line = vim.api.nvim_buf_get_lines(bufnr, at.line, at.line + 1, false)[1], edits = #edits }
  end)

  step('stop', function()
    client.stop()
    wait_for('the server to stop', function() return client.is_stopped() end)
    return true
  end)
end)

if not ok then result.error = tostring(failure) end
pcall(write_result)
vim.cmd('qall!')
