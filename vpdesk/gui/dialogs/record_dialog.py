"""The frame of the dialogs that edit one record of a case: form, messages, OK/Cancel.

Records are edited in memory and written together with the case on save, so a new case can
get its first conversation before it exists in the vault, and "discard changes" really
discards everything.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.validation import (
    Problems,
)
from vpdesk.gui.formats import format_date
from vpdesk.gui.widgets.forms import (
    DateField,
    FieldError,
    OptionalDateEdit,
    add_form_row,
    current_lang,
    date_problems,
    focus_first_problem,
)


class RecordDialog(QDialog):
    """A small form with OK/Cancel that refuses OK while a field is invalid."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, FieldError] = {}
        self.date_fields: dict[str, DateField | OptionalDateEdit] = {}
        self._first_field: QWidget | None = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, field: QWidget, name: str | None = None) -> None:
        add_form_row(self.form, label, field, self.errors, name)
        proxy = field.focusProxy()
        inner = proxy if isinstance(proxy, DateField) else field  # a date with its button
        if isinstance(inner, (DateField, OptionalDateEdit)) and name is not None:
            self.date_fields[name] = inner
            if isinstance(inner, DateField) and inner is not field:
                error = self.errors[name]
                inner.textChanged.connect(lambda _text: error.clear_message())
        if self._first_field is None:
            self._first_field = inner

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The cursor starts in the first field, never on OK (where a space would submit).
        if self._first_field is not None:
            self._first_field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(self._first_field, QLineEdit):
                self._first_field.selectAll()

    def problems(self) -> Problems:
        raise NotImplementedError

    def with_last_date(self, field: DateField, last: date | None) -> QWidget:
        """The date field, with a button offering the case's last date when it has one."""
        if last is None:
            return field
        box = QWidget(self)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        self.last_date_button = QPushButton(
            self.tr("Last date of the case: %1").replace("%1", format_date(last)), box
        )
        self.last_date_button.setAutoDefault(False)
        self.last_date_button.setToolTip(self.tr("Use the date of the case's most recent record"))

        def use_last() -> None:
            field.set_value(last)
            field.setFocus()

        self.last_date_button.clicked.connect(use_last)
        layout.addWidget(self.last_date_button)
        box.setFocusProxy(field)
        return box

    def all_problems(self) -> Problems:
        """Dates that are no date first; the domain's rules only over real dates."""
        wrong_dates = date_problems(self.date_fields)
        if wrong_dates:
            return wrong_dates
        return self.problems()

    def _try_accept(self) -> None:
        problems = self.all_problems()
        lang = current_lang()
        for name, error in self.errors.items():
            problem = problems.get(name)
            if problem is None:
                error.clear_message()
            else:
                error.show_message(problem.message(lang))
        if not problems:
            self.accept()
        else:
            focus_first_problem(self.errors)
