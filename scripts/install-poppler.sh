#!/usr/bin/env bash
# Installs Debian's poppler-utils (pdftotext, pdfinfo): the independent reader the browser tests
# use to read back the roadmap printed to PDF by Chromium (test/browser/print.browser.test.ts).
# Idempotent: does nothing when pdftotext and pdfinfo are already on PATH.
# Runs as root in CI (called by .ci/run); elsewhere it uses sudo when available.
set -euo pipefail

if command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then
    echo "poppler-utils already installed: $(pdftotext -v 2>&1 | head -n 1)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "install-poppler: must run as root (or with sudo) to apt-get install poppler-utils" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends poppler-utils

if ! command -v pdftotext >/dev/null 2>&1; then
    echo "install-poppler: pdftotext still missing after apt-get install" >&2
    exit 1
fi
echo "poppler-utils installed: $(pdftotext -v 2>&1 | head -n 1)"
