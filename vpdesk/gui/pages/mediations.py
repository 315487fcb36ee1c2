"""The mediations page: a filtered, searchable list and an editor with tabs for the mediation,
its parties, its sessions and the parties' evaluations."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain import mediation as mx
from vpdesk.domain import taxonomy as tx
from vpdesk.domain.errors import VpdeskError
from vpdesk.domain.mediation import (
    Evaluation,
    Mediation,
    MediationParty,
    MediationRow,
    MediationSession,
    validate_mediation,
)
from vpdesk.gui.models.list_table import ListTableModel, first_line
from vpdesk.gui.pages.record_page import RecordPage
from vpdesk.gui.widgets.forms import (
    FieldError,
    OptionalDateEdit,
    current_lang,
    date_problems,
    fill_vocab_combo,
    fmt_date,
    make_date_edit,
    set_combo_data,
    show_field_problems,
    write_or_explain,
)
from vpdesk.gui.widgets.hold_field import HoldField
from vpdesk.gui.widgets.layouts import hbox, vbox
from vpdesk.gui.widgets.organisation_combo import OrganisationCombo, OrganisationFilter
from vpdesk.gui.widgets.record_table import record_table
from vpdesk.vault import Vault

STATUS_ALL, STATUS_OPEN, STATUS_CLOSED = "all", "open", "closed"


class MediationsPage(RecordPage[MediationRow]):
    """Every mediation in the vault, and the one being edited."""

    changed = Signal()  # a mediation was saved or deleted (the dashboard tiles follow)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MediationRow] = []
        self._current: Mediation | None = None
        self._sessions: list[MediationSession] = []
        lang = current_lang()
        self.model: ListTableModel[MediationRow] = ListTableModel(
            [
                self.tr("Reference"),
                self.tr("Organisation"),
                self.tr("Started"),
                self.tr("Ended"),
                self.tr("Form"),
                self.tr("Result"),
                self.tr("Next session"),
                self.tr("Sessions"),
            ],
            lambda r: (
                r.ref,
                r.organisation,
                fmt_date(r.opened),
                fmt_date(r.closed),
                mx.MEDIATION_FORM.label(r.form, current_lang()),
                mx.MEDIATION_RESULT.label(r.result, current_lang()) if r.result else "",
                fmt_date(r.next_session),
                str(r.sessions),
            ),
            self,
        )
        self.session_model: ListTableModel[MediationSession] = ListTableModel(
            [self.tr("Date"), self.tr("Kind"), self.tr("Minutes"), self.tr("Minutes of the session")],
            lambda s: (
                fmt_date(s.date),
                mx.SESSION_KIND.label(s.kind, lang),
                str(s.minutes),
                first_line(s.note),
            ),
            self,
        )
        self._build()
        self._set_active(False)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.organisation_filter = OrganisationFilter(self)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        for text, value in (
            (self.tr("All"), STATUS_ALL),
            (self.tr("Open"), STATUS_OPEN),
            (self.tr("Ended"), STATUS_CLOSED),
        ):
            self.status_filter.addItem(text, value)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search reference, parties, minutes…"))
        self.search.setAccessibleName(self.tr("Search mediations"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&New mediation"), self)
        self.retention_button = QPushButton(self.tr("Retention term&s…"), self)
        self.report_button = QPushButton(self.tr("Meten = &weten (PDF)…"), self)
        self.new_action = QAction(self.tr("New mediation"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_mediation)
        self.addAction(self.new_action)
        top = self._filter_bar(
            self.tr("Status:"),
            self.status_filter,
            (self.search, 3),
            self.report_button,
            self.retention_button,
            self.new_button,
        )

        self.table = record_table(
            self.model,
            self.tr("Mediations"),
            self,
            widths=(120, 220, 95, 95, 170, 210, 120),
            row_numbers=False,
        )

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_details(), self.tr("&Mediation"))
        self.tabs.addTab(self._build_parties(), self.tr("&Parties"))
        self.tabs.addTab(self._build_sessions(), self.tr("S&essions"))
        self.tabs.addTab(self._build_evaluations(), self.tr("E&valuations"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.general_error = FieldError(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.export_button = QPushButton(self.tr("Intervisie e&xport…"), self)
        buttons = hbox(self.general_error, None, self.export_button, self.delete_button, self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.tabs, 3)
        layout.addLayout(buttons)

        self.organisation_filter.currentIndexChanged.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.export_button.clicked.connect(self.intervision_export)
        self.retention_button.clicked.connect(self.edit_retention)
        self.report_button.clicked.connect(self.write_report)
        self._wire(self.table, self.model, self.new_mediation)

    def _record_id(self) -> int | None:
        return self._current.id if self._current else None

    def _leave_question(self) -> str:
        return self.tr("This mediation has changes that are not saved yet. Save them?")

    def _may_start(self) -> bool:
        if self.organisation.count() == 0:
            QMessageBox.information(self, self.tr("No organisation"), self.tr("Add an organisation first."))
        return self.organisation.count() > 0

    def _combo(
        self, form: QFormLayout, label: str, vocab: tx.Vocabulary, name: str, empty: str | None = None
    ) -> QComboBox:
        combo = QComboBox(self)
        fill_vocab_combo(combo, vocab, empty=empty)
        self._row(form, label, combo, name, combo.currentIndexChanged)
        return combo

    def _optional_date(self, form: QFormLayout, label: str, hint: str, name: str) -> OptionalDateEdit:
        field = OptionalDateEdit(hint, form.parentWidget())
        self._row(form, label, field, name, field.changed)
        return field

    def _build_details(self) -> QWidget:
        box = QWidget(self)
        columns = QHBoxLayout(box)
        left, right = QFormLayout(), QFormLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.ref = QLineEdit(box)
        self._row(left, self.tr("&Reference"), self.ref, "ref", self.ref.textChanged)
        self.organisation = OrganisationCombo(box)
        self._row(left, self.tr("&Organisation"), self.organisation, "organisation")
        self._mark_dirty_on(self.organisation.currentIndexChanged)
        self.opened = make_date_edit(box)
        self._row(left, self.tr("St&arted"), self.opened, "opened", self.opened.dateChanged)
        self.closed = self._optional_date(left, self.tr("En&ded"), self.tr("ended"), "closed")
        self.relation = self._combo(left, self.tr("Relation"), mx.MEDIATION_RELATION, "relation")
        self.channel = self._combo(left, self.tr("Came in &by"), tx.CHANNEL, "channel")
        self.referrer = self._combo(left, self.tr("Referred b&y"), mx.REFERRER, "referrer")
        self.initiator = self._combo(left, self.tr("Initiative"), mx.INITIATOR, "initiator")
        self.form = self._combo(right, self.tr("Form"), mx.MEDIATION_FORM, "form")
        self.agreement_signed = self._optional_date(
            right, self.tr("Media&tion agreement"), self.tr("signed"), "agreement_signed"
        )
        self.co_mediator = QCheckBox(self.tr("with a co-mediator"), box)
        self._row(right, self.tr("Co-med&iation"), self.co_mediator, "co_mediator", self.co_mediator.toggled)
        self.result = self._combo(
            right, self.tr("Res&ult"), mx.MEDIATION_RESULT, "result", empty=self.tr("(still running)")
        )
        self.written_agreement = self._optional_date(
            right, self.tr("Written agreement"), self.tr("written agreement"), "written_agreement"
        )
        self.procedure_avoided = self._combo(
            right, self.tr("Formal procedure avoided"), mx.PROCEDURE_AVOIDED, "procedure_avoided"
        )
        self.hold = HoldField(self.tr("&Keep past the retention term"), box)
        self._row(right, self.tr("Retention"), self.hold, "hold_reason", self.hold.changed)
        self.note = QPlainTextEdit(box)
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(60)
        self._row(right, self.tr("Note"), self.note, "note", self.note.textChanged)
        return box

    def _build_parties(self) -> QWidget:
        box = QWidget(self)
        self.parties = QTableWidget(0, 4, box)
        self.parties.setAccessibleName(self.tr("Parties"))
        self.parties.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("E-mail"), self.tr("Phone")]
        )
        self.parties.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((280, 220, 280)):
            self.parties.setColumnWidth(col, width)
        self.parties.itemChanged.connect(self._mark_dirty)
        self.parties_error = FieldError(box)
        self.errors["parties"] = self.parties_error
        self.add_party_button = QPushButton(self.tr("&Add party"), box)
        self.remove_party_button = QPushButton(self.tr("&Remove party"), box)
        self.add_party_button.clicked.connect(lambda: self._add_party(MediationParty(), focus=True))
        self.remove_party_button.clicked.connect(self._remove_party)
        buttons = hbox(None, self.remove_party_button, self.add_party_button)
        vbox(self.parties, self.parties_error, buttons, parent=box)
        return box

    def _build_sessions(self) -> QWidget:
        box = QWidget(self)
        self.sessions = QTableView(box)
        self.sessions.setAccessibleName(self.tr("Sessions"))
        self.sessions.setModel(self.session_model)
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions.horizontalHeader().setStretchLastSection(True)
        self.sessions.activated.connect(lambda index: self._edit_session(index.row()))
        self.hours_label = QLabel(box)
        self.add_session_button = QPushButton(self.tr("&Add session…"), box)
        self.remove_session_button = QPushButton(self.tr("&Remove session"), box)
        self.add_session_button.clicked.connect(lambda: self._edit_session(None))
        self.remove_session_button.clicked.connect(self._remove_session)
        buttons = hbox((self.hours_label, 1), self.remove_session_button, self.add_session_button)
        vbox(self.sessions, buttons, parent=box)
        return box

    def _build_evaluations(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Each party's satisfaction at the end, from 1 (very dissatisfied) "
                    "to 5 (very satisfied); – when no score was given."
                ),
                box,
            )
        )
        self.evaluations = QTableWidget(0, 3, box)
        self.evaluations.setAccessibleName(self.tr("Evaluations"))
        self.evaluations.setHorizontalHeaderLabels(
            [self.tr("Party"), self.tr("Satisfaction"), self.tr("Note")]
        )
        self.evaluations.horizontalHeader().setStretchLastSection(True)
        self.evaluations.setColumnWidth(0, 260)
        self.evaluations.itemChanged.connect(self._mark_dirty)
        layout.addWidget(self.evaluations)
        return box

    # -- the page contract ---------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        self._rows = []
        self._clear_form()
        self._set_active(False)
        self.model.set_items([])
        self.organisation_filter.empty()
        self.organisation.empty()
        self.search.clear()
        if vault is not None:
            self.reload()

    def state(self) -> dict[str, Any]:
        return {
            "mediation_id": self._current.id if self._current else None,
            "status": self.status_filter.currentData(),
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        set_combo_data(self.status_filter, state.get("status", STATUS_ALL))
        mediation_id = state.get("mediation_id")
        if isinstance(mediation_id, int):
            self.open_mediation(mediation_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- the list ------------------------------------------------------------------------

    def reload(self) -> None:
        if self._vault is None:
            return
        try:
            names = self._vault.organisations.names()
            self._rows = self._vault.mediations.rows()
        except VpdeskError as exc:
            self.status_message.emit(str(exc))
            return
        self.organisation_filter.set_organisations(names)
        self.organisation.set_organisations(names)
        self._apply_filter()

    def _apply_filter(self) -> None:
        if self._vault is None:
            return
        org_id = self.organisation_filter.currentData()
        status = self.status_filter.currentData()
        text = self.search.text().strip()
        found = set(self._vault.mediations.search(text)) if text else None
        shown = [
            r
            for r in self._rows
            if (org_id is None or r.organisation_id == org_id)
            and status in (STATUS_ALL, r.status)
            and (found is None or r.id in found)
        ]
        self._loading = True
        self.model.set_items(shown)
        self._loading = False
        if self._current is not None and self._current.id is not None:
            self._select_record(self._current.id, quietly=True)

    def shown_refs(self) -> list[str]:
        return [r.ref for r in self.model.items()]

    def _open(self, row: MediationRow) -> None:
        self.open_mediation(row.id)

    def open_mediation(self, mediation_id: int) -> None:
        if self._vault is None:
            return
        m = self._vault.mediations.get(mediation_id)
        if m is not None:
            self._load(m)
            self._select_record(mediation_id, quietly=True)

    # -- the editor ----------------------------------------------------------------------

    def _set_active(self, active: bool) -> None:
        self._active = active
        self.tabs.setEnabled(active and self._vault is not None)
        self.save_button.setEnabled(active)
        saved = active and self._current is not None and self._current.id is not None
        self.delete_button.setEnabled(saved)
        self.export_button.setEnabled(saved)

    def _clear_form(self) -> None:
        self._loading = True
        self._current = None
        self.ref.clear()
        self.opened.set_value(date.today())
        self.closed.set_value(None)
        self.agreement_signed.set_value(None)
        self.written_agreement.set_value(None)
        self.co_mediator.setChecked(False)
        for combo, code in (
            (self.relation, "unknown"),
            (self.channel, "unknown"),
            (self.referrer, "unknown"),
            (self.initiator, "unknown"),
            (self.form, "informal"),
            (self.result, None),
            (self.procedure_avoided, "unknown"),
        ):
            set_combo_data(combo, code)
        self.hold.set_value(None)
        self.note.clear()
        self.parties.setRowCount(0)
        self.evaluations.setRowCount(0)
        self._sessions = []
        self._show_sessions()
        self._cleared()
        self.general_error.clear_message()
        self._loading = False

    def _load(self, m: Mediation) -> None:
        self._clear_form()
        self._loading = True
        self._current = m
        self.ref.setText(m.ref)
        set_combo_data(self.organisation, m.organisation_id)
        self.opened.set_value(m.opened)
        self.closed.set_value(m.closed)
        for combo, code in (
            (self.relation, m.relation),
            (self.channel, m.channel),
            (self.referrer, m.referrer),
            (self.initiator, m.initiator),
            (self.form, m.form),
            (self.result, m.result),
            (self.procedure_avoided, m.procedure_avoided),
        ):
            set_combo_data(combo, code)
        self.agreement_signed.set_value(m.agreement_signed)
        self.written_agreement.set_value(m.written_agreement)
        self.co_mediator.setChecked(m.co_mediator)
        self.hold.set_value(m.hold_reason)
        self.note.setPlainText(m.note)
        for party in m.parties:
            self._add_party(party)
        scores = {e.party: e for e in m.evaluations}
        for row in range(self.evaluations.rowCount()):
            e = scores.get(row)
            if e is not None:
                self._score(row).setValue(e.satisfaction or 0)
                self.evaluations.setItem(row, 2, QTableWidgetItem(e.note))
        self._sessions = list(m.sessions)
        self._show_sessions()
        self._loaded()

    def new_mediation(self) -> None:
        """An empty mediation with two parties, for the organisation of the filter."""
        if not self._start_new(self.organisation, self.organisation_filter.currentData()):
            return
        self._loading = True
        self._add_party(MediationParty(role="manager"))
        self._add_party(MediationParty(role="employee"))
        self._loading = False
        self._set_active(True)
        self.tabs.setCurrentIndex(0)
        self.ref.setFocus()

    # parties and their evaluations share the row order

    def _score(self, row: int) -> QSpinBox:
        widget = self.evaluations.cellWidget(row, 1)
        assert isinstance(widget, QSpinBox)
        return widget

    def _add_party(self, party: MediationParty, *, focus: bool = False) -> None:
        row = self.parties.rowCount()
        was = self._loading
        self._loading = True
        self.parties.insertRow(row)
        self.parties.setItem(row, 0, QTableWidgetItem(party.name))
        role = QComboBox(self.parties)
        fill_vocab_combo(role, mx.PARTY_ROLE)
        set_combo_data(role, party.role)
        role.currentIndexChanged.connect(self._mark_dirty)
        role.currentIndexChanged.connect(self._label_evaluations)
        self.parties.setCellWidget(row, 1, role)
        self.parties.setItem(row, 2, QTableWidgetItem(party.email))
        self.parties.setItem(row, 3, QTableWidgetItem(party.phone))
        self.evaluations.insertRow(row)
        label = QTableWidgetItem()
        label.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.evaluations.setItem(row, 0, label)
        score = QSpinBox(self.evaluations)
        score.setRange(0, 5)
        score.setSpecialValueText("–")
        score.setAccessibleName(self.tr("Satisfaction"))
        score.valueChanged.connect(self._mark_dirty)
        self.evaluations.setCellWidget(row, 1, score)
        self.evaluations.setItem(row, 2, QTableWidgetItem(""))
        self._label_evaluations()
        self._loading = was
        if not was:
            self._mark_dirty()
        if focus:
            self.parties.setCurrentCell(row, 0)
            self.parties.setFocus()

    def _label_evaluations(self, *_args: object) -> None:
        lang = current_lang()
        for row in range(self.evaluations.rowCount()):
            role = self.parties.cellWidget(row, 1)
            code = role.currentData() if isinstance(role, QComboBox) else ""
            text = (
                self.tr("party %1 (%2)")
                .replace("%1", str(row + 1))
                .replace("%2", mx.PARTY_ROLE.label(code, lang).lower())
            )
            item = self.evaluations.item(row, 0)
            if item is not None:
                item.setText(text)

    def _remove_party(self) -> None:
        row = self.parties.currentRow()
        if row < 0:
            row = self.parties.rowCount() - 1
        if row >= 0:
            self.parties.removeRow(row)
            self.evaluations.removeRow(row)
            self._label_evaluations()
            self._mark_dirty()

    def _tab_changed(self, index: int) -> None:
        self._label_evaluations()

    # sessions

    def _show_sessions(self) -> None:
        self._sessions.sort(key=lambda s: s.date)
        self.session_model.set_items(self._sessions)
        minutes = sum(s.minutes for s in self._sessions)
        hours = f"{minutes / 60:.1f}"
        if current_lang() == "nl":
            hours = hours.replace(".", ",")
        self.hours_label.setText(
            self.tr("%1 sessions, %2 contact hours")
            .replace("%1", str(len(self._sessions)))
            .replace("%2", hours)
        )

    def _edit_session(self, row: int | None) -> None:
        from vpdesk.gui.dialogs.mediation_session import SessionDialog

        existing = self._sessions[row] if row is not None and 0 <= row < len(self._sessions) else None
        dialog = SessionDialog(existing or MediationSession(date.today()), self)
        if dialog.exec():
            if existing is not None and row is not None:
                self._sessions[row] = dialog.value()
            else:
                self._sessions.append(dialog.value())
            self._show_sessions()
            self._mark_dirty()

    def _remove_session(self) -> None:
        row = self.sessions.currentIndex().row()
        if 0 <= row < len(self._sessions):
            del self._sessions[row]
            self._show_sessions()
            self._mark_dirty()

    # saving

    def current_mediation(self) -> Mediation:
        parties = []
        for row in range(self.parties.rowCount()):
            role = self.parties.cellWidget(row, 1)

            def cell(col: int, r: int = row) -> str:
                item = self.parties.item(r, col)
                return item.text().strip() if item is not None else ""

            parties.append(
                MediationParty(
                    cell(0), role.currentData() if isinstance(role, QComboBox) else "other", cell(2), cell(3)
                )
            )
        evaluations = []
        for row in range(self.evaluations.rowCount()):
            score = self._score(row).value()
            item = self.evaluations.item(row, 2)
            note = item.text().strip() if item is not None else ""
            if score or note:
                evaluations.append(Evaluation(row, score or None, note))
        current = self._current
        return Mediation(
            id=current.id if current else None,
            ref=self.ref.text().strip(),
            organisation_id=self.organisation.currentData() or 0,
            opened=self.opened.value(),  # type: ignore[arg-type]  # None: refused on save
            closed=self.closed.value(),
            parties=parties,
            relation=self.relation.currentData() or "unknown",
            channel=self.channel.currentData() or "unknown",
            referrer=self.referrer.currentData() or "unknown",
            initiator=self.initiator.currentData() or "unknown",
            form=self.form.currentData() or "informal",
            agreement_signed=self.agreement_signed.value(),
            co_mediator=self.co_mediator.isChecked(),
            result=self.result.currentData(),
            written_agreement=self.written_agreement.value(),
            procedure_avoided=self.procedure_avoided.currentData() or "unknown",
            note=self.note.toPlainText().strip(),
            sessions=list(self._sessions),
            evaluations=evaluations,
            hold_reason=self.hold.value() or None,
            purged=current.purged if current else None,
        )

    def _show_problems(self, problems: dict[str, str]) -> None:
        show_field_problems(self.errors, self.general_error, problems, focus=False)

    def save(self) -> bool:
        """Validate and store the mediation being edited; False (with messages) if not saved."""
        if self._vault is None or not self._active:
            return False
        lang = current_lang()
        m = self.current_mediation()
        found = date_problems(
            {
                "opened": self.opened,
                "closed": self.closed,
                "agreement_signed": self.agreement_signed,
                "written_agreement": self.written_agreement,
            }
        ) or validate_mediation(m)
        problems = {k: p.message(lang) for k, p in found.items()}
        if not m.organisation_id:
            problems["organisation"] = self.tr("Choose an organisation.")
        if self.hold.missing_reason():
            problems["hold_reason"] = self.tr("Give the reason for keeping this mediation past its term.")
        self._show_problems(problems)
        if problems:
            return False
        vault = self._vault
        before = self._current.hold_reason if self._current is not None else None

        def write() -> None:
            if m.id is None:
                vault.mediations.add(m)
                vault.audit.record("mediation_created", m.id)
            else:
                vault.mediations.update(m)
                vault.audit.record("mediation_changed", m.id)
            if bool(before) != bool(m.hold_reason):
                vault.audit.record("hold_set" if m.hold_reason else "hold_cleared", m.id)

        if not write_or_explain(self, write, self._show_problems):
            return False
        self._dirty = False
        self.reload()
        self._load(m)
        self._select_record(m.id or 0, quietly=True)
        self.status_message.emit(self.tr("Mediation saved."))
        self.changed.emit()
        return True

    def delete_current(self) -> None:
        def delete(vault: Vault, mediation_id: int) -> None:
            vault.mediations.delete(mediation_id)
            vault.audit.record("mediation_deleted", mediation_id)

        if self._delete(
            self.tr("Delete mediation"),
            self.tr("Delete this mediation with its parties, sessions and evaluations?"),
            delete,
            self.tr("Mediation deleted."),
        ):
            self.changed.emit()

    def intervision_export(self) -> None:
        """The stripped case summary for peer consultation, reviewed before the PDF."""
        mediation_id = self._record_id()
        if self._vault is None or mediation_id is None or not self._may_leave():
            return
        from vpdesk.gui.dialogs.intervision import IntervisionDialog

        dialog = IntervisionDialog(self._vault, "mediation", mediation_id, self)
        dialog.exec()

    def write_report(self) -> None:
        if self._vault is None:
            return
        from vpdesk.gui.dialogs.mediation_report import MediationReportDialog

        MediationReportDialog(self._vault, self).exec()

    def edit_retention(self) -> None:
        if self._vault is None:
            return
        from vpdesk.gui.dialogs.retention_terms import RetentionTermsDialog

        if RetentionTermsDialog(self._vault, self).exec():
            self.changed.emit()
