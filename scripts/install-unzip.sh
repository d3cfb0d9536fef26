#!/usr/bin/env bash
# Installs Info-ZIP's unzip: the independent reader the packaging test uses to list the files
# inside hitp.vsix (test/packaging/vsix.test.ts). Idempotent.
set -euo pipefail
exec bash "$(dirname "$0")/apt-install.sh" unzip unzip
