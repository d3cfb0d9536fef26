#!/usr/bin/env bash
# Installs the independent readers the export tests use (test/language-server/export/):
# TaskJuggler (tj3) schedules the .tjp export, python3-openpyxl reads the workbook,
# python3-icalendar the calendar (Python's own csv and xml modules read the rest).
# Idempotent: installs only what is missing. Runs as root in CI (called by .ci/run);
# elsewhere it uses sudo when available.
set -euo pipefail

missing=()
command -v tj3 >/dev/null 2>&1 || missing+=(tj3)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || missing+=(python3-openpyxl)
/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1 || missing+=(python3-icalendar)

if [ ${#missing[@]} -eq 0 ]; then
    echo "export readers already installed: $(tj3 --version 2>/dev/null | head -1), openpyxl, icalendar"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "install-export-readers: must run as root (or with sudo) to apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends python3 "${missing[@]}"
command -v tj3 >/dev/null 2>&1 || { echo "install-export-readers: tj3 still missing" >&2; exit 1; }
/usr/bin/python3 -c 'import openpyxl, icalendar' || { echo "install-export-readers: Python readers still missing" >&2; exit 1; }
echo "export readers installed: ${missing[*]}"
