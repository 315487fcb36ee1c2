"""The start of the window: the welcome screen, the unlock prompt and the new-vault dialog.

These are views only: they show widgets and emit what the adviser asked for. Opening and
creating vaults (in the background) is done by the main window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vpdesk.gui.dialogs.change_passphrase import MIN_SCORE, StrengthMeter, passphrase_strength
from vpdesk.gui.icons import app_icon

VAULT_SUFFIX = ".vpdesk"


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


def _card(layout_owner: QWidget) -> tuple[QFrame, QVBoxLayout]:
    """A centred panel of limited width inside ``layout_owner``."""
    outer = QVBoxLayout(layout_owner)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    # a fixed width lets wrapped labels compute their height (no clipped last line)
    card.setFixedWidth(580)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(28, 24, 28, 24)
    inner.setSpacing(12)
    row.addWidget(card, 3)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return card, inner


class WelcomeScreen(QWidget):
    """Open a vault, create one, or try the demo vault."""

    open_requested = Signal(Path)
    create_requested = Signal()
    demo_requested = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Welcome"))
        _card_frame, box = _card(self)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(56, 56))
        head.addWidget(icon)
        head.addWidget(_title("vpdesk"), 1)
        box.addLayout(head)
        intro = QLabel(
            self.tr(
                "Your case files as a confidential adviser, in one encrypted file on this "
                "computer. Nothing is sent anywhere."
            )
        )
        intro.setWordWrap(True)
        box.addWidget(intro)

        self.last_button = QPushButton()
        self.last_button.setAccessibleName(self.tr("Open the last vault"))
        self.last_button.clicked.connect(self._open_last)
        box.addWidget(self.last_button)
        self._last: Path | None = None

        self.open_button = QPushButton(self.tr("&Open a vault…"))
        self.open_button.setAccessibleName(self.tr("Open a vault"))
        self.open_button.clicked.connect(self._choose)
        box.addWidget(self.open_button)

        self.create_button = QPushButton(self.tr("&New vault…"))
        self.create_button.setAccessibleName(self.tr("Create a new vault"))
        self.create_button.clicked.connect(self.create_requested)
        box.addWidget(self.create_button)

        self.demo_button = QPushButton(self.tr("Try the &demo vault"))
        self.demo_button.setAccessibleName(self.tr("Open the demo vault"))
        self.demo_button.setToolTip(self.tr("A vault filled with invented cases, to look around in"))
        self.demo_button.clicked.connect(self.demo_requested)
        box.addWidget(self.demo_button)

        from vpdesk.gui.dialogs.restore import restore_button_texts

        text, accessible = restore_button_texts()
        self.restore_button = QPushButton(text)
        self.restore_button.setAccessibleName(accessible)
        self.restore_button.clicked.connect(self.restore_requested)
        box.addWidget(self.restore_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        box.addWidget(self.message)
        self.set_last_vault(None)

    def set_last_vault(self, path: Path | None) -> None:
        """Offer the last vault's location (if remembered and present)."""
        self._last = path if path is not None and path.is_file() else None
        self.last_button.setVisible(self._last is not None)
        if self._last is not None:
            self.last_button.setText(self.tr("Open %1").replace("%1", self._last.name))
            self.last_button.setToolTip(str(self._last))
            self.last_button.setDefault(True)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _open_last(self) -> None:
        if self._last is not None:
            self.open_requested.emit(self._last)

    def _choose(self) -> None:
        start = str(self._last.parent) if self._last else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a vault"),
            start,
            self.tr("vpdesk vaults (*.vpdesk);;All files (*)"),
        )
        if name:
            self.open_requested.emit(Path(name))


class UnlockScreen(QWidget):
    """The passphrase prompt for one vault: at start and after locking."""

    submitted = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Unlock"))
        _card_frame, box = _card(self)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(40, 40))
        head.addWidget(icon)
        self.heading = _title(self.tr("Unlock"))
        head.addWidget(self.heading, 1)
        box.addLayout(head)

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.file_label)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._submit)
        self.passphrase.textChanged.connect(self._update_button)
        box.addWidget(self.passphrase)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        box.addWidget(self.hint)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Message"))
        self.error.setStyleSheet("color: #a4262c;")
        self.error.setVisible(False)
        box.addWidget(self.error)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setVisible(False)
        box.addWidget(self.progress)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Other vault…"))
        self.back_button.setAccessibleName(self.tr("Choose another vault"))
        self.back_button.clicked.connect(self.back_requested)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        buttons.addWidget(self.unlock_button)
        box.addLayout(buttons)
        self.setTabOrder(self.passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.back_button)
        self._busy = False
        self._update_button()

    def prepare(self, path: Path, *, locked: bool = False, hint: str = "") -> None:
        """Ask for the passphrase of ``path``; ``locked`` when returning from a lock."""
        self.heading.setText(self.tr("Locked") if locked else self.tr("Unlock"))
        if locked:
            text = self.tr("%1 is locked. Type the passphrase to continue where you were.")
        else:
            text = self.tr("Type the passphrase of %1.")
        self.file_label.setText(text.replace("%1", path.name))
        self.file_label.setToolTip(str(path))
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.show_error("")
        self.passphrase.clear()
        self.set_busy(False)

    def focus(self) -> None:
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self._update_button()
        if not busy:
            self.focus()

    def _update_button(self) -> None:
        self.unlock_button.setEnabled(not self._busy and bool(self.passphrase.text()))

    def _submit(self) -> None:
        text = self.passphrase.text()
        if self._busy or not text:
            return
        self.show_error("")
        self.set_busy(True)
        self.submitted.emit(text)

    def clear_passphrase(self) -> None:
        self.passphrase.clear()


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

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)

        self.meter = StrengthMeter()
        form.addRow(self.tr("Strength:"), self.meter)

        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        form.addRow(self.tr("&Again:"), self.repeat)
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

    def vault_path(self) -> Path:
        path = Path(self.location.text().strip()).expanduser()
        if path.suffix != VAULT_SUFFIX:
            path = path.with_name(path.name + VAULT_SUFFIX)
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
        path = self.vault_path()
        if path.exists():
            return self.tr("A file with this name already exists; choose another name.")
        if not path.parent.is_dir():
            return self.tr("This folder does not exist.")
        text = self.passphrase.text()
        if not text:
            return self.tr("Choose a passphrase: several words are easier to remember than symbols.")
        score, _warning = passphrase_strength(text)
        if score < MIN_SCORE:
            return self.tr("This passphrase is too easy to guess. Add another word or two.")
        if self.repeat.text() != text:
            return self.tr("Type the same passphrase again to confirm it.")
        return ""

    def _update(self) -> None:
        self.meter.show_strength(self.passphrase.text())
        problem = self._problem()
        self.feedback.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _accept(self) -> None:
        if not self._problem():
            self.accept()
