#!/usr/bin/env bash
# Installs Debian's TaskJuggler (tj3) for the Mon–Fri calendar agreement tests (test/taskjuggler/)
# and the benchmark's side-by-side table. Idempotent: does nothing when tj3 is already on the PATH.
set -euo pipefail
exec bash "$(dirname "$0")/apt-install.sh" tj3 tj3
