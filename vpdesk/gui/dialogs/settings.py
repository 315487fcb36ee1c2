"""Settings: language, idle time before locking, lock on minimise, remembering the last
vault's location (all UI preferences, in QSettings), and the adviser's name (inside the
open vault, since it is the adviser's data).

A new language takes effect at the next start of vpdesk: every window is built in one
language, so nothing half-translated is ever shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vpdesk.gui import ui_settings
from vpdesk.gui.i18n import current_language
from vpdesk.gui.widgets.forms import language_combo
from vpdesk.vault import Vault

ADVISER_NAME = "adviser_name"


class SettingsDialog(QDialog):
    """Edit the preferences; the adviser's name only while a vault is open."""

    def __init__(self, parent: QWidget | None = None, vault: Vault | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        self._vault = vault
        self._running_language = current_language()
        layout = QVBoxLayout(self)

        general = QGroupBox(self.tr("This computer"))
        form = QFormLayout(general)
        self.language = language_combo(current=ui_settings.language())
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("A new language is used from the next start of vpdesk."))
        note.setWordWrap(True)
        form.addRow("", note)

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(ui_settings.MIN_IDLE_MINUTES, ui_settings.MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(ui_settings.idle_minutes())
        self.idle_minutes.setAccessibleName(self.tr("Lock after minutes without use"))
        form.addRow(self.tr("Lock &after:"), self.idle_minutes)

        self.lock_on_minimise = QCheckBox(self.tr("Lock when the window is &minimised"))
        self.lock_on_minimise.setChecked(ui_settings.lock_on_minimise())
        form.addRow("", self.lock_on_minimise)

        self.remember_last = QCheckBox(self.tr("&Remember where the last vault is"))
        self.remember_last.setToolTip(
            self.tr("Only the file's location is remembered, never anything from inside it.")
        )
        self.remember_last.setChecked(ui_settings.remember_last_vault())
        form.addRow("", self.remember_last)
        layout.addWidget(general)

        vault_box = QGroupBox(self.tr("This vault"))
        vault_form = QFormLayout(vault_box)
        self.adviser_name = QLineEdit()
        self.adviser_name.setAccessibleName(self.tr("Your name"))
        self.adviser_name.setPlaceholderText(self.tr("Shown on the dashboard and in reports"))
        vault_form.addRow(self.tr("Your &name:"), self.adviser_name)
        if vault is not None:
            self.adviser_name.setText(vault.settings.get(ADVISER_NAME, ""))
        else:
            vault_box.setEnabled(False)
            vault_box.setToolTip(self.tr("Open a vault to change these settings."))
        layout.addWidget(vault_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._language_changed = False

    def language_changed(self) -> bool:
        """True if the chosen language differs from the one the window runs in."""
        return self._language_changed

    def accept(self) -> None:
        lang = str(self.language.currentData())
        ui_settings.set_language(lang)
        self._language_changed = lang != self._running_language
        ui_settings.set_idle_minutes(self.idle_minutes.value())
        ui_settings.set_lock_on_minimise(self.lock_on_minimise.isChecked())
        ui_settings.set_remember_last_vault(self.remember_last.isChecked())
        if self._vault is not None:
            name = " ".join(self.adviser_name.text().split())
            if name != self._vault.settings.get(ADVISER_NAME, ""):
                self._vault.settings.set(ADVISER_NAME, name)
        self._vault = None
        super().accept()

    def reject(self) -> None:
        self._vault = None
        super().reject()
