"""The new-vault dialog: where the vault goes and its passphrase (typed twice, with a meter)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vpdesk.gui.widgets.passphrase_form import PassphraseForm

VAULT_SUFFIX = ".vpdesk"


class CreateVaultDialog(QDialog):
    """Choose where the new vault goes and its passphrase (typed twice, with a strength meter)."""

    def __init__(self, parent: QWidget | None = None, start_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New vault"))
        self.setMinimumWidth(520)
        self._folder = start_folder or Path.home()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        where = QHBoxLayout()
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Location of the new vault"))
        self.location.setText(str(self._folder / f"vpdesk{VAULT_SUFFIX}"))
        where.addWidget(self.location, 1)
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self._choose)
        where.addWidget(self.browse)
        location_label = QLabel(self.tr("&Location:"))
        location_label.setBuddy(self.location)
        form.addRow(location_label, where)

        self.form = PassphraseForm(
            form, self.tr("&Passphrase:"), self.tr("Passphrase"), self.tr("Passphrase again"), self
        )
        self.passphrase, self.meter, self.repeat = self.form.passphrase, self.form.meter, self.form.repeat
        layout.addLayout(form)

        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Passphrase feedback"))
        layout.addWidget(self.feedback)

        warning = QLabel(
            self.tr(
                "<b>Write your passphrase down and keep it safe.</b> If you lose it, nobody "
                "can open this vault again: not you, not a helpdesk, not the makers of vpdesk. "
                "There is no way to recover it."
            )
        )
        warning.setWordWrap(True)
        warning.setAccessibleName(self.tr("Warning"))
        warning.setFrameShape(QFrame.Shape.StyledPanel)
        warning.setMargin(8)
        layout.addWidget(warning)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create vault"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

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

    def _update(self) -> None:
        self.meter.show_strength(self.passphrase.text())
        problem = self._problem()
        self.feedback.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _accept(self) -> None:
        if not self._problem():
            self.accept()
