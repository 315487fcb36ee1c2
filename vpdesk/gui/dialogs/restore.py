"""Restoring a vault from one of its automatic backups, and the offer to after a damaged vault.

The backups are encrypted copies made by :mod:`vpdesk.vault.autobackup`, at most one a day,
when a vault is locked or closed (:mod:`vpdesk.gui.session`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from vpdesk.gui.formats import format_datetime
from vpdesk.gui.messages import user_message
from vpdesk.gui.tasks import run_task
from vpdesk.gui.ui_settings import (
    backup_folder,
)
from vpdesk.gui.widgets.files import path_row
from vpdesk.gui.widgets.forms import buddy_label
from vpdesk.gui.widgets.layouts import vbox, wrapped_label
from vpdesk.vault import Vault
from vpdesk.vault.autobackup import BackupFile, list_backups, restore_backup


def restore_button_texts() -> tuple[str, str]:
    """The welcome screen's restore button: its text and its accessible name."""
    return (
        QCoreApplication.translate("RestoreDialog", "&Restore from a backup…"),
        QCoreApplication.translate("RestoreDialog", "Restore a vault from a backup"),
    )


def offer_restore(parent: QWidget, restore: Callable[[], None]) -> QMessageBox:
    """After a damaged vault: say so plainly and offer ``restore`` from a backup (window-modal)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("RestoreDialog", "Damaged vault"),
        QCoreApplication.translate(
            "RestoreDialog",
            "This vault file is damaged and cannot be read. You can put one "
            "of its backups in its place; the damaged file is kept beside it.",
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    button = box.addButton(
        QCoreApplication.translate("RestoreDialog", "Restore from backup…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda clicked: restore() if clicked is button else None)
    box.open()
    return box


def _size(nbytes: int) -> str:
    if nbytes >= 1024 * 1024:
        return f"{nbytes / (1024 * 1024):.1f} MB"
    return f"{max(nbytes // 1024, 1)} kB"


class RestoreDialog(QDialog):
    """Pick a backup of a vault, check it with the passphrase and put it in place.

    After ``exec()`` returns Accepted, :meth:`restored` gives the vault's path and the
    passphrase that opened the backup, so the window can open it at once.
    """

    def __init__(self, parent: QWidget | None = None, vault_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(600, 480)
        self._backups: list[BackupFile] = []
        self._other: Path | None = None
        self._result: tuple[Path, str] | None = None
        self._busy = False
        intro = self.tr(
            "Choose a backup. vpdesk checks it with the passphrase the vault had when the "
            "backup was made, then puts it in the vault's place; the file it replaces is kept "
            "beside it."
        )
        layout = vbox(wrapped_label(intro), parent=self)

        form = QFormLayout()
        self.vault_edit = QLineEdit(str(vault_path) if vault_path else "")
        self.vault_edit.setAccessibleName(self.tr("Vault to restore"))
        self.vault_edit.editingFinished.connect(self.reload)
        self.vault_browse = path_row(form, self.tr("&Vault:"), self.vault_edit, self._choose_vault)
        layout.addLayout(form)

        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update)
        layout.addWidget(self.table, 1)
        self.other_button = QPushButton(self.tr("Another backup file…"))
        self.other_button.clicked.connect(self._choose_other)
        layout.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the backup"))
        self.passphrase.textChanged.connect(self._update)
        pass_form = QFormLayout()
        pass_form.addRow(buddy_label(self.tr("&Passphrase:"), self.passphrase), self.passphrase)
        layout.addLayout(pass_form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Restore"))
        self.buttons.accepted.connect(self.start_restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reload()

    # -- choosing ------------------------------------------------------------------------

    def vault_path(self) -> Path | None:
        text = self.vault_edit.text().strip()
        return Path(text).expanduser() if text else None

    def reload(self) -> None:
        """List the automatic backups of the chosen vault, newest first."""
        path = self.vault_path()
        self._backups = list_backups(path, backup_folder()) if path else []
        self.table.setRowCount(0)
        for backup in self._backups:
            row = self.table.rowCount()
            self.table.insertRow(row)
            when = QTableWidgetItem(format_datetime(backup.taken, seconds=False))
            when.setToolTip(backup.path.name)
            try:
                size = _size(backup.path.stat().st_size)
            except OSError:
                size = "?"
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(size))
        if self._backups and self._other is None:
            self.table.selectRow(0)
        if path is not None and not self._backups:
            self.message.setText(
                self.tr("There are no automatic backups of this vault in %1.").replace(
                    "%1", str(backup_folder())
                )
            )
        self._update()

    def chosen_backup(self) -> Path | None:
        if self._other is not None:
            return self._other
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()].path if rows else None

    def select_backup(self, row: int) -> None:
        self._other = None
        self.table.selectRow(row)

    def _choose_vault(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Vault to restore"),
            self.vault_edit.text() or str(Path.home()),
            self.tr("vpdesk vaults (*.vpdesk)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.vault_edit.setText(name)
            self.reload()

    def _choose_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(backup_folder()),
            self.tr("vpdesk vaults (*.vpdesk);;All files (*)"),
        )
        if name:
            self._other = Path(name)
            self.table.clearSelection()
            self.message.setText(self.tr("Backup: %1").replace("%1", self._other.name))
            self._update()

    def _update(self) -> None:
        if self.table.selectionModel().selectedRows():
            self._other = None
        ready = (
            not self._busy
            and self.vault_path() is not None
            and self.chosen_backup() is not None
            and bool(self.passphrase.text())
        )
        self.restore_button.setEnabled(ready)

    # -- restoring -----------------------------------------------------------------------

    def restored(self) -> tuple[Path, str] | None:
        """The restored vault's path and its passphrase, after a successful restore."""
        return self._result

    def start_restore(self) -> None:
        """Check the chosen backup and put it in place, in the background."""
        backup, target, passphrase = self.chosen_backup(), self.vault_path(), self.passphrase.text()
        if backup is None or target is None or not passphrase or self._busy:
            return
        self._busy = True
        self._update()
        self.message.setText(self.tr("Checking the backup…"))

        def work(_report: Any) -> Path:
            restore_backup(backup, passphrase, target)
            with Vault.open(target, passphrase) as vault:
                vault.audit.record("restore")
            return target

        def done(path: Path) -> None:
            self._busy = False
            self._result = (path, passphrase)
            self.accept()

        run_task(
            self,
            work,
            on_success=done,
            on_failure=self._failed,
            progress_label=self.tr("Restoring the backup…"),
        )

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.message.setText(user_message(exc, restoring=True))
        self.passphrase.clear()
        self._update()
