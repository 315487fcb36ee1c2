#!/usr/bin/env bash
# Set up everything the tests need on a fresh Debian/Ubuntu machine, then run lint, type
# checks and the whole test suite. Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done < tools/debian-packages.txt
if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

.venv/bin/ruff check vpdesk tests tools bench
.venv/bin/ruff format --check vpdesk tests tools bench
.venv/bin/mypy vpdesk tests
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
