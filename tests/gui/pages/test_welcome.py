"""Welcome screen, unlock prompt and the new-vault dialog, driven as a person would."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.gui.shell_support import new_window, seed_vault, wait_until
from tests.support import PASSPHRASE
from vpdesk.gui import ui_settings
from vpdesk.gui.dialogs.create_vault import CreateVaultDialog
from vpdesk.gui.main_window import MainWindow
from vpdesk.gui.widgets.passphrase_form import passphrase_strength
from vpdesk.paths import demo_vault_path
from vpdesk.vault import Vault

window = pytest.fixture(name="window")(new_window)  # a window with no vault open yet


def _type_and_submit(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    field = window.unlock_screen.passphrase
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_wrong_then_right_passphrase(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_vault(tmp_path / "kantoor.vpdesk")
    window.request_unlock(seeded.path)
    assert window.screens.currentWidget() is window.unlock_screen
    assert window.windowTitle() == "vpdesk"  # nothing is open yet
    assert "kantoor.vpdesk" in window.unlock_screen.file_label.text()

    _type_and_submit(qtbot, window, "not the passphrase")
    wait_until(qtbot, lambda: window.unlock_screen.error.isVisibleTo(window.unlock_screen))
    assert "passphrase" in window.unlock_screen.error.text()
    assert window.vault is None
    assert window.unlock_screen.passphrase.text() == ""  # cleared for another try
    assert window.unlock_screen.passphrase.isEnabled()

    _type_and_submit(qtbot, window, PASSPHRASE)
    wait_until(qtbot, lambda: window.vault is not None)
    assert window.screens.currentIndex() == MainWindow.SCREEN_WORK
    assert window.current_page_key() == "dashboard"
    assert window.windowTitle() == "vpdesk — kantoor.vpdesk"
    wait_until(qtbot, lambda: window.dashboard.board() is not None)
    assert window.dashboard.open_tile.number.text() == "3"


def test_damaged_file_says_so_and_points_to_backups(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kapot.vpdesk"
    Vault.create(path, PASSPHRASE).close()
    data = bytearray(path.read_bytes())
    data[200:232] = os.urandom(32)
    path.write_bytes(bytes(data))
    window.request_unlock(path)
    _type_and_submit(qtbot, window, PASSPHRASE)
    wait_until(qtbot, lambda: bool(window.unlock_screen.error.text()))
    message = window.unlock_screen.error.text()
    assert "damaged" in message and "backup" in message
    assert window.vault is None


def test_missing_file_returns_to_welcome(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.request_unlock(tmp_path / "weg.vpdesk")
    assert window.screens.currentWidget() is window.welcome
    assert window.welcome.message.text()


def test_strength_meter_and_confirmation(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = CreateVaultDialog(None, tmp_path)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.passphrase, "demo")
    assert dialog.meter.value() <= 1
    assert not ok.isEnabled()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    assert dialog.meter.value() == passphrase_strength(PASSPHRASE)[0] >= 3
    assert not ok.isEnabled()  # not typed twice yet
    qtbot.keyClicks(dialog.repeat, PASSPHRASE[:-1])
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.repeat, PASSPHRASE[-1])
    dialog.location.setText(str(tmp_path / "nieuw"))
    assert ok.isEnabled(), dialog.feedback.text()
    assert dialog.vault_path().name == "nieuw.vpdesk"
    texts = " ".join(w.text() for w in dialog.findChildren(type(dialog.feedback)))
    assert "recover" in texts  # the plain warning about a lost passphrase


def test_create_vault_from_the_welcome_screen(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "nieuw.vpdesk"

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CreateVaultDialog)
        dialog.location.setText(str(target))
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClicks(dialog.repeat, PASSPHRASE)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(100, fill_dialog)
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: window.vault is not None)
    assert target.is_file()
    assert window.windowTitle() == "vpdesk — nieuw.vpdesk"
    window.close_vault()
    assert window.vault is None
    with Vault.open(target, PASSPHRASE) as vault:
        assert vault.cases.count() == 0


def test_demo_vault_opens_to_the_dashboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: window.vault is not None, timeout=60_000)
    assert demo_vault_path().is_file()
    wait_until(qtbot, lambda: window.dashboard.board() is not None)
    assert window.vault is not None
    assert window.vault.cases.count() > 0
    assert int(window.dashboard.open_tile.number.text()) >= 0
    # the demo's passphrase is shown when it is locked
    window.lock_now()
    assert "demo" in window.unlock_screen.hint.text()


def test_last_location_remembered_but_nothing_from_inside(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_vault(tmp_path / "kantoor.vpdesk")
    window.request_unlock(seeded.path)
    _type_and_submit(qtbot, window, PASSPHRASE)
    wait_until(qtbot, lambda: window.vault is not None)
    window.close_vault()
    assert window.screens.currentWidget() is window.welcome
    assert window.welcome.last_button.isVisibleTo(window.welcome)
    assert "kantoor.vpdesk" in window.welcome.last_button.text()
    stored = ui_settings.settings_file().read_text(encoding="utf-8")
    assert "kantoor.vpdesk" in stored
    for secret in ("Oranjerie", "Zwaluwstaart", "xq-2025", "Dana Tester", PASSPHRASE):
        assert secret not in stored
    # switching remembering off forgets the location
    ui_settings.set_remember_last_vault(False)
    assert "kantoor.vpdesk" not in ui_settings.settings_file().read_text(encoding="utf-8")


def test_change_passphrase(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vpdesk.gui.dialogs.change_passphrase import ChangePassphraseDialog
    from vpdesk.gui.tasks import wait_for_tasks

    seeded = seed_vault(tmp_path / "kantoor.vpdesk")
    window.request_unlock(seeded.path)
    _type_and_submit(qtbot, window, PASSPHRASE)
    wait_until(qtbot, lambda: window.vault is not None)
    wait_for_tasks()
    new = "groene tafel zingt morgen"
    seen: dict[str, object] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ChangePassphraseDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.keyClicks(dialog.current, "fout maar lang genoeg")
        qtbot.keyClicks(dialog.new, new)
        qtbot.keyClicks(dialog.repeat, new)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen["wrong"] = dialog.isVisible() and "not right" in dialog.feedback.text()
        qtbot.keyClicks(dialog.current, PASSPHRASE)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, fill)
    window.change_passphrase()
    assert seen["wrong"]
    wait_for_tasks()
    qtbot.waitUntil(lambda: window.vault is not None and window.vault.verify_passphrase(new))
    window.close_vault()
    with Vault.open(seeded.path, new) as vault:
        assert vault.cases.count() == 3
