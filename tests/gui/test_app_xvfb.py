"""The real thing: under Xvfb, vpdesk opens a demo vault made by the command line, a typed
passphrase unlocks it (real key derivation) and the dashboard appears."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support import run_cli

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
sleep 0.5
echo "before=$(xdotool getwindowname "$WID")"
# no window manager runs under Xvfb: give the window the keyboard focus directly
xdotool windowfocus --sync "$WID" >/dev/null 2>&1 || true
sleep 0.3
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
sleep 1.5
xwd -root -silent > "$SHOT"
kill $APP
wait $APP
"""


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
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "bash", "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
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
sleep 1
shot() { xwd -root -silent | /usr/bin/convert xwd:- "$OUT/$1.png"; }
wait_title() {
  for i in $(seq 1 200); do
    NAME=$(xdotool getwindowname "$WID" 2>/dev/null)
    case "$NAME" in *"$1"*) return 0;; esac
    sleep 0.05
  done
  return 1
}
"$PYTHON" -m vpdesk "$VAULT" 2>"$ERRLOG" &
APP=$!
for i in $(seq 1 100); do
  WID=$(xdotool search --onlyvisible --name '^vpdesk' 2>/dev/null | head -1)
  [ -n "$WID" ] && break
  sleep 0.1
done
sleep 1
shot 01-unlock
# the window manager gave the window the focus; the passphrase field has it
xdotool type --delay 20 "$PASS"
xdotool key Return
wait_title "— " && echo "unlocked=yes"
sleep 1
# Bestand › Meldingen importeren (CSV)… by keyboard: Alt+B, I
xdotool key alt+b
sleep 0.5
shot 02-file-menu
xdotool key i
sleep 3
shot 03-file-chooser
echo "chooser=$(xdotool getactivewindow getwindowname)"
xdotool type --delay 10 "$SHEET"
xdotool key Return
sleep 4
shot 04-imported
xdotool key ctrl+l
sleep 2
wait_title "— "
shot 07-locked
echo "locked_title=$(xdotool getwindowname "$WID")"
xdotool key ctrl+q
for i in $(seq 1 100); do kill -0 $APP 2>/dev/null || break; sleep 0.1; done
kill $APP 2>/dev/null
wait $APP 2>/dev/null
kill $WM 2>/dev/null
"""


@pytest.mark.skipif(
    shutil.which("openbox") is None or shutil.which("tesseract") is None, reason="needs openbox and tesseract"
)
def test_a_new_adviser_by_keyboard_under_a_window_manager(tmp_path: Path) -> None:
    """Passphrase typed, the sample sheet imported through the menu by Alt+B, I and a typed
    path, Ctrl+L: checked on screen (OCR, Dutch) and through the command line."""
    from tests.support import SAMPLE_CSV

    passphrase = "zeven groene kikkers dansen"
    vault = tmp_path / "kantoor.vpdesk"
    made = run_cli("init", str(vault), env={"VPDESK_PASSPHRASE": passphrase})
    assert made.returncode == 0, made.stderr
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
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "bash", "-c", WM_SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    errors = (tmp_path / "stderr.txt").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in errors, errors
    assert lines.get("unlocked") == "yes", result.stdout + result.stderr
    assert lines.get("chooser", "").startswith("Meldingen importeren"), result.stdout  # a real file chooser

    def ocr(name: str) -> str:
        return subprocess.run(
            ["tesseract", str(out / f"{name}.png"), "-", "-l", "nld"],
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout

    assert "40 meldingen" in ocr("04-imported")  # the status bar after the import
    assert "Vergrendeld" in ocr("07-locked")
    # what the vault holds, asked through the command line
    pw = {"VPDESK_PASSPHRASE": passphrase}
    stats_2025 = run_cli("stats", str(vault), "--year", "2025", env=pw)
    assert stats_2025.returncode == 0, stats_2025.stderr
    import json

    assert json.loads(stats_2025.stdout)["totals"]["cases_opened"] == 40
