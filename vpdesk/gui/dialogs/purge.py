"""Confirming a purge: which cases are past their retention period, which are kept on hold,
and whether vpdesk's own copies get the same purge or are deleted."""

from __future__ import annotations

from dataclasses import dataclass

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
from vpdesk.vault.retention import Held


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
        held: Held | None = None,
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
        # Deleting the copies instead of purging them: the adviser's choice, explained.
        self.delete_copies = QCheckBox(self.tr("&Delete those copies instead of purging them"), self)
        self.delete_copies.setAccessibleDescription(
            self.tr("Deletes vpdesk's own copies that hold the purged data, after a fresh verified backup")
        )
        layout.addWidget(self.delete_copies)
        self.delete_note = QLabel(
            self.tr(
                "Purging a copy keeps it for restoring an earlier day, without the purged data. Deleting "
                "removes every copy that still holds purged data outright, once vpdesk has made a fresh, "
                "verified backup of the purged vault: fewer copies are left, and you can no longer go back "
                "to an earlier day."
            ),
            self,
        )
        self.delete_note.setWordWrap(True)
        layout.addWidget(self.delete_note)
        self.held = held or Held((), (), 0)
        self.held_note = QLabel(
            self.tr(
                "%1 cases and %2 mediations past their retention term are kept because they are on hold "
                "(%3 different reasons); the cases are listed below as kept."
            )
            .replace("%1", str(len(self.held.case_ids)))
            .replace("%2", str(len(self.held.mediation_ids)))
            .replace("%3", str(self.held.reasons)),
            self,
        )
        self.held_note.setWordWrap(True)
        self.held_note.setVisible(self.held.count > 0)
        layout.addWidget(self.held_note)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Reference"), self.tr("Organisation"), self.tr("Closed"), self.tr("Purge")]
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
        self._label_purge_button()
        self.delete_copies.toggled.connect(self._label_purge_button)
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
        ids = [*case_ids, *self.held.case_ids]
        run_task(
            self,
            lambda _report: vault.cases.rows(ids),
            on_success=self._fill,
            on_failure=lambda _exc: self._fill([]),
        )

    def _label_purge_button(self, *_args: object) -> None:
        if self.delete_copies.isChecked():
            text = self.tr("&Purge %1 cases and delete the copies")
        else:
            text = self.tr("&Purge %1 cases")
        self.purge_button.setText(text.replace("%1", str(self.count)))

    def _fill(self, rows: list[CaseRow]) -> None:
        self.table.setRowCount(0)
        held = set(self.held.case_ids)
        purged, kept = self.tr("purged"), self.tr("kept: on hold")
        for case in sorted(rows, key=lambda r: (r.id in held, r.closed or r.opened, r.ref)):
            row = self.table.rowCount()
            self.table.insertRow(row)
            closed = format_date(case.closed)
            what = kept if case.id in held else purged
            for column, value in enumerate((case.ref, case.organisation, closed, what)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.loaded = True


@dataclass(frozen=True)
class PurgeAnswer:
    """The adviser's answer to the purge confirmation."""

    delete_copies: bool  # delete vpdesk's own copies holding purged data instead of purging them


def ask_purge(
    parent: QWidget,
    vault: Vault,
    case_ids: list[int],
    *,
    mediations: int = 0,
    copies_folder: str = "",
    held: Held | None = None,
) -> PurgeAnswer | None:
    """Show the cases, the held ones and the choice for the copies; None when cancelled."""
    dialog = PurgeDialog(
        parent, vault, case_ids, mediations=mediations, copies_folder=copies_folder, held=held
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    answer = PurgeAnswer(dialog.delete_copies.isChecked()) if accepted else None
    dialog.table.setRowCount(0)  # the references leave the window with the dialog
    dialog.deleteLater()
    return answer


def confirm_purge(
    parent: QWidget, vault: Vault, case_ids: list[int], *, mediations: int = 0, copies_folder: str = ""
) -> bool:
    """Show the cases and the count; True when the adviser chose to purge them."""
    dialog = PurgeDialog(parent, vault, case_ids, mediations=mediations, copies_folder=copies_folder)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.table.setRowCount(0)  # the references leave the window with the dialog
    dialog.deleteLater()
    return accepted
