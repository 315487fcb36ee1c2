"""The real thing: under Xvfb, vpdesk opens a demo vault made by the command line, a typed
passphrase unlocks it (real key derivation) and the dashboard appears."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.support import run_cli
from vpdesk.vault import Vault

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
TOOLS = ("xvfb-run", "Xvfb", "xdotool", "xwd")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        any(shutil.which(t) is None for t in TOOLS) or not sys.platform.startswith("linux"),
        reason="needs Xvfb and xdotool",
    ),
]

SCRIPT = r"""
set -u
"$PYTHON" -m vpdesk "$VAULT" 2>"$ERRLOG" &
APP=$!
for i in $(seq 1 100); do
  WID=$(xdotool search --onlyvisible --name '^vpdesk' 2>/dev/null | head -1)
  [ -n "$WID" ] && break
  sleep 0.1
done
echo "before=$(xdotool getwindowname "$WID")"
# no window manager runs under Xvfb: give the window the keyboard focus directly (--sync
# returns once the X server says it has it)
xdotool windowfocus --sync "$WID" >/dev/null 2>&1 || true
xdotool type --delay 30 "$PASS"
START=$(date +%s.%N)
xdotool key Return
for i in $(seq 1 100); do
  NAME=$(xdotool getwindowname "$WID")
  case "$NAME" in *"— "*) break;; esac
  sleep 0.05
done
END=$(date +%s.%N)
echo "after=$NAME"
echo "unlock_seconds=$(echo "$END - $START" | bc)"
# the dashboard is drawn once OCR reads its title (a few tries; each takes a second or so)
for i in $(seq 1 30); do
  xwd -root -silent > "$SHOT" 2>/dev/null || continue
  if command -v tesseract >/dev/null; then
    /usr/bin/convert "xwd:$SHOT" "$SHOT.png" 2>/dev/null || continue
    tesseract "$SHOT.png" - -l eng 2>/dev/null | grep -q Overzicht && break
  else
    break
  fi
done
kill $APP
wait $APP
"""


def _under_xvfb(script: str, env: dict[str, str], timeout: int) -> subprocess.CompletedProcess[str]:
    """Run the bash ``script`` on a fresh virtual display of 1400x900 (``xvfb-run -a``)."""
    return subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "bash", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def test_demo_vault_unlocks_to_the_dashboard_in_a_real_window(tmp_path: Path) -> None:
    vault = tmp_path / "demo.vpdesk"
    made = run_cli("demo", str(vault), "--cases", "120", env={"VPDESK_PASSPHRASE": "demo"})
    assert made.returncode == 0, made.stderr
    shot = tmp_path / "screen.xwd"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VPDESK_")}
    env.update(
        QT_QPA_PLATFORM="xcb",
        PYTHON=sys.executable,
        VAULT=str(vault),
        PASS="demo",
        SHOT=str(shot),
        ERRLOG=str(tmp_path / "stderr.txt"),
    )
    started = time.monotonic()
    result = _under_xvfb(SCRIPT, env, timeout=120)
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    print("typed passphrase -> vault open (real key derivation):", lines.get("unlock_seconds"), "s")
    assert lines.get("before") == "vpdesk", result.stdout + result.stderr
    # the title names the file only once the vault is open: the typed passphrase worked
    assert lines.get("after") == "vpdesk — demo.vpdesk", result.stdout + result.stderr
    assert time.monotonic() - started < 60
    errors = (tmp_path / "stderr.txt").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in errors, errors
    if shutil.which("convert") or Path("/usr/bin/convert").exists():
        ARTIFACTS.mkdir(exist_ok=True)
        png = ARTIFACTS / "xvfb_dashboard.png"
        subprocess.run(["/usr/bin/convert", f"xwd:{shot}", str(png)], check=True, timeout=60)
        if shutil.which("tesseract"):
            text = subprocess.run(
                ["tesseract", str(png), "-", "-l", "eng"], capture_output=True, text=True, timeout=60
            ).stdout
            assert "Overzicht" in text, text  # the dashboard, in Dutch


WM_SCRIPT = r"""
set -u
openbox >/dev/null 2>&1 &
WM=$!
shot() {  # the screen as it is now; a window mid-change may refuse one grab, so try again
  for i in $(seq 1 20); do
    xwd -root -silent 2>/dev/null | /usr/bin/convert xwd:- "$OUT/$1.png" 2>/dev/null && return 0
  done
  return 1
}
active() { xdotool getactivewindow getwindowname 2>/dev/null; }
focused() { xdotool getwindowfocus getwindowname 2>/dev/null; }
until_true() {  # at most $1 tries of the command that follows, 50 ms apart
  local tries=$1; shift
  for i in $(seq 1 "$tries"); do "$@" && return 0; sleep 0.05; done
  return 1
}
is_active() { case "$(active)" in $1) return 0;; esac; return 1; }
wait_active() { until_true 400 is_active "$1" || { echo "timeout=active $1"; return 1; }; }
on_screen() { shot "$1" && tesseract "$OUT/$1.png" - -l nld 2>/dev/null | grep -q "$2"; }
wait_screen() {  # shot name, text OCR must find
  for i in $(seq 1 40); do on_screen "$1" "$2" && return 0; done
  echo "timeout=screen $2"; return 1
}
windows() { xdotool search --onlyvisible --pid "$APP" 2>/dev/null | wc -l; }
more_windows() { [ "$(windows)" -gt "$1" ]; }
changed() { [ "$(stat -c %Y.%s "$VAULT")" != "$1" ]; }
wm_ready() { xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; }
until_true 200 wm_ready || echo "timeout=openbox"
"$PYTHON" -m vpdesk "$VAULT" 2>"$ERRLOG" &
APP=$!
wait_active 'vpdesk'
WID=$(xdotool getactivewindow)
shot 01-unlock
# the window manager gave the window the focus; the passphrase field has it
xdotool type --delay 20 "$PASS"
xdotool key Return
wait_active 'vpdesk — *' && echo "unlocked=yes"
# Bestand › Meldingen importeren (CSV)… by keyboard: Alt+B, I
SHOWN=$(windows)
BEFORE=$(xdotool search --onlyvisible --pid "$APP" 2>/dev/null | sort)
xdotool key alt+b
until_true 200 more_windows "$SHOWN" || echo "timeout=file menu"
shot 02-file-menu
# a popup menu comes out black in a grab of the whole screen: grab its own window as well
MENU=$(comm -13 <(echo "$BEFORE") <(xdotool search --onlyvisible --pid "$APP" 2>/dev/null | sort) | head -1)
[ -n "$MENU" ] && xwd -id "$MENU" -silent 2>/dev/null \
  | /usr/bin/convert xwd:- "$OUT/02-file-menu-popup.png" 2>/dev/null
xdotool key i
wait_active 'Meldingen importeren*'
shot 03-file-chooser
echo "chooser=$(active)"
xdotool type --delay 10 "$SHEET"
xdotool key Return
wait_active 'vpdesk — *'
wait_screen 04-imported "40 meldingen"
echo "after_import_focus=$(focused)"
# a whole new case, typed: Ctrl+N, Tab between the fields, dates with dashes, Ctrl+S
xdotool key ctrl+n
wait_screen 05-new-case "Nieuwe melding"
k() { xdotool key --delay 40 "$@"; }
t() { xdotool type --delay 40 -- "$1"; }
k ctrl+a; t "2025-901"; k Tab
t "Gem"; k Tab                      # Organisatie: the combo finds Gemeente Zuiderhaven
t "Sociaal Domein"; k Tab
k ctrl+a; t "06-10-2025"; k Tab     # Geopend
k space                             # Gesloten: ticked, the case is closed in a dialog
wait_active 'Melding sluiten*'
k ctrl+a; t "20-11-2025"; k Tab     # Gesloten op
t "Inf"; k Return                   # Uitkomst: Informele oplossing
wait_active 'vpdesk — *'
k alt+v; t "Tel"                    # Contact via: Telefoon
k alt+n; t "Wendelien Kortooms"     # Naam (the reporter's), by its label's letter
k alt+i; t "Joris Testpersoon"      # Beschuldigde (its letter is no menu's: Alt+H is Help)
k alt+c; t "Col"                    # Beschuldigde is: Collega
k shift+Tab; k space                # back to the kinds of behaviour: the first, Pesten
shot 06-typed
echo "typed_focus=$(focused)"
BEFORE=$(stat -c %Y.%s "$VAULT")
k ctrl+s
until_true 400 changed "$BEFORE" && echo "saved=yes"
wait_screen 07-saved "2025-901"
xdotool key ctrl+l
wait_screen 08-locked "Vergrendeld"
echo "locked_title=$(xdotool getwindowname "$WID")"
xdotool key ctrl+q
until_true 200 eval '! kill -0 $APP 2>/dev/null' || kill -9 $APP
wait $APP 2>/dev/null
kill $WM 2>/dev/null
"""


@pytest.mark.skipif(
    shutil.which("openbox") is None or shutil.which("tesseract") is None, reason="needs openbox and tesseract"
)
def test_a_new_adviser_by_keyboard_under_a_window_manager(tmp_path: Path, real_kdf: None) -> None:
    """Passphrase typed, the sample sheet imported through the menu by Alt+B, I and a typed
    path, then a whole case typed field by field and saved with Ctrl+S, Ctrl+L: checked on
    screen (OCR, Dutch) and through the command line."""
    from tests.support import SAMPLE_CSV

    passphrase = "zeven groene kikkers dansen"
    vault = tmp_path / "kantoor.vpdesk"
    twin = tmp_path / "alleen-import.vpdesk"  # the same sheet imported by the command line only
    pw = {"VPDESK_PASSPHRASE": passphrase}
    for path in (vault, twin):
        made = run_cli("init", str(path), env=pw)
        assert made.returncode == 0, made.stderr
    assert run_cli("import", str(twin), str(SAMPLE_CSV), env=pw).returncode == 0
    (tmp_path / "adviser").mkdir()
    out = ARTIFACTS / "keyboard-run"
    out.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("VPDESK_")}
    env.update(
        QT_QPA_PLATFORM="xcb",
        PYTHON=sys.executable,
        VAULT=str(vault),
        PASS=passphrase,
        SHEET=str(SAMPLE_CSV),
        OUT=str(out),
        HOME=str(tmp_path / "adviser"),
        ERRLOG=str(tmp_path / "stderr.txt"),
    )
    result = _under_xvfb(WM_SCRIPT, env, timeout=300)
    report = result.stdout + result.stderr
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    errors = (tmp_path / "stderr.txt").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in errors, errors
    assert "timeout" not in lines, report
    assert lines.get("unlocked") == "yes", report
    assert lines.get("chooser", "").startswith("Meldingen importeren"), report  # a real file chooser
    # the keyboard came back to the main window when the chooser closed, and stayed there
    assert lines.get("after_import_focus") == "vpdesk — kantoor.vpdesk", report
    assert lines.get("typed_focus") == "vpdesk — kantoor.vpdesk", report
    assert lines.get("saved") == "yes", report
    assert lines.get("locked_title") == "vpdesk — kantoor.vpdesk", report

    # what the vault holds, asked through the command line: the sheet's 40 cases and the typed one
    import json

    def stats(path: Path, *extra: str) -> dict[str, Any]:
        done = run_cli("stats", str(path), "--year", "2025", *extra, env=pw)
        assert done.returncode == 0, done.stderr
        figures: dict[str, Any] = json.loads(done.stdout)
        return figures

    assert stats(twin)["totals"]["cases_opened"] == 40
    assert stats(vault)["totals"]["cases_opened"] == 41
    org = ("--organisation", "Gemeente Zuiderhaven")
    typed, imported = stats(vault, *org)["totals"], stats(twin, *org)["totals"]
    assert typed["cases_opened"] == imported["cases_opened"] + 1  # in the organisation typed
    assert typed["conversations"] == imported["conversations"]
    # and field by field, as typed
    with Vault.open(vault, passphrase) as opened:
        case = opened.cases.by_ref("2025-901")
        assert case is not None
        organisation = opened.organisations.get(case.organisation_id)
        assert organisation is not None and organisation.name == "Gemeente Zuiderhaven"
        assert case.department == "Sociaal Domein"
        assert (case.opened, case.closed) == (date(2025, 10, 6), date(2025, 11, 20))
        assert (case.outcome, case.channel) == ("informal_solution", "phone")
        assert case.accused_relation == "colleague"
        assert case.accused == "Joris Testpersoon"
        assert case.reporter_name == "Wendelien Kortooms"
        assert case.behaviours == ["bullying"]
