"""Confirming a purge: which cases are past their retention period, and how many."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.models import CaseRow
from vpdesk.gui.formats import format_date
from vpdesk.gui.tasks import run_task
from vpdesk.vault import Vault
from vpdesk.vault.purge import clock_ahead


class PurgeDialog(QDialog):
    """Lists the cases a purge would strip (reference, organisation, closed) and asks to go on."""

    def __init__(
        self,
        parent: QWidget | None,
        vault: Vault,
        case_ids: list[int],
        *,
        mediations: int = 0,
        copies_folder: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Purge identifying data"))
        self.resize(620, 460)
        self.count = len(case_ids)
        layout = QVBoxLayout(self)
        self.question = QLabel(
            self.tr(
                "Remove the identifying data of %1 cases for good? Names, contact details, the "
                "accused, the department and all notes go; the figures for the annual reports stay. "
                "This cannot be undone: make a backup first if you are unsure."
            ).replace("%1", str(self.count))
        )
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self.copies = QLabel(
            self.tr(
                "%1 mediations past their retention term are purged as well. vpdesk gives its own "
                "copies the same purge: the automatic backups in %2 and the copies taken before an "
                "upgrade, beside the vault. Backups you made elsewhere still hold this data until "
                "you replace them."
            )
            .replace("%1", str(mediations))
            .replace("%2", copies_folder)
        )
        self.copies.setWordWrap(True)
        layout.addWidget(self.copies)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Reference"), self.tr("Organisation"), self.tr("Closed")]
        )
        self.table.setAccessibleName(self.tr("Cases past their retention period"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.Cancel
        )
        self.purge_button = self.buttons.button(QDialogButtonBox.StandardButton.Yes)
        self.purge_button.setText(self.tr("&Purge %1 cases").replace("%1", str(self.count)))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # A clock far ahead of everything in the vault would purge too much: ask first.
        self.clock_check: QCheckBox | None = None
        ahead = clock_ahead(vault)
        if ahead is not None:
            warning = QLabel(
                self.tr(
                    "This computer's clock says %1, long after anything recorded in the vault. If the "
                    "clock is wrong, cases would be purged too early: check it first."
                ).replace("%1", format_date(ahead)),
                self,
            )
            warning.setWordWrap(True)
            layout.addWidget(warning)
            self.clock_check = QCheckBox(self.tr("The clock is right; purge all the same"), self)
            layout.addWidget(self.clock_check)
            self.purge_button.setEnabled(False)
            self.clock_check.toggled.connect(self.purge_button.setEnabled)
        layout.addWidget(self.buttons)
        self.loaded = False
        ids = list(case_ids)
        run_task(
            self,
            lambda _report: vault.cases.rows(ids),
            on_success=self._fill,
            on_failure=lambda _exc: self._fill([]),
        )

    def _fill(self, rows: list[CaseRow]) -> None:
        self.table.setRowCount(0)
        for case in sorted(rows, key=lambda r: (r.closed or r.opened, r.ref)):
            row = self.table.rowCount()
            self.table.insertRow(row)
            closed = format_date(case.closed)
            for column, value in enumerate((case.ref, case.organisation, closed)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.loaded = True


def confirm_purge(
    parent: QWidget, vault: Vault, case_ids: list[int], *, mediations: int = 0, copies_folder: str = ""
) -> bool:
    """Show the cases and the count; True when the adviser chose to purge them."""
    dialog = PurgeDialog(parent, vault, case_ids, mediations=mediations, copies_folder=copies_folder)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.table.setRowCount(0)  # the references leave the window with the dialog
    dialog.deleteLater()
    return accepted
