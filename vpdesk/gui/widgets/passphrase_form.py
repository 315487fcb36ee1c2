"""A new passphrase, typed twice with a strength meter: the form of the new-vault and
change-passphrase dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
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
    from zxcvbn import zxcvbn  # here, not at the top: slow to import, needed only for a new passphrase

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


def secret_field(accessible_name: str) -> QLineEdit:
    """A line edit that shows dots instead of what is typed."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field


class PassphraseForm(QObject):
    """The passphrase field, its strength meter and the field to type it again, in ``form``.

    ``label`` and ``accessible``/``again_accessible`` name the fields the way the dialog
    speaks of them ("&Passphrase:" or "&New passphrase:").
    """

    def __init__(
        self, form: QFormLayout, label: str, accessible: str, again_accessible: str, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.passphrase = secret_field(accessible)
        form.addRow(label, self.passphrase)
        self.meter = StrengthMeter()
        form.addRow(self.tr("Strength:"), self.meter)
        self.repeat = secret_field(again_accessible)
        form.addRow(self.tr("&Again:"), self.repeat)

    def problem(self, empty: str) -> str:
        """Why the passphrase cannot be used yet ('' when it can); ``empty`` when none is typed."""
        text = self.passphrase.text()
        if not text:
            return empty
        if passphrase_strength(text)[0] < MIN_SCORE:
            return self.tr("This passphrase is too easy to guess. Add another word or two.")
        if not self.repeat.text():
            return self.tr("Type the same passphrase again to confirm it.")
        if self.repeat.text() != text:
            return self.tr("The two passphrases do not match.")
        return ""


class PassphraseDialog(QDialog):
    """The frame of the new-vault and change-passphrase dialogs.

    A dialog adds its own rows to ``rows`` first, then calls :meth:`_finish` with the new
    passphrase's labels, the note under the form and the OK button's text, and gives
    ``_problem`` (why OK cannot be pressed yet, '' when it can). The feedback under the
    form follows every keystroke; OK is enabled only without a problem.
    """

    def __init__(self, parent: QWidget | None, title: str, width: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.rows = QFormLayout()

    def _finish(
        self, labels: tuple[str, str, str], note: str, ok_text: str, note_name: str | None = None
    ) -> None:
        """Add the passphrase fields (``labels``: see :class:`PassphraseForm`), the feedback,
        the framed ``note`` and the buttons."""
        self.form = PassphraseForm(self.rows, *labels, self)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(QCoreApplication.translate("PassphraseDialog", "Passphrase feedback"))
        framed = QLabel(note)
        framed.setWordWrap(True)
        if note_name is not None:
            framed.setAccessibleName(note_name)
        framed.setFrameShape(QFrame.Shape.StyledPanel)
        framed.setMargin(8)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows)
        layout.addWidget(self.feedback)
        layout.addWidget(framed)
        layout.addWidget(self.buttons)

    def _problem(self) -> str:
        raise NotImplementedError

    def _update(self) -> None:
        self.form.meter.show_strength(self.form.passphrase.text())
        problem = self._problem()
        self.feedback.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _accept(self) -> None:
        if not self._problem():
            self.accept()
