"""Compile every Qt Linguist source ``resources/translations/*.ts`` into a ``.qm`` beside it.

    python tools/build_translations.py            # compile all .ts files
    python tools/build_translations.py --update   # first refresh shell_nl.ts from the code

The ``.qm`` files are committed, so an installed vpdesk needs no Qt tools at run time.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"

# The window's shell (everything around the pages); its strings live in shell_nl.ts.
SHELL_SOURCES = (
    "vpdesk/gui/app.py",
    "vpdesk/gui/main_window.py",
    "vpdesk/gui/pages/welcome.py",
    "vpdesk/gui/dialogs/change_passphrase.py",
    "vpdesk/gui/pages/dashboard.py",
    "vpdesk/gui/dialogs/settings.py",
)
SHELL_TS = TRANSLATIONS / "shell_nl.ts"


def qt_tool(name: str) -> str:
    """The path of ``pyside6-<name>`` next to this Python, or on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.is_file():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found; install PySide6")
    return found


def update_shell(ts: Path = SHELL_TS) -> None:
    """Add new strings of the shell's code to ``ts`` (keeps existing translations)."""
    sources = [str(ROOT / s) for s in SHELL_SOURCES]
    subprocess.run(
        [qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", *sources, "-ts", str(ts)],
        check=True,
    )


def compile_ts(ts: Path, qm: Path | None = None) -> Path:
    """Compile one .ts file; returns the .qm written."""
    qm = qm or ts.with_suffix(".qm")
    subprocess.run(
        [qt_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
    )
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh shell_nl.ts from the code first")
    args = parser.parse_args(argv)
    if args.update:
        update_shell()
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        print(compile_ts(ts).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
