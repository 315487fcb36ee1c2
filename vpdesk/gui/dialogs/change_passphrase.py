"""The dialog that changes the open vault's passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from vpdesk.gui.widgets.passphrase_form import PassphraseDialog, secret_field


class ChangePassphraseDialog(PassphraseDialog):
    """The current passphrase once, the new one twice; ``verify`` checks the current one."""

    def __init__(self, parent: QWidget | None, verify: Callable[[str], bool]) -> None:
        super().__init__(parent, self.tr("Change passphrase"), 500)
        self._verify = verify
        self.current = secret_field(self.tr("Current passphrase"))
        self.rows.addRow(self.tr("&Current passphrase:"), self.current)
        self._finish(
            (self.tr("&New passphrase:"), self.tr("New passphrase"), self.tr("New passphrase again")),
            self.tr(
                "<b>Write the new passphrase down and keep it safe;</b> it cannot be recovered. "
                "Backups made before now keep the old passphrase."
            ),
            self.tr("Change passphrase"),
        )
        self.new, self.meter, self.repeat = self.form.passphrase, self.form.meter, self.form.repeat
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
        return self.form.problem(self.tr("Choose a new passphrase."))

    def _accept(self) -> None:
        if self._problem():
            return
        if not self._verify(self.current.text()):
            self.current.clear()
            self.current.setFocus()
            self.feedback.setText(self.tr("The current passphrase is not right."))
            return
        self.accept()
