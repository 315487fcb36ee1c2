"""The dialog for one follow-up step of a case."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QLineEdit,
    QWidget,
)

from vpdesk.domain.models import Step
from vpdesk.domain.validation import (
    Problems,
    validate_step,
)
from vpdesk.gui.dialogs.record_dialog import RecordDialog
from vpdesk.gui.widgets.forms import (
    OptionalDateEdit,
)


class StepDialog(RecordDialog):
    """What the adviser will do, by when, and when it was done."""

    def __init__(self, step: Step, parent: QWidget | None = None, *, opened: date | None = None) -> None:
        super().__init__(self.tr("Follow-up step"), parent)
        self._base = step
        self._opened = opened
        self.what = QLineEdit(step.what, self)
        self.due_date = OptionalDateEdit(self.tr("due on"), self)
        self.due_date.set_value(step.due)
        self.done_date = OptionalDateEdit(self.tr("done on"), self)
        self.done_date.set_value(step.done)
        self.add_row(self.tr("&What"), self.what, "what")
        self.add_row(self.tr("D&ue"), self.due_date, "due")
        self.add_row(self.tr("D&one"), self.done_date, "done")

    def value(self) -> Step:
        return replace(
            self._base,
            what=self.what.text().strip(),
            due=self.due_date.value(),
            done=self.done_date.value(),
        )

    def problems(self) -> Problems:
        return validate_step(self.value(), opened=self._opened)
