"""Compile the Qt Linguist source ``resources/translations/vpdesk_nl.ts`` into a ``.qm`` beside it.

    python tools/build_translations.py            # compile every .ts file
    python tools/build_translations.py --update   # first refresh vpdesk_nl.ts from vpdesk/gui

``--update`` reads every module of ``vpdesk/gui``: strings new in the code are added to
``vpdesk_nl.ts`` (marked unfinished, to be translated in Qt Linguist or by hand), strings no
longer in the code are removed, and every existing translation is kept.

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
GUI = ROOT / "vpdesk" / "gui"
VPDESK_TS = TRANSLATIONS / "vpdesk_nl.ts"


def qt_tool(name: str) -> str:
    """The path of ``pyside6-<name>`` next to this Python, or on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.is_file():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found; install PySide6")
    return found


def gui_sources() -> list[Path]:
    """Every Python module of the window, whose strings the translation holds."""
    return sorted(GUI.rglob("*.py"))


def update(ts: Path = VPDESK_TS) -> None:
    """Bring ``ts`` in step with the code: add new strings, drop stale ones, keep translations."""
    sources = [str(s) for s in gui_sources()]
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
    parser.add_argument("--update", action="store_true", help="refresh vpdesk_nl.ts from vpdesk/gui first")
    args = parser.parse_args(argv)
    if args.update:
        update()
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        print(compile_ts(ts).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
