"""The frame of the dialogs that edit one record of a case: form, messages, OK/Cancel.

Records are edited in memory and written together with the case on save, so a new case can
get its first conversation before it exists in the vault, and "discard changes" really
discards everything.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.validation import (
    Problems,
)
from vpdesk.gui.widgets.forms import (
    FieldError,
    add_form_row,
    current_lang,
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

    def problems(self) -> Problems:
        raise NotImplementedError

    def _try_accept(self) -> None:
        problems = self.problems()
        lang = current_lang()
        for name, error in self.errors.items():
            problem = problems.get(name)
            if problem is None:
                error.clear_message()
            else:
                error.show_message(problem.message(lang))
        if not problems:
            self.accept()
