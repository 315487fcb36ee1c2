"""A hold on one case or mediation: kept past its retention term, with the reason why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget


class HoldField(QWidget):
    """A check box "keep past the retention term" and the reason, which it requires.

    The reason stays inside the vault: it is shown here and nowhere else (not in the purge's
    messages, not in the audit log).
    """

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        """``text`` labels the check box (each editor gives it a letter of its own)."""
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for keeping it"))
        self.reason.setPlaceholderText(self.tr("why: a procedure still running, a request, …"))
        self.reason.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.reason, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._toggled)
        self.reason.textChanged.connect(self.changed)

    def _toggled(self, checked: bool) -> None:
        self.reason.setEnabled(checked)
        if checked:
            self.reason.setFocus()
        self.changed.emit()

    def set_value(self, reason: str | None) -> None:
        """Show the stored hold (None: no hold)."""
        blocked = [w.blockSignals(True) for w in (self, self.check, self.reason)]
        try:
            self.check.setChecked(reason is not None)
            self.reason.setText(reason or "")
            self.reason.setEnabled(reason is not None)
        finally:
            for w, was in zip((self, self.check, self.reason), blocked, strict=True):
                w.blockSignals(was)

    def value(self) -> str | None:
        """The reason of the hold as typed (None: no hold; "" while the reason is missing)."""
        return self.reason.text().strip() if self.check.isChecked() else None

    def missing_reason(self) -> bool:
        return self.value() == ""
