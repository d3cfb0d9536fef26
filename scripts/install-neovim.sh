#!/usr/bin/env bash
# Installs Debian's Neovim, the editor other than VS Code that test/editors/neovim.test.ts drives
# (its built-in LSP client against the built hitp language server). Idempotent.
set -euo pipefail
exec bash "$(dirname "$0")/apt-install.sh" nvim neovim
