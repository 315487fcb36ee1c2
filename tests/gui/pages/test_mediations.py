"""The mediations page, the register page, the intervisie review and the dashboard tiles, by keyboard."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.test_case_helpers import on_next_modal, save_png
from tests.vault.test_mediations import PARTY_A, mediation
from vpdesk.domain.mediation import MediationSession, ProfessionalActivity
from vpdesk.domain.models import Organisation
from vpdesk.gui.dialogs.intervision import IntervisionDialog
from vpdesk.gui.pages.mediation_tiles import MediationTiles
from vpdesk.gui.pages.mediations import MediationsPage
from vpdesk.gui.pages.register import RegisterPage
from vpdesk.report.leaks import pdf_text

NAME_1, NAME_2 = "Gerbrand Walvisvangst", "Ottoline Pekelharing"


@pytest.fixture
def org(vault):
    return vault.organisations.add(Organisation("Provincie Zeeklei"))


@pytest.fixture
def page(show_on_vault, org):
    return show_on_vault(MediationsPage(), (1200, 820))


def _press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _type_cell(qtbot, table, row: int, col: int, text: str) -> None:
    table.setFocus()
    table.setCurrentCell(row, col)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_new_mediation_by_keyboard(qtbot, page, vault, org, tmp_path: Path) -> None:
    page.search.setFocus()
    qtbot.keyClick(
        page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert page.has_unsaved_changes() is False and page.tabs.isEnabled()
    assert QApplication.focusWidget() is page.ref
    qtbot.keyClicks(page.ref, "MED-2026-07")
    page.tabs.setCurrentIndex(1)
    _type_cell(qtbot, page.parties, 0, 0, NAME_1)
    _type_cell(qtbot, page.parties, 1, 0, NAME_2)
    _type_cell(qtbot, page.parties, 1, 2, "o.pekelharing@example.org")
    page.tabs.setCurrentIndex(2)

    def fill_session(dialog: QWidget) -> None:
        dialog.minutes.selectAll()  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.minutes, "90")  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.note, f"{NAME_1} en {NAME_2} spraken af")  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.minutes, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    on_next_modal(fill_session)
    _press(qtbot, page.add_session_button)
    assert page.session_model.rowCount() == 1 and "1,5" in page.hours_label.text()
    page.tabs.setCurrentIndex(3)
    score = page._score(1)
    score.setFocus()
    for _ in range(4):
        qtbot.keyClick(score, Qt.Key.Key_Up)
    assert score.value() == 4
    assert page.has_unsaved_changes()
    _press(qtbot, page.save_button)
    saved = vault.mediations.by_ref("MED-2026-07")
    assert saved is not None, page.general_error.text()
    assert [p.name for p in saved.parties] == [NAME_1, NAME_2]
    assert saved.parties[1].email == "o.pekelharing@example.org"
    assert saved.sessions[0].minutes == 90 and saved.evaluations[0].party == 1
    assert saved.evaluations[0].satisfaction == 4
    assert page.shown_refs() == ["MED-2026-07"] and not page.has_unsaved_changes()
    save_png(page, "mediations-page")

    # the intervisie export, reviewed before the PDF
    out = tmp_path / "intervisie.pdf"

    def review(dialog: QWidget) -> None:
        assert isinstance(dialog, IntervisionDialog)
        text = dialog.text.toPlainText()
        assert "partij 1 en partij 2 spraken af" in text and NAME_1 not in text
        assert dialog.write_button.isEnabled()
        original = text
        dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
        qtbot.keyClicks(dialog.text, f"Navraag bij {NAME_2.split()[1]}")
        _press(qtbot, dialog.check_button)
        assert not dialog.write_button.isEnabled() and dialog.marked_lines
        assert NAME_2 not in dialog.findings.text()
        dialog.text.setPlainText(original)
        _press(qtbot, dialog.check_button)
        assert dialog.write_button.isEnabled()
        assert dialog.write_to(out)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_next_modal(review)
    _press(qtbot, page.export_button)
    written = pdf_text(out.read_bytes()).lower()
    for secret in ("walvis", "pekelharing", "med-2026-07", "zeeklei", str(date.today().year)):
        assert secret not in written


def test_filters_search_and_refusals(qtbot, page, vault, org) -> None:
    vault.mediations.add(mediation(org, "M-A", closed=None))
    vault.mediations.add(mediation(org, "M-B"))
    page.reload()
    assert sorted(page.shown_refs()) == ["M-A", "M-B"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    assert page.shown_refs() == ["M-A"]
    page.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, PARTY_A.split()[1][:6])
    assert sorted(page.shown_refs()) == ["M-A", "M-B"]
    page.search.clear()
    qtbot.keyClicks(page.search, "niemand")
    assert page.shown_refs() == []
    page.search.clear()
    # one party only: the save is refused with a message under the parties
    qtbot.keyClick(
        page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.keyClicks(page.ref, "M-C")
    page.parties.setCurrentCell(1, 0)
    _press(qtbot, page.remove_party_button)
    assert not page.save()
    assert page.parties_error.text() and vault.mediations.by_ref("M-C") is None


def test_register_checks_are_read_when_the_page_is_shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Opening the vault reads nothing for the register page; going there shows checks that
    count what was recorded meanwhile."""
    page = window.pages["register"]
    assert page.lvv.rowCount() == 0 and page.model.rowCount() == 0
    window.vault.professional.add(ProfessionalActivity(date(2024, 5, 1), "training", 40, 0, ""))
    keys = [window.nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.nav.count())]
    go = window.go_actions[keys.index("register")]  # Go › Register (Ctrl+7)
    go.trigger()
    assert window.current_page_key() == "register" and page.isVisible()
    assert page.model.rowCount() == 1 and page.lvv.rowCount() > 0
    window.go_actions[0].trigger()  # back to the dashboard
    window.vault.professional.add(ProfessionalActivity(date(2024, 6, 1), "training", 8, 0, ""))
    go.trigger()
    assert page.model.rowCount() == 2


def test_register_page_and_statement(qtbot, vault, show_on_vault, tmp_path: Path) -> None:
    p = show_on_vault(RegisterPage(), (1200, 800))
    p.last_year.setValue(2026)
    _press(qtbot, p.new_button)
    p.date.set_value(date(2026, 3, 1))
    p.hours.selectAll()
    qtbot.keyClicks(p.hours, "32")
    p.with_whom.setFocus()
    qtbot.keyClicks(p.with_whom, "Intervisiegroep Noord")
    _press(qtbot, p.save_button)
    assert [a.hours for a in vault.professional.all()] == [32.0]

    def cell(r: int, c: int) -> str:
        item = p.lvv.item(r, c)
        assert item is not None
        return item.text()

    rows = {cell(r, 0): cell(r, 3) for r in range(p.lvv.rowCount())}
    assert {k: v in ("ja", "yes") for k, v in rows.items()} == {
        "Uren training en PE-activiteiten": False,
        "Uren intervisie": True,
    }
    assert "niet voldaan" in p.lvv_box.title() or "not met" in p.lvv_box.title()
    vault.professional.add(ProfessionalActivity(date(2024, 5, 1), "training", 40, 0, ""))
    p.reload()
    assert "not met" not in p.lvv_box.title() and "niet voldaan" not in p.lvv_box.title()
    out = tmp_path / "register.pdf"
    assert p.write_statement(out)
    assert "Registerverklaring" in pdf_text(out.read_bytes())
    save_png(p, "register-page")
    p.set_vault(None)


def test_dashboard_tiles(qtbot, vault, org) -> None:
    today = date.today()
    m = mediation(org, "M-OPEN", closed=None)
    m.sessions.append(MediationSession(today + timedelta(days=3), "joint", 60))
    vault.mediations.add(m)
    # ended almost five years ago: its 60-month term ends in ten days
    closed = date(today.year - 5, today.month, min(today.day, 28)) + timedelta(days=10)
    ended = mediation(org, "M-END", closed=closed)
    ended.opened = closed - timedelta(days=30)
    ended.sessions = [MediationSession(ended.opened, "joint", 60)]
    vault.mediations.add(ended)
    tiles = MediationTiles()
    qtbot.addWidget(tiles)
    tiles.set_vault(vault)
    assert tiles.open_tile.number.text() == "1"
    assert tiles.next_tile.number.text().endswith("M-OPEN")
    assert tiles.purge_soon_tile.number.text() == "1"
    with qtbot.waitSignal(tiles.open_mediation_requested) as blocker:
        qtbot.mouseDClick(tiles, Qt.MouseButton.LeftButton)
    assert blocker.args == [tiles.next_id]


def test_window_flow_by_keyboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    w = window  # unlocked on the seeded vault (tests/gui/conftest.py)
    assert w.dashboard.mediation_tiles.open_tile.number.text() == "0"
    qtbot.keyClick(w, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page_key() == "mediations"
    page = w.pages["mediations"]
    page.search.setFocus()
    qtbot.keyClick(
        page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.keyClicks(page.ref, "MED-W-1")
    _type_cell(qtbot, page.parties, 0, 0, NAME_1)
    _type_cell(qtbot, page.parties, 1, 0, NAME_2)
    page.ref.setFocus()
    qtbot.keyClick(page.ref, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # the window's Save
    assert w.vault is not None and w.vault.mediations.by_ref("MED-W-1") is not None
    assert w.dashboard.mediation_tiles.open_tile.number.text() == "1"
    qtbot.keyClick(w, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page_key() == "register"
    # the intervisie export of a melding, from the Cases menu
    assert w.vault is not None
    w.open_case(min(row.id for row in w.vault.cases.rows()))  # the first case seeded
    seen: list[str] = []

    def review(dialog: QWidget) -> None:
        assert isinstance(dialog, IntervisionDialog)
        seen.append(dialog.text.toPlainText())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_next_modal(review)
    w.case_export_action.trigger()
    assert seen and "Zwaluwstaart" not in seen[0] and "melder" not in seen[0].split("\n")[0]
    assert "dag 0: eerste contact" in seen[0]
    w.close()


def test_retention_terms_dialog(qtbot, page, vault, org) -> None:
    from vpdesk.gui.dialogs.retention_terms import RetentionTermsDialog

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, RetentionTermsDialog)
        assert dialog.months.value() == 60
        dialog.months.setFocus()
        for _ in range(12):
            qtbot.keyClick(dialog.months, Qt.Key.Key_Up)
        qtbot.keyClick(dialog.months, Qt.Key.Key_Return)

    on_next_modal(change)
    _press(qtbot, page.retention_button)
    assert vault.mediations.retention_months(org) == 72


def test_the_mediation_report_from_the_window(qtbot, page, vault, org, tmp_path: Path) -> None:
    from tests.stats.mediation_dataset import fill_mediations
    from vpdesk.gui.dialogs.mediation_report import MediationReportDialog

    fill_mediations(vault, "Gemeente Telstad")
    out = tmp_path / "meten.pdf"

    def write(dialog: QWidget) -> None:
        assert isinstance(dialog, MediationReportDialog)
        dialog.year.setFocus()
        dialog.year.selectAll()
        qtbot.keyClicks(dialog.year, "2025")
        dialog.threshold.selectAll()
        qtbot.keyClicks(dialog.threshold, "3")
        assert dialog.write_to(out)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_next_modal(write)
    _press(qtbot, page.report_button)
    text = pdf_text(out.read_bytes())
    assert "Meten = weten: mediation 2025" in text and "13,8" in text


def test_nothing_of_the_vault_stays_on_screen_after_detaching(qtbot, page, vault, org) -> None:
    from tests.gui.test_case_helpers import widget_texts

    vault.mediations.add(mediation(org, "M-GONE"))
    page.reload()
    page.open_mediation(vault.mediations.by_ref("M-GONE").id)
    qtbot.keyClicks(page.search, "Zeekoe")
    assert "M-GONE" in widget_texts(page)
    page.set_vault(None)
    texts = widget_texts(page)
    for secret in ("M-GONE", "Provincie Zeeklei", PARTY_A, "Zeekoe"):
        assert secret not in texts


def test_every_audit_event_has_a_dutch_label(qtbot) -> None:
    from vpdesk.domain.models import AUDIT_KINDS
    from vpdesk.gui import i18n
    from vpdesk.gui.dialogs.audit_log import event_label

    i18n.install_translators("nl")
    try:
        for kind in AUDIT_KINDS:
            assert event_label(kind) != kind
        assert event_label("intervision_export") == "Casusbeschrijving voor intervisie opgeslagen"
        assert event_label("hold_set") == "Blokkade tegen wissen ingesteld"
    finally:
        i18n.reset()
