"""Make the user manual's screenshots from the real application, reproducibly.

    .venv/bin/python tools/screenshots.py                 # writes docs/images/*.png
    .venv/bin/python tools/screenshots.py --out /tmp/shots
    .venv/bin/python tools/screenshots.py --icons         # resources/icons/vpdesk.{png,ico,icns}

The script starts itself again under ``xvfb-run`` (a 1280x800 X screen, Qt's xcb platform)
with private, empty HOME and XDG folders, so the preferences of the person running it are
neither used nor touched. The window then starts as on a first start (Dutch, the first-run
guide), opens the demo vault (invented data, seed 1) and is driven through its screens
exactly as an adviser would see them; each screenshot is a grab of the whole X screen.
The PNGs are stripped and reduced to a 256-colour palette with ImageMagick's ``convert``
when it is installed.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1280, 800
INNER = "VPDESK_SCREENSHOTS_INNER"

# A spreadsheet export with mistakes, for the picture of how import problems are reported.
BAD_CSV = (
    "case_ref;organisation;opened;behaviours;outcome\n"
    "2026-101;Gemeente Voorbeeld;12-03-2026;pesten;\n"
    "2026-102;Gemeente Voorbeeld;31-02-2026;pesten;\n"
    "2026-103;;2026-04-02;roddelen;\n"
    "2026-101;Gemeente Voorbeeld;2026-04-09;intimidatie;gewonnen\n"
)


def outer(out: Path) -> int:
    """Run this script again under Xvfb with a private home; returns its exit code."""
    if shutil.which("xvfb-run") is None:
        print("xvfb-run is not installed (Debian: apt-get install xvfb)", file=sys.stderr)
        return 1
    # a fixed private home, so the paths the pictures show are the same on every run; one run
    # at a time uses it
    base = Path(tempfile.gettempdir()) / "vpdesk-screenshots"
    lock = open(f"{base}.lock", "w")  # noqa: SIM115 - held until the process ends
    fcntl.flock(lock, fcntl.LOCK_EX)
    shutil.rmtree(base, ignore_errors=True)
    home = base / "adviseur"
    (home / "Documenten").mkdir(parents=True)
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("VPDESK_", "XDG_", "QT_"))}
        env.update(
            HOME=str(home), QT_QPA_PLATFORM="xcb", LANG="nl_NL.UTF-8", **{INNER: str(home / "Documenten")}
        )
        command = [
            "xvfb-run",
            "-a",
            "-s",
            f"-screen 0 {WIDTH}x{HEIGHT}x24",
            sys.executable,
            str(Path(__file__).resolve()),
            "--out",
            str(out.resolve()),
        ]
        return subprocess.run(command, env=env, cwd=str(home), check=False).returncode
    finally:
        shutil.rmtree(base, ignore_errors=True)


def optimise(png: Path) -> None:
    """Strip and palette-reduce ``png`` in place (screenshots of a UI lose nothing visible)."""
    convert = shutil.which("convert")
    if convert is None:
        return
    tmp = png.with_suffix(".tmp.png")
    subprocess.run(
        [convert, str(png), "-strip", "-colors", "256", "-define", "png:compression-level=9", f"PNG8:{tmp}"],
        check=True,
    )
    tmp.replace(png)


def secondary_tab(tabs: Any, default: int) -> int:
    """The index of the first tab whose table shows a secondarily suppressed cell ("x")."""
    from PySide6.QtWidgets import QAbstractItemView

    for index in range(tabs.count()):
        for view in tabs.widget(index).findChildren(QAbstractItemView):
            model = view.model()
            if model is None:
                continue
            for row in range(model.rowCount()):
                for col in range(model.columnCount()):
                    if model.index(row, col).data() == "x":
                        return index
    return default


def inner(out: Path, work: Path) -> int:
    """Drive the window through its screens and save a screenshot of each."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTextEdit

    from vpdesk.demo import DEMO_PASSPHRASE
    from vpdesk.gui.app import setup_application
    from vpdesk.gui.dialogs.about import AboutDialog
    from vpdesk.gui.dialogs.create_vault import CreateVaultDialog
    from vpdesk.gui.dialogs.first_run_guide import FirstRunGuide
    from vpdesk.gui.main_window import MainWindow

    app = setup_application([sys.argv[0]])
    out.mkdir(parents=True, exist_ok=True)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(condition: Callable[[], bool], what: str, timeout_ms: int = 120_000) -> None:
        waited = 0
        while not condition():
            if waited > timeout_ms:
                raise SystemExit(f"timed out waiting for {what}")
            wait(50)
            waited += 50

    def shot(name: str, settle_ms: int = 400) -> None:
        wait(settle_ms)
        app.processEvents()
        screen = QGuiApplication.primaryScreen()
        pixmap = screen.grabWindow(0)
        path = out / f"{name}.png"
        if not pixmap.save(str(path)):
            raise SystemExit(f"could not write {path}")
        optimise(path)
        print(
            f"{path.relative_to(out.parent) if out.parent in path.parents else path}  "
            f"{path.stat().st_size // 1024} KB"
        )

    def top(kind: type) -> Any:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                return widget
        return None

    window = MainWindow()
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()

    # 1. the very first start: the guide over the welcome screen
    wait_until(lambda: top(FirstRunGuide) is not None, "the first-run guide")
    guide = top(FirstRunGuide)
    assert guide is not None
    guide.move(WIDTH - guide.width() - 20, 40)
    shot("eerste-start")
    guide.close()
    shot("welkom")

    # 2. a new vault: the passphrase and its strength
    dialog = CreateVaultDialog(window, work)
    dialog.location.setText(str(work / "kantoor.vpdesk"))
    dialog.show()
    dialog.passphrase.setText("paarse olifant fietst naar de markt")
    dialog.repeat.setText("paarse olifant fietst naar de markt")
    shot("nieuwe-kluis")
    dialog.reject()

    # 3. the demo vault: dashboard, cases, a case, organisations, activities, the report
    window.open_demo()
    wait_until(lambda: window.vault is not None, "the demo vault")
    wait_until(lambda: window.dashboard.board() is not None, "the dashboard")
    shot("overzicht", 1000)

    # purging asks first: the cases past their retention period and how many
    from vpdesk.gui.dialogs.purge import PurgeDialog

    board = window.dashboard.board()
    due = list(board.purge_due) if board is not None else []
    if not due:
        raise SystemExit("the demo vault has no cases past their retention period")
    purge = PurgeDialog(window, window.vault, due)
    purge.show()
    purge.move((WIDTH - purge.width()) // 2, (HEIGHT - purge.height()) // 2)
    wait_until(lambda: purge.loaded, "the cases to purge")
    shot("opschonen", 600)
    purge.reject()
    purge.deleteLater()

    vault = window.vault
    assert vault is not None
    cases = window.pages["cases"]
    window.go_to("cases")
    wait_until(lambda: bool(cases.count_label.text()), "the case list")
    shot("meldingen", 800)

    cases.status_filter.setCurrentIndex(1)  # open cases only
    cases.search.setText("gesprek")
    wait(1200)
    shot("meldingen-zoeken", 800)
    cases.search.clear()
    cases.status_filter.setCurrentIndex(0)

    # a case with conversations, steps and referrals, as a worked example
    chosen = None
    for row in vault.cases.rows():
        case_id = row.id
        if (
            row.closed is None
            and row.next_due is not None
            and vault.referrals.for_parent(case_id)
            and len(vault.conversations.for_parent(case_id)) >= 2
        ):
            chosen = case_id
            break
    if chosen is None:
        chosen = vault.cases.rows()[0].id
    window.open_case(chosen)
    wait(1200)
    shot("melding", 600)
    editor = cases.editor
    editor.tabs.setCurrentIndex(2)
    shot("melding-verwijzingen", 400)

    # the access export of that case, with a name blacked out
    from vpdesk.gui.dialogs.access_export import AccessExportDialog

    export = AccessExportDialog(window, vault, chosen)
    export.show()
    export.move((WIDTH - export.width()) // 2, 60)
    wait_until(lambda: export.passage_list.count() > 0, "the passages of the access export")
    # black out the first name mentioned after "met" (with), as an adviser would
    for index in range(export.passage_list.count()):
        export.passage_list.setCurrentRow(index)
        passage = export.current_passage()
        text = passage.text if passage is not None else ""
        at = text.find(" met ")
        if at >= 0 and text[at + 5 : at + 6].isupper():
            start = at + 5
            end = start
            while end < len(text) and text[end].isalpha():
                end += 1
            export.select_text(start, end)
            export.black_out_selection()
            break
    else:
        export.passage_list.setCurrentRow(0)
        passage = export.current_passage()
        if passage is not None and passage.text:
            export.select_text(0, min(len(passage.text), 20))
            export.black_out_selection()
    cursor = export.text_view.textCursor()
    cursor.clearSelection()  # show the dark marking, not the selection
    export.text_view.setTextCursor(cursor)
    shot("inzage-export", 600)
    export.reject()
    # a saved export, so that the audit log further on shows one
    from vpdesk.report.access_export import write_access_export

    write_access_export(vault, chosen, out=work / "inzage-export.pdf")

    window.go_to("organisations")
    organisations = window.pages["organisations"]
    wait(800)
    organisations.list.setCurrentIndex(organisations.list.model().index(0, 0))
    shot("organisaties", 800)

    window.go_to("activities")
    shot("activiteiten", 1200)

    window.go_to("report")
    report = window.pages["report"]
    wait(800)
    report.organisation.setCurrentIndex(min(1, report.organisation.count() - 1))
    report.year.setValue(report.year.value() - 1)
    wait(2500)
    shot("jaarverslag", 800)
    # a breakdown where secondary suppression ("x") shows, else the outcome
    report.tabs.setCurrentIndex(secondary_tab(report.tabs, default=3))
    shot("jaarverslag-afscherming", 600)

    # 4. the lock
    window.go_to("dashboard")
    window.lock_now()
    shot("vergrendeld", 600)
    window.unlock_screen.passphrase.setText(DEMO_PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    wait_until(lambda: window.vault is not None, "unlocking")

    # 5. an import with mistakes: every problem listed, nothing imported
    bad = work / "registratie.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    window.import_cases(bad)
    wait_until(lambda: bool(window.last_import_message), "the import result")
    box = top(QMessageBox)
    if box is not None:
        for button in box.findChildren(QPushButton):
            if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
                button.click()  # "Show details…"
        for details in box.findChildren(QTextEdit):
            details.setMinimumSize(720, 160)  # wide enough to read each problem on one line
        wait(300)
        box.adjustSize()
        box.move((WIDTH - box.width()) // 2, (HEIGHT - box.height()) // 2)
        shot("import-fouten", 600)
        box.close()

    # 6. the audit log: time, event and internal case number, never names or text
    from vpdesk.gui.dialogs.audit_log import AuditDialog

    audit = AuditDialog(window, window.vault)
    audit.show()
    audit.move((WIDTH - audit.width()) // 2, (HEIGHT - audit.height()) // 2)
    wait_until(lambda: audit.loaded, "the audit log")
    shot("logboek", 600)
    audit.close()

    # 7. About, with the licences
    about = AboutDialog(window)
    about.show()
    about.move((WIDTH - about.width()) // 2, (HEIGHT - about.height()) // 2)
    about.parts.setCurrentRow(1)
    shot("over-vpdesk", 600)
    about.close()

    window.shutdown()
    wait(300)
    return 0


def render_icons(folder: Path = ROOT / "resources" / "icons") -> list[Path]:
    """Draw the application icon from its SVG as PNG (Linux), ICO (Windows) and ICNS (macOS)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(folder / "vpdesk.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/icons/vpdesk.svg could not be read")
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    written = []
    for suffix in ("png", "ico", "icns"):
        target = folder / f"vpdesk.{suffix}"
        if not image.save(str(target)):  # the format follows the suffix
            raise SystemExit(f"could not write {target}")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--icons", action="store_true", help="only draw the icon files from the SVG")
    args = parser.parse_args(argv)
    if args.icons:
        for path in render_icons():
            print(path.relative_to(ROOT), path.stat().st_size, "bytes")
        return 0
    work = os.environ.get(INNER)
    if work:
        return inner(args.out, Path(work))
    return outer(args.out)


if __name__ == "__main__":
    raise SystemExit(main())
