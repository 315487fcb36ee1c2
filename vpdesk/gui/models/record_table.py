"""A case's records in the editor: small table models and the dialogs that edit one record.

Records are edited in memory and written together with the case on save, so a new case can
get its first conversation before it exists in the vault, and "discard changes" really
discards everything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.models import Contact, Conversation, Referral, Step
from vpdesk.domain.validation import (
    Problems,
    validate_conversation,
    validate_referral,
    validate_step,
)
from vpdesk.gui.widgets.forms import (
    FieldError,
    OptionalDateEdit,
    add_form_row,
    current_lang,
    fill_vocab_combo,
    from_qdate,
    make_date_edit,
    set_combo_data,
    to_qdate,
)

_Index = QModelIndex | QPersistentModelIndex


def first_line(text: str, limit: int = 80) -> str:
    """The start of a note for a table cell."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class RecordTableModel(QAbstractTableModel):
    """A read-only table of records, each shown through a function giving its cells."""

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[Any], Sequence[str]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._cells = cells
        self._items: list[Any] = []
        self._text: list[Sequence[str]] = []

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._text = [self._cells(item) for item in self._items]
        self.endResetModel()

    def items(self) -> list[Any]:
        return list(self._items)

    def item(self, row: int) -> Any:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row, col = index.row(), index.column()
        if 0 <= row < len(self._text) and 0 <= col < len(self._headers):
            return self._text[row][col]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


class _RecordDialog(QDialog):
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


class ConversationDialog(_RecordDialog):
    """Date, duration, kind and note of one conversation."""

    def __init__(self, conversation: Conversation, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Conversation"), parent)
        self._base = conversation
        self.date = make_date_edit(self)
        self.date.setDate(to_qdate(conversation.date))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(max(0, conversation.minutes))
        self.kind = QComboBox(self)
        fill_vocab_combo(self.kind, tx.CONVERSATION_KIND)
        set_combo_data(self.kind, conversation.kind)
        self.note = QPlainTextEdit(self)
        self.note.setPlainText(conversation.note)
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(160)
        self.add_row(self.tr("&Date"), self.date)
        self.add_row(self.tr("D&uration"), self.minutes, "minutes")
        self.add_row(self.tr("&Kind"), self.kind, "kind")
        self.add_row(self.tr("&Note"), self.note, "note")

    def value(self) -> Conversation:
        return Conversation(
            id=self._base.id,
            case_id=self._base.case_id,
            date=from_qdate(self.date.date()),
            minutes=self.minutes.value(),
            kind=self.kind.currentData() or "intake",
            note=self.note.toPlainText(),
        )

    def problems(self) -> Problems:
        return validate_conversation(self.value())


class StepDialog(_RecordDialog):
    """What the adviser will do, by when, and when it was done."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Follow-up step"), parent)
        self._base = step
        self.what = QLineEdit(step.what, self)
        self.due_date = OptionalDateEdit(self.tr("due on"), self)
        self.due_date.set_value(step.due)
        self.done_date = OptionalDateEdit(self.tr("done on"), self)
        self.done_date.set_value(step.done)
        self.add_row(self.tr("&What"), self.what, "what")
        self.add_row(self.tr("D&ue"), self.due_date)
        self.add_row(self.tr("D&one"), self.done_date)

    def value(self) -> Step:
        return Step(
            id=self._base.id,
            case_id=self._base.case_id,
            what=self.what.text().strip(),
            due=self.due_date.value(),
            done=self.done_date.value(),
        )

    def problems(self) -> Problems:
        return validate_step(self.value())


def contact_name(contacts: Sequence[Contact], target: str) -> str:
    """The name of the organisation's first contact for ``target``, if any."""
    for c in contacts:
        if c.target == target and c.name.strip():
            return c.name.strip()
    return ""


def target_text(target: str, contacts: Sequence[Contact]) -> str:
    """A referral target's label, with the address book's contact name when there is one."""
    label = tx.REFERRAL_TARGET.label(target, current_lang())
    name = contact_name(contacts, target)
    return f"{label} ({name})" if name else label


class ReferralDialog(_RecordDialog):
    """Target (from the organisation's address book), date, consent and note."""

    def __init__(
        self, referral: Referral, contacts: Sequence[Contact], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Referral"), parent)
        self._base = referral
        lang = current_lang()
        self.target = QComboBox(self)
        # The address book first, so the usual people are one click away; then every target.
        for c in contacts:
            if c.target in tx.REFERRAL_TARGET:
                text = tx.REFERRAL_TARGET.label(c.target, lang)
                if c.name.strip():
                    text += f" — {c.name.strip()}"
                self.target.addItem(text, c.target)
        if self.target.count():
            self.target.insertSeparator(self.target.count())
        for term in tx.REFERRAL_TARGET:
            self.target.addItem(term.label(lang), term.code)
        set_combo_data(self.target, referral.target)
        self.date = make_date_edit(self)
        self.date.setDate(to_qdate(referral.date))
        self.consent = QCheckBox(self.tr("The reporter agreed to this referral"), self)
        self.consent.setChecked(referral.consent)
        self.note = QPlainTextEdit(self)
        self.note.setPlainText(referral.note)
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(100)
        self.add_row(self.tr("&Referred to"), self.target, "target")
        self.add_row(self.tr("&Date"), self.date)
        self.add_row(self.tr("&Consent"), self.consent)
        self.add_row(self.tr("&Note"), self.note)

    def value(self) -> Referral:
        return Referral(
            id=self._base.id,
            case_id=self._base.case_id,
            target=self.target.currentData() or "other",
            date=from_qdate(self.date.date()),
            consent=self.consent.isChecked(),
            note=self.note.toPlainText(),
        )

    def problems(self) -> Problems:
        return validate_referral(self.value())


class CloseCaseDialog(_RecordDialog):
    """Closing a case asks for the date and the outcome."""

    def __init__(
        self, closed: date, outcome: str | None, opened: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Close case"), parent)
        self._opened = opened
        self.date = make_date_edit(self)
        self.date.setDate(to_qdate(closed))
        self.outcome = QComboBox(self)
        fill_vocab_combo(self.outcome, tx.OUTCOME, empty=self.tr("(choose the outcome)"))
        set_combo_data(self.outcome, outcome)
        self.add_row(self.tr("&Closed on"), self.date, "closed")
        self.add_row(self.tr("&Outcome"), self.outcome, "outcome")

    def value(self) -> tuple[date, str | None]:
        return from_qdate(self.date.date()), self.outcome.currentData()

    def problems(self) -> Problems:
        from vpdesk.domain.validation import Problem

        closed, outcome = self.value()
        problems: Problems = {}
        if closed < self._opened:
            problems["closed"] = Problem("closed_before_opened")
        if not outcome:
            problems["outcome"] = Problem("required")
        return problems
