"""The dashboard's step lists: what each step is, and marking one done by keyboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vpdesk.gui.main_window import MainWindow
from vpdesk.vault import Vault

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    window.activateWindow()  # Ctrl+D is a shortcut: the window must have the keyboard
    return window


def _vault(window: MainWindow) -> Vault:
    assert window.vault is not None
    return window.vault


def test_the_step_lists_say_what_each_step_is(window: MainWindow) -> None:
    model = window.dashboard.overdue_view.model()
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[-1] == "Step"
    assert model.index(0, 1).data() == "xq-2025-901"
    assert model.index(0, 2).data() == "HR bellen"


def test_ctrl_d_marks_the_selected_step_done_in_the_vault(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dashboard = window.dashboard
    view = dashboard.soon_view
    assert view.model().index(0, 2).data() == "Verslag sturen"
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)  # the first step, selected by keyboard
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert view.model().rowCount() == 0
    assert dashboard.soon_tile.number.text() == "0"
    assert "marked done" in window.statusBar().currentMessage()
    steps = {s.what: s for s in _vault(window).steps.open_due_before(date(2100, 1, 1))}
    assert "Verslag sturen" not in steps  # done now: no longer open
    done = [s for case in _vault(window).cases.rows() for s in _vault(window).steps.for_parent(case.id)]
    assert [s.done for s in done if s.what == "Verslag sturen"] == [date.today()]
    # the overdue step was left alone
    assert dashboard.overdue_view.model().index(0, 2).data() == "HR bellen"
    ARTIFACTS.mkdir(exist_ok=True)
    dashboard.grab().save(str(ARTIFACTS / "dashboard-step-done.png"))


def test_the_step_lists_offer_mark_done_in_their_context_menu(window: MainWindow) -> None:
    for view in (window.dashboard.overdue_view, window.dashboard.soon_view):
        assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        texts = [a.text().replace("&", "") for a in view.actions()]
        assert texts == ["Mark the step done"]
        assert view.actions()[0].shortcut().toString() == "Ctrl+D"


def test_without_a_selected_step_nothing_is_marked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.dashboard.overdue_view
    view.clearSelection()
    view.setCurrentIndex(view.model().index(-1, -1))
    QApplication.processEvents()
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert _vault(window).steps.open_due_before(date(2100, 1, 1))  # both steps still open
    assert len(_vault(window).steps.open_due_before(date(2100, 1, 1))) == 2


def test_the_case_open_in_the_editor_shows_the_step_done(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.dashboard.soon_view
    case_id = view.model().index(0, 0).data(Qt.ItemDataRole.UserRole)
    window.open_case(int(case_id))
    editor = window.pages["cases"].editor
    assert editor.case_id == case_id
    window.go_to("dashboard")
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    with qtbot.waitSignal(window.dashboard.loaded, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [s.done for s in editor.step_model.items() if s.what == "Verslag sturen"] == [date.today()]
    assert not editor.is_dirty()
