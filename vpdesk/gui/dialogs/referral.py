"""The dialog for one referral, and how a referral's target reads."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QPlainTextEdit,
    QWidget,
)

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.models import Contact, Referral
from vpdesk.domain.validation import (
    Problems,
    validate_referral,
)
from vpdesk.gui.dialogs.record_dialog import RecordDialog
from vpdesk.gui.widgets.forms import (
    current_lang,
    make_date_edit,
    set_combo_data,
)


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


class ReferralDialog(RecordDialog):
    """Target (from the organisation's address book), date, consent and note."""

    def __init__(
        self,
        referral: Referral,
        contacts: Sequence[Contact],
        parent: QWidget | None = None,
        *,
        last_date: date | None = None,
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
        self.date.set_value(referral.date)
        self.consent = QCheckBox(self.tr("The reporter agreed to this referral"), self)
        self.consent.setChecked(referral.consent)
        self.note = QPlainTextEdit(self)
        self.note.setPlainText(referral.note)
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(100)
        self.add_row(self.tr("&Referred to"), self.target, "target")
        self.add_row(self.tr("&Date"), self.with_last_date(self.date, last_date), "date")
        self.add_row(self.tr("&Consent"), self.consent)
        self.add_row(self.tr("&Note"), self.note)

    def value(self) -> Referral:
        return replace(
            self._base,
            target=self.target.currentData() or "other",
            date=self.date.value() or self._base.date,
            consent=self.consent.isChecked(),
            note=self.note.toPlainText(),
        )

    def problems(self) -> Problems:
        return validate_referral(self.value())
