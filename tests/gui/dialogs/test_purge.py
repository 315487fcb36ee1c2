"""The purge confirmation asks about the clock when it runs far ahead of the vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from tests.support import PASSPHRASE
from vpdesk.domain.models import Case, Organisation
from vpdesk.gui.dialogs.purge import PurgeDialog
from vpdesk.vault import Vault


def _vault(path: Path, closed: date) -> tuple[Vault, list[int]]:
    vault = Vault.create(path, PASSPHRASE)
    org = Organisation("Gemeente Oud", retention_months=12)
    vault.organisations.add(org)
    assert org.id is not None
    case = Case(
        "O-1",
        org.id,
        closed.replace(month=1, day=2),
        ["bullying"],
        closed=closed,
        outcome="listening",
        reporter_name="Naam Oud",
    )
    vault.cases.add(case)
    # Everything the vault recorded happened by then; the window's own unlock line is now.
    vault.db.execute("UPDATE audit_log SET timestamp = ?", (f"{closed.isoformat()}T12:00:00",))
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
