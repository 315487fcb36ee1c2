"""The audit log in the window: time, event and internal case id, never names or text."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
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
from vpdesk.gui.tasks import run_task

_Index = QModelIndex | QPersistentModelIndex

# English source texts; the Dutch comes from resources/translations/lifecycle_nl.ts
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


class AuditModel(QAbstractTableModel):
    """Read-only rows of audit events: time, event, internal case id."""

    COLUMNS = ("time", "event", "case")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[AuditEvent] = []

    def set_events(self, events: list[AuditEvent]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> AuditEvent:
        return self._events[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "time":
                return event.timestamp.strftime("%d-%m-%Y %H:%M:%S")
            if column == "event":
                return event_label(event.kind)
            return "" if event.case_id is None else str(event.case_id)
        if role == Qt.ItemDataRole.UserRole:
            return event.kind if column == "event" else event.case_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "case":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        titles = {
            "time": QCoreApplication.translate("AuditDialog", "Time"),
            "event": QCoreApplication.translate("AuditDialog", "Event"),
            "case": QCoreApplication.translate("AuditDialog", "Internal case id"),
        }
        return titles[self.COLUMNS[section]]


class AuditDialog(QDialog):
    """Shows the newest audit events of the open vault (read in the background)."""

    LIMIT = 5000

    def __init__(self, parent: QWidget | None, vault: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "What happened in this vault and when. The log holds only the kind of event and "
            "an internal case number, never names or text."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = AuditModel(self)
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
        run_task(self, lambda _report: vault.audit.events(limit), on_success=self._show,
                 on_failure=self._failed)

    def _show(self, events: list[AuditEvent]) -> None:
        if not shiboken6.isValid(self):  # closed (e.g. by a lock) while loading
            return
        self.model.set_events(events)
        self.status.setText(self.tr("%1 events, newest first.").replace("%1", str(len(events))))
        self.loaded = True

    def _failed(self, _exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.status.setText(self.tr("The audit log could not be read."))
        self.loaded = True
