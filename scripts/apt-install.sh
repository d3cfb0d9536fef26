#!/usr/bin/env bash
# apt-install.sh COMMAND PACKAGE…: installs Debian PACKAGEs unless COMMAND is already on the PATH.
# COMMAND may be `python3:MODULE` for a Python module (Debian's /usr/bin/python3 can import it).
# Shared by the install scripts the test suites need (install-chromium.sh, install-neovim.sh, install-poppler.sh).
# Runs as root in CI (called by .ci/run); elsewhere it uses sudo when available.
set -euo pipefail

command_name="$1"
shift

present() {
    case "$command_name" in
        python3:*) /usr/bin/python3 -c "import ${command_name#python3:}" >/dev/null 2>&1 ;;
        *) command -v "$command_name" >/dev/null 2>&1 ;;
    esac
}

if present; then
    echo "$command_name already installed"
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

if ! present; then
    echo "apt-install: $command_name still missing after apt-get install $*" >&2
    exit 1
fi
echo "$command_name installed"
