"""The first-run guide: what vpdesk is for and where it keeps its files, shown once per account."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vpdesk.demo import DEMO_PASSPHRASE
from vpdesk.gui import ui_settings
from vpdesk.gui.icons import app_icon
from vpdesk.paths import demo_vault_path

FIRST_RUN_SHOWN = "help/first_run_guide_shown"


def guide_html() -> str:
    """The guide's text (translated), with vpdesk's own folders filled in."""
    sections = [
        (
            QCoreApplication.translate("Help", "What vpdesk is for"),
            QCoreApplication.translate(
                "Help",
                "vpdesk keeps your case files as a confidential adviser: reports (meldingen), "
                "conversations, follow-up steps and referrals, your activities and the sociale "
                "kaart of each organisation. From them it writes an annual report per "
                "organisation that contains no names and protects small numbers. Everything "
                "stays on this computer; vpdesk never connects to a network.",
            ),
        ),
        (
            QCoreApplication.translate("Help", "Your vault and your passphrase"),
            QCoreApplication.translate(
                "Help",
                "All your data is in one encrypted file, the vault (a name ending in "
                ".vpdesk), in a folder you choose when you make it, for example your "
                "Documents. Without the passphrase nobody can read it — and neither can "
                "you: <b>a forgotten passphrase cannot be recovered</b>. Choose a long "
                "sentence you will remember, and keep a copy of it in a safe place. vpdesk "
                "locks itself after a few minutes without use (Ctrl+L locks at once).",
            ),
        ),
        (
            QCoreApplication.translate("Help", "Backups"),
            QCoreApplication.translate(
                "Help",
                "When you lock or close a vault (quitting vpdesk closes it too), vpdesk puts an "
                "encrypted copy of it in %1, at most one a day, and keeps the last %2. Under "
                "File › Automatic backups… you choose another folder, for example on a USB "
                "stick or network drive, and how many copies are kept. File › Restore from "
                "backup… (also on the welcome screen) puts a backup back in the vault's place: "
                "it first checks the backup with its passphrase and keeps the replaced file "
                "beside it. A backup opens with the passphrase the vault had when it was made.",
            )
            .replace("%1", f"<code>{escape(str(ui_settings.backup_folder()))}</code>")
            .replace("%2", str(ui_settings.backup_keep())),
        ),
        (
            QCoreApplication.translate("Help", "Access requests, retention and the audit log"),
            QCoreApplication.translate(
                "Help",
                "When a reporter asks to see their data (AVG article 15), open the case and "
                "choose Access export…: select passages about other people, click Black out, "
                "then save a PDF of the reporter's data, conversations, steps and referrals. "
                "When closed cases are past their retention period, the dashboard's Purge "
                "identifying data… first lists those cases (reference, organisation, date "
                "closed) and their number, and wipes nothing until you confirm. File › Audit "
                "log… shows what happened in the vault and when: the time, the kind of event "
                "and an internal case number, never names or text.",
            ),
        ),
        (
            QCoreApplication.translate("Help", "Bringing in your existing spreadsheet"),
            QCoreApplication.translate(
                "Help",
                "Save your Excel sheet as CSV (semicolon separated) with one row per case and "
                "column names such as case_ref, organisation, opened and behaviours; then "
                "choose File › Import cases (CSV)… Dutch labels (Pesten, Leidinggevende) "
                "are understood. If anything in the file is wrong, nothing is imported and "
                "every problem is listed with its line number. The manual lists all columns.",
            ),
        ),
        (
            QCoreApplication.translate("Help", "Looking around first"),
            QCoreApplication.translate(
                "Help",
                "The demo vault is filled with invented organisations and cases, so you can "
                "try everything without risk. Its passphrase is <b>%1</b>; it is kept in %2, "
                "away from your own vaults.",
            )
            .replace("%1", escape(DEMO_PASSPHRASE))
            .replace("%2", f"<code>{escape(str(demo_vault_path().parent))}</code>"),
        ),
    ]
    body = "".join(f"<h3>{escape(title)}</h3><p>{text}</p>" for title, text in sections)
    more = QCoreApplication.translate(
        "Help", "Help › User manual (F1) explains every part of vpdesk step by step."
    )
    title = QCoreApplication.translate("Help", "Welcome to vpdesk")
    return f"<h2>{escape(title)}</h2>{body}<p><i>{escape(more)}</i></p>"


class FirstRunGuide(QDialog):
    """A short introduction, shown on the very first start and from Help › Getting started."""

    def __init__(self, parent: QWidget | None = None, on_demo: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        # the title does not start with "vpdesk": the main window's title does
        self.setWindowTitle(self.tr("Getting started with vpdesk"))
        self.setWindowIcon(app_icon())
        self.resize(620, 640)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)  # no links leave vpdesk
        self.text.setHtml(guide_html())
        self.text.setAccessibleName(self.tr("Getting started"))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.demo_button: QPushButton | None = None
        self._on_demo = on_demo
        if on_demo is not None:
            self.demo_button = buttons.addButton(
                self.tr("Try the &demo vault"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.demo_button.clicked.connect(self._open_demo)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def _open_demo(self) -> None:
        """Close the guide first: opening the demo may ask about unsaved changes."""
        on_demo = self._on_demo
        self.accept()
        if on_demo is not None:
            on_demo()
