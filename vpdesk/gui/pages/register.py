"""The register page: the adviser's own intervisie, supervisie, training and PE activities, and
whether the MfN and LVV maintenance requirements of the running period are met."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain import mediation as mx
from vpdesk.domain.errors import VpdeskError
from vpdesk.domain.mediation import ProfessionalActivity
from vpdesk.gui.models.list_table import ListTableModel
from vpdesk.gui.widgets.files import ask_save_path
from vpdesk.gui.widgets.forms import (
    FieldError,
    add_form_row,
    current_lang,
    date_problems,
    fill_vocab_combo,
    fmt_date,
    make_date_edit,
    set_combo_data,
    show_messages,
    write_or_explain,
)
from vpdesk.gui.widgets.layouts import hbox
from vpdesk.gui.widgets.record_table import record_table
from vpdesk.report.register_texts import check_title, requirement_label
from vpdesk.vault import Vault


def _num(value: float) -> str:
    text = str(int(value)) if float(value).is_integer() else f"{value:.1f}"
    return text.replace(".", ",") if current_lang() == "nl" else text


class RegisterPage(QWidget):
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self._current_id: int | None = None
        self.errors: dict[str, FieldError] = {}
        lang = current_lang()
        self.model: ListTableModel[ProfessionalActivity] = ListTableModel(
            [self.tr("Date"), self.tr("Kind"), self.tr("Hours"), self.tr("PE points"), self.tr("With whom")],
            lambda a: (
                fmt_date(a.date),
                mx.PROFESSIONAL_KIND.label(a.kind, lang),
                _num(a.hours),
                _num(a.pe_points),
                a.with_whom,
            ),
            self,
        )
        self._build()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period ends in:"), self))
        self.last_year = QSpinBox(self)
        self.last_year.setRange(2000, 2100)
        self.last_year.setValue(date.today().year)
        self.last_year.setAccessibleName(self.tr("Period ends in"))
        self.last_year.valueChanged.connect(self.refresh_checks)
        top.addWidget(self.last_year)
        top.addStretch(1)
        self.statement_button = QPushButton(self.tr("Register s&tatement (PDF)…"), self)
        self.statement_button.clicked.connect(self.choose_and_write_statement)
        top.addWidget(self.statement_button)

        checks = QHBoxLayout()
        self.mfn_box, self.mfn = self._check_table(self.tr("MfN register (3 years)"))
        self.lvv_box, self.lvv = self._check_table(self.tr("LVV register (4 years)"))
        checks.addWidget(self.mfn_box, 3)
        checks.addWidget(self.lvv_box, 2)

        self.table = record_table(self.model, self.tr("Professional activities"), self)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._load_row(cur.row()))

        box = QGroupBox(self.tr("Activity"), self)
        form = QFormLayout(box)
        self.date = make_date_edit(box)
        add_form_row(form, self.tr("&Date"), self.date, self.errors, "date")
        self.kind = QComboBox(box)
        fill_vocab_combo(self.kind, mx.PROFESSIONAL_KIND)
        add_form_row(form, self.tr("&Kind"), self.kind, self.errors, "kind")
        self.hours = QDoubleSpinBox(box)
        self.hours.setRange(0, 500)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        add_form_row(form, self.tr("H&ours"), self.hours, self.errors, "hours")
        self.points = QDoubleSpinBox(box)
        self.points.setRange(0, 500)
        self.points.setDecimals(1)
        add_form_row(form, self.tr("&PE points"), self.points, self.errors, "pe_points")
        self.with_whom = QLineEdit(box)
        add_form_row(form, self.tr("&With whom"), self.with_whom, self.errors, "with_whom")
        self.new_button = QPushButton(self.tr("&New activity"), box)
        self.save_button = QPushButton(self.tr("&Save"), box)
        self.delete_button = QPushButton(self.tr("De&lete"), box)
        form.addRow(hbox(None, self.new_button, self.delete_button, self.save_button))
        self.new_button.clicked.connect(self.new_activity)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)

        lower = QHBoxLayout()
        lower.addWidget(self.table, 3)
        lower.addWidget(box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(checks, 3)
        layout.addLayout(lower, 2)

    def _check_table(self, title: str) -> tuple[QGroupBox, QTableWidget]:
        box = QGroupBox(title, self)
        table = QTableWidget(0, 5, box)
        table.setAccessibleName(title)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Requirement"),
                self.tr("Required"),
                self.tr("Achieved"),
                self.tr("Met"),
                self.tr("Still needed"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(box)
        layout.addWidget(table)
        return box, table

    # -- page contract -----------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        self._current_id = None
        self.model.set_items([])
        for table in (self.mfn, self.lvv):
            table.setRowCount(0)
        # Read when shown: the checks count the cases and mediations of several years, which
        # the other pages change meanwhile, and opening a large vault need not wait for them.
        if vault is not None and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def has_unsaved_changes(self) -> bool:
        return False

    def state(self) -> dict[str, Any]:
        return {"last_year": self.last_year.value()}

    def restore_state(self, state: dict[str, Any]) -> None:
        if isinstance(state.get("last_year"), int):
            self.last_year.setValue(state["last_year"])

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        if self._vault is None:
            return
        self.model.set_items(self._vault.professional.all())
        self.refresh_checks()

    def checks(self) -> tuple[Any, Any]:
        from vpdesk.stats.register import register_checks

        return register_checks(self._vault, self.last_year.value())

    def refresh_checks(self) -> None:
        if self._vault is None:
            return
        lang = current_lang()
        for (box, table), check in zip(
            ((self.mfn_box, self.mfn), (self.lvv_box, self.lvv)), self.checks(), strict=True
        ):
            box.setTitle(
                check_title(check, lang) + " — " + (self.tr("met") if check.met else self.tr("not met"))
            )
            table.setRowCount(len(check.requirements))
            for row, req in enumerate(check.requirements):
                cells = (
                    requirement_label(req, lang),
                    _num(req.required),
                    _num(req.figure),
                    self.tr("yes") if req.met else self.tr("no"),
                    "–" if req.met else _num(req.still_needed),
                )
                for col, text in enumerate(cells):
                    table.setItem(row, col, QTableWidgetItem(text))

    # -- the activity form --------------------------------------------------------------

    def _load_row(self, row: int) -> None:
        a = self.model.item(row)
        if a is None:
            return
        self._current_id = a.id
        self.date.set_value(a.date)
        set_combo_data(self.kind, a.kind)
        self.hours.setValue(a.hours)
        self.points.setValue(a.pe_points)
        self.with_whom.setText(a.with_whom)

    def new_activity(self) -> None:
        self._current_id = None
        self.table.clearSelection()
        self.date.set_value(date.today())
        set_combo_data(self.kind, "intervision")
        self.hours.setValue(0)
        self.points.setValue(0)
        self.with_whom.clear()
        self.date.setFocus()

    def save(self) -> bool:
        if self._vault is None:
            return False
        wrong = date_problems({"date": self.date})
        if wrong:
            lang = current_lang()
            for name, problem in wrong.items():
                if name in self.errors:
                    self.errors[name].show_message(problem.message(lang))
            return False
        a = ProfessionalActivity(
            date=self.date.value() or date.today(),
            kind=self.kind.currentData() or "intervision",
            hours=self.hours.value(),
            pe_points=self.points.value(),
            with_whom=self.with_whom.text().strip(),
            id=self._current_id,
        )
        lang = current_lang()
        vault = self._vault
        store = vault.professional.add if a.id is None else vault.professional.update
        if not write_or_explain(self, lambda: store(a), lambda t: show_messages(self.errors, t)):
            return False
        for error in self.errors.values():
            error.clear_message()
        self._current_id = a.id
        self.reload()
        self.status_message.emit(self.tr("Activity saved."))
        return True

    def delete_current(self) -> None:
        if self._vault is None or self._current_id is None:
            return
        self._vault.professional.delete(self._current_id)
        self._current_id = None
        self.reload()
        self.status_message.emit(self.tr("Activity deleted."))

    # -- the statement ------------------------------------------------------------------

    def choose_and_write_statement(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Write the register statement"),
            "registerverklaring.pdf",
            self.tr("PDF (*.pdf)"),
            ".pdf",
        )
        if path is not None:
            self.write_statement(path)

    def write_statement(self, path: Path) -> bool:
        from vpdesk.report.output import write_atomically
        from vpdesk.report.register import build_register_statement

        try:
            pdf = build_register_statement(self._vault, last_year=self.last_year.value(), lang=current_lang())
            write_atomically(pdf, path)
        except VpdeskError as exc:
            QMessageBox.warning(self, self.tr("Not written"), str(exc))
            return False
        self.status_message.emit(self.tr("Register statement written."))
        return True
