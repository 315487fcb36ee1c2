"""Dates typed the way an adviser types them, in every date field, read back from the vault."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from tests.gui.test_case_helpers import fill_vault, on_next_modal
from vpdesk.gui.dialogs.conversation import ConversationDialog
from vpdesk.gui.dialogs.step import StepDialog
from vpdesk.gui.pages.case_editor import TAB_STEPS
from vpdesk.gui.pages.cases import CasesPage
from vpdesk.gui.widgets.date_field import DateField, parse_typed_date
from vpdesk.vault import Vault

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("6-10", date(2026, 10, 6)),
        ("6-10-26", date(2026, 10, 6)),
        ("06-10-2026", date(2026, 10, 6)),
        ("6/10/2026", date(2026, 10, 6)),
        ("6.10.2026", date(2026, 10, 6)),
        ("06102026", date(2026, 10, 6)),
        ("061026", date(2026, 10, 6)),
        ("2026-10-06", date(2026, 10, 6)),
        (" vandaag ", TODAY),
        ("Today", TODAY),
        ("gisteren", TODAY - timedelta(days=1)),
        ("morgen", TODAY + timedelta(days=1)),
        ("6", date(2026, 11, 6)),
    ],
)
def test_typed_dates_mean_what_a_person_means(typed: str, meant: date) -> None:
    assert parse_typed_date(typed, TODAY) == meant


@pytest.mark.parametrize(
    "typed", ["31-02-2026", "6-13", "01-02-0000", "6-10-202", "morgenvroeg", "6-10-2026x", "", "123"]
)
def test_text_that_is_no_date_is_not_guessed(typed: str) -> None:
    assert parse_typed_date(typed, TODAY) is None


def closing_on_failure(handler: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
    """A dialog driver that closes the dialog if it fails, so the test fails instead of hanging."""

    def run(dialog: QWidget) -> None:
        try:
            handler(dialog)
        finally:
            if dialog.isVisible():
                dialog.close()

    return run


@pytest.fixture
def page(qtbot, vault):  # type: ignore[no-untyped-def]
    fill_vault(vault)
    page = CasesPage()
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    page.set_vault(vault)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    return page


def _new_case_with_ref(qtbot, page: CasesPage, ref: str) -> None:  # type: ignore[no-untyped-def]
    page.new_case()
    editor = page.editor
    editor.ref.setFocus()
    qtbot.keyClick(editor.ref, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.ref, ref)
    if not editor.organisation.currentData():
        qtbot.keyClick(editor.organisation, Qt.Key.Key_Down)
    assert editor.organisation.currentData()
    editor.behaviours.item(0).setCheckState(Qt.CheckState.Checked)


def _select_all_and_type(qtbot, field: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def _saved_opened(page: CasesPage, vault: Vault, ref: str) -> date:
    """Save the case in the editor; the date it was stored as opened on."""
    assert page.save()
    stored = vault.cases.by_ref(ref)
    assert stored is not None
    return stored.opened


def _tab_to(qtbot, start: QWidget, target: QWidget, key: Qt.Key = Qt.Key.Key_Tab, limit: int = 15) -> None:  # type: ignore[no-untyped-def]
    """Press Tab (or Shift+Tab) from ``start`` until the focus is in ``target``."""
    start.setFocus()
    modifier = (
        Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab else Qt.KeyboardModifier.NoModifier
    )
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    raise AssertionError(f"Tab never reached {target!r}")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("06-10-2026", date(2026, 10, 6)), ("6-10-26", date(2026, 10, 6)), ("vandaag", None)],
)
def test_tab_into_opened_and_type_a_date(qtbot, page, vault, typed: str, meant: date | None) -> None:  # type: ignore[no-untyped-def]
    _new_case_with_ref(qtbot, page, "2026-777")
    editor = page.editor
    _tab_to(qtbot, editor.ref, editor.opened)
    before = date.today()
    qtbot.keyClicks(editor.opened, typed)  # tabbing in selected the date: typing replaces it
    qtbot.keyClick(editor.opened, Qt.Key.Key_Tab)
    if meant is None:  # "vandaag": the day it was typed, also when midnight passes meanwhile
        meant = before if editor.opened.value() == before else date.today()
    assert editor.opened.text() == f"{meant.day:02d}-{meant.month:02d}-{meant.year}"
    assert _saved_opened(page, vault, "2026-777") == meant


def test_ctrl_a_then_a_short_date_and_shift_tab_back(qtbot, page, vault) -> None:  # type: ignore[no-untyped-def]
    _new_case_with_ref(qtbot, page, "2026-778")
    editor = page.editor
    _select_all_and_type(qtbot, editor.opened, "6-10")
    # Shift+Tab back from the field after it, and forward again: the date stays as typed.
    next_field = editor.closed.check
    _tab_to(qtbot, next_field, editor.opened, Qt.Key.Key_Backtab)
    qtbot.keyClick(editor.opened, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    expected = date(date.today().year, 10, 6)
    assert editor.opened.value() == expected
    assert _saved_opened(page, vault, "2026-778") == expected


def test_a_date_that_does_not_exist_is_refused_next_to_the_field(qtbot, page, vault) -> None:  # type: ignore[no-untyped-def]
    _new_case_with_ref(qtbot, page, "2026-779")
    editor = page.editor
    _select_all_and_type(qtbot, editor.opened, "31-02-2026")
    editor.ref.setFocus()
    assert not page.save()
    assert editor.errors["opened"].text().startswith("Geen geldige datum")
    assert QApplication.focusWidget() is editor.opened  # the cursor goes to the bad field
    assert vault.cases.by_ref("2026-779") is None
    qtbot.keyClick(editor.opened, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.opened, "28-2-2026")
    assert not editor.errors["opened"].isVisibleTo(editor)  # the message goes once it is fixed
    assert page.save()


def test_digits_typed_in_the_conversation_dialog_are_the_date(qtbot, page, vault) -> None:  # type: ignore[no-untyped-def]
    rows = {r.ref: r.id for r in vault.cases.rows()}
    page.open_case(rows["2026-002"])  # opened 20-02-2026
    editor = page.editor
    seen: dict[str, object] = {}

    def type_date(dialog: QWidget) -> None:
        assert isinstance(dialog, ConversationDialog)
        # the dialog opens with the cursor in the date, ready to type over
        seen["focus"] = dialog.focusWidget() is dialog.date
        qtbot.keyClick(dialog.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.date, "3-3-26")
        qtbot.keyClick(dialog.date, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.minutes, "5")
        qtbot.keyClick(dialog.minutes, Qt.Key.Key_Return)

    on_next_modal(closing_on_failure(type_date))
    qtbot.keyClick(editor.conversation_tab.add_button, Qt.Key.Key_Space)
    assert seen["focus"] is True
    assert page.save()
    dates = [c.date for c in vault.conversations.for_parent(rows["2026-002"])]
    assert dates == [date(2026, 3, 3)]


def test_a_step_due_before_the_case_opened_is_refused(qtbot, page, vault) -> None:  # type: ignore[no-untyped-def]
    rows = {r.ref: r.id for r in vault.cases.rows()}
    page.open_case(rows["2026-002"])  # opened 20-02-2026
    editor = page.editor
    editor.tabs.setCurrentIndex(TAB_STEPS)
    seen: dict[str, object] = {}

    def fill_step(dialog: QWidget) -> None:
        assert isinstance(dialog, StepDialog)
        seen["focus"] = dialog.focusWidget() is dialog.what  # not on OK
        qtbot.keyClicks(dialog.what, "Terugbellen")
        qtbot.keyClick(dialog.what, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)  # tick "due on"
        seen["ticked"] = dialog.focusWidget() is dialog.due_date.edit
        qtbot.keyClicks(dialog.due_date.edit, "1-1-2026")
        qtbot.keyClick(dialog.due_date.edit, Qt.Key.Key_Return)
        seen["refused"] = dialog.isVisible()
        seen["message"] = dialog.errors["due"].text()
        seen["focus_after"] = dialog.focusWidget() is dialog.due_date.edit
        qtbot.keyClick(dialog.due_date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.due_date.edit, "1-3-2026")
        seen["cleared"] = not dialog.errors["due"].isVisibleTo(dialog)
        qtbot.keyClick(dialog.due_date.edit, Qt.Key.Key_Return)

    on_next_modal(closing_on_failure(fill_step))
    qtbot.keyClick(editor.step_tab.add_button, Qt.Key.Key_Space)
    assert seen == {
        "focus": True,
        "ticked": True,
        "refused": True,
        "message": "Deze datum ligt vóór de openingsdatum van de melding.",
        "focus_after": True,
        "cleared": True,
    }
    assert page.save()
    steps = vault.steps.for_parent(rows["2026-002"])
    assert [(s.what, s.due) for s in steps] == [("Terugbellen", date(2026, 3, 1))]


def test_the_calendar_opens_by_keyboard_and_picks_a_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.set_value(date(2026, 10, 6))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field._popup
    assert popup is not None and popup.isVisible()
    grid = popup.findChild(QTableView)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert field.value() == date(2026, 10, 7)
