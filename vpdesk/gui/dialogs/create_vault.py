"""The new-vault dialog: where the vault goes and its passphrase (typed twice, with a meter)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from vpdesk.gui.widgets.files import path_row
from vpdesk.gui.widgets.passphrase_form import PassphraseDialog

VAULT_SUFFIX = ".vpdesk"


class CreateVaultDialog(PassphraseDialog):
    """Choose where the new vault goes and its passphrase (typed twice, with a strength meter)."""

    def __init__(self, parent: QWidget | None = None, start_folder: Path | None = None) -> None:
        super().__init__(parent, self.tr("New vault"), 520)
        self._folder = start_folder or Path.home()
        self.rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Location of the new vault"))
        self.location.setText(str(self._folder / f"vpdesk{VAULT_SUFFIX}"))
        self.browse = path_row(self.rows, self.tr("&Location:"), self.location, self._choose)

        self._finish(
            (self.tr("&Passphrase:"), self.tr("Passphrase"), self.tr("Passphrase again")),
            self.tr(
                "<b>Write your passphrase down and keep it safe.</b> If you lose it, nobody "
                "can open this vault again: not you, not a helpdesk, not the makers of vpdesk. "
                "There is no way to recover it."
            ),
            self.tr("Create vault"),
            self.tr("Warning"),
        )
        self.passphrase, self.meter, self.repeat = self.form.passphrase, self.form.meter, self.form.repeat
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.location.textChanged.connect(self._update)
        self.setTabOrder(self.location, self.browse)
        self.setTabOrder(self.browse, self.passphrase)
        self.setTabOrder(self.passphrase, self.repeat)
        self._update()

    def typed_path(self) -> Path | None:
        """The file the location names, or None while it names no file (``/``, ``C:``, a folder)."""
        text = self.location.text().strip()
        if not text or text == "~" or text.endswith(("/", "\\")):
            return None
        path = Path(text).expanduser()
        if not path.name or path.name.endswith(":") or path.is_dir():
            return None
        if path.suffix != VAULT_SUFFIX:
            path = path.with_name(path.name + VAULT_SUFFIX)
        return path

    def vault_path(self) -> Path:
        path = self.typed_path()
        if path is None:
            raise ValueError("no file name")
        return path

    def passphrase_text(self) -> str:
        return self.passphrase.text()

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New vault"),
            self.location.text(),
            self.tr("vpdesk vaults (*.vpdesk)"),
        )
        if name:
            self.location.setText(name)

    def _problem(self) -> str:
        """Why the vault cannot be created yet ('' when it can)."""
        if not self.location.text().strip():
            return self.tr("Choose where to save the vault.")
        path = self.typed_path()
        if path is None:
            return self.tr("Type a file name after the folder, for example kantoor.vpdesk.")
        if path.exists():
            return self.tr("A file with this name already exists; choose another name.")
        if not path.parent.is_dir():
            return self.tr("This folder does not exist.")
        return self.form.problem(
            self.tr("Choose a passphrase: several words are easier to remember than symbols.")
        )
