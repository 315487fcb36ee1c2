"""The audit log in the window: time, event and internal case id, never names or text."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.models import AuditEvent
from vpdesk.gui.formats import format_datetime
from vpdesk.gui.models.list_table import ListTableModel
from vpdesk.gui.tasks import run_task
from vpdesk.vault import Vault

# English source texts; the Dutch comes from resources/translations/vpdesk_nl.ts
_EVENTS = {
    "vault_created": QT_TRANSLATE_NOOP("AuditEvents", "Vault created"),
    "vault_opened": QT_TRANSLATE_NOOP("AuditEvents", "Vault opened"),
    "vault_locked": QT_TRANSLATE_NOOP("AuditEvents", "Vault locked"),
    "vault_migrated": QT_TRANSLATE_NOOP("AuditEvents", "Vault updated to a new version"),
    "case_created": QT_TRANSLATE_NOOP("AuditEvents", "Case created"),
    "case_changed": QT_TRANSLATE_NOOP("AuditEvents", "Case changed"),
    "case_deleted": QT_TRANSLATE_NOOP("AuditEvents", "Case deleted"),
    "import": QT_TRANSLATE_NOOP("AuditEvents", "Cases imported"),
    "export": QT_TRANSLATE_NOOP("AuditEvents", "Access export saved"),
    "report": QT_TRANSLATE_NOOP("AuditEvents", "Annual report saved"),
    "backup": QT_TRANSLATE_NOOP("AuditEvents", "Backup made"),
    "restore": QT_TRANSLATE_NOOP("AuditEvents", "Restored from a backup"),
    "purge": QT_TRANSLATE_NOOP("AuditEvents", "Identifying data purged"),
    "passphrase_changed": QT_TRANSLATE_NOOP("AuditEvents", "Passphrase changed"),
    "mediation_created": QT_TRANSLATE_NOOP("AuditEvents", "Mediation created"),
    "mediation_changed": QT_TRANSLATE_NOOP("AuditEvents", "Mediation changed"),
    "mediation_deleted": QT_TRANSLATE_NOOP("AuditEvents", "Mediation deleted"),
    "hold_set": QT_TRANSLATE_NOOP("AuditEvents", "Hold from the purge set"),
    "hold_cleared": QT_TRANSLATE_NOOP("AuditEvents", "Hold from the purge lifted"),
    "intervision_export": QT_TRANSLATE_NOOP("AuditEvents", "Intervisie summary saved"),
}


def event_label(kind: str) -> str:
    """The event kind as the adviser reads it (translated)."""
    source = _EVENTS.get(kind)
    return QCoreApplication.translate("AuditEvents", str(source)) if source else kind


def audit_model(parent: QObject | None = None) -> ListTableModel[AuditEvent]:
    """Read-only rows of audit events: time, event, internal case id."""
    return ListTableModel(
        (
            QCoreApplication.translate("AuditDialog", "Time"),
            QCoreApplication.translate("AuditDialog", "Event"),
            QCoreApplication.translate("AuditDialog", "Internal case id"),
        ),
        lambda event: (
            format_datetime(event.timestamp),
            event_label(event.kind),
            "" if event.case_id is None else str(event.case_id),
        ),
        parent,
        user_data=lambda event, column: event.kind if column == 1 else event.case_id,
        right_aligned=frozenset({2}),
    )


class AuditDialog(QDialog):
    """Shows the newest audit events of the open vault (read in the background)."""

    LIMIT = 5000

    def __init__(self, parent: QWidget | None, vault: Vault) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What happened in this vault and when. The log holds only the kind of event and "
                "an internal case number, never names or text."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = audit_model(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # time and case number as wide as their (translated) headers and values
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self.tr("Loading…"))
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.loaded = False
        limit = self.LIMIT
        run_task(
            self, lambda _report: vault.audit.events(limit), on_success=self._show, on_failure=self._failed
        )

    def _show(self, events: list[AuditEvent]) -> None:
        if not shiboken6.isValid(self):  # closed (e.g. by a lock) while loading
            return
        self.model.set_items(events)
        self.status.setText(self.tr("%1 events, newest first.").replace("%1", str(len(events))))
        self.loaded = True

    def _failed(self, _exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.status.setText(self.tr("The audit log could not be read."))
        self.loaded = True
