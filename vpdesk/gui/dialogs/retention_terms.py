"""The retention term of mediations per organisation (meldingen keep theirs on the organisation)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.errors import VpdeskError
from vpdesk.gui.messages import user_message
from vpdesk.vault import Vault


class RetentionTermsDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retention of mediations"))
        self._vault = vault
        self._terms: dict[int, int] = {}
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "A mediation dossier is kept at least five years after the end (art. 7:412 BW, MfN). "
                "After the term its names, contact details and texts are purged, unless it has a hold."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.months = QSpinBox(self)
        self.months.setRange(12, 240)
        self.months.setSuffix(self.tr(" months after the end"))
        self.months.setAccessibleName(self.tr("Retention term"))
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Retention term"), self.months)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for org_id, name in vault.organisations.names().items():
            self.organisation.addItem(name, org_id)
            self._terms[org_id] = vault.mediations.retention_months(org_id)
        self.organisation.currentIndexChanged.connect(self._show)
        self.months.valueChanged.connect(self._remember)
        self._show()

    def _show(self, *_args: object) -> None:
        org_id = self.organisation.currentData()
        if org_id is not None:
            self.months.blockSignals(True)
            self.months.setValue(self._terms[org_id])
            self.months.blockSignals(False)

    def _remember(self, value: int) -> None:
        org_id = self.organisation.currentData()
        if org_id is not None:
            self._terms[org_id] = value

    def _save(self) -> None:
        try:
            for org_id, months in self._terms.items():
                if months != self._vault.mediations.retention_months(org_id):
                    self._vault.mediations.set_retention_months(org_id, months)
        except VpdeskError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), user_message(exc))
            return
        self.accept()
