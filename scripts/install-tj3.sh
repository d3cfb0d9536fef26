#!/usr/bin/env bash
# Installs Debian's TaskJuggler (tj3) for the calendar agreement tests (test/taskjuggler/) and the
# benchmark's side-by-side table. Idempotent: does nothing when tj3 is already on the PATH.
# Runs as root in CI (called by .ci/run); elsewhere it uses sudo when available.
set -euo pipefail

if command -v tj3 >/dev/null 2>&1; then
    echo "tj3 already installed: $(tj3 --version 2>/dev/null | grep -m1 TaskJuggler || command -v tj3)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "install-tj3: must run as root (or with sudo) to apt-get install tj3" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends tj3

if ! command -v tj3 >/dev/null 2>&1; then
    echo "install-tj3: tj3 still missing after apt-get install" >&2
    exit 1
fi
echo "tj3 installed: $(tj3 --version 2>/dev/null | grep -m1 TaskJuggler || command -v tj3)"
