"""The window driven as a new adviser drives it: menus, typed paths, the passphrase first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QWidget

from tests.gui.shell_support import seed_vault, wait_until
from tests.gui.test_case_helpers import in_language, on_next_modal
from tests.support import PASSPHRASE, SAMPLE_CSV
from vpdesk.gui import ui_settings
from vpdesk.gui.dialogs.create_vault import CreateVaultDialog
from vpdesk.gui.help_menu import FIRST_RUN_SHOWN, FirstRunGuide
from vpdesk.gui.main_window import MainWindow
from vpdesk.vault import Vault


def vault_of(window: MainWindow) -> Vault:
    vault = window.vault
    assert vault is not None
    return vault


# ``window``: the window unlocked on a seeded vault (tests/gui/conftest.py)


def test_menu_import_shows_the_file_chooser_and_imports_the_sheet(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def choose_file(dialog: QWidget) -> None:
        seen["chooser"] = isinstance(dialog, QFileDialog)
        if isinstance(dialog, QFileDialog):
            dialog.selectFile(str(SAMPLE_CSV))
            dialog.accept()
        else:
            dialog.close()

    on_next_modal(choose_file)
    window.import_action.trigger()  # the real menu entry, with its checked flag
    assert seen["chooser"] is True
    wait_until(qtbot, lambda: window.last_import_message != "")
    assert window.last_import_message.startswith("Imported ")
    path = window.vault_path
    assert path is not None
    window.close_vault()
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.cases.count() > 3  # the sample's cases beside the three seeded ones


def test_cancelling_the_chooser_imports_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.reject()

    on_next_modal(cancel)
    window.import_action.trigger()
    assert window.last_import_message == ""
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_activities_see_an_organisation_made_in_the_same_session(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    activities = window.pages["activities"]
    window.go_to("activities")
    window.go_to("organisations")
    orgs = window.pages["organisations"]
    qtbot.mouseClick(orgs.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(orgs.name, "Gemeente Nieuwdorp")
    assert window.save_action.isEnabled()
    window.save_action.trigger()
    window.go_to("activities")
    names = [
        activities.organisation_filter.itemText(i) for i in range(activities.organisation_filter.count())
    ]
    assert "Gemeente Nieuwdorp" in names
    form = [activities.organisation.itemText(i) for i in range(activities.organisation.count())]
    assert "Gemeente Nieuwdorp" in form


@pytest.mark.parametrize("typed", ["/", "/tmp/", "C:", "D:\\", "~"])
def test_a_location_typed_by_hand_never_breaks_the_new_vault_dialog(
    qtbot, tmp_path: Path, typed: str
) -> None:  # type: ignore[no-untyped-def]
    dialog = CreateVaultDialog(start_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.location.setFocus()
    qtbot.keyClick(dialog.location, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.location, typed)  # every character re-checks the location
    assert dialog.location.text() == typed
    assert dialog.feedback.text() == "Type a file name after the folder, for example kantoor.vpdesk."
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    target = tmp_path / "kantoor"
    qtbot.keyClick(dialog.location, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.location, str(target))
    assert dialog.vault_path() == tmp_path / "kantoor.vpdesk"


def test_a_second_passphrase_that_differs_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = CreateVaultDialog(start_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "paarse olifant danst op het dak")
    assert dialog.feedback.text() == "Type the same passphrase again to confirm it."
    qtbot.keyClicks(dialog.repeat, "paarse olifant danst op het dek")
    assert dialog.feedback.text() == "The two passphrases do not match."


def test_the_first_run_guide_waits_until_the_passphrase_is_typed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vpdesk.gui import app as app_module

    seeded = seed_vault(tmp_path / "kantoor.vpdesk")
    settings = ui_settings.ui_settings()
    settings.remove(FIRST_RUN_SHOWN)
    settings.sync()
    window = app_module.create_window(seeded.path)  # `vpdesk kantoor.vpdesk` on a fresh account
    qtbot.addWidget(window)
    for _ in range(5):
        QApplication.processEvents()
    guides = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunGuide) and w.isVisible()]
    assert guides == []
    passphrase = window.unlock_screen.passphrase
    assert window.focusWidget() is passphrase
    qtbot.keyClicks(passphrase, PASSPHRASE)
    qtbot.keyClick(passphrase, Qt.Key.Key_Return)
    wait_until(qtbot, lambda: window.vault is not None)
    # once the vault is open, the guide comes
    wait_until(
        qtbot,
        lambda: any(isinstance(w, FirstRunGuide) and w.isVisible() for w in QApplication.topLevelWidgets()),
    )
    for w in QApplication.topLevelWidgets():
        if isinstance(w, FirstRunGuide):
            w.close()
    window.close()


def test_after_a_restart_the_last_vault_waits_at_the_passphrase(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vpdesk.gui import app as app_module

    seeded = seed_vault(tmp_path / "kantoor.vpdesk")
    ui_settings.set_last_vault(seeded.path)
    window = app_module.create_window()
    qtbot.addWidget(window)
    assert window.screens.currentWidget() is window.unlock_screen
    field = window.focusWidget()
    assert isinstance(field, QLineEdit) and field is window.unlock_screen.passphrase
    window.close()


def test_import_problems_are_listed_in_dutch_with_dutch_labels(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from vpdesk.gui import i18n

    i18n.install_translators("nl")
    try:
        sheet = tmp_path / "blad.csv"
        sheet.write_text(
            "case_ref;organisation;opened;behaviours\n"
            "2026-1;Gemeente X;31-02-2026;Pesten\n"
            "2026-2;Gemeente X;01-03-2026;Roddelen\n",
            encoding="utf-8",
        )

        def choose(dialog: QWidget) -> None:
            assert isinstance(dialog, QFileDialog)
            dialog.selectFile(str(sheet))
            dialog.accept()

        on_next_modal(choose)
        window.import_action.trigger()
        wait_until(qtbot, lambda: window.last_import_message != "")
        assert window.last_import_message == "Het bestand bevat 2 problemen; er is niets geïmporteerd."
        details = window.last_import_details.splitlines()
        assert details[0].endswith(
            "blad.csv:2: opened: geen bestaande datum (schrijf DD-MM-JJJJ of JJJJ-MM-DD)"
        )
        assert "onbekende waarde, niet getoond" in details[1] and "Seksuele intimidatie" in details[1]
        assert "Roddelen" not in window.last_import_details  # a cell is never repeated
        assert "expected" not in window.last_import_details
    finally:
        i18n.reset()
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox):
                w.close()


def test_unlock_shows_the_passphrase_on_request_and_warns_about_caps_lock(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_vault(tmp_path / "kantoor.vpdesk")
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.request_unlock(seeded.path)
    screen = w.unlock_screen
    field = screen.passphrase
    qtbot.keyClicks(field, "abc")
    assert not screen.caps_warning.isVisibleTo(screen)
    # a letter that arrives as a capital without Shift: Caps Lock is on
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    QApplication.sendEvent(
        field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_D, Qt.KeyboardModifier.NoModifier, "D")
    )
    assert screen.caps_warning.isVisibleTo(screen)
    qtbot.keyClicks(field, "e")
    assert not screen.caps_warning.isVisibleTo(screen)
    assert field.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(screen.show_passphrase, Qt.Key.Key_Space)
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    w.close()


def test_a_step_chosen_on_the_dashboard_opens_its_case_on_the_steps_tab(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from vpdesk.gui.pages.case_editor import TAB_STEPS

    view = window.dashboard.overdue_view
    assert view.model().rowCount() == 1  # "HR bellen", three days late
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = window.pages["cases"].editor
    assert window.current_page_key() == "cases"
    assert editor.ref.text() == "xq-2025-901"
    assert editor.current_tab() == TAB_STEPS


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_report_language_follows_the_window(qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    from vpdesk.gui.pages.annual_report import ReportView

    with in_language(lang):
        view = ReportView()
        qtbot.addWidget(view)
        assert view.language.currentData() == lang


def test_the_report_file_name_carries_the_organisation() -> None:
    from vpdesk.gui.pages.annual_report import file_slug

    assert file_slug("Gemeente Zoë") == "gemeente-zoe"
    assert file_slug("Zorggroep De Linde (Noord)") == "zorggroep-de-linde-noord"
    assert file_slug("???") == ""


def test_the_address_book_fills_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.go_to("organisations")
    orgs = window.pages["organisations"]
    orgs.select_organisation(vault_of(window).organisations.list()[0].id)
    qtbot.keyClick(orgs.add_contact_button, Qt.Key.Key_Space)
    editor = window.focusWidget()
    assert isinstance(editor, QLineEdit)  # the name cell is being edited
    qtbot.keyClicks(editor, "P. Smit")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # on to the phone
    assert orgs.contacts.currentColumn() == 2
    qtbot.waitUntil(
        lambda: (
            isinstance(window.focusWidget(), QLineEdit)
            and window.focusWidget() is not editor
            and orgs.contacts.isAncestorOf(window.focusWidget())
        ),
        timeout=2000,
    )
    phone = window.focusWidget()
    assert isinstance(phone, QLineEdit)
    qtbot.keyClicks(phone, "0612345678")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)  # on to the e-mail; the phone is in
    assert orgs.save()
    stored = vault_of(window).organisations.list()[0].contacts
    assert [(c.target, c.name, c.phone) for c in stored] == [("hr", "P. Smit", "0612345678")]


def export_the_list(window: MainWindow, choose: Callable[[QFileDialog], None]) -> str:
    """Cases › Export the list: the warning's text; ``choose`` picks the file, then saved."""
    seen: dict[str, str] = {}

    def choose_file(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        choose(dialog)
        dialog.accept()

    def warned(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["warning"] = box.text()
        on_next_modal(choose_file)
        box.button(QMessageBox.StandardButton.Ok).click()

    on_next_modal(warned)
    window.export_list_action.trigger()
    return seen["warning"]


def _search_cases(qtbot, window: MainWindow, text: str, found: int):  # type: ignore[no-untyped-def]
    """The cases page after Ctrl+F and ``text`` typed, once it lists ``found`` cases."""
    cases = window.pages["cases"]
    window.go_to("cases")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(cases.search, text)
    wait_until(qtbot, lambda: cases.model.rowCount() == found)
    return cases


def test_the_filtered_case_list_exports_to_csv_after_a_warning(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _search_cases(qtbot, window, "xq-2025-902", 1)
    target = tmp_path / "mijn-lijst.csv"

    def choose_file(dialog: QFileDialog) -> None:
        dialog.selectFile(str(target))

    assert "NOT encrypted" in export_the_list(window, choose_file)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2  # the header and the one case the search shows
    assert lines[1].startswith("xq-2025-902;")


def test_the_filtered_case_list_exports_to_an_excel_workbook_after_the_same_warning(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    cases = _search_cases(qtbot, window, "xq-2025-90", 3)

    def choose_file(dialog: QFileDialog) -> None:
        xlsx = [f for f in dialog.nameFilters() if "*.xlsx" in f]
        assert xlsx, dialog.nameFilters()
        dialog.selectNameFilter(xlsx[0])
        dialog.selectFile(str(tmp_path / "mijn-lijst"))  # no suffix: the chosen type decides

    assert "NOT encrypted" in export_the_list(window, choose_file)
    target = tmp_path / "mijn-lijst.xlsx"
    sheet = load_workbook(target, read_only=True).active
    assert sheet is not None
    rows = [tuple(cell.value for cell in row) for row in sheet.iter_rows()]
    model = cases.model
    header = tuple(model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount()))
    assert rows[0] == header
    shown = [tuple(model.index(r, c).data() or None for c in range(model.columnCount())) for r in range(3)]
    assert rows[1:] == shown  # the list as shown, in its order, every cell as text
    assert sorted(r[0] for r in rows[1:]) == ["xq-2025-901", "xq-2025-902", "xq-2025-903"]
    assert "xq-2025-90" in window.statusBar().currentMessage() or "mijn-lijst.xlsx" in (
        window.statusBar().currentMessage()
    )


def test_an_idle_lock_keeps_a_half_typed_new_case_in_the_vault(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    cases = window.pages["cases"]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = cases.editor
    qtbot.keyClicks(editor.reporter_name, "Wendelien Kortooms")
    editor.opened.setFocus()
    qtbot.keyClick(editor.opened, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.opened, "6-10-26")  # no behaviour yet: it cannot be saved
    path = window.vault_path
    assert path is not None
    window.idle.set_timeout_ms(100)  # the real idle timer, made short
    wait_until(qtbot, window.is_locked)
    assert "kept in the vault" in window.unlock_screen.error.text()
    from tests.support import files_mentioning

    assert files_mentioning("Wendelien") == []  # nothing on disk in the clear
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and b"Wendelien" in p.read_bytes()]
    with Vault.open(path, PASSPHRASE) as vault:
        assert "Wendelien Kortooms" in vault.settings.get("draft_new_case")  # inside the vault
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    wait_until(qtbot, lambda: window.vault is not None)
    wait_until(qtbot, lambda: editor.reporter_name.text() == "Wendelien Kortooms")
    assert window.current_page_key() == "cases"
    assert editor.opened.text() == "06-10-2026"
    assert cases.has_unsaved_changes()
    assert vault_of(window).settings.get("draft_new_case") == ""  # shown once, then it lives in the form
    editor.clear()  # the window closes without asking about it


def test_file_backup_asks_for_a_folder_and_the_copy_opens(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "usb-stick"
    folder.mkdir()

    def choose_folder(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(folder))
        dialog.accept()

    on_next_modal(choose_folder)
    with qtbot.waitSignal(window.session.backup_made, timeout=30_000) as made:
        window.backup_action.trigger()  # Bestand › Reservekopie maken…
    assert made.args[0].parent == folder
    assert made.args[0].name in window.statusBar().currentMessage()
    with Vault.open(made.args[0], PASSPHRASE) as copy:
        assert copy.cases.count() == vault_of(window).cases.count()
