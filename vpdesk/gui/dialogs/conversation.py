"""The dialog for one conversation with a reporter."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.models import Conversation
from vpdesk.domain.validation import (
    Problems,
    validate_conversation,
)
from vpdesk.gui.dialogs.record_dialog import RecordDialog
from vpdesk.gui.widgets.forms import (
    fill_vocab_combo,
    make_date_edit,
    set_combo_data,
)


class ConversationDialog(RecordDialog):
    """Date, duration, kind and note of one conversation."""

    def __init__(
        self, conversation: Conversation, parent: QWidget | None = None, *, last_date: date | None = None
    ) -> None:
        super().__init__(self.tr("Conversation"), parent)
        self._base = conversation
        self.date = make_date_edit(self)
        self.date.set_value(conversation.date)
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
        self.add_row(self.tr("&Date"), self.with_last_date(self.date, last_date), "date")
        self.add_row(self.tr("D&uration"), self.minutes, "minutes")
        self.add_row(self.tr("&Kind"), self.kind, "kind")
        self.add_row(self.tr("&Note"), self.note, "note")

    def value(self) -> Conversation:
        return replace(
            self._base,
            date=self.date.value() or self._base.date,
            minutes=self.minutes.value(),
            kind=self.kind.currentData() or "intake",
            note=self.note.toPlainText(),
        )

    def problems(self) -> Problems:
        return validate_conversation(self.value())
