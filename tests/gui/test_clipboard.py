"""The clipboard guard clears what the application copied: after a while, on lock, on quit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from vpdesk.gui.clipboard import CLEAR_AFTER_MS, ClipboardGuard
from vpdesk.gui.main_window import MainWindow


def test_default_is_thirty_seconds(qtbot) -> None:  # type: ignore[no-untyped-def]
    guard = ClipboardGuard()
    assert CLEAR_AFTER_MS == 30_000 == guard.clear_after_ms


def test_copied_text_is_cleared_after_the_interval(qtbot) -> None:  # type: ignore[no-untyped-def]
    guard = ClipboardGuard(clear_after_ms=200)
    guard.copy("2026-014")
    assert QGuiApplication.clipboard().text() == "2026-014"
    assert guard.is_armed()
    qtbot.wait(50)
    assert QGuiApplication.clipboard().text() == "2026-014"  # not before its time
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)
    assert not guard.is_armed()


def test_someone_elses_text_is_left_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    guard = ClipboardGuard(clear_after_ms=150)
    guard.copy("2026-014")
    # another program copies something (no window of ours has focus)
    assert QGuiApplication.focusWindow() is None
    QGuiApplication.clipboard().setText("boodschappenlijst")
    qtbot.wait(400)
    assert QGuiApplication.clipboard().text() == "boodschappenlijst"
    guard.clear()
    assert QGuiApplication.clipboard().text() == "boodschappenlijst"


def test_text_copied_in_a_field_of_ours_is_guarded(qtbot) -> None:  # type: ignore[no-untyped-def]
    guard = ClipboardGuard(clear_after_ms=60_000)
    field = QLineEdit("Jan de Vries")
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None, timeout=3000)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Jan de Vries"
    assert guard.is_armed()
    guard.clear()  # as on lock
    assert QGuiApplication.clipboard().text() == ""


def test_quitting_the_window_clears_the_clipboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.clipboard_guard.copy("xq-2025-901")
    assert QGuiApplication.clipboard().text() == "xq-2025-901"
    window.close()
    assert QGuiApplication.clipboard().text() == ""
