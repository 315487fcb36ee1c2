"""The dialog that closes a case: the closing date, the outcome and the reporter's wish."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QWidget,
)

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.validation import (
    Problem,
    Problems,
)
from vpdesk.gui.dialogs.record_dialog import RecordDialog
from vpdesk.gui.widgets.forms import (
    fill_vocab_combo,
    make_date_edit,
    set_combo_data,
)


class CloseCaseDialog(RecordDialog):
    """Closing a case asks for the date, the outcome and what the reporter wanted."""

    def __init__(
        self,
        closed: date,
        outcome: str | None,
        opened: date,
        parent: QWidget | None = None,
        *,
        wish: str | None = None,
    ) -> None:
        super().__init__(self.tr("Close case"), parent)
        self._opened = opened
        self.date = make_date_edit(self)
        self.date.set_value(closed)
        self.outcome = QComboBox(self)
        fill_vocab_combo(self.outcome, tx.OUTCOME, empty=self.tr("(choose the outcome)"))
        set_combo_data(self.outcome, outcome)
        self.add_row(self.tr("&Closed on"), self.date, "closed")
        self.add_row(self.tr("&Outcome"), self.outcome, "outcome")
        # The closing question: what the reporter wanted, and so why it went no further.
        self.wish = QComboBox(self)
        fill_vocab_combo(self.wish, tx.REPORTER_WISH, empty=self.tr("(not recorded)"))
        set_combo_data(self.wish, wish)
        self.add_row(self.tr("What the reporter &wanted"), self.wish, "wish")

    def value(self) -> tuple[date, str | None]:
        return self.date.value() or self._opened, self.outcome.currentData()

    def wish_value(self) -> str | None:
        return self.wish.currentData() or None

    def problems(self) -> Problems:
        closed, outcome = self.value()
        problems: Problems = {}
        if closed < self._opened:
            problems["closed"] = Problem("closed_before_opened")
        if not outcome:
            problems["outcome"] = Problem("required")
        return problems
