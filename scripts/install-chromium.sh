#!/usr/bin/env bash
# Installs headless Chromium for the browser tests (test/browser/). Idempotent: does nothing when
# chromium is already installed.
set -euo pipefail
exec bash "$(dirname "$0")/apt-install.sh" chromium chromium fonts-dejavu-core
