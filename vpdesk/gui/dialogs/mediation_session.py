"""One mediation session: date, joint or individual, minutes of contact and the minutes text."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSpinBox, QWidget

from vpdesk.domain import mediation as mx
from vpdesk.domain.mediation import MediationSession
from vpdesk.domain.validation import MAX_TEXT, Problem, Problems
from vpdesk.gui.dialogs.record_dialog import RecordDialog
from vpdesk.gui.widgets.forms import fill_vocab_combo, make_date_edit, set_combo_data


class SessionDialog(RecordDialog):
    def __init__(self, session: MediationSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Session"), parent)
        self._id = session.id
        self._date = session.date
        self.date = make_date_edit(self)
        self.date.set_value(session.date)
        self.add_row(self.tr("&Date"), self.date, "date")
        self.kind = QComboBox(self)
        fill_vocab_combo(self.kind, mx.SESSION_KIND)
        set_combo_data(self.kind, session.kind)
        self.add_row(self.tr("&Kind"), self.kind, "kind")
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 1440)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(session.minutes)
        self.add_row(self.tr("D&uration"), self.minutes, "minutes")
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlainText(session.note)
        self.add_row(self.tr("&Minutes of the session"), self.note, "note")
        self.date.setFocus()

    def value(self) -> MediationSession:
        return MediationSession(
            date=self.date.value() or self._date,
            kind=self.kind.currentData() or "joint",
            minutes=self.minutes.value(),
            note=self.note.toPlainText().strip(),
            id=self._id,
        )

    def problems(self) -> Problems:
        if len(self.note.toPlainText()) > MAX_TEXT:
            return {"note": Problem("too_long")}
        return {}
