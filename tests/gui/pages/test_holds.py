"""The hold ("keep past the retention term", with its reason) in the case and mediation
editors, by keyboard and the window's real Save (Ctrl+S), read back from the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.gui.shell_support import seed_vault, unlocked_window
from tests.support import PASSPHRASE
from tests.vault.test_mediations import mediation
from vpdesk.vault import Vault
from vpdesk.vault.retention import case_hold

REASON = "Klachtprocedure loopt nog"


def _window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    seeded = seed_vault(tmp_path / "kantoor.vpdesk")
    with Vault.open(seeded.path, PASSPHRASE) as vault:
        vault.mediations.add(mediation(seeded.organisation_id, "MED-HOLD-1"))
    return unlocked_window(qtbot, seeded.path), seeded


def _toggle(qtbot, hold) -> None:  # type: ignore[no-untyped-def]
    hold.check.setFocus()
    qtbot.keyClick(hold.check, Qt.Key.Key_Space)


def _save(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # the window's Save


def test_the_case_editor_keeps_a_case_past_its_term(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w, seeded = _window(qtbot, tmp_path)
    case_id = seeded.case_ids[1]
    w.open_case(case_id)
    editor = w.pages["cases"].editor
    assert not editor.hold.check.isChecked() and not editor.hold.reason.isEnabled()
    _toggle(qtbot, editor.hold)
    assert editor.hold.reason.hasFocus() and editor.is_dirty()
    # without a reason it is not saved: the field says why
    _save(qtbot, editor.hold.reason)
    assert w.vault is not None and case_hold(w.vault, case_id) is None
    assert editor.errors["hold_reason"].isVisibleTo(editor)
    qtbot.keyClicks(editor.hold.reason, REASON)
    _save(qtbot, editor.hold.reason)
    assert case_hold(w.vault, case_id) == REASON
    # read back from the vault into the editor
    w.open_case(seeded.case_ids[0])
    w.open_case(case_id)
    assert editor.hold.check.isChecked() and editor.hold.reason.text() == REASON
    assert not editor.is_dirty()
    # the audit log records that a hold was set, never its reason
    kinds = [row[0] for row in w.vault.db.query("SELECT kind FROM audit_log")]
    assert "hold_set" in kinds
    assert not w.vault.db.query("SELECT 1 FROM audit_log WHERE kind LIKE ?", (f"%{REASON}%",))
    # released again by keyboard
    _toggle(qtbot, editor.hold)
    _save(qtbot, editor.hold.check)
    assert case_hold(w.vault, case_id) is None
    w.close()


def test_the_mediation_editor_keeps_a_mediation_past_its_term(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w, _seeded = _window(qtbot, tmp_path)
    qtbot.keyClick(w, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    page = w.pages["mediations"]
    assert w.vault is not None
    stored = w.vault.mediations.by_ref("MED-HOLD-1")
    assert stored is not None and stored.id is not None
    page.open_mediation(stored.id)
    assert not page.hold.check.isChecked()
    _toggle(qtbot, page.hold)
    qtbot.keyClicks(page.hold.reason, REASON)
    _save(qtbot, page.hold.reason)
    back = w.vault.mediations.get(stored.id)
    assert back is not None and back.hold_reason == REASON
    page.reload()
    page.open_mediation(stored.id)
    assert page.hold.check.isChecked() and page.hold.reason.text() == REASON
    # an empty reason is refused, the stored hold stays
    page.hold.reason.selectAll()
    qtbot.keyClick(page.hold.reason, Qt.Key.Key_Delete)
    _save(qtbot, page.hold.reason)
    assert page.errors["hold_reason"].isVisibleTo(page)
    back = w.vault.mediations.get(stored.id)
    assert back is not None and back.hold_reason == REASON
    _toggle(qtbot, page.hold)
    _save(qtbot, page.hold.check)
    back = w.vault.mediations.get(stored.id)
    assert back is not None and back.hold_reason is None
    w.close()


def test_the_menu_hold_and_the_field_agree(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog, QWidget

    from tests.gui.test_case_helpers import on_next_modal

    w, seeded = _window(qtbot, tmp_path)
    case_id = seeded.case_ids[2]
    w.open_case(case_id)
    editor = w.pages["cases"].editor

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        qtbot.keyClicks(dialog.findChild(QLineEdit), "Verzoek van de melder")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    on_next_modal(answer)
    w.case_hold_action.trigger()
    assert w.vault is not None and case_hold(w.vault, case_id) == "Verzoek van de melder"
    assert editor.hold.check.isChecked() and editor.hold.reason.text() == "Verzoek van de melder"
    assert not editor.is_dirty()
    # saving the form afterwards keeps the hold
    _save(qtbot, editor.ref)
    assert case_hold(w.vault, case_id) == "Verzoek van de melder"
    w.close()
