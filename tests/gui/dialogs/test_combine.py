"""Share figures and combine them into one report, from the window's File menu.

Two real vaults hold cases of one organisation. Adviser A writes the figures file through
File › Share figures (typed by keyboard), adviser B through ``vpdesk aggregate``; the combined
report is made through File › Combine advisers' figures and read back from the PDF.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.gui.shell_support import unlocked_window, wait_until
from tests.gui.test_case_helpers import on_next_modal
from tests.stats import combining
from tests.stats.combining import SHARED, cases
from tests.stats.releases import spread
from vpdesk.gui.dialogs.combine import CombineDialog, ShareFiguresDialog
from vpdesk.gui.main_window import MainWindow
from vpdesk.stats.combine import decode
from vpdesk.vault.aggregate import read_aggregate_file

ORG = "Gemeente Samen"
A_CASES = cases(ORG, 2025, 12, "A", channel=spread({"phone": 2, "email": 5, "in_person": 5})) + cases(
    "Stichting Anders", 2025, 10, "S"
)
B_CASES = cases(ORG, 2025, 11, "B", channel=spread({"phone": 6, "video": 5}))


@pytest.fixture
def vaults(tmp_path: Path) -> tuple[Path, Path]:
    a, b = combining.vaults_of(tmp_path, A_CASES, B_CASES)
    return a, b


def _open(qtbot: Any, path: Path) -> MainWindow:
    return unlocked_window(qtbot, path, None)


def _share_by_keyboard(qtbot: Any, window: MainWindow, shared: str, again: str) -> list[str]:
    """File › Share figures: choose the organisation and year, type the passphrase twice."""
    seen: list[str] = []

    def fill(dialog: Any) -> None:
        try:
            assert isinstance(dialog, ShareFiguresDialog)
            qtbot.keyClicks(dialog.organisation, ORG[:10])  # a closed combo box selects by typing
            qtbot.keyClick(dialog.organisation, Qt.Key.Key_Tab)
            qtbot.keyClick(dialog.year, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(dialog.year, "2025")
            qtbot.keyClicks(dialog.shared.passphrase, shared)
            qtbot.keyClicks(dialog.shared.repeat, again)
            qtbot.keyClick(dialog.shared.repeat, Qt.Key.Key_Return)  # the default button
            wait_until(qtbot, lambda: dialog.written is not None or bool(dialog.message.text()))
            wait_until(qtbot, lambda: dialog.written is not None or dialog.write_button.isEnabled())
            seen.append(dialog.message.text())
        finally:  # a failed check must not leave the dialog waiting
            dialog.reject()

    on_next_modal(fill)
    window.share_figures_action.trigger()
    return seen


def test_share_figures_and_combine_them_from_the_menus(
    qtbot: Any, vaults: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fa, fb, out = tmp_path / "a.vpagg", tmp_path / "b.vpagg", tmp_path / "samen"
    combining.aggregate(vaults[1], fb, ORG)
    window = _open(qtbot, vaults[0])
    assert window.share_figures_action.isEnabled() and window.combine_action.isEnabled()

    # the shared passphrase must be typed the same twice; nothing is written until it is
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fa.with_suffix("")), ""))
    said = _share_by_keyboard(qtbot, window, SHARED, SHARED + "x")
    assert not fa.exists() and "match" in said[0]
    said = _share_by_keyboard(qtbot, window, SHARED, SHARED)
    assert fa.exists(), said  # the suffix was added to the typed name
    assert "a.vpagg" in said[0]
    part = decode(read_aggregate_file(fa, SHARED), str(fa))
    assert part.organisation == ORG and part.year == 2025 and part.counts[2025].cases_opened == 12
    vault = window.vault
    assert vault is not None
    assert any(r.year == 2025 for r in vault.releases.releases((2025,))), "released now"

    # combine: add both files, type the shared passphrase, save a PDF
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(fa), str(fb)], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))

    def combine(dialog: Any, shared: str, result: list[str]) -> None:
        try:
            assert isinstance(dialog, CombineDialog)
            assert dialog.focusWidget() is dialog.add_button  # the first thing to do
            qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
            assert dialog.files.count() == 2
            qtbot.keyClicks(dialog.shared, shared)
            dialog.pdf_button.setFocus()
            qtbot.keyClick(dialog.pdf_button, Qt.Key.Key_Space)
            wait_until(qtbot, lambda: dialog.pdf_button.isEnabled() and "…" not in dialog.message.text())
            result.append(dialog.message.text())
        finally:
            dialog.reject()

    wrong: list[str] = []
    on_next_modal(lambda d: combine(d, "niet de gedeelde zin", wrong))
    window.combine_action.trigger()
    assert "a.vpagg" in wrong[0] and not out.with_suffix(".pdf").exists()

    right: list[str] = []
    on_next_modal(lambda d: combine(d, SHARED, right))
    window.combine_action.trigger()
    pdf = out.with_suffix(".pdf")
    assert pdf.exists(), right
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "2 vertrouwenspersonen" in " ".join(text.split())
    assert ORG in text
    window.close()


def test_combine_needs_no_open_vault_but_sharing_does(qtbot: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.vault is None
    assert window.combine_action.isEnabled() and not window.share_figures_action.isEnabled()
    window.close()
