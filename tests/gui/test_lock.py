"""Locking by shortcut, by idle time and on minimise; unlocking returns to where one was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.gui.shell_support import SECRETS, Seeded, seed_vault, visible_texts, wait_until
from tests.support import PASSPHRASE
from vpdesk.gui import ui_settings
from vpdesk.gui.lock import IdleWatcher, save_or_discard
from vpdesk.gui.main_window import MainWindow
from vpdesk.vault import Vault


@pytest.fixture
def seeded(tmp_path: Path) -> Seeded:
    return seed_vault(tmp_path / "kantoor.vpdesk")


@pytest.fixture
def window(qtbot, seeded: Seeded):  # type: ignore[no-untyped-def]
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    _unlock(qtbot, w, seeded.path)
    yield w
    w.close()


def _unlock(qtbot, w: MainWindow, path: Path | None = None) -> None:  # type: ignore[no-untyped-def]
    if path is not None:
        w.request_unlock(path)
    qtbot.keyClicks(w.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(w.unlock_screen.passphrase, Qt.Key.Key_Return)
    wait_until(qtbot, lambda: w.vault is not None)
    wait_until(qtbot, lambda: w.dashboard.board() is not None)


def _assert_locked_and_empty(w: MainWindow, old_vault: Vault) -> None:
    assert w.is_locked()
    assert w.vault is None
    assert old_vault.db.conn is None  # the connection (and with it the key) is gone
    assert w.screens.currentWidget() is w.unlock_screen
    assert w.unlock_screen.heading.text() == "Locked"
    texts = visible_texts(w)
    for secret in (*SECRETS, "Dana Tester", "HR bellen"):
        assert secret not in texts, secret
    for model in (w.dashboard.overdue_model, w.dashboard.soon_model, w.dashboard.signals_model):
        assert model.rowCount() == 0
    assert w.dashboard.chart.counts() == []
    cases = w.pages["cases"]
    if hasattr(cases, "model"):
        assert cases.model.rowCount() == 0
    assert not w.lock_action.isEnabled()


def test_ctrl_l_locks_and_unlocking_returns(qtbot, window: MainWindow, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    window.go_to("organisations")
    before = visible_texts(window)
    assert "Oranjerie Kwekerij Secret" in before  # the data was on screen
    vault = window.vault
    assert vault is not None
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _assert_locked_and_empty(window, vault)
    assert window.windowTitle() == "vpdesk — kantoor.vpdesk"

    # a wrong passphrase keeps it locked
    qtbot.keyClicks(window.unlock_screen.passphrase, "verkeerd")
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    wait_until(qtbot, lambda: bool(window.unlock_screen.error.text()))
    assert window.is_locked()

    _unlock(qtbot, window)
    assert window.current_page_key() == "organisations"
    assert not window.is_locked()
    wait_until(qtbot, lambda: "Oranjerie Kwekerij Secret" in visible_texts(window))
    assert window.vault is not None
    assert "vault_locked" in [e.kind for e in window.vault.audit.events()]


def test_unlock_returns_to_the_open_case(qtbot, window: MainWindow, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    cases = window.pages["cases"]
    if not hasattr(cases, "open_case"):
        pytest.skip("the cases page is not part of this build")
    window.open_case(seeded.case_ids[1])
    assert window.current_page_key() == "cases"
    state = cases.state()
    assert state.get("case_id") == seeded.case_ids[1]
    window.lock_now()
    assert window.is_locked()
    _unlock(qtbot, window)
    assert window.current_page_key() == "cases"
    wait_until(qtbot, lambda: cases.state().get("case_id") == seeded.case_ids[1])
    assert cases.state().get("view") == state.get("view")


def test_idle_timer_locks(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    vault = window.vault
    assert vault is not None
    assert window.idle.timeout_ms() == ui_settings.DEFAULT_IDLE_MINUTES * 60_000
    window.idle.set_timeout_ms(300)
    wait_until(qtbot, window.is_locked, timeout=5000)
    _assert_locked_and_empty(window, vault)
    assert not window.idle.is_active()  # no timer while locked


def test_activity_postpones_the_idle_lock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.idle.set_timeout_ms(400)
    for _ in range(8):
        qtbot.mouseMove(window, QPoint(100, 100))
        qtbot.wait(60)
        qtbot.mouseMove(window, QPoint(120, 130))
        qtbot.wait(60)
    assert not window.is_locked()  # ~1 s of activity with a 0.4 s timeout
    wait_until(qtbot, window.is_locked, timeout=5000)


def test_idle_watcher_sees_key_presses(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = QWidget()
    qtbot.addWidget(field)
    watcher = IdleWatcher(None, 250)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    for _ in range(6):
        qtbot.keyClick(field, Qt.Key.Key_A)
        qtbot.wait(80)
    assert not fired
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    watcher.shutdown()


def test_minimise_locks_when_asked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.showMinimized()
    qtbot.wait(50)
    assert not window.is_locked()  # off by default
    window.showNormal()
    ui_settings.set_lock_on_minimise(True)
    window.apply_settings()
    window.showMinimized()
    wait_until(qtbot, window.is_locked, timeout=3000)


def test_lock_closes_open_dialogs(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    box = QMessageBox(QMessageBox.Icon.Information, "x", "Zwaluwstaart-Pietersen", parent=window)
    box.open()
    assert box.isVisible()
    window.lock_now()
    assert not box.isVisible()
    assert window.is_locked()


def test_lock_clears_our_clipboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.clipboard_guard.copy("xq-2025-901")
    assert QGuiApplication.clipboard().text() == "xq-2025-901"
    window.lock_now()
    assert QGuiApplication.clipboard().text() == ""


class _EditingPage(QWidget):
    def __init__(self, saves: bool) -> None:
        super().__init__()
        self.dirty, self.saves, self.saved = True, saves, False

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    def save(self) -> bool:
        self.saved = self.saves
        self.dirty = not self.saves
        return self.saves


def test_unattended_lock_saves_what_it_can() -> None:
    good, bad, clean = _EditingPage(True), _EditingPage(False), _EditingPage(True)
    clean.dirty = False
    lost = save_or_discard({"good": good, "bad": bad, "clean": clean})
    assert lost == ["bad"]
    assert good.saved and not clean.saved


def test_idle_lock_saves_a_valid_edit_of_the_open_case(qtbot, window: MainWindow, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    cases = window.pages["cases"]
    editor = getattr(cases, "editor", None)
    if editor is None or not hasattr(editor, "reporter_phone"):
        pytest.skip("the case editor is not part of this build")
    window.open_case(seeded.case_ids[0])
    editor.reporter_phone.setFocus()
    qtbot.keyClicks(editor.reporter_phone, "06-12345678")
    assert window.unsaved_pages() == ["cases"]
    window.idle.set_timeout_ms(200)
    wait_until(qtbot, window.is_locked, timeout=5000)
    assert editor.reporter_phone.text() == ""  # gone from the widget
    _unlock(qtbot, window)
    assert window.vault is not None
    case = window.vault.cases.get(seeded.case_ids[0])
    assert case is not None
    assert case.reporter_phone == "06-12345678"


def test_shutdown_closes_the_vault_without_asking(qtbot, window: MainWindow, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    vault = window.vault
    assert vault is not None
    window.shutdown()
    assert not window.isVisible()
    assert vault.db.conn is None
    assert not Path(str(seeded.path) + "-wal").exists()  # checkpointed and closed cleanly
