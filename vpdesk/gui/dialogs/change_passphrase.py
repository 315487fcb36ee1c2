"""Passphrases in the window: the strength meter and the dialog to change a vault's passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

MIN_SCORE = 2  # zxcvbn score (0-4) a new passphrase must reach
_COLOURS = ("#a4262c", "#c0501f", "#b08800", "#3a7d22", "#1e6b1e")


def passphrase_strength(text: str) -> tuple[int, str]:
    """zxcvbn's score (0-4) and its warning, if any; for an empty text (0, "")."""
    if not text:
        return 0, ""
    from zxcvbn import zxcvbn

    # zxcvbn slows down on very long input; the first 100 characters tell enough
    result = zxcvbn(text[:100])
    return int(result["score"]), str(result["feedback"].get("warning") or "")


class StrengthMeter(QProgressBar):
    """A bar from very weak (0) to very strong (4), coloured and labelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 4)
        self.setTextVisible(True)
        self.setAccessibleName(self.tr("Passphrase strength"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.show_strength("")

    def show_strength(self, text: str) -> int:
        """Show how strong ``text`` is; returns the score."""
        score, _warning = passphrase_strength(text)
        labels = (
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        )
        self.setValue(score)
        self.setFormat(labels[score] if text else "")
        self.setStyleSheet(
            "QProgressBar { text-align: center; border: 1px solid palette(mid); border-radius: 3px; }"
            f"QProgressBar::chunk {{ background-color: {_COLOURS[score]}; }}"
        )
        return score


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class ChangePassphraseDialog(QDialog):
    """The current passphrase once, the new one twice; ``verify`` checks the current one."""

    def __init__(self, parent: QWidget | None, verify: Callable[[str], bool]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(500)
        self._verify = verify
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.current = _secret_field(self.tr("Current passphrase"))
        form.addRow(self.tr("&Current passphrase:"), self.current)
        self.new = _secret_field(self.tr("New passphrase"))
        form.addRow(self.tr("&New passphrase:"), self.new)
        self.meter = StrengthMeter()
        form.addRow(self.tr("Strength:"), self.meter)
        self.repeat = _secret_field(self.tr("New passphrase again"))
        form.addRow(self.tr("&Again:"), self.repeat)
        layout.addLayout(form)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Passphrase feedback"))
        layout.addWidget(self.feedback)
        note = QLabel(
            self.tr(
                "<b>Write the new passphrase down and keep it safe;</b> it cannot be recovered. "
                "Backups made before now keep the old passphrase."
            )
        )
        note.setWordWrap(True)
        note.setFrameShape(QFrame.Shape.StyledPanel)
        note.setMargin(8)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change passphrase"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.current, self.new, self.repeat):
            field.textChanged.connect(self._update)
        self._update()

    def new_passphrase(self) -> str:
        return self.new.text()

    def _problem(self) -> str:
        if not self.current.text():
            return self.tr("Type the current passphrase.")
        if not self.new.text():
            return self.tr("Choose a new passphrase.")
        if self.new.text() == self.current.text():
            return self.tr("The new passphrase is the same as the current one.")
        if passphrase_strength(self.new.text())[0] < MIN_SCORE:
            return self.tr("This passphrase is too easy to guess. Add another word or two.")
        if self.repeat.text() != self.new.text():
            return self.tr("Type the same passphrase again to confirm it.")
        return ""

    def _update(self) -> None:
        self.meter.show_strength(self.new.text())
        problem = self._problem()
        self.feedback.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _accept(self) -> None:
        if self._problem():
            return
        if not self._verify(self.current.text()):
            self.current.clear()
            self.current.setFocus()
            self.feedback.setText(self.tr("The current passphrase is not right."))
            return
        self.accept()
