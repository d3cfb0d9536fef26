#!/usr/bin/env bash
# Installs the independent readers the export tests use (test/language-server/export/):
# TaskJuggler (tj3) schedules the .tjp export, python3-openpyxl reads the workbook and
# python3-icalendar the calendar (Python's own csv and xml modules read the rest). Idempotent.
set -euo pipefail
exec bash "$(dirname "$0")/apt-install.sh" tj3 tj3 python3-openpyxl python3-icalendar
