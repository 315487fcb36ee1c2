"""The cases page driven as a person would: list, search, filters, editor, records, lock."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from tests.gui.test_case_helpers import (
    SECRET_ACCUSED,
    SECRET_CONTACT,
    SECRET_NAME,
    SECRET_NOTE,
    SECRET_REF,
    assert_no_secrets,
    dutch,
    on_next_modal,
    save_png,
    widget_texts,
)
from vpdesk.gui.dialogs.close_case import CloseCaseDialog
from vpdesk.gui.dialogs.conversation import ConversationDialog
from vpdesk.gui.dialogs.referral import ReferralDialog
from vpdesk.gui.dialogs.step import StepDialog
from vpdesk.gui.pages.case_editor import TAB_REFERRALS, TAB_STEPS
from vpdesk.gui.pages.cases import VIEW_EDITOR, VIEW_LIST, CasesPage
from vpdesk.gui.tasks import wait_for_tasks


@pytest.fixture
def page(qtbot, show_page):
    p = CasesPage()
    show_page(p, (1280, 860), p.editor.conversation_model, p.editor.step_model, p.editor.referral_model)
    qtbot.waitUntil(lambda: p.loaded, timeout=5000)
    return p


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _check_behaviour(qtbot, page, code: str) -> None:
    behaviours = page.editor.behaviours
    for i in range(behaviours.count()):
        if behaviours.item(i).data(Qt.ItemDataRole.UserRole) == code:
            behaviours.setFocus()
            behaviours.setCurrentRow(i)
            qtbot.keyClick(behaviours, Qt.Key.Key_Space)
            return
    raise AssertionError(code)


def test_list_shows_all_cases_and_opens_one_on_double_click(qtbot, page, data):
    assert page.model.rowCount() == 3
    assert "3 of 3" in page.count_label.text()
    row = page.model.row_of(data["first"])
    rect = page.table.visualRect(page.model.index(row, 0))
    # A real double click is a press/release followed by a double-click event.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.stack.currentIndex() == VIEW_EDITOR
    editor = page.editor
    assert editor.reporter_name.text() == SECRET_NAME
    assert editor.accused.toPlainText() == SECRET_ACCUSED
    assert editor.organisation.currentData() == data["org"]
    assert editor.conversation_model.rowCount() == 1
    assert editor.checked_behaviours() == ["bullying", "intimidation"]
    # Referrals show the address book's contact with the target label.
    assert SECRET_CONTACT in editor.referral_model.index(0, 0).data()
    assert not page.has_unsaved_changes()


def test_add_case_with_conversation_step_and_referral(qtbot, page, vault, data):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert page.stack.currentIndex() == VIEW_EDITOR
    year = date.today().year
    assert editor.ref.text() == f"{year}-001" if year > 2026 else editor.ref.text() == "2026-003"
    assert editor.opened.date() == QDate.currentDate()
    editor.organisation.setCurrentIndex(editor.organisation.findData(data["org"]))
    assert editor.department.findText("Keuken") >= 0  # the organisation's departments
    qtbot.keyClicks(editor.department.lineEdit(), "Linnenkamer")  # a new one
    qtbot.keyClicks(editor.reporter_name, "Willemijn Tak")
    qtbot.keyClicks(editor.reporter_email, "w.tak@example.nl")
    qtbot.keyClicks(editor.accused, "Teamleider Klaas")
    _check_behaviour(qtbot, page, "aggression_violence")
    assert editor.checked_behaviours() == ["aggression_violence"]
    assert page.has_unsaved_changes()

    def fill_conversation(dialog: QWidget) -> None:
        assert isinstance(dialog, ConversationDialog)
        dialog.minutes.selectAll()
        qtbot.keyClicks(dialog.minutes, "50")
        qtbot.keyClicks(dialog.note, "Eerste gesprek, melder is aangeslagen.")
        _ok(qtbot, dialog)

    on_next_modal(fill_conversation)
    qtbot.mouseClick(editor.conversation_tab.add_button, Qt.MouseButton.LeftButton)
    assert editor.conversation_model.rowCount() == 1

    editor.tabs.setCurrentIndex(TAB_STEPS)

    def fill_step(dialog: QWidget) -> None:
        assert isinstance(dialog, StepDialog)
        qtbot.keyClicks(dialog.what, "Bellen met HR")
        qtbot.mouseClick(dialog.due_date.check, Qt.MouseButton.LeftButton)
        _ok(qtbot, dialog)

    on_next_modal(fill_step)
    qtbot.mouseClick(editor.step_tab.add_button, Qt.MouseButton.LeftButton)
    assert editor.step_model.index(0, 0).data() == "Bellen met HR"

    editor.tabs.setCurrentIndex(TAB_REFERRALS)

    def fill_referral(dialog: QWidget) -> None:
        assert isinstance(dialog, ReferralDialog)
        # The address book comes first: the occupational physician with the contact's name.
        assert SECRET_CONTACT in dialog.target.itemText(0)
        dialog.target.setCurrentIndex(0)
        qtbot.mouseClick(dialog.consent, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.note, "Afspraak gemaakt")
        _ok(qtbot, dialog)

    on_next_modal(fill_referral)
    qtbot.mouseClick(editor.referral_tab.add_button, Qt.MouseButton.LeftButton)
    assert editor.referral_model.rowCount() == 1

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not page.has_unsaved_changes()
    case_id = editor.case_id
    assert case_id is not None
    case = vault.cases.get(case_id)
    assert case is not None
    assert case.reporter_name == "Willemijn Tak"
    assert case.accused == "Teamleider Klaas"
    assert case.behaviours == ["aggression_violence"]
    assert case.department == "Linnenkamer"
    assert "Linnenkamer" in vault.organisations.get(data["org"]).departments
    conversations = vault.conversations.for_parent(case_id)
    assert [(c.minutes, c.note) for c in conversations] == [(50, "Eerste gesprek, melder is aangeslagen.")]
    steps = vault.steps.for_parent(case_id)
    assert [(s.what, s.due) for s in steps] == [("Bellen met HR", date.today())]
    referrals = vault.referrals.for_parent(case_id)
    assert [(r.target, r.consent, r.note) for r in referrals] == [
        ("occupational_physician", True, "Afspraak gemaakt")
    ]
    # The list got the new row without a reload.
    assert page.model.rowCount() == 4
    assert page.model.row_of(case_id) >= 0


def test_edit_case_and_its_records(qtbot, page, vault, data):
    page.open_case(data["first"])
    editor = page.editor
    editor.accused.clear()
    qtbot.keyClicks(editor.accused, "Iemand anders")
    editor.conversation_tab.table.selectRow(0)

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ConversationDialog)
        assert dialog.note.toPlainText() == SECRET_NOTE
        dialog.note.clear()
        qtbot.keyClicks(dialog.note, "Aangepaste notitie")
        _ok(qtbot, dialog)

    on_next_modal(change)
    qtbot.mouseClick(editor.conversation_tab.edit_button, Qt.MouseButton.LeftButton)
    editor.tabs.setCurrentIndex(TAB_STEPS)
    editor.step_tab.table.selectRow(0)
    qtbot.mouseClick(editor.step_tab.delete_button, Qt.MouseButton.LeftButton)
    assert editor.step_model.rowCount() == 0
    assert page.save()
    assert vault.cases.get(data["first"]).accused == "Iemand anders"
    assert [c.note for c in vault.conversations.for_parent(data["first"])] == ["Aangepaste notitie"]
    assert vault.steps.for_parent(data["first"]) == []
    # The full-text index follows the edit.
    assert data["first"] in vault.cases.search("Aangepaste")


def test_closed_before_opened_is_shown_next_to_the_field(qtbot, page, vault, data):
    page.open_case(data["closed"])  # opened 10-01-2026, closed 01-02-2026
    editor = page.editor
    editor.opened.setFocus()
    qtbot.keyClick(editor.opened, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.opened, "10-1-27")
    assert editor.opened.value() == date(2027, 1, 10)
    assert not page.save()
    error = editor.errors["closed"]
    assert error.isVisibleTo(editor)
    assert error.text() == "De sluitdatum ligt vóór de openingsdatum."
    assert not editor.errors["ref"].isVisibleTo(editor)
    assert vault.cases.get(data["closed"]).opened == date(2026, 1, 10)  # nothing written
    # the cursor went to the field that is wrong
    assert editor.closed.isAncestorOf(QApplication.focusWidget())
    # Fixing it clears the message at once, and the save goes through.
    editor.opened.setFocus()
    qtbot.keyClick(editor.opened, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.opened, "10-01-2026")
    assert page.save()
    assert not error.isVisibleTo(editor)
    assert vault.cases.get(data["closed"]).opened == date(2026, 1, 10)


def test_missing_behaviour_and_duplicate_reference_are_reported(qtbot, page, vault, data):
    page.new_case()
    editor = page.editor
    editor.ref.selectAll()
    qtbot.keyClicks(editor.ref, SECRET_REF)
    editor.organisation.setCurrentIndex(editor.organisation.findData(data["other"]))
    assert not page.save()
    assert editor.errors["behaviours"].isVisible()
    _check_behaviour(qtbot, page, "other")
    assert not page.save()
    assert editor.errors["ref"].text() == "Bestaat al."
    assert vault.cases.count() == 3


def test_close_case_asks_for_the_outcome(qtbot, page, vault, data):
    page.open_case(data["third"])
    editor = page.editor

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        _ok(qtbot, dialog)  # no outcome chosen yet: refused, message next to it
        assert dialog.isVisible()
        assert dialog.errors["outcome"].isVisible()
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("mediation"))
        _ok(qtbot, dialog)

    on_next_modal(close)
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert editor.closed.value() == date.today()
    assert editor.outcome.currentData() == "mediation"
    assert page.save()
    case = vault.cases.get(data["third"])
    assert case.closed == date.today()
    assert case.outcome == "mediation"
    row = page.model.row_of(data["third"])
    assert page.model.index(row, 3).data() == "Closed"


def test_ticking_the_closed_date_also_asks_and_cancel_undoes_it(qtbot, page, data):
    page.open_case(data["third"])
    editor = page.editor
    on_next_modal(lambda d: d.reject())
    qtbot.mouseClick(editor.closed.check, Qt.MouseButton.LeftButton)
    assert editor.closed.value() is None
    assert not editor.closed.check.isChecked()


def test_unsaved_changes_warning_before_switching_case(qtbot, page, vault, data):
    page.open_case(data["first"])
    qtbot.keyClicks(page.editor.reporter_phone, "0201234567")
    assert page.has_unsaved_changes()
    seen = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    on_next_modal(cancel)
    page.open_case(data["third"])
    assert seen and "not saved" in seen[0]
    assert page.editor.case_id == data["first"]  # stayed
    assert page.has_unsaved_changes()

    on_next_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    page.open_case(data["third"])
    assert page.editor.case_id == data["third"]
    assert not page.has_unsaved_changes()
    assert vault.cases.get(data["first"]).reporter_phone == ""

    qtbot.keyClicks(page.editor.reporter_phone, "0301234567")
    on_next_modal(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == VIEW_LIST
    assert vault.cases.get(data["third"]).reporter_phone == "0301234567"


def test_search_uses_the_full_text_index_and_combines_with_filters(qtbot, page, data):
    qtbot.keyClicks(page.search, "Kwakkel")  # prefix of the reporter's surname
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.case_id(0) == data["first"]
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)
    qtbot.keyClicks(page.search, "Quirijn")  # only in a conversation note
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)

    page.organisation_filter.setCurrentIndex(page.organisation_filter.findData(data["org"]))
    assert page.model.rowCount() == 2
    page.year_filter.setCurrentIndex(page.year_filter.findData(2026))
    assert page.model.rowCount() == 1
    assert page.model.case_id(0) == data["third"]
    page.organisation_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("closed"))
    assert [page.model.case_id(r) for r in range(page.model.rowCount())] == [data["closed"]]
    page.status_filter.setCurrentIndex(0)
    page.year_filter.setCurrentIndex(0)
    page.behaviour_filter.setCurrentIndex(page.behaviour_filter.findData("bullying"))
    assert [page.model.case_id(r) for r in range(page.model.rowCount())] == [data["first"]]
    assert "1 of 3" in page.count_label.text()


def test_lock_empties_every_model_and_widget_and_unlock_returns(qtbot, page, vault, data):
    page.open_case(data["first"])
    page.editor.tabs.setCurrentIndex(TAB_REFERRALS)
    page.organisation_filter.setCurrentIndex(page.organisation_filter.findData(data["org"]))
    qtbot.keyClicks(page.search, "Kwakkel")
    state = page.state()
    texts = widget_texts(page)
    assert SECRET_NAME in texts and SECRET_ACCUSED in texts
    page.set_vault(None)
    assert_no_secrets(page)
    assert page.model.rowCount() == 0
    assert page.editor.conversation_model.rowCount() == 0
    assert page.editor.referral_model.rowCount() == 0
    assert page.editor.organisation.count() == 0
    assert page.organisation_filter.count() == 1
    assert page.search.text() == ""
    assert page.editor._vault is None and page._vault is None
    assert set(state) <= {"view", "case_id", "tab", "organisation_id", "year", "status", "behaviour"}

    page.set_vault(vault)
    page.restore_state(state)
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    assert page.stack.currentIndex() == VIEW_EDITOR
    assert page.editor.case_id == data["first"]
    assert page.editor.current_tab() == TAB_REFERRALS
    assert page.organisation_filter.currentData() == data["org"]
    assert page.model.rowCount() == 2


def test_delete_case_after_confirmation(qtbot, page, vault, data):
    page.open_case(data["third"])
    on_next_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    assert vault.cases.get(data["third"]) is not None
    on_next_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    assert vault.cases.get(data["third"]) is None
    assert page.stack.currentIndex() == VIEW_LIST
    assert page.model.row_of(data["third"]) == -1
    assert page.model.rowCount() == 2


def test_copy_reference_puts_it_on_the_clipboard(qtbot, page, data):
    page.copy_reference(SECRET_REF)
    assert QApplication.clipboard().text() == SECRET_REF
    QApplication.clipboard().clear()


def test_shortcut_entry_points(qtbot, page, data):
    assert not page.save()  # nothing open: nothing saved
    page.open_case(data["first"])
    page.focus_search()
    assert page.stack.currentIndex() == VIEW_LIST
    assert page.search.hasFocus()


def test_render_case_list_and_editor_in_dutch(qtbot, show_page, data):
    with dutch():
        page = show_page(CasesPage(), (1280, 860))
        qtbot.waitUntil(lambda: page.loaded, timeout=5000)
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Kenmerk"
        assert save_png(page, "cases_list").stat().st_size > 10_000
        page.open_case(data["first"])
        assert page.editor.tabs.tabText(0) == "Gesprekken"
        assert save_png(page, "case_editor").stat().st_size > 10_000
        page.editor.tabs.setCurrentIndex(TAB_REFERRALS)
        assert save_png(page, "case_editor_referrals").stat().st_size > 10_000
        page.set_vault(None)
        wait_for_tasks()


def _fill_many(vault, n: int) -> None:
    """``n`` cases written in one transaction, the search index built once at the end."""
    from vpdesk.domain.models import Case, Organisation

    orgs = [Organisation(name=f"Organisatie {i}") for i in range(5)]
    behaviours = ("bullying", "intimidation", "discrimination", "other")
    with vault.transaction():
        for org in orgs:
            vault.organisations.add(org)
        for i in range(n):
            opened = date(2019 + i % 8, 1 + i % 12, 1 + i % 28)
            vault.cases.add(
                Case(
                    ref=f"{opened.year}-{i:05d}",
                    organisation_id=orgs[i % 5].id or 0,
                    opened=opened,
                    closed=None if i % 3 else opened,
                    outcome=None if i % 3 else "listening",
                    behaviours=[behaviours[i % 4]],
                    reporter_name=f"Melder {i}",
                ),
                reindex=False,
            )
        vault.cases.rebuild_index()


def test_ten_thousand_cases_load_in_the_background_and_search(qtbot, vault):
    # Timings are measured by bench/run.py; here: the loading leaves the GUI thread free.
    _fill_many(vault, 10_000)
    page = CasesPage()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.set_vault(vault)
    assert not page.loaded  # set_vault returned before the rows were there
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    assert page.model.rowCount() == 10_000
    qtbot.keyClicks(page.search, "Melder 4242")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.set_vault(None)
    wait_for_tasks()


def test_tab_walks_the_case_form_in_reading_order(qtbot, page, data):
    page.open_case(data["first"])
    editor = page.editor
    editor.ref.setFocus()
    qtbot.waitUntil(editor.ref.hasFocus, timeout=2000)
    order: list[QWidget] = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert widget is not None
        if not order or widget is not order[-1]:  # a date field takes a Tab per section
            order.append(widget)
        if widget is editor.accused:
            break
    expected = [
        editor.organisation,
        editor.department,
        editor.opened,
        editor.closed.check,
        editor.outcome,
        editor.channel,
        editor.wish,
        editor.hold.check,  # its reason is skipped until the box is ticked
        editor.reporter_name,
        editor.anonymous,
        editor.reporter_email,
        editor.reporter_phone,
        editor.reporter_gender,
        editor.reporter_role,
        editor.reporter_age,
        editor.consent.check,
        editor.behaviours,
        editor.accused_relation,
        editor.accused,
    ]
    assert order == expected
