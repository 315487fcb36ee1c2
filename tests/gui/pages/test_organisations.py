"""The organisations page: create, edit, refuse bad input, delete only without cases, lock."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox, QTableWidgetItem, QWidget

from tests.gui.test_case_helpers import (
    SECRET_CONTACT,
    SECRET_DEPARTMENT,
    SECRET_ORG,
    assert_no_secrets,
    click,
    dutch,
    on_next_modal,
    save_png,
    widget_texts,
)
from vpdesk.gui.pages.organisations import CONTACT_NAME, CONTACT_TARGET, OrganisationsPage


@pytest.fixture
def page(show_page):
    return show_page(OrganisationsPage(), (1200, 800))


def test_lists_organisations_and_shows_the_selected_one(qtbot, page, data):
    assert page.model.rowCount() == 2
    page.select_organisation(data["org"])
    assert page.name.text() == SECRET_ORG
    assert [page.departments.item(i).text() for i in range(page.departments.count())] == [
        SECRET_DEPARTMENT,
        "Keuken",
    ]
    assert page.contacts.rowCount() == 2
    assert page.contacts.item(0, CONTACT_NAME).text() == SECRET_CONTACT
    combo = page.contacts.cellWidget(0, CONTACT_TARGET)
    assert isinstance(combo, QComboBox) and combo.currentText() == "Bedrijfsarts"
    assert not page.has_unsaved_changes()


def test_create_organisation_with_departments_address_book_and_retention(qtbot, page, vault):
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.name, "Waterschap Lauwers")
    qtbot.keyClicks(page.sector, "Overheid")
    page.retention.selectAll()
    qtbot.keyClicks(page.retention, "24")
    click(qtbot, page.add_department_button)
    page.departments.currentItem().setText("Zuiveringsbeheer")
    click(qtbot, page.add_contact_button)
    page.contacts.setItem(0, CONTACT_NAME, QTableWidgetItem("Mr. J. Blom"))
    combo = page.contacts.cellWidget(0, CONTACT_TARGET)
    combo.setCurrentIndex(combo.findData("legal"))
    assert page.has_unsaved_changes()
    click(qtbot, page.save_button)
    assert not page.has_unsaved_changes()
    org = vault.organisations.by_name("Waterschap Lauwers")
    assert org is not None
    assert org.sector == "Overheid"
    assert org.retention_months == 24
    assert org.departments == ["Zuiveringsbeheer"]
    assert [(c.target, c.name) for c in org.contacts] == [("legal", "Mr. J. Blom")]
    assert page.model.rowCount() == 3


def test_empty_or_duplicate_name_is_reported_next_to_the_field(qtbot, page, vault):
    click(qtbot, page.new_button)
    click(qtbot, page.save_button)
    assert page.errors["name"].isVisible()
    assert page.errors["name"].text() == "Verplicht veld."
    qtbot.keyClicks(page.name, SECRET_ORG.upper())
    click(qtbot, page.save_button)
    assert page.errors["name"].text() == "Bestaat al."
    assert len(vault.organisations.list()) == 2


def test_edit_and_rename(qtbot, page, vault, data):
    page.select_organisation(data["other"])
    page.name.selectAll()
    qtbot.keyClicks(page.name, "Gemeente Sneek")
    assert page.save()
    assert vault.organisations.get(data["other"]).name == "Gemeente Sneek"
    assert vault.organisations.get(data["other"]).departments == ["Burgerzaken"]


def test_delete_is_refused_while_the_organisation_has_cases(qtbot, page, vault, data):
    page.select_organisation(data["org"])
    seen = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    on_next_modal(read)
    click(qtbot, page.delete_button)
    assert seen and "still has cases" in seen[0]
    assert vault.organisations.get(data["org"]) is not None


def test_delete_an_organisation_without_cases(qtbot, page, vault):
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.name, "Tijdelijk BV")
    assert page.save()
    org = vault.organisations.by_name("Tijdelijk BV")
    on_next_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    click(qtbot, page.delete_button)
    assert vault.organisations.get(org.id) is None
    assert page.model.rowCount() == 2


def test_unsaved_changes_are_not_lost_silently(qtbot, page, data):
    page.select_organisation(data["org"])
    qtbot.keyClicks(page.sector, " en welzijn")
    on_next_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    page.select_organisation(data["other"])
    assert page.name.text() == SECRET_ORG  # stayed on the edited one
    assert page.has_unsaved_changes()


def test_lock_empties_list_and_form(qtbot, page, vault, data):
    page.select_organisation(data["org"])
    assert SECRET_CONTACT in widget_texts(page)
    state = page.state()
    page.set_vault(None)
    assert_no_secrets(page)
    assert page.model.rowCount() == 0
    assert page.contacts.rowCount() == 0
    page.set_vault(vault)
    page.restore_state(state)
    assert page.name.text() == SECRET_ORG


def test_render_organisations_page_in_dutch(qtbot, show_page, data):
    with dutch():
        page = show_page(OrganisationsPage(), (1200, 800))
        page.select_organisation(data["org"])
        assert page.add_contact_button.text() == "&Contact toevoegen"
        assert save_png(page, "organisations").stat().st_size > 10_000
        page.set_vault(None)
