"""Starting the application, the window as a whole, keyboard shortcuts and screenshots."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.gui.shell_support import seed_vault, wait_until
from tests.support import PASSPHRASE
from vpdesk.gui import app as app_module
from vpdesk.gui import i18n
from vpdesk.gui.dialogs.create_vault import CreateVaultDialog
from vpdesk.gui.dialogs.settings import SettingsDialog
from vpdesk.gui.main_window import MainWindow

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def test_vault_argument_opens_straight_at_the_unlock_prompt(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_vault(tmp_path / "kantoor.vpdesk")
    switch = sys.getswitchinterval()
    app_module.setup_application()
    try:
        # a worker running Python hands the interpreter lock to the GUI thread within 1 ms
        assert sys.getswitchinterval() == app_module.GIL_SWITCH_SECONDS <= 0.001
        window = app_module.create_window(seeded.path)
        qtbot.addWidget(window)
        assert window.isVisible()
        assert window.screens.currentWidget() is window.unlock_screen
        assert "kantoor.vpdesk" in window.unlock_screen.file_label.text()
        assert QApplication.applicationName() == "vpdesk"
        assert not QApplication.windowIcon().isNull()
        assert i18n.current_language() == "nl"  # Dutch unless English was chosen
        window.close()
    finally:
        i18n.reset()
        sys.setswitchinterval(switch)


@pytest.fixture
def open_window(window: MainWindow) -> MainWindow:
    return window  # unlocked on the seeded vault (tests/gui/conftest.py)


def test_pages_and_navigation(qtbot, open_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    assert list(w.pages)[:4] == ["dashboard", "cases", "organisations", "activities"]
    for key, page in w.pages.items():
        assert page.accessibleName(), key
        for method in ("set_vault", "has_unsaved_changes", "state", "restore_state"):
            assert callable(getattr(page, method)), (key, method)
    # Ctrl+2 goes to the second page
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page_key() == "cases"
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page_key() == "dashboard"
    assert w.nav.accessibleName()


def test_case_shortcuts_reach_the_cases_page(qtbot, open_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    cases = w.pages["cases"]
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page_key() == "cases"
    assert w.focusWidget() is cases.search
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert cases.state().get("view") == "editor"
    # Ctrl+S on a new case without behaviour refuses, says why under the field, and the
    # cursor lands in the first field that needs attention.
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not w.save()
    assert cases.editor.errors["behaviours"].text() == "Kies minstens één soort gedrag."
    assert w.focusWidget() is cases.editor.behaviours


def test_shortcuts_do_nothing_without_a_vault(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    for action in (w.lock_action, w.new_case_action, w.search_action, w.save_action):
        assert not action.isEnabled()
    assert w.lock_action.shortcut().toString() == "Ctrl+L"
    assert w.new_case_action.shortcut().toString() == "Ctrl+N"
    assert w.search_action.shortcut().toString() == "Ctrl+F"
    assert w.save_action.shortcut().toString() == "Ctrl+S"
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.screens.currentWidget() is w.welcome
    assert w.windowTitle() == "vpdesk"
    w.close()


def test_screenshots_of_the_main_views(qtbot, open_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Renders the main views to tests/artifacts/ so they can be looked at."""
    ARTIFACTS.mkdir(exist_ok=True)
    i18n.install_translators("nl")  # Dutch is what advisers see first
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    assert open_window.vault_path is not None
    w.request_unlock(open_window.vault_path)
    open_window.close()
    qtbot.keyClicks(w.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(w.unlock_screen.passphrase, Qt.Key.Key_Return)
    wait_until(qtbot, lambda: w.dashboard.board() is not None)
    shots = {}
    for key in w.pages:
        w.go_to(key)

        def shown(k: str = key) -> bool:
            return w.page_stack.currentWidget() is w.pages[k] and w.pages[k].isVisible()

        wait_until(qtbot, shown)
        shots[key] = w.grab()
    w.lock_now()
    shots["locked"] = w.grab()
    w.close_vault() if w.vault else None
    w._back_to_welcome()
    shots["welcome"] = w.grab()
    dialog = CreateVaultDialog(w, ARTIFACTS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "paard batterij")
    shots["new_vault"] = dialog.grab()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    from vpdesk.gui.dialogs.change_passphrase import ChangePassphraseDialog

    change = ChangePassphraseDialog(w, lambda _text: True)
    qtbot.addWidget(change)
    change.show()
    qtbot.keyClicks(change.new, "groene tafel zingt morgen")
    shots["change_passphrase"] = change.grab()
    settings = SettingsDialog(w, None)
    qtbot.addWidget(settings)
    settings.show()
    shots["settings"] = settings.grab()
    for name, pixmap in shots.items():
        assert not pixmap.isNull()
        path = ARTIFACTS / f"shell_{name}.png"
        assert pixmap.save(str(path)), path
        assert path.stat().st_size > 2000
    w.close()
    i18n.reset()


def test_import_cases_from_the_file_menu(qtbot, open_window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    good = tmp_path / "oud.csv"
    year = date.today().year
    good.write_text(
        "case_ref;organisation;opened;behaviours\n"
        f"imp-001;Nieuwe Organisatie;{year}-01-01;bullying\n"
        f"imp-002;Nieuwe Organisatie;01-01-{year};pesten|discriminatie\n",
        encoding="utf-8",
    )
    w.import_cases(good)
    wait_until(qtbot, lambda: "2" in w.last_import_message)
    assert w.vault is not None and w.vault.cases.count() == 5
    wait_until(qtbot, lambda: ("Nieuwe Organisatie", 2) in w.dashboard.chart.counts())

    bad = tmp_path / "fout.csv"
    bad.write_text("case_ref;organisation;opened;behaviours\nimp-003;X;gisteren;bullying\n", encoding="utf-8")
    w.last_import_message = ""
    w.import_cases(bad)
    wait_until(qtbot, lambda: bool(w.last_import_message))
    assert "nothing was imported" in w.last_import_message
    assert w.vault.cases.count() == 5
    for box in QApplication.topLevelWidgets():
        if box.isVisible() and box is not w:
            box.close()


def test_file_dialogs_leave_no_folder_history(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QFileDialog

    from vpdesk.gui import ui_settings

    app_module.setup_application()
    try:
        assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        folder = tmp_path / "Client Zwaluwstaart"
        folder.mkdir()
        dialog = QFileDialog(None, "x", str(folder))
        dialog.show()
        dialog.close()
        del dialog  # Qt writes its history when the dialog goes away
        import gc

        gc.collect()
        qt_files = list(ui_settings.qt_settings_dir().rglob("*"))
        stored = "".join(p.read_text(errors="replace") for p in qt_files if p.is_file())
        assert "Zwaluwstaart" in stored  # Qt's own settings are kept beside ours ...
        ui_settings.forget_file_dialog_history()
        stored = "".join(p.read_text(errors="replace") for p in qt_files if p.is_file())
        assert "Zwaluwstaart" not in stored  # ... and forgotten at start and quit
        assert (
            QSettings(QSettings.Scope.UserScope, "QtProject")
            .fileName()
            .startswith(str(ui_settings.qt_settings_dir()))
        )
    finally:
        i18n.reset()
