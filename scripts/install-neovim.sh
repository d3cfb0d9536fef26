#!/usr/bin/env bash
# Installs Debian's Neovim, the editor other than VS Code that test/editors/neovim.test.ts drives
# (its built-in LSP client against the built hitp language server).
# Idempotent: does nothing when nvim is already on the PATH.
# Runs as root in CI (called by .ci/run); elsewhere it uses sudo when available.
set -euo pipefail

if command -v nvim >/dev/null 2>&1; then
    echo "neovim already installed: $(nvim --version | head -n 1)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "install-neovim: must run as root (or with sudo) to apt-get install neovim" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends neovim

if ! command -v nvim >/dev/null 2>&1; then
    echo "install-neovim: nvim still missing after apt-get install" >&2
    exit 1
fi
echo "neovim installed: $(nvim --version | head -n 1)"
