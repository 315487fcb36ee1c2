"""The activities page: add, edit, filter by organisation and year, delete, lock."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from tests.gui.test_case_helpers import (
    SECRET_ACTIVITY,
    assert_no_secrets,
    click,
    dutch,
    on_next_modal,
    save_png,
    widget_texts,
)
from vpdesk.gui.pages.activities import ActivitiesPage


@pytest.fixture
def page(show_page):
    p = show_page(ActivitiesPage(), (1100, 760))
    p.year_filter.setCurrentIndex(0)  # all years
    return p


def test_filters_by_organisation_and_year(qtbot, page, data):
    assert page.model.rowCount() == 2
    page.organisation_filter.setCurrentIndex(page.organisation_filter.findData(data["org"]))
    assert page.model.rowCount() == 1
    assert page.model.index(0, 4).data() == SECRET_ACTIVITY
    assert page.model.index(0, 2).data() == "Voorlichting"
    page.organisation_filter.setCurrentIndex(0)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2025))
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "01-06-2025"
    assert "2,0" in page.total_label.text() or "2.0" in page.total_label.text()


def test_add_an_activity(qtbot, page, vault, data):
    page.organisation_filter.setCurrentIndex(page.organisation_filter.findData(data["other"]))
    click(qtbot, page.new_button)
    assert page.organisation.currentData() == data["other"]
    page.date.setDate(QDate(2026, 9, 15))
    page.kind.setCurrentIndex(page.kind.findData("intervision"))
    page.minutes.selectAll()
    qtbot.keyClicks(page.minutes, "75")
    qtbot.keyClicks(page.note, "Intervisie met collega's")
    click(qtbot, page.save_button)
    saved = [a for a in vault.activities.all(data["other"]) if a.kind == "intervision"]
    assert [(a.date, a.minutes, a.note) for a in saved] == [
        (date(2026, 9, 15), 75, "Intervisie met collega's")
    ]
    assert not page.has_unsaved_changes()


def test_edit_and_delete(qtbot, page, vault, data):
    page.organisation_filter.setCurrentIndex(page.organisation_filter.findData(data["org"]))
    page.table.selectRow(0)
    assert page.note.toPlainText() == SECRET_ACTIVITY
    page.minutes.selectAll()
    qtbot.keyClicks(page.minutes, "100")
    assert page.has_unsaved_changes()
    assert page.save()
    assert [a.minutes for a in vault.activities.all(data["org"])] == [100]
    on_next_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    click(qtbot, page.delete_button)
    assert vault.activities.all(data["org"]) == []
    assert page.model.rowCount() == 0


def test_lock_empties_table_filters_and_form(qtbot, page, vault, data):
    page.table.selectRow(page.model.rowCount() - 1)
    page.table.selectRow(0)
    assert SECRET_ACTIVITY in widget_texts(page)
    page.set_vault(None)
    assert_no_secrets(page)
    assert page.model.rowCount() == 0
    assert page.organisation.count() == 0


def test_render_activities_page_in_dutch(qtbot, show_page, data):
    with dutch():
        page = show_page(ActivitiesPage(), (1100, 760))
        page.year_filter.setCurrentIndex(0)
        page.table.selectRow(0)
        assert page.new_button.text() == "&Nieuwe activiteit"
        assert save_png(page, "activities").stat().st_size > 10_000
        page.set_vault(None)
