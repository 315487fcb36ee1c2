"""Privacy lifecycle in the window: audit log, backups on close, restore, access export."""

from __future__ import annotations

import os
import subprocess
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTableWidgetItem, QWidget

from tests.gui.shell_support import (
    SECRETS,
    Seeded,
    add_expired_cases,
    new_window,
    seed_vault,
    type_passphrase,
    visible_texts,
    wait_until,
)
from tests.support import PASSPHRASE, files_mentioning
from vpdesk.domain.models import AuditEvent, Case
from vpdesk.gui import ui_settings
from vpdesk.gui.dialogs.access_export import AccessExportDialog
from vpdesk.gui.dialogs.audit_log import AuditDialog, audit_model
from vpdesk.gui.dialogs.backup_settings import BackupSettingsDialog
from vpdesk.gui.dialogs.restore import RestoreDialog
from vpdesk.gui.main_window import MainWindow
from vpdesk.gui.tasks import wait_for_tasks
from vpdesk.paths import default_backups_dir
from vpdesk.vault import Vault
from vpdesk.vault.autobackup import list_backups

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


@pytest.fixture
def seeded(tmp_path: Path) -> Seeded:
    return seed_vault(tmp_path / "kantoor.vpdesk")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "usb-backups"
    target.mkdir()
    ui_settings.set_backup_folder(target)
    return target


window = pytest.fixture(name="window")(new_window)  # a window with no vault open yet


def _open(qtbot, w: MainWindow, path: Path, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    type_passphrase(qtbot, w, path, passphrase)
    wait_until(qtbot, lambda: w.vault is not None)


def _text(item: QTableWidgetItem | None) -> str:
    assert item is not None
    return item.text()


def _case(window: MainWindow, case_id: int) -> Case:
    assert window.vault is not None
    case = window.vault.cases.get(case_id)
    assert case is not None
    return case


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(exist_ok=True)
    widget.grab().save(str(ARTIFACTS / name))


# -- audit log ------------------------------------------------------------------------------


def test_audit_model_passes_the_model_tester(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = audit_model()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_items(
        [
            AuditEvent("vault_opened", datetime(2026, 3, 2, 9, 15)),
            AuditEvent("export", datetime(2026, 3, 2, 9, 20), case_id=42),
        ]
    )
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert model.index(1, 0).data() == "02-03-2026 09:20:00"
    assert model.index(1, 1).data() == "Access export saved"
    assert model.index(1, 2).data() == "42"
    model.set_items([])
    assert model.rowCount() == 0
    del tester


def test_audit_log_from_the_menu_shows_events_and_no_content(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    seeded: Seeded,
    folder: Path,
) -> None:
    _open(qtbot, window, seeded.path)
    assert window.audit_action.isEnabled()
    window.audit_action.trigger()
    dialog = window.findChild(AuditDialog)
    assert dialog is not None
    wait_until(qtbot, lambda: dialog.loaded)
    kinds = [dialog.model.index(r, 1).data(Qt.ItemDataRole.UserRole) for r in range(dialog.model.rowCount())]
    assert kinds[0] == "vault_opened"  # newest first, written by the window on opening
    assert "vault_created" in kinds
    texts = visible_texts(dialog)
    for secret in (*SECRETS, "Dana Tester"):
        assert secret not in texts
    _shot(dialog, "lifecycle-audit-log.png")
    dialog.close()
    window.lock_now()
    assert not window.audit_action.isEnabled()


# -- automatic backups on lock and close ----------------------------------------------------


def test_backup_is_made_on_lock_not_on_open_and_once_a_day(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    seeded: Seeded,
    folder: Path,
) -> None:
    _open(qtbot, window, seeded.path)
    wait_for_tasks()
    QApplication.processEvents()  # results of the open delivered
    assert list_backups(seeded.path, folder) == []  # opening alone makes no copy
    old_vault = window.vault
    window.lock_now()
    assert old_vault is not None and old_vault.db.conn is None  # the key is gone at once
    [backup] = list_backups(seeded.path, folder)
    assert backup.taken.date() == date.today()
    data = backup.path.read_bytes()
    for secret in SECRETS:
        assert secret.encode() not in data  # encrypted, like the vault
    with Vault.open(backup.path, PASSPHRASE, write=False) as copy:
        assert copy.cases.count() == 3
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    wait_until(qtbot, lambda: window.vault is not None)
    window.close_vault()
    assert len(list_backups(seeded.path, folder)) == 1  # at most one a day


def test_backup_on_quit_keeps_the_last_n(qtbot, seeded: Seeded, folder: Path) -> None:  # type: ignore[no-untyped-def]
    for day in (1, 2, 3):  # older automatic backups of this vault
        (folder / f"kantoor-2020010{day}-120000.vpdesk").write_bytes(b"old")
    ui_settings.set_backup_keep(2)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    _open(qtbot, w, seeded.path)
    w.close()
    wait_for_tasks()
    kept = list_backups(seeded.path, folder)
    assert [b.taken.date() for b in kept] == [date.today(), date(2020, 1, 3)]


def test_backup_settings_dialog_stores_folder_and_count(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "nowhere"))
    dialog.accept()
    assert dialog.problem.text()  # a missing folder is refused
    assert ui_settings.backup_folder() == default_backups_dir()
    dialog.folder.setText(str(tmp_path))
    dialog.keep.setValue(4)
    dialog.accept()
    assert ui_settings.backup_folder() == tmp_path.resolve()
    assert ui_settings.backup_keep() == 4


# -- restore ----------------------------------------------------------------------------------


def _backup_and_damage(seeded: Seeded, folder: Path) -> Path:
    with Vault.open(seeded.path, PASSPHRASE) as vault:
        from vpdesk.vault.autobackup import auto_backup

        made = auto_backup(vault, folder)
        assert made is not None
    data = bytearray(seeded.path.read_bytes())
    data[300:340] = os.urandom(40)
    seeded.path.write_bytes(bytes(data))
    return made


def test_restore_dialog_checks_passphrase_and_replaces_the_vault(
    qtbot,
    seeded: Seeded,  # type: ignore[no-untyped-def]
    folder: Path,
) -> None:
    backup = _backup_and_damage(seeded, folder)
    dialog = RestoreDialog(None, seeded.path)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.chosen_backup() == backup
    assert not dialog.restore_button.isEnabled()
    dialog.passphrase.setText("not the passphrase")
    dialog.start_restore()
    wait_until(qtbot, lambda: not dialog._busy)
    assert "does not open the backup" in dialog.message.text()
    assert dialog.restored() is None
    dialog.passphrase.setText(PASSPHRASE)
    _shot(dialog, "lifecycle-restore.png")
    dialog.start_restore()
    wait_until(qtbot, lambda: dialog.restored() is not None)
    with Vault.open(seeded.path, PASSPHRASE, write=False) as vault:
        assert vault.cases.count() == 3
        assert vault.audit.events(1)[0].kind == "restore"
    assert list(seeded.path.parent.glob("kantoor.vpdesk.replaced-*"))  # the damaged file is kept


def test_damaged_vault_leads_to_restore_and_opens_it(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    seeded: Seeded,
    folder: Path,
) -> None:
    _backup_and_damage(seeded, folder)
    type_passphrase(qtbot, window, seeded.path)
    wait_until(qtbot, lambda: window.damaged_box is not None and window.damaged_box.isVisible())
    assert "damaged" in window.unlock_screen.error.text()
    assert str(folder) in window.unlock_screen.error.text()  # the chosen backup folder
    box = window.damaged_box
    assert box is not None
    _shot(box, "lifecycle-damaged.png")

    def fill() -> None:
        dialog = window.restore_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, fill)
            return
        dialog.passphrase.setText(PASSPHRASE)
        dialog.restore_button.click()

    QTimer.singleShot(50, fill)
    [restore] = [b for b in box.buttons() if "Restore" in b.text()]
    restore.click()  # runs the restore dialog until it is done
    wait_until(qtbot, lambda: window.vault is not None)
    assert window.vault is not None
    assert window.vault.cases.count() == 3
    assert window.screens.currentIndex() == MainWindow.SCREEN_WORK


def test_welcome_screen_offers_restore(
    qtbot,
    window: MainWindow,
    seeded: Seeded,  # type: ignore[no-untyped-def]
    folder: Path,
) -> None:
    _backup_and_damage(seeded, folder)
    assert window.welcome.restore_button.isVisibleTo(window.welcome)
    _shot(window, "lifecycle-welcome.png")

    def cancel() -> None:
        dialog = window.restore_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, cancel)
            return
        dialog.vault_edit.setText(str(seeded.path))
        dialog.reload()
        seen.append(dialog.table.rowCount())
        dialog.reject()

    seen: list[int] = []
    QTimer.singleShot(50, cancel)
    window.welcome.restore_button.click()
    assert seen == [1]
    assert window.vault is None


# -- access export ------------------------------------------------------------------------------


@pytest.mark.usefixtures("folder")
def test_access_export_from_the_case_editor(
    qtbot,
    window: MainWindow,
    seeded: Seeded,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _open(qtbot, window, seeded.path)
    case_id = seeded.case_ids[0]
    window.open_case(case_id)
    cases = window.pages["cases"]
    editor = cases.editor
    wait_until(qtbot, lambda: editor.case_id == case_id)
    assert editor.export_button.isEnabled()
    editor.export_button.click()
    dialog = window.findChild(AccessExportDialog)
    assert dialog is not None
    wait_until(qtbot, lambda: dialog.passage_list.count() > 0)
    keys = [
        dialog.passage_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.passage_list.count())
    ]
    assert keys[0] == "accused"
    # black out the accused's surname, then a part of it again restored
    assert dialog.text_view.toPlainText() == "Jan Zwaluwstaart"
    dialog.select_text(4, 16)
    qtbot.mouseClick(dialog.black_button, Qt.MouseButton.LeftButton)
    assert dialog.redactions["accused"] == [(4, 16)]
    dialog.select_text(14, 16)
    dialog.restore_button.click()
    assert dialog.redactions["accused"] == [(4, 14)]
    dialog.select_text(14, 16)
    dialog.black_button.click()
    assert "Jan ████████████" in dialog.preview_text()
    assert "Zwaluwstaart" not in dialog.preview.toPlainText()
    _shot(dialog, "lifecycle-access-export.png")

    out = tmp_path / "export" / "inzage.pdf"
    out.parent.mkdir()
    asked: list[tuple] = []

    def fake_save(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append((args, kwargs))
        return str(out), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    dialog.save_button.click()
    wait_until(qtbot, lambda: dialog.saved_to is not None)
    assert asked[0][1]["options"] & QFileDialog.Option.DontUseNativeDialog
    assert sorted(p.name for p in out.parent.iterdir()) == ["inzage.pdf"]  # nothing else
    # no settings file, cache or recent-files list remembers the export or whose it is
    assert files_mentioning("inzage") == []
    assert files_mentioning("Zwaluwstaart") == []
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Inzageverzoek" in text and "Jan" in text and "eerste gesprek" in text
    assert "Zwaluwstaart-Pietersen" in text  # the reporter's own name stays
    extracted = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    for found in (text, extracted):
        assert found.count("Zwaluwstaart") == 1  # only the reporter's name, not the accused
    assert window.vault is not None
    event = window.vault.audit.events(1)[0]
    assert (event.kind, event.case_id) == ("export", case_id)
    dialog.close()


def test_access_export_asks_to_save_an_edited_case_first(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    seeded: Seeded,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _open(qtbot, window, seeded.path)
    window.open_case(seeded.case_ids[1])
    editor = window.pages["cases"].editor
    wait_until(qtbot, lambda: editor.case_id == seeded.case_ids[1])
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    editor._dirty = True
    editor.export_button.click()
    assert told and "Save the case first" in told[0]
    assert window.findChild(AccessExportDialog) is None
    editor._dirty = False
    QApplication.processEvents()


# -- purge ------------------------------------------------------------------------------------


def test_purge_lists_the_cases_and_asks_with_the_count(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    folder: Path,
) -> None:
    from vpdesk.domain.models import Conversation
    from vpdesk.gui.dialogs.purge import PurgeDialog

    path = tmp_path / "oud.vpdesk"
    with Vault.create(path, PASSPHRASE) as vault:
        old = add_expired_cases(vault, ["Mevrouw Vergeetmij"] * 2)
        vault.conversations.add(Conversation(old[0], date(2023, 1, 1), 30, note="oude notitie"))
    _open(qtbot, window, path)
    wait_until(qtbot, lambda: window.dashboard.board() is not None)
    assert window.dashboard.purge_button.isEnabled()
    seen: dict[str, object] = {}

    def answer(accept: bool) -> None:
        dialog = window.dashboard.findChild(PurgeDialog)
        if dialog is None or not dialog.isVisible() or not dialog.loaded:
            QTimer.singleShot(50, lambda: answer(accept))
            return
        seen["rows"] = [
            tuple(_text(dialog.table.item(r, c)) for c in range(3)) for r in range(dialog.table.rowCount())
        ]
        seen["question"] = dialog.question.text()
        seen["button"] = dialog.purge_button.text()
        _shot(dialog, "lifecycle-purge.png")
        (dialog.accept if accept else dialog.reject)()

    QTimer.singleShot(50, lambda: answer(False))
    window.dashboard.purge_button.click()
    assert seen["rows"] == [
        ("oud-0", "Bakkerij Verleden", "01-02-2023"),
        ("oud-1", "Bakkerij Verleden", "02-02-2023"),
    ]
    assert "2 cases" in str(seen["question"]) and "2" in str(seen["button"])
    assert window.vault is not None
    assert _case(window, old[0]).reporter_name == "Mevrouw Vergeetmij"  # cancelled

    QTimer.singleShot(50, lambda: answer(True))
    window.dashboard.purge_button.click()
    wait_until(qtbot, lambda: window.vault is not None and _case(window, old[0]).purged is not None)
    wait_for_tasks()
    assert _case(window, old[0]).reporter_name == ""
    assert window.vault is not None
    assert window.vault.conversations.for_parent(old[0])[0].note == ""
    kept = window.vault.cases.by_ref("nieuw-1")
    assert kept is not None and kept.reporter_name == "Blijft"
    assert window.dashboard.findChild(PurgeDialog) is None or not any(
        d.isVisible() for d in window.dashboard.findChildren(PurgeDialog)
    )


def test_lifecycle_dialogs_speak_dutch(qtbot, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    from vpdesk.gui import i18n
    from vpdesk.gui.dialogs.audit_log import event_label

    i18n.install_translators("nl")
    try:
        with Vault.open(seeded.path, PASSPHRASE) as vault:
            dialog = AccessExportDialog(None, vault, seeded.case_ids[0])
            qtbot.addWidget(dialog)
            wait_until(qtbot, lambda: dialog.passage_list.count() > 0)
            assert dialog.black_button.text() == "&Zwart maken"
            assert dialog.restore_button.text() == "&Herstellen"
            assert dialog.save_button.text() == "&Opslaan als PDF…"
            assert dialog.windowTitle() == "Inzage-export"
            _shot(dialog, "lifecycle-access-export-nl.png")
            dialog.close()
        assert event_label("vault_opened") == "Kluis geopend"
        assert RestoreDialog(None, seeded.path).windowTitle() == "Herstellen uit een reservekopie"
    finally:
        i18n.reset()


def test_lock_closes_the_export_and_audit_dialogs(
    qtbot,
    window: MainWindow,
    seeded: Seeded,  # type: ignore[no-untyped-def]
    folder: Path,
) -> None:
    _open(qtbot, window, seeded.path)
    window.open_case(seeded.case_ids[0])
    editor = window.pages["cases"].editor
    wait_until(qtbot, lambda: editor.case_id == seeded.case_ids[0])
    editor.export_button.click()
    window.audit_action.trigger()
    export = window.findChild(AccessExportDialog)
    assert export is not None
    wait_until(qtbot, lambda: export.passage_list.count() > 0)
    window.lock_now()
    for kind in (AccessExportDialog, AuditDialog):

        def gone(k: type[QWidget] = kind) -> bool:
            return not any(d.isVisible() for d in window.findChildren(k))

        wait_until(qtbot, gone)
    texts = visible_texts(window)
    for secret in ("Jan Zwaluwstaart", "eerste gesprek", *SECRETS):
        assert secret not in texts, secret
