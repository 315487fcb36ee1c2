"""Where the automatic backups go and how many are kept (UI preferences, never vault data)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from vpdesk.gui.ui_settings import (
    MAX_KEEP,
    MIN_KEEP,
    backup_folder,
    backup_keep,
    set_backup_folder,
    set_backup_keep,
)
from vpdesk.gui.widgets.files import path_row
from vpdesk.gui.widgets.forms import buddy_label
from vpdesk.gui.widgets.layouts import vbox, wrapped_label
from vpdesk.paths import default_backups_dir


class BackupSettingsDialog(QDialog):
    """Choose the folder of the automatic backups and how many to keep."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Automatic backups"))
        self.setMinimumWidth(520)
        intro = self.tr(
            "When you lock or close a vault, vpdesk makes an encrypted, checked copy of it "
            "(at most one a day) and keeps the newest ones. Choose a folder on another disk "
            "or a USB stick to be safe from a broken laptop."
        )
        layout = vbox(wrapped_label(intro), parent=self)
        form = QFormLayout()
        self.folder = QLineEdit(str(backup_folder()))
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.browse = path_row(form, self.tr("&Folder:"), self.folder, self._choose)
        self.keep = QSpinBox()
        self.keep.setRange(MIN_KEEP, MAX_KEEP)
        self.keep.setValue(backup_keep())
        self.keep.setAccessibleName(self.tr("Number of backups to keep"))
        form.addRow(buddy_label(self.tr("&Keep the last:"), self.keep), self.keep)
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
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the backups"), self.folder.text())
        if name:
            self.folder.setText(name)

    def accept(self) -> None:
        text = self.folder.text().strip()
        folder = Path(text).expanduser() if text else default_backups_dir()
        if text and not folder.is_dir():
            self.problem.setText(self.tr("This folder does not exist."))
            return
        set_backup_folder(None if folder == default_backups_dir() else folder)
        set_backup_keep(self.keep.value())
        super().accept()
