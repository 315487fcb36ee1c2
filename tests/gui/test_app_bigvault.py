"""Opening a 10,000-case vault through the unlock screen gives the full case list and the
dashboard (how fast is measured by bench/run.py, not asserted here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.shell_support import wait_until
from tests.support import PASSPHRASE
from vpdesk.gui.main_window import MainWindow
from vpdesk.vault import Vault


@pytest.mark.slow
def test_ten_thousand_cases_open_to_a_usable_list(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vpdesk.demo import generate_demo

    path = tmp_path / "groot.vpdesk"
    with Vault.create(path, PASSPHRASE) as vault:
        generate_demo(vault, cases=10_000, seed=3)
    from vpdesk.gui.tasks import wait_for_tasks

    wait_for_tasks()  # nothing left over from earlier tests on the worker
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    cases = window.pages["cases"]
    opened: list[bool] = []
    window.session.opened.connect(lambda v: opened.append(True) if v else None)
    window.request_unlock(path)
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    wait_until(qtbot, lambda: bool(opened), timeout=30_000)
    wait_until(qtbot, lambda: getattr(cases, "loaded", False) and cases.model.rowCount() == 10_000)
    wait_until(qtbot, lambda: window.dashboard.board() is not None)
    window.close()
