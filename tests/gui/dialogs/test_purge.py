"""The purge confirmation asks about the clock when it runs far ahead of the vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from tests.support import PASSPHRASE
from tests.vault.sample import past_term_vault
from vpdesk.gui.dialogs.purge import PurgeDialog
from vpdesk.vault import Vault


def _vault(path: Path, closed: date) -> tuple[Vault, list[int]]:
    vault = past_term_vault(path, closed)
    # The window's own unlock line is now.
    vault.audit.record("vault_opened")
    return vault, [r.id for r in vault.cases.rows()]


def test_a_clock_far_ahead_must_be_confirmed_before_purging(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault, ids = _vault(tmp_path / "oud.vpdesk", date(date.today().year - 3, 3, 1))
    try:
        dialog = PurgeDialog(None, vault, ids)
        qtbot.addWidget(dialog)
        assert dialog.clock_check is not None
        assert not dialog.purge_button.isEnabled()
        dialog.show()
        qtbot.waitUntil(lambda: dialog.loaded)
        dialog.clock_check.setFocus()
        qtbot.keyClick(dialog.clock_check, Qt.Key.Key_Space)
        assert dialog.clock_check.isChecked() and dialog.purge_button.isEnabled()
    finally:
        vault.close()


def test_a_plausible_clock_asks_nothing_more(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault, ids = _vault(tmp_path / "recent.vpdesk", date(date.today().year - 3, 3, 1))
    vault.audit.record("import")  # used today: the clock agrees with the vault
    try:
        dialog = PurgeDialog(None, vault, ids)
        qtbot.addWidget(dialog)
        assert dialog.clock_check is None and dialog.purge_button.isEnabled()
    finally:
        vault.close()


def test_the_window_deletes_the_old_copies_when_the_adviser_chooses_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """From the dashboard: the held case is listed as kept, the choice to delete the copies is
    made by keyboard, and the backup in the folder chosen in the window that still held the
    purged data is gone; the fresh backup left in its place does not hold it."""
    from PySide6.QtCore import QTimer

    from tests.gui.shell_support import add_expired_cases, unlocked_window, wait_until
    from tests.hardening.dump import canonical_dump
    from vpdesk.gui.tasks import wait_for_tasks
    from vpdesk.gui.ui_settings import set_backup_folder
    from vpdesk.vault.autobackup import auto_backup, list_backups
    from vpdesk.vault.retention import set_case_hold

    folder = tmp_path / "stick"
    folder.mkdir()
    set_backup_folder(folder)
    path = tmp_path / "oud.vpdesk"
    with Vault.create(path, PASSPHRASE) as vault:
        ids = add_expired_cases(vault, [f"Mevrouw Vergeetmij{n}" for n in range(2)])
        set_case_hold(vault, ids[1], "Rechtszaak loopt")
        old_backup = auto_backup(vault, folder)
    assert old_backup is not None and b"Vergeetmij0" in _dump(old_backup, canonical_dump)
    window = unlocked_window(qtbot, path)
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = window.dashboard.findChild(PurgeDialog)
        if dialog is None or not dialog.isVisible() or not dialog.loaded:
            QTimer.singleShot(50, answer)
            return
        table = dialog.table
        seen["rows"] = [
            tuple(table.item(r, c).text() for c in (0, 3))  # type: ignore[union-attr]
            for r in range(table.rowCount())
        ]
        seen["held"] = (
            dialog.held_note.isVisibleTo(dialog) and "1 different reasons" in dialog.held_note.text()
        )
        seen["reason shown"] = "Rechtszaak" in dialog.held_note.text()
        dialog.delete_copies.setFocus()
        qtbot.keyClick(dialog.delete_copies, Qt.Key.Key_Space)
        seen["button"] = dialog.purge_button.text()
        dialog.purge_button.setFocus()
        qtbot.keyClick(dialog.purge_button, Qt.Key.Key_Space)

    QTimer.singleShot(50, answer)
    window.dashboard.purge_button.click()
    wait_until(qtbot, lambda: not old_backup.exists())
    wait_for_tasks()
    assert seen["rows"] == [("oud-0", "purged"), ("oud-1", "kept: on hold")]
    assert seen["held"] is True and seen["reason shown"] is False
    assert seen["button"] == "&Purge 1 cases and delete the copies"
    left = list_backups(path, folder)
    assert len(left) == 1 and left[0].path != old_backup
    dump = _dump(left[0].path, canonical_dump)
    assert b"Vergeetmij0" not in dump and b"Vergeetmij1" in dump and b"Blijft" in dump
    window.close()


def _dump(path: Path, canonical_dump) -> bytes:  # type: ignore[no-untyped-def]
    with Vault.open(path, PASSPHRASE, write=False, migrate=False) as v:
        return bytes(canonical_dump(v))
