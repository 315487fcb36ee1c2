"""Automatic backups in the window: where they go, how many are kept, and restoring one.

The folder and the number to keep are UI preferences (QSettings): a location, never
anything from a vault. The backups themselves are encrypted copies made by
:mod:`vpdesk.vault.autobackup`, at most one a day, when a vault is locked or closed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vpdesk.gui import ui_settings
from vpdesk.gui.tasks import run_task
from vpdesk.vault import NotAVault, VaultDamaged, VaultInUse, WrongPassphrase
from vpdesk.vault.autobackup import DEFAULT_KEEP, BackupFile, auto_backup, list_backups

BACKUP_FOLDER = "backup/folder"
BACKUP_KEEP = "backup/keep"
MIN_KEEP, MAX_KEEP = 1, 365


def default_backup_folder() -> Path:
    """The backup folder until the adviser chooses one: in the user's data folder."""
    return Path(platformdirs.user_data_dir("vpdesk", appauthor=False)) / "backups"


def backup_folder() -> Path:
    """Where the automatic backups go."""
    value = ui_settings.ui_settings().value(BACKUP_FOLDER)
    return Path(str(value)) if value else default_backup_folder()


def set_backup_folder(folder: Path | None) -> None:
    """Use ``folder`` for the automatic backups (None: back to the default)."""
    settings = ui_settings.ui_settings()
    if folder is None:
        settings.remove(BACKUP_FOLDER)
    else:
        settings.setValue(BACKUP_FOLDER, str(Path(folder).expanduser().resolve()))


def backup_keep() -> int:
    """How many automatic backups of a vault are kept."""
    try:
        value = int(str(ui_settings.ui_settings().value(BACKUP_KEEP, DEFAULT_KEEP)))
    except (TypeError, ValueError):
        return DEFAULT_KEEP
    return min(max(value, MIN_KEEP), MAX_KEEP)


def set_backup_keep(keep: int) -> None:
    ui_settings.ui_settings().setValue(BACKUP_KEEP, int(keep))


def close_with_backup(vault: Any, *, backup: bool = True) -> bool:
    """Take the day's automatic backup of ``vault`` (unless made already), then close it.

    The vault is closed even when the backup fails; returns False when it failed.
    """
    ok = True
    try:
        if backup and vault.writable:
            folder = backup_folder()
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                auto_backup(vault, folder, keep=backup_keep())
            finally:
                QApplication.restoreOverrideCursor()
    except Exception:  # a failed copy must never keep the vault open
        ok = False
    finally:
        vault.close()
    return ok


def add_lifecycle_actions(window: Any, menu: QMenu) -> None:
    """Put "Restore from backup…", "Automatic backups…" and "Audit log…" in ``menu``."""
    restore = QAction(QCoreApplication.translate("MainWindow", "&Restore from backup…"), window)
    restore.triggered.connect(lambda _checked=False: window.restore_from_backup())
    settings = QAction(QCoreApplication.translate("MainWindow", "A&utomatic backups…"), window)
    settings.triggered.connect(lambda _checked=False: open_backup_settings(window))
    audit = QAction(QCoreApplication.translate("MainWindow", "Audit &log…"), window)
    audit.triggered.connect(lambda _checked=False: open_audit_log(window))
    audit.setEnabled(window.vault is not None)
    window.vault_changed.connect(lambda vault: audit.setEnabled(vault is not None))
    for action in (restore, settings, audit):
        menu.addAction(action)
    window.restore_action, window.backup_settings_action, window.audit_action = restore, settings, audit


def restore_button_texts() -> tuple[str, str]:
    """The welcome screen's restore button: its text and its accessible name."""
    return (
        QCoreApplication.translate("RestoreDialog", "&Restore from a backup…"),
        QCoreApplication.translate("RestoreDialog", "Restore a vault from a backup"),
    )


def open_backup_settings(window: QWidget) -> None:
    dialog = BackupSettingsDialog(window)
    dialog.exec()
    dialog.deleteLater()


def open_audit_log(window: Any) -> None:
    from vpdesk.gui.dialogs.audit_log import AuditDialog

    if window.vault is None:
        return
    dialog = AuditDialog(window, window.vault)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.audit_dialog = dialog


def offer_restore(window: Any, path: Path) -> None:
    """After a damaged vault: say so plainly and offer the restore from a backup."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("RestoreDialog", "Damaged vault"),
        QCoreApplication.translate(
            "RestoreDialog", "This vault file is damaged and cannot be read. You can put one "
            "of its backups in its place; the damaged file is kept beside it."),
        QMessageBox.StandardButton.Cancel,
        window,
    )
    button = box.addButton(QCoreApplication.translate("RestoreDialog", "Restore from backup…"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(
        lambda clicked: window.restore_from_backup(path) if clicked is button else None
    )
    window.damaged_box = box
    box.open()


def restore_from_backup(window: Any, path: Path | None = None) -> None:
    """Let the adviser restore a vault (closing it first if it is open here), then open it."""
    target = path or window.vault_path or ui_settings.last_vault()
    if window.vault is not None:
        if not window._confirm_leave():
            return
        window._close_current()
    dialog = RestoreDialog(window, target)
    window.restore_dialog = dialog
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    result = dialog.restored()
    dialog.deleteLater()
    window.restore_dialog = None
    if accepted and result is not None:
        restored, passphrase = result
        window.request_unlock(restored)
        window._unlock_submitted(passphrase)


def _buddy(text: str, field: QWidget) -> QLabel:
    """A form label whose &-shortcut moves the focus to ``field``."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def _size(nbytes: int) -> str:
    if nbytes >= 1024 * 1024:
        return f"{nbytes / (1024 * 1024):.1f} MB"
    return f"{max(nbytes // 1024, 1)} kB"


class BackupSettingsDialog(QDialog):
    """Choose the folder of the automatic backups and how many to keep."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Automatic backups"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "When you lock or close a vault, vpdesk makes an encrypted, checked copy of it "
            "(at most one a day) and keeps the newest ones. Choose a folder on another disk "
            "or a USB stick to be safe from a broken laptop."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        where = QHBoxLayout()
        self.folder = QLineEdit(str(backup_folder()))
        self.folder.setAccessibleName(self.tr("Backup folder"))
        where.addWidget(self.folder, 1)
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self._choose)
        where.addWidget(self.browse)
        form.addRow(_buddy(self.tr("&Folder:"), self.folder), where)
        self.keep = QSpinBox()
        self.keep.setRange(MIN_KEEP, MAX_KEEP)
        self.keep.setValue(backup_keep())
        self.keep.setAccessibleName(self.tr("Number of backups to keep"))
        form.addRow(_buddy(self.tr("&Keep the last:"), self.keep), self.keep)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a4262c;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the backups"),
                                                self.folder.text())
        if name:
            self.folder.setText(name)

    def accept(self) -> None:
        text = self.folder.text().strip()
        folder = Path(text).expanduser() if text else default_backup_folder()
        if text and not folder.is_dir():
            self.problem.setText(self.tr("This folder does not exist."))
            return
        set_backup_folder(None if folder == default_backup_folder() else folder)
        set_backup_keep(self.keep.value())
        super().accept()


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
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose a backup. vpdesk checks it with the passphrase the vault had when the "
            "backup was made, then puts it in the vault's place; the file it replaces is kept "
            "beside it."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        where = QHBoxLayout()
        self.vault_edit = QLineEdit(str(vault_path) if vault_path else "")
        self.vault_edit.setAccessibleName(self.tr("Vault to restore"))
        self.vault_edit.editingFinished.connect(self.reload)
        where.addWidget(self.vault_edit, 1)
        self.vault_browse = QPushButton(self.tr("Choose…"))
        self.vault_browse.clicked.connect(self._choose_vault)
        where.addWidget(self.vault_browse)
        form.addRow(_buddy(self.tr("&Vault:"), self.vault_edit), where)
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
        pass_form.addRow(_buddy(self.tr("&Passphrase:"), self.passphrase), self.passphrase)
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
            when = QTableWidgetItem(backup.taken.strftime("%d-%m-%Y %H:%M"))
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
            self.message.setText(self.tr("There are no automatic backups of this vault in %1.")
                                 .replace("%1", str(backup_folder())))
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
            self, self.tr("Vault to restore"), self.vault_edit.text() or str(Path.home()),
            self.tr("vpdesk vaults (*.vpdesk)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.vault_edit.setText(name)
            self.reload()

    def _choose_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(backup_folder()),
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
        ready = (not self._busy and self.vault_path() is not None
                 and self.chosen_backup() is not None and bool(self.passphrase.text()))
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
            from vpdesk.vault import Vault
            from vpdesk.vault.autobackup import restore_backup

            restore_backup(backup, passphrase, target)
            with Vault.open(target, passphrase) as vault:
                vault.audit.record("restore")
            return target

        def done(path: Path) -> None:
            self._busy = False
            self._result = (path, passphrase)
            self.accept()

        run_task(self, work, on_success=done, on_failure=self._failed,
                 progress_label=self.tr("Restoring the backup…"))

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.message.setText(restore_error_message(exc))
        self.passphrase.clear()
        self._update()


def restore_error_message(exc: BaseException) -> str:
    """One calm sentence for why a restore did not happen; nothing read from a file."""
    if isinstance(exc, (WrongPassphrase, NotAVault)):
        return QCoreApplication.translate(
            "RestoreDialog", "This passphrase does not open the backup, or it is not a vpdesk "
            "backup. Nothing was changed.")
    if isinstance(exc, VaultDamaged):
        return QCoreApplication.translate(
            "RestoreDialog", "This backup is damaged too; choose another one. Nothing was changed.")
    if isinstance(exc, VaultInUse):
        return QCoreApplication.translate(
            "RestoreDialog", "The vault is open in another vpdesk window. Close it there first.")
    return QCoreApplication.translate(
        "RestoreDialog", "The backup could not be restored. Nothing was changed.")
