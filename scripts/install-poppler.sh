#!/usr/bin/env bash
# Installs Debian's poppler-utils (pdftotext, pdfinfo): the independent reader the browser tests use
# to read back the roadmap printed to PDF by Chromium (test/browser/print.browser.test.ts). Idempotent.
set -euo pipefail
exec bash "$(dirname "$0")/apt-install.sh" pdftotext poppler-utils
