#!/usr/bin/env bash
# Build the one-folder bundle (dist/vpdesk/) with PyInstaller and smoke-test it outside the
# virtual environment: the command line (--version, demo, stats, report) and the window.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install -q -e . pyinstaller==6.22.3
start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
echo "bundle built in $(( $(date +%s) - start )) s, size $(du -sh dist/vpdesk | cut -f1)"

bundle="$PWD/dist/vpdesk/vpdesk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A clean environment: no virtual environment, no project on the path.
run() { env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 VPDESK_PASSPHRASE=smoke-test-passphrase \
        QT_QPA_PLATFORM=offscreen "$bundle" "$@"; }
mkdir -p "$work/home"
cd "$work"
run --version
run demo demo.vpdesk --cases 200 --seed 3
year=$(( $(date +%Y) - 1 ))
run stats demo.vpdesk --year "$year" > stats.json
grep -q '"cases_opened"' stats.json
run report demo.vpdesk --year "$year" --out report.pdf
head -c 5 report.pdf | grep -q '%PDF-'
# The Word document needs python-docx's template files inside the bundle.
run report demo.vpdesk --year "$year" --out report.docx
head -c 2 report.docx | grep -q 'PK'
# The window: it must start and keep running until stopped.
set +e
run demo.vpdesk > gui.log 2>&1 &
pid=$!
sleep 8
kill -0 "$pid" 2>/dev/null
alive=$?
# The window runs as a child of the background shell: stop both, leave nothing running,
# and wait until the window has really gone (it writes its settings into $work as it quits).
window=$(pgrep -P "$pid")
pkill -TERM -P "$pid" 2>/dev/null
for _ in $(seq 100); do
    [[ -z "$window" ]] && break
    kill -0 $window 2>/dev/null || break
    sleep 0.1
done
[[ -n "$window" ]] && kill -KILL $window 2>/dev/null
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
set -e
if [[ $alive -ne 0 ]] || grep -q "Traceback" gui.log; then
    echo "the bundled window did not stay up:" >&2
    cat gui.log >&2
    exit 1
fi
echo "bundle smoke test passed"
