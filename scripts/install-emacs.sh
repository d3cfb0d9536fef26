#!/usr/bin/env bash
# Installs Debian's Emacs (no X) and eglot, the second editor other than VS Code that
# test/editors/emacs.test.ts drives against the built hitp language server. Idempotent.
set -euo pipefail
exec bash "$(dirname "$0")/apt-install.sh" emacs emacs-nox elpa-eglot
