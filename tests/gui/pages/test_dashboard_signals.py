"""The dashboard's signals in the window: kept up to date, and computed without freezing it."""

from __future__ import annotations

import random
import shutil
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView

from tests.gui.shell_support import open_seeded_window, wait_until
from tests.support import PASSPHRASE
from vpdesk.domain.models import Case, Organisation
from vpdesk.gui.models.case_table import CaseTableModel
from vpdesk.gui.pages.dashboard import DashboardPage
from vpdesk.gui.tasks import pool, wait_for_tasks
from vpdesk.vault import Vault
from vpdesk.vault.dashboard import load_dashboard


def _accused_rows(page: DashboardPage) -> list[str]:
    model = page.signals_model
    return [
        model.index(row, 2).data()
        for row in range(model.rowCount())
        if "accused" in model.index(row, 0).data() or "beschuldigde" in model.index(row, 0).data()
    ]


def test_a_case_added_in_the_window_joins_the_accused_signal(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_seeded_window(qtbot, tmp_path)
    dashboard = window.dashboard
    assert _accused_rows(dashboard) == ["xq-2025-903, xq-2025-902, xq-2025-901"]

    # a new case through the editor: Ctrl+N, the accused typed, a behaviour, Ctrl+S
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    cases = window.pages["cases"]
    editor = cases.editor
    qtbot.keyClicks(editor.accused, "J. ZWALUWSTAART")
    behaviours = editor.behaviours
    behaviours.setFocus()
    behaviours.setCurrentRow(0)
    qtbot.keyClick(behaviours, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not cases.has_unsaved_changes()
    new_ref = editor.ref.text()

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "dashboard"
    # loads started before the save have delivered their results
    wait_until(qtbot, lambda: pool().activeThreadCount() == 0 and dashboard.refresh_button.isEnabled())
    QApplication.processEvents()
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        qtbot.mouseClick(dashboard.refresh_button, Qt.MouseButton.LeftButton)
    [row] = _accused_rows(dashboard)
    assert row.split(", ") == ["xq-2025-903", "xq-2025-902", "xq-2025-901", new_ref]  # as opened
    window.close()


def _large_vault(path: Path, cases: int) -> None:
    """Many cases of a few organisations, each naming an accused, none grouped yet."""
    rng = random.Random(5)
    first = ["Jan", "Piet", "Fatima", "Zoë", "Łukasz", "Ayşe", "Kees", "Noor", "Daan", "Sanne"]
    last = [
        f"{a}{b}"
        for a in ("Bak", "Vr", "Yıl", "Çel", "Jan", "Sm")
        for b in ("ker", "ies", "maz", "ik", "sen", "it")
    ]
    with Vault.create(path, PASSPHRASE) as vault:
        orgs = [vault.organisations.add(Organisation(name=f"Organisatie {n}")) for n in range(4)]
        start = date(2023, 1, 1)
        batch = [
            Case(
                ref=f"G-{i:06d}",
                organisation_id=rng.choice(orgs),
                opened=start + timedelta(days=rng.randint(0, 1200)),
                behaviours=["bullying"],
                department=rng.choice(["Inkoop", "Verkoop", "Zorg", ""]),
                accused=" ".join(
                    (
                        rng.choice(first),
                        rng.choice(["de", "van", ""]),
                        rng.choice(last) + str(rng.randint(0, 300)),
                    )
                ),
            )
            for i in range(cases)
        ]
        vault.cases.add_many(batch)


def test_the_case_list_stays_responsive_while_the_signals_compute(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "groot.vpdesk"
    _large_vault(path, 20_000)
    anew = tmp_path / "opnieuw.vpdesk"  # the same vault, every organisation still to group
    shutil.copyfile(path, anew)
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.db.query_one("SELECT count(*) FROM accused_stale")[0] == 4  # all to be grouped
        model = CaseTableModel()
        model.set_rows(vault.cases.rows())
        table = QTableView()
        qtbot.addWidget(table)
        table.setModel(model)
        table.resize(900, 600)
        table.show()
        page = DashboardPage()
        qtbot.addWidget(page)
        page.show()

        # A 5 ms heartbeat on the GUI thread scrolls the case list and reads from the vault,
        # as opening a case would; its longest gap is the longest the window froze.
        clock, gaps, last, beats = QElapsedTimer(), [0], [0], [0]

        def beat() -> None:
            now = clock.elapsed()
            gaps[0] = max(gaps[0], now - last[0])
            last[0] = now
            beats[0] += 1
            table.verticalScrollBar().setValue((beats[0] * 7) % max(1, table.verticalScrollBar().maximum()))
            vault.organisations.names()

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(beat)
        clock.start()
        timer.start()
        with qtbot.waitSignal(page.loaded, timeout=60_000):
            page.set_vault(vault)
        took = clock.elapsed()
        timer.stop()
        wait_for_tasks()
        assert page.board() is not None and len(_accused_rows(page)) > 20
        assert vault.db.query_one("SELECT count(*) FROM accused_stale")[0] == 0  # stored for next time
        page.set_vault(None)
    # Computed on this thread, the signals of 20,000 cases stop it for about half a second
    # (measured here on the copy, so a busy machine slows both alike); in the background it
    # goes on beating, pausing at most for one write.
    with Vault.open(anew, PASSPHRASE) as vault:
        clock.start()
        load_dashboard(vault)
        on_this_thread = clock.elapsed()
    assert beats[0] >= took // 100, (beats[0], took)
    assert gaps[0] < max(250, on_this_thread // 2), f"the window froze for {gaps[0]} of {on_this_thread} ms"
