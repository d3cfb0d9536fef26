#!/usr/bin/env bash
# apt-install.sh COMMAND PACKAGE…: installs Debian PACKAGEs unless COMMAND is already on the PATH.
# Shared by the install scripts the test suites need (install-chromium.sh, install-neovim.sh, install-poppler.sh).
# Runs as root in CI (called by .ci/run); elsewhere it uses sudo when available.
set -euo pipefail

command_name="$1"
shift

if command -v "$command_name" >/dev/null 2>&1; then
    echo "$command_name already installed: $(command -v "$command_name")"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "apt-install: must run as root (or with sudo) to apt-get install $*" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "$@"

if ! command -v "$command_name" >/dev/null 2>&1; then
    echo "apt-install: $command_name still missing after apt-get install $*" >&2
    exit 1
fi
echo "$command_name installed: $(command -v "$command_name")"
