"""The activities page: voorlichting, management meetings, training and intervisie, with minutes."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.errors import VpdeskError
from vpdesk.domain.models import Activity
from vpdesk.domain.validation import validate_activity
from vpdesk.gui.formats import format_date
from vpdesk.gui.messages import user_message
from vpdesk.gui.models.list_table import ListTableModel, first_line
from vpdesk.gui.pages.record_page import RecordPage
from vpdesk.gui.widgets.forms import (
    current_lang,
    date_problems,
    fill_vocab_combo,
    focus_first_problem,
    make_date_edit,
    set_combo_data,
    show_messages,
    write_or_explain,
)
from vpdesk.gui.widgets.layouts import hbox
from vpdesk.gui.widgets.organisation_combo import OrganisationCombo, OrganisationFilter
from vpdesk.gui.widgets.record_table import record_table
from vpdesk.vault import Vault


class ActivitiesPage(RecordPage[Activity]):
    """A table of activities, filtered by organisation and year, and a form for one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[Activity] = []
        self._names: dict[int, str] = {}
        self._current_id: int | None = None
        self.model = ListTableModel(
            [self.tr("Date"), self.tr("Organisation"), self.tr("Kind"), self.tr("Minutes"), self.tr("Note")],
            self._cells,
            self,
        )
        self._build()
        self._set_active(False)

    def _cells(self, a: Activity) -> tuple[str, ...]:
        kind = tx.ACTIVITY_KIND.label(a.kind, current_lang())
        return (
            format_date(a.date),
            self._names.get(a.organisation_id, ""),
            kind,
            str(a.minutes),
            first_line(a.note),
        )

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.organisation_filter = OrganisationFilter(self)
        self.year_filter = QComboBox(self)
        self.year_filter.setAccessibleName(self.tr("Filter by year"))
        self.new_button = QPushButton(self.tr("&New activity"), self)
        self.total_label = QLabel(self)
        filters = self._filter_bar(self.tr("Year:"), self.year_filter, (self.total_label, 2), self.new_button)

        self.table = record_table(
            self.model,
            self.tr("Activities"),
            self,
            widths=(100, 260, 200, 80),
            alternating=True,
            row_numbers=False,
        )

        self.form_box = QGroupBox(self.tr("Activity"), self)
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organisation = OrganisationCombo(self.form_box)
        self._row(form, self.tr("&Organisation"), self.organisation, "organisation")
        self.date = make_date_edit(self.form_box)
        self._row(form, self.tr("&Date"), self.date, "date")
        self.kind = QComboBox(self.form_box)
        fill_vocab_combo(self.kind, tx.ACTIVITY_KIND)
        self._row(form, self.tr("&Kind"), self.kind, "kind")
        self.minutes = QSpinBox(self.form_box)
        self.minutes.setRange(0, 10_000)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        for short in (self.date, self.minutes, self.kind, self.organisation):
            short.setMaximumWidth(360)
        self._row(form, self.tr("D&uration"), self.minutes, "minutes")
        self.note = QPlainTextEdit(self.form_box)
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(90)
        self._row(form, self.tr("No&te"), self.note, "note")
        self.save_button = QPushButton(self.tr("&Save"), self.form_box)
        self.delete_button = QPushButton(self.tr("De&lete"), self.form_box)
        form.addRow(hbox(None, self.delete_button, self.save_button))

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.form_box, 2)

        self.organisation_filter.currentIndexChanged.connect(self._apply_filter)
        self.year_filter.currentIndexChanged.connect(self._apply_filter)
        self._wire(self.table, self.model, self.new_activity)
        self._mark_dirty_on(
            self.organisation.currentIndexChanged,
            self.date.dateChanged,
            self.kind.currentIndexChanged,
            self.minutes.valueChanged,
            self.note.textChanged,
        )

    def _record_id(self) -> int | None:
        return self._current_id

    def _may_start(self) -> bool:
        if not self._names:
            QMessageBox.information(self, self.tr("No organisation"), self.tr("Add an organisation first."))
        return bool(self._names)

    def _leave_question(self) -> str:
        return self.tr("This activity has changes that are not saved yet. Save them?")

    # -- the page contract ---------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        """Show ``vault``'s activities; None empties the table, filters and form."""
        self._vault = vault
        self._all = []
        self._names = {}
        self._clear_form()
        self._set_active(False)
        self.model.set_items([])
        self.organisation_filter.empty()
        self.organisation.empty()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.blockSignals(False)
        self.total_label.clear()
        if vault is not None:
            self.reload()

    def state(self) -> dict[str, Any]:
        return {
            "activity_id": self._current_id,
            "organisation_id": self.organisation_filter.currentData(),
            "year": self.year_filter.currentData(),
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        set_combo_data(self.organisation_filter, state.get("organisation_id"))
        set_combo_data(self.year_filter, state.get("year"))
        activity_id = state.get("activity_id")
        if isinstance(activity_id, int):
            self.select_activity(activity_id)

    def refresh_organisations(self) -> None:
        """Take over organisations added, renamed or deleted elsewhere (the form is kept)."""
        self.reload()

    # -- loading and filtering -----------------------------------------------------------

    def reload(self) -> None:
        if self._vault is None:
            return
        try:
            self._names = self._vault.organisations.names()
            self._all = self._vault.activities.all()
        except VpdeskError as exc:
            self.status_message.emit(user_message(exc))
            return
        year_choice = self.year_filter.currentData()
        self.organisation_filter.set_organisations(self._names)
        self.organisation.set_organisations(self._names)
        years = sorted({a.date.year for a in self._all} | {date.today().year}, reverse=True)
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for year in years:
            self.year_filter.addItem(str(year), year)
        set_combo_data(self.year_filter, year_choice if year_choice is not None else date.today().year)
        self.year_filter.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        org_id = self.organisation_filter.currentData()
        year = self.year_filter.currentData()
        shown = [
            a
            for a in self._all
            if (org_id is None or a.organisation_id == org_id) and (year is None or a.date.year == year)
        ]
        selected = self._current_id
        self._loading = True
        self.model.set_items(shown)
        self._loading = False
        minutes = sum(a.minutes for a in shown)
        count_text = (
            self.tr("1 activity, %2 hours") if len(shown) == 1 else self.tr("%1 activities, %2 hours")
        )
        self.total_label.setText(
            count_text.replace("%1", str(len(shown))).replace(
                "%2", f"{minutes / 60:.1f}".replace(".", "," if current_lang() == "nl" else ".")
            )
        )
        if selected is not None:
            self.select_activity(selected)

    def select_activity(self, activity_id: int) -> None:
        self._select_record(activity_id)

    # -- the form ------------------------------------------------------------------------

    def _clear_form(self) -> None:
        self._loading = True
        self._current_id = None
        self.date.set_value(date.today())
        set_combo_data(self.kind, "information")
        self.minutes.setValue(0)
        self.note.clear()
        self._cleared()
        self._loading = False

    def _open(self, activity: Activity) -> None:
        self._clear_form()
        self._loading = True
        self._current_id = activity.id
        set_combo_data(self.organisation, activity.organisation_id)
        self.date.set_value(activity.date)
        set_combo_data(self.kind, activity.kind)
        self.minutes.setValue(activity.minutes)
        self.note.setPlainText(activity.note)
        self._loaded()

    def new_activity(self) -> None:
        """Start an empty form dated today, for the organisation of the filter."""
        if not self._start_new(self.organisation, self.organisation_filter.currentData()):
            return
        self._set_active(True)
        self.date.setFocus()

    def current_activity(self) -> Activity:
        return Activity(
            id=self._current_id,
            organisation_id=self.organisation.currentData() or 0,
            date=self.date.value(),  # type: ignore[arg-type]  # None: refused on save
            kind=self.kind.currentData() or "other",
            minutes=self.minutes.value(),
            note=self.note.toPlainText().strip(),
        )

    def save(self) -> bool:
        """Validate and store the activity in the form; False (with messages) if not saved."""
        if self._vault is None or not self._active:
            return False
        lang = current_lang()
        activity = self.current_activity()
        found = date_problems({"date": self.date}) or validate_activity(activity)
        problems = {k: p.message(lang) for k, p in found.items()}
        for name, error in self.errors.items():
            if name in problems:
                error.show_message(problems[name])
            else:
                error.clear_message()
        if problems:
            focus_first_problem(self.errors)
            return False
        vault = self._vault
        store = vault.activities.add if activity.id is None else vault.activities.update
        if not write_or_explain(self, lambda: store(activity), lambda t: show_messages(self.errors, t)):
            return False
        self._current_id = activity.id
        self._dirty = False
        self.reload()
        self._set_active(True)
        self.status_message.emit(self.tr("Activity saved."))
        return True

    def delete_current(self) -> None:
        self._delete(
            self.tr("Delete activity"),
            self.tr("Delete this activity?"),
            lambda vault, activity_id: vault.activities.delete(activity_id),
            self.tr("Activity deleted."),
        )
