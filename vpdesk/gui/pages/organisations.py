"""The organisations page: client organisations with departments, address book and retention."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.errors import VpdeskError
from vpdesk.domain.models import DEFAULT_RETENTION_MONTHS, Contact, Organisation
from vpdesk.domain.validation import validate_organisation
from vpdesk.gui.messages import user_message
from vpdesk.gui.models.list_table import ListTableModel
from vpdesk.gui.pages.record_page import RecordPage
from vpdesk.gui.widgets.forms import (
    FieldError,
    current_lang,
    fill_vocab_combo,
    set_combo_data,
    show_field_problems,
    write_or_explain,
)
from vpdesk.gui.widgets.layouts import hbox, vbox
from vpdesk.vault import Vault

CONTACT_TARGET, CONTACT_NAME, CONTACT_PHONE, CONTACT_EMAIL, CONTACT_NOTE = range(5)


class OrganisationsPage(RecordPage[Organisation]):
    """A list of organisations beside a form for the selected one."""

    organisations_changed = Signal()  # one was added, renamed or deleted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current: Organisation | None = None  # None with an active form: a new one
        self.model: ListTableModel[Organisation] = ListTableModel(
            [self.tr("Organisation")], lambda o: (o.name,), self
        )
        self._build()
        self._set_active(False)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Organisations"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.new_button = QPushButton(self.tr("New &organisation"), self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)

        self.form_box = QWidget(self)
        general = QGroupBox(self.tr("Organisation"), self.form_box)
        form = QFormLayout(general)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(general)
        self._row(form, self.tr("&Name"), self.name, "name")
        self.sector = QLineEdit(general)
        self.sector.setPlaceholderText(self.tr("e.g. local government, education, healthcare"))
        self._row(form, self.tr("Sec&tor"), self.sector, "sector")
        self.retention = QSpinBox(general)
        self.retention.setRange(1, 120)
        self.retention.setSuffix(self.tr(" months"))
        self.retention.setToolTip(
            self.tr("How long after closing a case its identifying data is kept before purging.")
        )
        self._row(form, self.tr("&Retention"), self.retention, "retention_months")

        departments = QGroupBox(self.tr("Departments"), self.form_box)
        self.departments = QListWidget(departments)
        self.departments.setAccessibleName(self.tr("Departments"))
        self.departments.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.add_department_button = QPushButton(self.tr("Add &department"), departments)
        self.remove_department_button = QPushButton(self.tr("Remove department"), departments)
        dep_buttons = hbox(self.add_department_button, self.remove_department_button, None)
        vbox((self.departments, 1), dep_buttons, parent=departments)

        book = QGroupBox(self.tr("Address book (sociale kaart)"), self.form_box)
        self.contacts = QTableWidget(0, 5, book)
        self.contacts.setAccessibleName(self.tr("Address book"))
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Name"), self.tr("Phone"), self.tr("E-mail"), self.tr("Note")]
        )
        self.contacts.verticalHeader().hide()
        self.contacts.setWordWrap(False)
        self.contacts.horizontalHeader().setStretchLastSection(True)
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # narrow enough that at 1200 pixels the role stays in sight beside the other columns
        self.contacts.setColumnWidth(CONTACT_TARGET, 170)
        self.contacts.setColumnWidth(CONTACT_NAME, 160)
        self.contacts.setColumnWidth(CONTACT_PHONE, 110)
        self.contacts.setColumnWidth(CONTACT_EMAIL, 170)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_contact_button = QPushButton(self.tr("&Add contact"), book)
        self.remove_contact_button = QPushButton(self.tr("Remove contact"), book)
        self.errors["contacts"] = FieldError(book)
        contact_buttons = hbox(
            self.add_contact_button, self.remove_contact_button, (self.errors["contacts"], 1), None
        )
        vbox((self.contacts, 1), contact_buttons, parent=book)

        self.save_button = QPushButton(self.tr("&Save"), self.form_box)
        self.delete_button = QPushButton(self.tr("De&lete organisation…"), self.form_box)
        self.general_error = FieldError(self.form_box)
        buttons = hbox((self.general_error, 1), None, self.delete_button, self.save_button)
        top = hbox((general, 3), (departments, 2))
        vbox(top, (book, 1), buttons, parent=self.form_box, margins=False)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._wire(self.list, self.model, self.new_organisation)
        self.add_department_button.clicked.connect(self._add_department)
        self.remove_department_button.clicked.connect(self._remove_department)
        self.add_contact_button.clicked.connect(self._new_contact)
        self.remove_contact_button.clicked.connect(self._remove_contact)
        self._mark_dirty_on(
            self.name.textChanged,
            self.sector.textChanged,
            self.retention.valueChanged,
            self.departments.itemChanged,
            self.contacts.itemChanged,
        )

    def _record_id(self) -> int | None:
        return self._current.id if self._current else None

    def _leave_question(self) -> str:
        return self.tr("This organisation has changes that are not saved yet. Save them?")

    # -- the page contract ---------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        """Show ``vault``'s organisations; None empties the list and the form."""
        self._vault = vault
        self._clear_form()
        self._set_active(False)
        self.model.set_items([])
        if vault is not None:
            self.reload()

    def state(self) -> dict[str, Any]:
        return {"organisation_id": self._current.id if self._current else None}

    def restore_state(self, state: dict[str, Any]) -> None:
        org_id = state.get("organisation_id")
        if isinstance(org_id, int):
            self.select_organisation(org_id)

    # -- loading and selecting -----------------------------------------------------------

    def reload(self) -> None:
        if self._vault is None:
            return
        try:
            organisations = self._vault.organisations.list()
        except VpdeskError as exc:
            self.status_message.emit(user_message(exc))
            return
        self.model.set_items(organisations)

    def select_organisation(self, org_id: int) -> None:
        self._select_record(org_id)

    def _open(self, org: Organisation) -> None:
        self._loading = True
        self._clear_form()
        self._current = org
        self.name.setText(org.name)
        self.sector.setText(org.sector)
        self.retention.setValue(org.retention_months)
        for name in org.departments:
            self._add_department_item(name)
        for contact in org.contacts:
            self._add_contact(contact)
        self._loaded()

    def new_organisation(self) -> None:
        """Start an empty form for a new organisation."""
        if not self._start_new():
            return
        self._set_active(True)
        self.name.setFocus()

    def _clear_form(self) -> None:
        was_loading, self._loading = self._loading, True
        self._current = None
        self.name.clear()
        self.sector.clear()
        self.retention.setValue(DEFAULT_RETENTION_MONTHS)
        self.departments.clear()
        self.contacts.setRowCount(0)
        self.general_error.clear_message()
        self._cleared()
        self._loading = was_loading

    # -- departments and contacts --------------------------------------------------------

    def _add_department_item(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name, self.departments)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _add_department(self) -> None:
        item = self._add_department_item(self.tr("New department"))
        self.departments.setCurrentItem(item)
        self.departments.editItem(item)
        self._mark_dirty()

    def _remove_department(self) -> None:
        row = self.departments.currentRow()
        if row >= 0:
            self.departments.takeItem(row)
            self._mark_dirty()

    def _add_contact(self, contact: Contact) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        combo = QComboBox(self.contacts)
        fill_vocab_combo(combo, tx.REFERRAL_TARGET)
        set_combo_data(combo, contact.target)
        combo.currentIndexChanged.connect(self._mark_dirty)
        # Tab walks the table's cells; the role is chosen with the mouse or, on its cell, by
        # typing its first letters once the combo has been clicked. Letters typed elsewhere
        # in the row never land in the combo's type-ahead.
        combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.contacts.setCellWidget(row, CONTACT_TARGET, combo)
        for col, text in (
            (CONTACT_NAME, contact.name),
            (CONTACT_PHONE, contact.phone),
            (CONTACT_EMAIL, contact.email),
            (CONTACT_NOTE, contact.note),
        ):
            self.contacts.setItem(row, col, QTableWidgetItem(text))
        self._mark_dirty()

    def _new_contact(self) -> None:
        """A new row, with the cursor in its name: what is typed next is the contact's name."""
        self._add_contact(Contact(target="hr"))
        row = self.contacts.rowCount() - 1
        self.contacts.setFocus(Qt.FocusReason.OtherFocusReason)
        self.contacts.setCurrentCell(row, CONTACT_NAME)
        item = self.contacts.item(row, CONTACT_NAME)
        if item is not None:
            self.contacts.editItem(item)

    def _remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.removeRow(row)
            self._mark_dirty()

    def _contact_rows(self) -> list[Contact]:
        contacts = []
        for row in range(self.contacts.rowCount()):
            combo = self.contacts.cellWidget(row, CONTACT_TARGET)
            assert isinstance(combo, QComboBox)

            def text(col: int, r: int = row) -> str:
                item = self.contacts.item(r, col)
                return item.text().strip() if item is not None else ""

            contacts.append(
                Contact(
                    target=combo.currentData() or "other",
                    name=text(CONTACT_NAME),
                    phone=text(CONTACT_PHONE),
                    email=text(CONTACT_EMAIL),
                    note=text(CONTACT_NOTE),
                )
            )
        return contacts

    # -- saving and deleting -------------------------------------------------------------

    def current_organisation(self) -> Organisation:
        """The organisation as the form shows it (not saved)."""
        departments = [self.departments.item(i).text().strip() for i in range(self.departments.count())]
        return Organisation(
            id=self._current.id if self._current else None,
            name=self.name.text().strip(),
            sector=self.sector.text().strip(),
            retention_months=self.retention.value(),
            departments=[d for d in departments if d],
            contacts=self._contact_rows(),
        )

    def _show_problems(self, problems: dict[str, str]) -> None:
        show_field_problems(self.errors, self.general_error, problems)

    def save(self) -> bool:
        """Validate and store the organisation; False (with messages) if not saved."""
        if self._vault is None or not self._active:
            return False
        lang = current_lang()
        org = self.current_organisation()
        problems = validate_organisation(org)
        if problems:
            self._show_problems({k: p.message(lang) for k, p in problems.items()})
            return False
        vault = self._vault
        store = vault.organisations.add if org.id is None else vault.organisations.update
        if not write_or_explain(self, lambda: store(org), self._show_problems):
            return False
        assert org.id is not None
        self._dirty = False
        self.reload()
        self.select_organisation(org.id)
        saved = self._vault.organisations.get(org.id)
        if saved is not None:
            self._open(saved)
        self.status_message.emit(self.tr("Organisation saved."))
        self.organisations_changed.emit()
        return True

    def delete_current(self) -> None:
        """Delete the selected organisation, which must have no cases."""
        org_id = self._record_id()
        if self._vault is not None and org_id is not None and self._vault.organisations.case_count(org_id):
            QMessageBox.information(
                self,
                self.tr("Cannot delete"),
                self.tr("This organisation still has cases, so it cannot be deleted."),
            )
            return
        if self._delete(
            self.tr("Delete organisation"),
            self.tr("Delete this organisation with its departments, address book and activities?"),
            lambda vault, org_id: vault.organisations.delete(org_id),
            self.tr("Organisation deleted."),
        ):
            self.organisations_changed.emit()
