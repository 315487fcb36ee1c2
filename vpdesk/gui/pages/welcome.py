"""The start of the window: the welcome screen and the unlock prompt.

These are views only: they show widgets and emit what the adviser asked for. Opening and
creating vaults (in the background) is done by the main window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vpdesk.gui.icons import app_icon
from vpdesk.gui.widgets.layouts import hbox, wrapped_label


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


def _card(layout_owner: QWidget, title: QLabel, icon_size: int) -> QVBoxLayout:
    """A centred panel of limited width inside ``layout_owner``, headed by the icon and ``title``."""
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
    icon = QLabel()
    icon.setPixmap(app_icon().pixmap(icon_size, icon_size))
    inner.addLayout(hbox(icon, (title, 1)))
    return inner


class WelcomeScreen(QWidget):
    """Open a vault, create one, or try the demo vault."""

    open_requested = Signal(Path)
    create_requested = Signal()
    demo_requested = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Welcome"))
        box = _card(self, _title("vpdesk"), 56)
        intro = self.tr(
            "Your case files as a confidential adviser, in one encrypted file on this "
            "computer. Nothing is sent anywhere."
        )
        box.addWidget(wrapped_label(intro))

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

        self.message = wrapped_label()
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
        self.heading = _title(self.tr("Unlock"))
        box = _card(self, self.heading, 40)

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
        self.passphrase.installEventFilter(self)

        self.caps_warning = QLabel(self.tr("Caps Lock is on."))
        self.caps_warning.setStyleSheet("color: #8a5300;")
        self.caps_warning.setVisible(False)
        box.addWidget(self.caps_warning)
        self.show_passphrase = QCheckBox(self.tr("&Show passphrase"))
        self.show_passphrase.toggled.connect(self._show_toggled)
        box.addWidget(self.show_passphrase)

        self.hint = wrapped_label()
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
        self.show_passphrase.setChecked(False)
        self.caps_warning.setVisible(False)
        self.set_busy(False)

    def focus(self) -> None:
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt cannot ask the keyboard for Caps Lock; a capital typed without Shift (or a small
        # letter with Shift) tells it, as KeePassXC does.
        if watched is self.passphrase and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if len(text) == 1 and text.isalpha() and text.lower() != text.upper():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.caps_warning.setVisible(text.isupper() != shift)
        return super().eventFilter(watched, event)

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
