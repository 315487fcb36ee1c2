"""The case detail editor: every field of a case, with its conversations, steps and referrals.

Everything is edited in memory and written in one transaction by ``save()``; validation
messages from ``vpdesk.domain.validation`` appear under the field they concern.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.errors import ValidationError, VpdeskError
from vpdesk.domain.models import Case, Contact, Conversation, Organisation, Referral, Step
from vpdesk.domain.validation import validate_case
from vpdesk.gui.dialogs.close_case import CloseCaseDialog
from vpdesk.gui.dialogs.conversation import ConversationDialog
from vpdesk.gui.dialogs.referral import ReferralDialog, target_text
from vpdesk.gui.dialogs.step import StepDialog
from vpdesk.gui.formats import format_date
from vpdesk.gui.messages import user_message
from vpdesk.gui.models.list_table import ListTableModel, first_line
from vpdesk.gui.widgets.forms import (
    FieldError,
    OptionalDateEdit,
    add_form_row,
    clear_when_changed,
    current_lang,
    date_problems,
    delete_or_explain,
    fill_vocab_combo,
    make_date_edit,
    set_combo_data,
    show_field_problems,
)
from vpdesk.gui.widgets.hold_field import HoldField
from vpdesk.gui.widgets.layouts import hbox, vbox
from vpdesk.vault import Vault
from vpdesk.vault.cases import CaseRecords
from vpdesk.vault.retention import case_hold, set_case_hold

TAB_CONVERSATIONS, TAB_STEPS, TAB_REFERRALS = range(3)
W = TypeVar("W", bound=QWidget)
_RecordDialog = ConversationDialog | StepDialog | ReferralDialog


def _by_date(record: Conversation | Referral) -> date:
    return record.date


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when the person confirmed it."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class _RecordTab(QWidget):
    """A table of one kind of record with Add / Edit / Delete buttons."""

    def __init__(self, model: ListTableModel[Any], add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(150)
        self.add_button = QPushButton(add_text, self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Re&move"), self)
        buttons = vbox(self.add_button, self.edit_button, self.delete_button, None)
        hbox((self.table, 1), buttons, parent=self)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1


class CaseEditor(QWidget):
    """Edits one case; the cases page shows it when a case is opened or created."""

    saved = Signal(int)
    deleted = Signal(int)
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self._organisations: list[Organisation] = []
        self._case_id: int | None = None
        self._purged: date | None = None
        self._hold: str | None = None  # the hold as stored (see HoldField)
        self._dirty = False
        self._loading = False
        self._conversations: list[Conversation] = []
        self._steps: list[Step] = []
        self._referrals: list[Referral] = []
        self._originals: dict[tuple[str, int], Any] = {}
        self._deleted: dict[str, list[int]] = {"conversations": [], "steps": [], "referrals": []}
        self.errors: dict[str, FieldError] = {}
        self._active = False  # a case (new or stored) is in the editor
        self._build()
        self.setEnabled(False)

    # -- building ------------------------------------------------------------------------

    def _row(self, form: QFormLayout, label: str, field: QWidget, name: str | None = None) -> None:
        add_form_row(form, label, field, self.errors, name)

    def _field(self, form: QFormLayout, label: str, field: W, name: str) -> W:
        """``field``, added to ``form`` with its label and message place."""
        self._row(form, label, field, name)
        return field

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return form

    def _build(self) -> None:
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the case (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Clo&se case…"), self)
        self.delete_button = QPushButton(self.tr("Delete case…"), self)
        self.header = QHBoxLayout()
        self.header.addWidget(self.title, 1)
        self.header.addWidget(self.close_button)
        self.header.addWidget(self.delete_button)
        self.export_button = QPushButton(self.tr("Access e&xport…"), self)
        self.export_button.setToolTip(self.tr("A PDF of this case for the reporter (subject access request)"))
        self.export_button.clicked.connect(self._access_export)
        self.header.addWidget(self.export_button)
        self.header.addWidget(self.save_button)
        self.general_error = FieldError(self)
        self.purged_note = QLabel(self)
        self.purged_note.setWordWrap(True)
        self.purged_note.hide()

        # Case
        case_box = QGroupBox(self.tr("Case"), self)
        form = self._form(case_box)
        self.ref = QLineEdit(case_box)
        self.ref.setMaxLength(40)
        self._row(form, self.tr("&Reference"), self.ref, "ref")
        self.organisation = self._field(form, self.tr("&Organisation"), QComboBox(case_box), "organisation")
        self.department = QComboBox(case_box)
        self.department.setEditable(True)
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._row(form, self.tr("Department"), self.department, "department")
        self.opened = self._field(form, self.tr("O&pened"), make_date_edit(case_box), "opened")
        self.closed = self._field(
            form, self.tr("Closed"), OptionalDateEdit(self.tr("closed on"), case_box), "closed"
        )
        self.outcome = self._field(form, self.tr("Ou&tcome"), QComboBox(case_box), "outcome")
        self.channel = self._field(form, self.tr("Contact &via"), QComboBox(case_box), "channel")
        self.wish = QComboBox(case_box)
        self.wish.setToolTip(
            self.tr("Asked on closing: what the reporter wanted, and so why the case went no further")
        )
        self._row(form, self.tr("Reporter's &wish"), self.wish, "wish")
        self.hold = self._field(
            form,
            self.tr("Retention"),
            HoldField(self.tr("Keep past the retention term"), case_box),
            "hold_reason",
        )

        # Reporter
        reporter_box = QGroupBox(self.tr("Reporter"), self)
        form = self._form(reporter_box)
        self.reporter_name = self._field(form, self.tr("&Name"), QLineEdit(reporter_box), "reporter_name")
        self.anonymous = self._field(
            form,
            self.tr("Anon&ymous"),
            QCheckBox(self.tr("the reporter did not give their name"), reporter_box),
            "anonymous",
        )
        self.reporter_email = self._field(form, self.tr("&E-mail"), QLineEdit(reporter_box), "reporter_email")
        self.reporter_phone = self._field(form, self.tr("Phone"), QLineEdit(reporter_box), "reporter_phone")
        self.reporter_gender = self._field(
            form, self.tr("Gen&der"), QComboBox(reporter_box), "reporter_gender"
        )
        self.reporter_role = self._field(form, self.tr("Role"), QComboBox(reporter_box), "reporter_role")
        self.reporter_age = self._field(form, self.tr("Age group"), QComboBox(reporter_box), "reporter_age")
        self.consent = self._field(
            form, self.tr("Consent"), OptionalDateEdit(self.tr("recorded on"), reporter_box), "consent_date"
        )

        # Behaviour and the accused
        behaviour_box = QGroupBox(self.tr("Behaviour"), self)
        self.behaviours = QListWidget(behaviour_box)
        self.behaviours.setAccessibleName(self.tr("Kinds of behaviour"))
        self.behaviours.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.behaviours.setMinimumWidth(220)
        self.errors["behaviours"] = FieldError(self)
        clear_when_changed(self.behaviours, self.errors["behaviours"])
        left = QVBoxLayout()
        left.addWidget(self.behaviours)
        left.addWidget(self.errors["behaviours"])
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.accused_relation = QComboBox(behaviour_box)
        self._row(right, self.tr("Accused &is"), self.accused_relation, "accused_relation")
        self.accused = QPlainTextEdit(behaviour_box)
        self.accused.setTabChangesFocus(True)
        self.accused.setPlaceholderText(self.tr("Who is the reporter's complaint about?"))
        self.accused.setMaximumHeight(90)
        self._row(right, self.tr("Acc&used"), self.accused, "accused")
        inner = QHBoxLayout(behaviour_box)
        inner.addLayout(left, 2)
        beside = QVBoxLayout()  # the accused's fields stay together at the top of the list
        beside.addLayout(right)
        beside.addStretch(1)
        inner.addLayout(beside, 3)

        # Records
        lang_headers = (
            (self.tr("Date"), self.tr("Minutes"), self.tr("Kind"), self.tr("Note")),
            (self.tr("What"), self.tr("Due"), self.tr("Done")),
            (self.tr("Referred to"), self.tr("Date"), self.tr("Consent"), self.tr("Note")),
        )
        self.conversation_model = ListTableModel(lang_headers[0], self._conversation_cells, self)
        self.step_model = ListTableModel(lang_headers[1], self._step_cells, self)
        self.referral_model = ListTableModel(lang_headers[2], self._referral_cells, self)
        self.conversation_tab = _RecordTab(self.conversation_model, self.tr("&Add conversation…"))
        self.step_tab = _RecordTab(self.step_model, self.tr("&Add step…"))
        self.referral_tab = _RecordTab(self.referral_model, self.tr("&Add referral…"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Conversations, steps and referrals"))
        self.tabs.addTab(self.conversation_tab, self.tr("Conversations"))
        self.tabs.addTab(self.step_tab, self.tr("Follow-up steps"))
        self.tabs.addTab(self.referral_tab, self.tr("Referrals"))

        content = QWidget(self)
        grid = QGridLayout(content)
        grid.addWidget(self.general_error, 0, 0, 1, 2)
        grid.addWidget(self.purged_note, 1, 0, 1, 2)
        grid.addWidget(case_box, 2, 0)
        grid.addWidget(reporter_box, 2, 1)
        grid.addWidget(behaviour_box, 3, 0, 1, 2)
        grid.addWidget(self.tabs, 4, 0, 1, 2)
        grid.setRowStretch(4, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The form reflows to the width; only a short window needs to scroll, and vertically.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.header)
        layout.addWidget(scroll, 1)

        self._line_edits = (self.ref, self.reporter_name, self.reporter_email, self.reporter_phone)
        self._code_combos = (
            self.outcome,
            self.channel,
            self.reporter_gender,
            self.reporter_role,
            self.reporter_age,
            self.wish,
            self.accused_relation,
        )
        self._fill_vocabularies()
        self._connect()

    def _fill_vocabularies(self) -> None:
        fill_vocab_combo(self.outcome, tx.OUTCOME, empty=self.tr("(none yet)"))
        fill_vocab_combo(self.channel, tx.CHANNEL)
        fill_vocab_combo(self.reporter_gender, tx.GENDER)
        fill_vocab_combo(self.reporter_role, tx.REPORTER_ROLE)
        fill_vocab_combo(self.reporter_age, tx.AGE_GROUP)
        fill_vocab_combo(self.wish, tx.REPORTER_WISH, empty=self.tr("(asked on closing)"))
        fill_vocab_combo(self.accused_relation, tx.ACCUSED_RELATION)
        self.behaviours.clear()
        lang = current_lang()
        # Each broad kind, followed (indented) by the finer kinds that roll up into it.
        ordered = []
        for term in tx.BEHAVIOUR:
            if term.parent is None:
                ordered.append((term, ""))
                ordered += [(child, "    ") for child in tx.BEHAVIOUR.children(term.code)]
        for term, indent in ordered:
            item = QListWidgetItem(indent + term.label(lang), self.behaviours)
            item.setData(Qt.ItemDataRole.UserRole, term.code)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = self.behaviours.count()
        self.behaviours.setFixedHeight(self.behaviours.sizeHintForRow(0) * rows + 8)

    def _connect(self) -> None:
        changes = [edit.textChanged for edit in self._line_edits]
        changes += [combo.currentIndexChanged for combo in self._code_combos]
        changes += [
            self.anonymous.toggled,
            self.department.currentTextChanged,
            self.opened.dateChanged,
            self.closed.changed,
            self.consent.changed,
            self.behaviours.itemChanged,
            self.accused.textChanged,
            self.hold.changed,
        ]
        for signal in changes:
            signal.connect(self._mark_dirty)
        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        self.closed.toggled_by_user.connect(self._closed_toggled)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self._close_or_reopen)
        self.delete_button.clicked.connect(self._delete_case)
        self.conversation_tab.add_button.clicked.connect(self.add_conversation)
        self.conversation_tab.edit_button.clicked.connect(self._edit_conversation)
        self.conversation_tab.table.doubleClicked.connect(self._edit_conversation)
        self.conversation_tab.delete_button.clicked.connect(
            lambda: self._remove("conversations", self._conversations, self.conversation_tab)
        )
        self.step_tab.add_button.clicked.connect(self.add_step)
        self.step_tab.edit_button.clicked.connect(self._edit_step)
        self.step_tab.table.doubleClicked.connect(self._edit_step)
        self.step_tab.delete_button.clicked.connect(lambda: self._remove("steps", self._steps, self.step_tab))
        self.referral_tab.add_button.clicked.connect(self.add_referral)
        self.referral_tab.edit_button.clicked.connect(self._edit_referral)
        self.referral_tab.table.doubleClicked.connect(self._edit_referral)
        self.referral_tab.delete_button.clicked.connect(
            lambda: self._remove("referrals", self._referrals, self.referral_tab)
        )

    # -- table cells ---------------------------------------------------------------------

    def _conversation_cells(self, c: Conversation) -> tuple[str, ...]:
        kind = tx.CONVERSATION_KIND.label(c.kind, current_lang())
        return (format_date(c.date), str(c.minutes), kind, first_line(c.note))

    def _step_cells(self, s: Step) -> tuple[str, ...]:
        return (s.what, format_date(s.due), format_date(s.done))

    def _referral_cells(self, r: Referral) -> tuple[str, ...]:
        consent = self.tr("yes") if r.consent else self.tr("no")
        return (target_text(r.target, self._contacts()), format_date(r.date), consent, first_line(r.note))

    # -- state ---------------------------------------------------------------------------

    @property
    def case_id(self) -> int | None:
        return self._case_id

    def is_dirty(self) -> bool:
        return self._dirty

    def is_open(self) -> bool:
        """True while a case (new or existing) is in the editor."""
        return self._active

    def _activate(self, active: bool) -> None:
        self._active = active
        self.setEnabled(active)

    def _mark_dirty(self, *_args: object) -> None:
        if self._loading or self._dirty or not self._active:
            return
        self._dirty = True
        self._update_title()

    def _set_clean(self) -> None:
        self._dirty = False
        self._update_title()

    def _update_title(self) -> None:
        if not self._active:
            self.title.setText("")
            return
        text = (
            self.tr("New case")
            if self._case_id is None
            else self.tr("Case %1").replace("%1", self.ref.text())
        )
        self.title.setText(text + (" *" if self._dirty else ""))
        closed = self.closed.value() is not None
        self.close_button.setText(self.tr("Reopen ca&se") if closed else self.tr("Clo&se case…"))
        self.delete_button.setEnabled(self._case_id is not None)
        self.export_button.setEnabled(self._case_id is not None)

    # -- vault ---------------------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        """Use ``vault``; None empties the editor and forgets every vault object."""
        self._vault = vault
        if vault is None:
            self.clear()
            self._organisations = []
            self.organisation.clear()
        else:
            self.refresh_organisations()

    def refresh_organisations(self) -> None:
        """Reload the organisations (names, departments, address books) for the combos."""
        if self._vault is None:
            return
        current = self.organisation.currentData()
        department = self.department.currentText()
        self._organisations = self._vault.organisations.list()
        was_loading, self._loading = self._loading, True
        self.organisation.clear()
        self.organisation.addItem(self.tr("(choose an organisation)"), None)
        for org in self._organisations:
            self.organisation.addItem(org.name, org.id)
        set_combo_data(self.organisation, current)
        self._fill_departments()
        self.department.setCurrentText(department)
        self._loading = was_loading

    def _org(self) -> Organisation | None:
        org_id = self.organisation.currentData()
        for org in self._organisations:
            if org.id == org_id:
                return org
        return None

    def _contacts(self) -> list[Contact]:
        org = self._org()
        return list(org.contacts) if org else []

    def _fill_departments(self) -> None:
        text = self.department.currentText()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem("")
        org = self._org()
        if org:
            self.department.addItems(org.departments)
        self.department.setCurrentText(text)
        self.department.blockSignals(False)

    def _organisation_changed(self) -> None:
        self._fill_departments()
        self.referral_model.set_items(self._referrals)
        self._mark_dirty()

    # -- loading -------------------------------------------------------------------------

    def clear(self) -> None:
        """Empty every field and table and forget the case."""
        self._loading = True
        self._case_id = None
        self._purged = None
        self._hold = None
        self.hold.set_value(None)
        for edit in self._line_edits:
            edit.clear()
        self.accused.clear()
        self.department.clear()
        self.department.setEditText("")
        self.organisation.setCurrentIndex(0 if self.organisation.count() else -1)
        self.opened.set_value(date.today())
        self.closed.set_value(None)
        self.consent.set_value(None)
        for combo in self._code_combos:
            combo.setCurrentIndex(0)
        self.anonymous.setChecked(False)
        set_combo_data(self.reporter_age, "unknown")
        set_combo_data(self.channel, "unknown")
        set_combo_data(self.reporter_gender, "unknown")
        set_combo_data(self.reporter_role, "unknown")
        set_combo_data(self.accused_relation, "unknown")
        for i in range(self.behaviours.count()):
            self.behaviours.item(i).setCheckState(Qt.CheckState.Unchecked)
        self._conversations, self._steps, self._referrals = [], [], []
        self._originals = {}
        self._deleted = {"conversations": [], "steps": [], "referrals": []}
        for model in (self.conversation_model, self.step_model, self.referral_model):
            model.set_items([])
        self._clear_problems()
        self.purged_note.clear()
        self.purged_note.hide()
        self._activate(False)
        self._loading = False
        self._set_clean()
        self._update_title()

    def new_case(self, ref: str, opened: date, organisation_id: int | None = None) -> None:
        """Start an empty case with a suggested reference and opening date."""
        self.clear()
        self._loading = True
        self._activate(True)
        self.ref.setText(ref)
        self.opened.set_value(opened)
        if organisation_id is not None:
            set_combo_data(self.organisation, organisation_id)
        elif len(self._organisations) == 1:
            self.organisation.setCurrentIndex(1)
        self._fill_departments()
        self.tabs.setCurrentIndex(TAB_CONVERSATIONS)
        self._loading = False
        self._update_title()
        self.ref.setFocus()

    # -- a draft of a new case (kept in the vault when vpdesk locks itself) ------------------

    def draft(self) -> dict[str, Any]:
        """Everything typed into this new case, as plain values (for the encrypted vault)."""

        def records(items: list[Any]) -> list[dict[str, Any]]:
            return [
                {k: v.isoformat() if isinstance(v, date) else v for k, v in asdict(item).items()}
                for item in items
            ]

        return {
            "ref": self.ref.text(),
            "organisation_id": self.organisation.currentData(),
            "department": self.department.currentText(),
            "opened": self.opened.text(),
            "closed": [self.closed.check.isChecked(), self.closed.edit.text()],
            "consent": [self.consent.check.isChecked(), self.consent.edit.text()],
            "outcome": self.outcome.currentData(),
            "channel": self.channel.currentData(),
            "reporter_name": self.reporter_name.text(),
            "reporter_email": self.reporter_email.text(),
            "reporter_phone": self.reporter_phone.text(),
            "reporter_gender": self.reporter_gender.currentData(),
            "reporter_role": self.reporter_role.currentData(),
            "reporter_age": self.reporter_age.currentData(),
            "wish": self.wish.currentData(),
            "anonymous": self.anonymous.isChecked(),
            "accused_relation": self.accused_relation.currentData(),
            "accused": self.accused.toPlainText(),
            "behaviours": self.checked_behaviours(),
            "conversations": records(self._conversations),
            "steps": records(self._steps),
            "referrals": records(self._referrals),
        }

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """Show a new case as ``draft()`` described it, with its changes not yet saved."""

        def records(kind: type, items: list[dict[str, Any]]) -> list[Any]:
            out = []
            for item in items:
                values = {
                    k: date.fromisoformat(v) if k in ("date", "due", "done") and v else v
                    for k, v in item.items()
                }
                out.append(kind(**values))
            return out

        self.new_case(str(draft.get("ref", "")), date.today(), draft.get("organisation_id"))
        self._loading = True
        self.department.setCurrentText(str(draft.get("department", "")))
        self.opened.setText(str(draft.get("opened", "")))
        for field, key in ((self.closed, "closed"), (self.consent, "consent")):
            checked, text = draft.get(key) or [False, ""]
            field.set_value(date.today() if checked else None)
            if checked:
                field.edit.setText(str(text))
        for combo, key in (
            (self.outcome, "outcome"),
            (self.channel, "channel"),
            (self.reporter_gender, "reporter_gender"),
            (self.reporter_role, "reporter_role"),
            (self.reporter_age, "reporter_age"),
            (self.wish, "wish"),
            (self.accused_relation, "accused_relation"),
        ):
            set_combo_data(combo, draft.get(key))
        self.anonymous.setChecked(bool(draft.get("anonymous")))
        self.reporter_name.setText(str(draft.get("reporter_name", "")))
        self.reporter_email.setText(str(draft.get("reporter_email", "")))
        self.reporter_phone.setText(str(draft.get("reporter_phone", "")))
        self.accused.setPlainText(str(draft.get("accused", "")))
        wanted = set(draft.get("behaviours") or [])
        for i in range(self.behaviours.count()):
            item = self.behaviours.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._conversations = records(Conversation, draft.get("conversations") or [])
        self._steps = records(Step, draft.get("steps") or [])
        self._referrals = records(Referral, draft.get("referrals") or [])
        self.conversation_model.set_items(self._conversations)
        self.step_model.set_items(self._steps)
        self.referral_model.set_items(self._referrals)
        self._loading = False
        self._dirty = False
        self._mark_dirty()

    def load_case(self, case_id: int) -> bool:
        """Show a stored case; False if the vault has no such case."""
        if self._vault is None:
            return False
        case = self._vault.cases.get(case_id)
        if case is None:
            return False
        conversations = self._vault.conversations.for_parent(case_id)
        steps = self._vault.steps.for_parent(case_id)
        referrals = self._vault.referrals.for_parent(case_id)
        self.clear()
        self._loading = True
        self._activate(True)
        self._case_id = case.id
        self._purged = case.purged
        self._hold = case_hold(self._vault, case_id)
        self.hold.set_value(self._hold)
        self.ref.setText(case.ref)
        set_combo_data(self.organisation, case.organisation_id)
        self._fill_departments()
        self.department.setCurrentText(case.department)
        self.opened.set_value(case.opened)
        self.closed.set_value(case.closed)
        set_combo_data(self.outcome, case.outcome)
        set_combo_data(self.channel, case.channel)
        self.reporter_name.setText(case.reporter_name)
        self.reporter_email.setText(case.reporter_email)
        self.reporter_phone.setText(case.reporter_phone)
        set_combo_data(self.reporter_gender, case.reporter_gender)
        set_combo_data(self.reporter_role, case.reporter_role)
        set_combo_data(self.reporter_age, case.reporter_age)
        set_combo_data(self.wish, case.wish)
        self.anonymous.setChecked(case.anonymous)
        self.consent.set_value(case.consent_date)
        set_combo_data(self.accused_relation, case.accused_relation)
        self.accused.setPlainText(case.accused)
        for i in range(self.behaviours.count()):
            item = self.behaviours.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in case.behaviours
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._conversations, self._steps, self._referrals = conversations, steps, referrals
        self._originals = CaseRecords.loaded(conversations, steps, referrals).originals
        self.conversation_model.set_items(conversations)
        self.step_model.set_items(steps)
        self.referral_model.set_items(referrals)
        if case.purged is not None:
            self.purged_note.setText(
                self.tr("The identifying data of this case was removed on %1 (retention policy).").replace(
                    "%1", format_date(case.purged)
                )
            )
            self.purged_note.show()
        self._loading = False
        self._set_clean()
        self._update_title()
        return True

    def show_stored_hold(self, reason: str | None) -> None:
        """The hold was changed outside the form (Cases › Hold from the purge…): show it."""
        self._hold = reason
        loading, self._loading = self._loading, True
        try:
            self.hold.set_value(reason)
        finally:
            self._loading = loading

    # -- collecting and saving -----------------------------------------------------------

    def checked_behaviours(self) -> list[str]:
        codes = []
        for i in range(self.behaviours.count()):
            item = self.behaviours.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(item.data(Qt.ItemDataRole.UserRole))
        return codes

    def current_case(self) -> Case:
        """The case as the form shows it now (not saved)."""
        return Case(
            id=self._case_id,
            ref=self.ref.text().strip(),
            organisation_id=self.organisation.currentData() or 0,
            opened=self.opened.value(),  # type: ignore[arg-type]  # None: refused on save
            behaviours=self.checked_behaviours(),
            department=self.department.currentText().strip(),
            closed=self.closed.value(),
            reporter_name=self.reporter_name.text().strip(),
            reporter_email=self.reporter_email.text().strip(),
            reporter_phone=self.reporter_phone.text().strip(),
            reporter_gender=self.reporter_gender.currentData() or "unknown",
            reporter_role=self.reporter_role.currentData() or "unknown",
            consent_date=self.consent.value(),
            accused_relation=self.accused_relation.currentData() or "unknown",
            accused=self.accused.toPlainText().strip(),
            channel=self.channel.currentData() or "unknown",
            outcome=self.outcome.currentData() or None,
            purged=self._purged,
            anonymous=self.anonymous.isChecked(),
            reporter_age=self.reporter_age.currentData() or "unknown",
            wish=self.wish.currentData() or None,
        )

    def _clear_problems(self) -> None:
        self.general_error.clear_message()
        for error in self.errors.values():
            error.clear_message()

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each message under its field (or at the top when no field matches)."""
        show_field_problems(self.errors, self.general_error, problems)

    def save(self) -> bool:
        """Validate and write the case with its records; False (with messages) if not saved."""
        if self._vault is None or not self._active:
            return False
        lang = current_lang()
        case = self.current_case()
        problems = validate_case(case, today=date.today())
        problems.update(
            date_problems({"opened": self.opened, "closed": self.closed, "consent_date": self.consent})
        )
        messages = {k: p.message(lang) for k, p in problems.items()}
        if self.hold.missing_reason():
            messages["hold_reason"] = self.tr("Give the reason for keeping this case past its term.")
        if messages:
            self.show_problems(messages)
            self.status_message.emit(self.tr("The case was not saved: check the marked fields."))
            return False
        records = CaseRecords(
            self._conversations, self._steps, self._referrals, self._deleted, self._originals
        )
        hold = self.hold.value()
        try:
            with self._vault.transaction():
                case_id = self._vault.cases.save_with_records(case, records)
                if hold != self._hold:
                    set_case_hold(self._vault, case_id, hold)
        except ValidationError as exc:
            self.show_problems({k: exc.text(k, lang) for k in exc.problems})
            self.status_message.emit(self.tr("The case was not saved: check the marked fields."))
            return False
        except VpdeskError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), user_message(exc))
            return False
        self.refresh_organisations()
        self.load_case(case_id)
        self.status_message.emit(self.tr("Case saved."))
        self.saved.emit(case_id)
        return True

    # -- closing, reopening, deleting ----------------------------------------------------

    def close_case(self) -> bool:
        """Ask for the closing date and outcome; True when the case is now marked closed."""
        opened = self.opened.value() or date.today()
        dialog = CloseCaseDialog(
            max(date.today(), opened), self.outcome.currentData(), opened, self, wish=self.wish.currentData()
        )
        if not run_dialog(dialog):
            return False
        closed, outcome = dialog.value()
        self.closed.set_value(closed)
        set_combo_data(self.outcome, outcome)
        set_combo_data(self.wish, dialog.wish_value())
        self._dirty = False  # force the signal: set_date does not report a change
        self._mark_dirty()
        self._update_title()
        self.status_message.emit(self.tr("Case marked as closed; save to keep it."))
        return True

    def _closed_toggled(self, checked: bool) -> None:
        if checked:
            if not self.close_case():
                self.closed.set_value(None)
        else:
            set_combo_data(self.outcome, None)
            set_combo_data(self.wish, None)
        self._update_title()

    def _close_or_reopen(self) -> None:
        if self.closed.value() is None:
            self.close_case()
            return
        self.closed.set_value(None)
        set_combo_data(self.outcome, None)
        set_combo_data(self.wish, None)
        self._dirty = False
        self._mark_dirty()
        self._update_title()

    def _access_export(self) -> None:
        from vpdesk.gui.dialogs.access_export import open_access_export  # ReportLab: on first use

        open_access_export(self, self._vault, self._case_id, self._dirty)

    def _delete_case(self) -> None:
        if self._vault is None or self._case_id is None:
            return
        case_id = self._case_id
        vault = self._vault
        if not delete_or_explain(
            self,
            self.tr("Delete case"),
            self.tr(
                "Delete this case with all its conversations, steps and referrals? This cannot be undone."
            ),
            lambda: vault.cases.delete(case_id),
        ):
            return
        self.clear()
        self.status_message.emit(self.tr("Case deleted."))
        self.deleted.emit(case_id)

    # -- records -------------------------------------------------------------------------

    def _new_record_date(self) -> date:
        return max(date.today(), self.opened.value() or date.today())

    def last_record_date(self) -> date | None:
        """The most recent date of the case (opened or any record), when it is not today."""
        dates = [c.date for c in self._conversations] + [r.date for r in self._referrals]
        dates += [d for d in (self.opened.value(), self.consent.value()) if d is not None]
        last = max(dates, default=None)
        return last if last is not None and last != date.today() else None

    def add_conversation(self) -> None:
        record = Conversation(case_id=self._case_id or 0, date=self._new_record_date())
        dialog = ConversationDialog(record, self, last_date=self.last_record_date())
        self._take(dialog, self._conversations, self.conversation_model, key=_by_date)

    def _edit_conversation(self) -> None:
        self._edit(
            self.conversation_tab, self._conversations, lambda c: ConversationDialog(c, self), _by_date
        )

    def add_step(self) -> None:
        dialog = StepDialog(Step(case_id=self._case_id or 0, what=""), self, opened=self.opened.value())
        self._take(dialog, self._steps, self.step_model)

    def _edit_step(self) -> None:
        self._edit(self.step_tab, self._steps, lambda s: StepDialog(s, self, opened=self.opened.value()))

    def add_referral(self) -> None:
        contacts = self._contacts()
        target = contacts[0].target if contacts else "other"
        record = Referral(case_id=self._case_id or 0, target=target, date=self._new_record_date())
        dialog = ReferralDialog(record, contacts, self, last_date=self.last_record_date())
        self._take(dialog, self._referrals, self.referral_model, key=_by_date)

    def _edit_referral(self) -> None:
        self._edit(
            self.referral_tab, self._referrals, lambda r: ReferralDialog(r, self._contacts(), self), _by_date
        )

    def _take(
        self,
        dialog: _RecordDialog,
        items: list[Any],
        model: ListTableModel[Any],
        row: int | None = None,
        key: Callable[[Any], date] | None = None,
    ) -> None:
        """Run a record's dialog; on OK its record joins ``items`` (or replaces ``row``), in order."""
        if not run_dialog(dialog):
            return
        if row is None:
            items.append(dialog.value())
        else:
            items[row] = dialog.value()
        if key is not None:
            items.sort(key=key)
        self._records_changed(model, items)

    def _edit(
        self,
        tab: _RecordTab,
        items: list[Any],
        dialog: Callable[[Any], _RecordDialog],
        key: Callable[[Any], date] | None = None,
    ) -> None:
        """Edit the record chosen in ``tab`` in its dialog."""
        row = tab.current_row()
        if row >= 0:
            self._take(dialog(items[row]), items, tab.model, row, key)

    def _remove(self, kind: str, items: list[Any], tab: _RecordTab) -> None:
        row = tab.current_row()
        if row < 0:
            return
        item = items.pop(row)
        if item.id is not None:
            self._deleted[kind].append(item.id)
        self._records_changed(tab.model, items)

    def _records_changed(self, model: ListTableModel[Any], items: list[Any]) -> None:
        model.set_items(items)
        self._mark_dirty()

    # -- what to come back to ------------------------------------------------------------

    def current_tab(self) -> int:
        return self.tabs.currentIndex()

    def set_current_tab(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
