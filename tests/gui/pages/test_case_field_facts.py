"""The case editor's newer facts typed in by keyboard: anonymous contact, age group, a finer
behaviour kind, a sector role and, asked on closing, the reporter's wish."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from tests.gui.test_case_helpers import on_next_modal
from vpdesk.domain import taxonomy as tx
from vpdesk.domain.models import CaseRow
from vpdesk.gui.dialogs.close_case import CloseCaseDialog
from vpdesk.gui.models.case_table import CaseFilter
from vpdesk.gui.pages.cases import VIEW_EDITOR, CasesPage
from vpdesk.gui.widgets.forms import current_lang


@pytest.fixture
def page(qtbot, show_page):
    p = show_page(CasesPage(), (1280, 860))
    qtbot.waitUntil(lambda: p.loaded, timeout=5000)
    return p


def _type_into_combo(qtbot, combo, vocab: tx.Vocabulary, code: str) -> None:
    """Choose an item the way a person does with the keyboard: focus it and type the start of
    its label (up to a space, which would open the list)."""
    combo.setFocus()
    qtbot.keyClicks(combo, re.split(r"[\s–]", vocab.label(code, current_lang()))[0])
    assert combo.currentData() == code


def test_new_facts_typed_in_are_stored_and_shown_again(qtbot, page, vault, data):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert page.stack.currentIndex() == VIEW_EDITOR
    editor.organisation.setCurrentIndex(editor.organisation.findData(data["org"]))
    editor.opened.set_value(date(2026, 3, 2))

    # Anonymous: no name, the box ticked with the space bar.
    editor.anonymous.setFocus()
    qtbot.waitUntil(editor.anonymous.hasFocus, timeout=2000)
    qtbot.keyClick(editor.anonymous, Qt.Key.Key_Space)
    assert editor.anonymous.isChecked()
    _type_into_combo(qtbot, editor.reporter_role, tx.REPORTER_ROLE, "student")
    _type_into_combo(qtbot, editor.reporter_age, tx.AGE_GROUP, "age_18_27")

    # A finer kind sits, indented, right under its broad kind.
    behaviours = editor.behaviours
    codes = [behaviours.item(i).data(Qt.ItemDataRole.UserRole) for i in range(behaviours.count())]
    assert codes.index("integrity_fraud") > codes.index("integrity")
    assert behaviours.item(codes.index("integrity_fraud")).text().startswith("    ")
    behaviours.setFocus()
    behaviours.setCurrentRow(codes.index("integrity_fraud"))
    qtbot.keyClick(behaviours, Qt.Key.Key_Space)
    assert editor.checked_behaviours() == ["integrity_fraud"]

    # Closing asks the date, the outcome and what the reporter wanted.
    problems: list[BaseException] = []

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        try:
            _type_into_combo(qtbot, dialog.outcome, tx.OUTCOME, "referral")
            _type_into_combo(qtbot, dialog.wish, tx.REPORTER_WISH, "investigation")
        except BaseException as exc:  # reported below, once the dialog is gone
            problems.append(exc)
        finally:  # never leave the dialog open: the test would wait for it
            ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
            if dialog.isVisible():
                dialog.reject()

    on_next_modal(close)
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert editor.wish.currentData() == "investigation"

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not page.has_unsaved_changes()
    case = vault.cases.get(editor.case_id)
    assert case is not None
    assert case.anonymous is True and case.reporter_name == ""
    assert (case.reporter_role, case.reporter_age) == ("student", "age_18_27")
    assert case.behaviours == ["integrity_fraud"]
    assert (case.outcome, case.wish) == ("referral", "investigation")

    # Shown again as stored; reopening clears the wish with the outcome.
    assert page.open_case(data["first"]) is not False
    assert not editor.anonymous.isChecked()
    page.open_case(case.id)
    assert editor.anonymous.isChecked() and editor.wish.currentData() == "investigation"
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)  # now: reopen
    assert editor.wish.currentData() is None and editor.outcome.currentData() is None


def test_an_anonymous_reporter_with_a_name_is_refused_next_to_the_name(qtbot, page, vault, data):
    page.open_case(data["first"])  # has a reporter's name
    editor = page.editor
    editor.anonymous.setFocus()
    qtbot.waitUntil(editor.anonymous.hasFocus, timeout=2000)
    qtbot.keyClick(editor.anonymous, Qt.Key.Key_Space)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert page.has_unsaved_changes()
    assert editor.errors["reporter_name"].text()
    assert vault.cases.get(data["first"]).anonymous is False


def test_the_case_list_filter_on_a_broad_kind_finds_its_finer_kinds() -> None:
    row = CaseRow(1, "2026-001", 1, "Gemeente Aa", date(2026, 3, 1), None, ("integrity_fraud",), None)
    assert CaseFilter(behaviour="integrity").accepts(row)
    assert CaseFilter(behaviour="integrity_fraud").accepts(row)
    assert not CaseFilter(behaviour="integrity_corruption").accepts(row)
    assert not CaseFilter(behaviour="bullying").accepts(row)
