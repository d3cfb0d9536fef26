#!/usr/bin/env bash
# apt-install.sh COMMAND PACKAGE…: installs Debian PACKAGEs unless COMMAND is on the PATH and
# every PACKAGE is installed already. Shared by the install scripts the test suites need
# (install-chromium.sh, install-neovim.sh, install-emacs.sh, install-poppler.sh).
# Runs as root in CI (called by .ci/run); elsewhere it uses sudo when available.
set -euo pipefail

command_name="$1"
shift

# The command is on the PATH and (where dpkg is the package manager) every package is installed.
installed() {
    command -v "$command_name" >/dev/null 2>&1 || return 1
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || return 1
    done
}

if installed "$@"; then
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

if ! installed "$@"; then
    echo "apt-install: $command_name still missing after apt-get install $*" >&2
    exit 1
fi
echo "$command_name installed: $(command -v "$command_name")"
