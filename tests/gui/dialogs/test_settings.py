"""The settings dialog: preferences in QSettings, the adviser's name in the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.gui.shell_support import seed_vault, unlocked_window
from vpdesk.gui import ui_settings
from vpdesk.gui.dialogs.settings import SettingsDialog
from vpdesk.vault import Vault


def test_defaults(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert ui_settings.language() == "nl"
    assert ui_settings.idle_minutes() == 5
    assert ui_settings.lock_on_minimise() is False
    dialog = SettingsDialog(None, None)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "nl"
    assert dialog.idle_minutes.value() == 5
    assert not dialog.adviser_name.isEnabledTo(dialog)  # no vault open


def test_preferences_are_saved_and_the_name_goes_into_the_vault(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(None, vault)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.idle_minutes.setValue(12)
    dialog.lock_on_minimise.setChecked(True)
    qtbot.keyClicks(dialog.adviser_name, "  Mr.  Bram   de Wit ")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert ui_settings.language() == "en"
    assert dialog.language_changed()
    assert ui_settings.idle_minutes() == 12
    assert ui_settings.lock_on_minimise() is True
    assert vault.settings.get("adviser_name") == "Mr. Bram de Wit"
    # the name lives in the vault only, never in the plain preferences file
    assert "Bram" not in ui_settings.settings_file().read_text(encoding="utf-8")


def test_cancel_changes_nothing(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(None, vault)
    qtbot.addWidget(dialog)
    dialog.idle_minutes.setValue(30)
    qtbot.keyClicks(dialog.adviser_name, "Iemand")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert ui_settings.idle_minutes() == 5
    assert vault.settings.get("adviser_name") == ""


def test_idle_minutes_are_clamped() -> None:
    ui_settings.set_idle_minutes(0)
    assert ui_settings.idle_minutes() == ui_settings.MIN_IDLE_MINUTES
    ui_settings.ui_settings().setValue(ui_settings.IDLE_MINUTES, "rubbish")
    assert ui_settings.idle_minutes() == ui_settings.DEFAULT_IDLE_MINUTES


def test_window_applies_the_idle_time(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, seed_vault(tmp_path / "kantoor.vpdesk").path, None)

    def change() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        assert dialog.adviser_name.text() == "Dana Tester"
        dialog.idle_minutes.setValue(2)
        dialog.accept()

    QTimer.singleShot(50, change)
    window.open_settings()
    assert window.idle.timeout_ms() == 2 * 60_000
    assert window.idle.is_active()
    window.close()
