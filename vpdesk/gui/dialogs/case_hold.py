"""A hold on one melding: kept from the purge while a reason is given (a procedure, a request)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from vpdesk.vault import Vault
from vpdesk.vault.retention import case_hold, set_case_hold


def edit_case_hold(parent: QWidget, vault: Vault, case_id: int) -> bool:
    """Ask for the reason (empty releases the hold); True when something was changed."""
    current = case_hold(vault, case_id) or ""
    reason, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("CaseHold", "Hold from the purge"),
        QCoreApplication.translate(
            "CaseHold", "Why this case must be kept past its retention term (empty: no hold):"
        ),
        QLineEdit.EchoMode.Normal,
        current,
    )
    if not ok or reason.strip() == current:
        return False
    set_case_hold(vault, case_id, reason.strip() or None)
    return True
