"""The Help menu: the first-run guide, the user manual and the About dialog with licences.

Nothing here reads a vault: the guide names folders and files of vpdesk itself, the About
dialog lists the bundled parts and shows their licence texts from ``resources/licenses/``.
The only thing remembered is that the first-run guide was shown (a flag in the
preferences file).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vpdesk import __version__
from vpdesk.gui import ui_settings
from vpdesk.gui.icons import app_icon
from vpdesk.paths import resource, resources_dir

FIRST_RUN_SHOWN = "help/first_run_guide_shown"
IMAGE_WIDTH = 820  # screenshots in the manual viewer, scaled down from 1280 pixels


# -- the bundled parts and their licences ---------------------------------------------------


@dataclass(frozen=True)
class Component:
    """One part carried in vpdesk: its name, version, licence and licence text files."""

    name: str
    version: str
    licence: str
    files: tuple[str, ...]
    note: str = ""


def _module_version(module: str, attribute: str = "__version__") -> str:
    """A package's version without importlib.metadata (a bundle may lack the metadata)."""
    try:
        imported = __import__(module, fromlist=["_"])
        return str(getattr(imported, attribute, "") or "")
    except Exception:  # an optional part that is missing still gets its licence listed
        return ""


def _sqlcipher_version() -> str:
    try:
        import sqlcipher3

        # an in-memory database: no file, no key, nothing of any vault
        connection = sqlcipher3.connect(":memory:")
        try:
            row = connection.execute("PRAGMA cipher_version").fetchone()
        finally:
            connection.close()
        return str(row[0]) if row else ""
    except Exception:
        return ""


def _qt_version() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return f"Qt {qVersion()}, PySide6 {pyside_version}"


def components() -> list[Component]:
    """Every part vpdesk carries, vpdesk itself first."""
    gpl = "vpdesk-GPL-3.0.txt"
    return [
        Component("vpdesk", __version__, "GPL-3.0-or-later", (gpl,)),
        Component(
            "Qt / PySide6 / Shiboken6",
            _qt_version(),
            "LGPL-3.0",
            ("qt-pyside6-LGPL-3.0.txt", gpl),
            QCoreApplication.translate(
                "Help",
                "Qt's libraries are kept as separate files beside vpdesk, so they can be "
                "replaced by another build of the same version. Source code: "
                "https://download.qt.io/official_releases/"
            ),
        ),
        Component(
            "SQLCipher (Community Edition)",
            _sqlcipher_version(),
            "BSD-3-Clause (Zetetic LLC); SQLite: public domain",
            ("sqlcipher-BSD.txt",),
        ),
        Component("sqlcipher3", "0.6.4", "zlib", ("sqlcipher3-zlib.txt",)),
        Component(
            "OpenSSL libcrypto",
            "3",
            "Apache-2.0",
            ("openssl-Apache-2.0.txt",),
            QCoreApplication.translate("Help", "Built into sqlcipher3 for the encryption."),
        ),
        Component("ReportLab", _module_version("reportlab", "Version"), "BSD-3-Clause", ("reportlab-BSD.txt",)),
        Component(
            "DejaVu fonts",
            "2.37",
            "Bitstream Vera licence",
            ("dejavu-fonts.txt",),
            QCoreApplication.translate("Help", "Used in the annual report."),
        ),
        Component("Faker", _module_version("faker", "VERSION"), "MIT", ("faker-MIT.txt",)),
        Component("platformdirs", _module_version("platformdirs"), "MIT", ("platformdirs-MIT.txt",)),
        Component("pypdf", _module_version("pypdf"), "BSD-3-Clause", ("pypdf-BSD.txt",)),
        Component("zxcvbn", "4.5.0", "MIT", ("zxcvbn-MIT.txt",)),
        Component("pyahocorasick", "2.3.1", "BSD-3-Clause", ("pyahocorasick-BSD-3-Clause.txt",)),
        Component("Unidecode", "1.4.0", "GPL-2.0-or-later", ("unidecode-GPL-2.0.txt",)),
        Component(
            "HiGHS (highspy)",
            "1.16.0",
            "MIT",
            ("highspy-MIT.txt",),
            QCoreApplication.translate("Help", "Solves the disclosure audit of the annual figures."),
        ),
        Component("NumPy", _module_version("numpy"), "BSD-3-Clause", ("numpy-BSD.txt",)),
        Component("Python", sys.version.split()[0], "PSF-2.0", ("python-PSF.txt",)),
    ]


def licences_dir() -> Path:
    """Where the licence texts are (checkout, wheel and bundle alike)."""
    return resource("licenses")


def licence_text(component: Component) -> str:
    """The full licence text(s) of ``component``; a missing file is said, not hidden."""
    parts = []
    for name in component.files:
        path = licences_dir() / name
        try:
            parts.append(path.read_text(encoding="utf-8"))
        except OSError:
            parts.append(QCoreApplication.translate("Help", "The licence file %1 is missing from this installation.").replace("%1", name))
    return ("\n\n" + "-" * 72 + "\n\n").join(parts)


class AboutDialog(QDialog):
    """vpdesk's version and purpose, and every bundled part with its licence text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About vpdesk"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel(
            self.tr(
                "<h2>vpdesk %1</h2><p>Case files and annual reports for confidential advisers "
                "(vertrouwenspersonen), in one encrypted file on this computer. vpdesk makes no "
                "network connections.</p><p>vpdesk is free software under the GNU General Public "
                "License, version 3 or later. It comes with no warranty.</p>"
            ).replace("%1", escape(__version__))
        )
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.summary, 1)
        layout.addLayout(head)

        layout.addWidget(QLabel(self.tr("Parts carried in vpdesk and their licences:")))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.parts = QListWidget()
        self.parts.setAccessibleName(self.tr("Bundled parts"))
        self.licence = QPlainTextEdit()
        self.licence.setReadOnly(True)
        self.licence.setAccessibleName(self.tr("Licence text"))
        self.licence.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        splitter.addWidget(self.parts)
        splitter.addWidget(self.licence)
        splitter.setSizes([330, 570])
        layout.addWidget(splitter, 1)

        self.components = components()
        for component in self.components:
            text = f"{component.name} {component.version}".strip() + f"\n{component.licence}"
            item = QListWidgetItem(text)
            item.setToolTip(component.note or component.licence)
            self.parts.addItem(item)
        self.parts.currentRowChanged.connect(self._show_licence)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt_button = buttons.addButton(self.tr("About &Qt"), QDialogButtonBox.ButtonRole.ActionRole)
        self.about_qt_button.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.parts.setCurrentRow(0)

    def _show_licence(self, row: int) -> None:
        if 0 <= row < len(self.components):
            component = self.components[row]
            head = f"{component.name} — {component.licence}\n"
            if component.note:
                head += component.note + "\n"
            self.licence.setPlainText(head + "\n" + licence_text(component))
            self.licence.moveCursor(self.licence.textCursor().MoveOperation.Start)


# -- the first-run guide ---------------------------------------------------------------------


def guide_html() -> str:
    """The guide's text (translated), with vpdesk's own folders filled in."""
    from vpdesk.gui.dialogs.restore import backup_keep
    from vpdesk.gui.main_window import DEMO_PASSPHRASE, backups_dir, demo_vault_path

    sections = [
        (
            QCoreApplication.translate("Help", "What vpdesk is for"),
            QCoreApplication.translate(
                "Help",
                "vpdesk keeps your case files as a confidential adviser: reports (meldingen), "
                "conversations, follow-up steps and referrals, your activities and the sociale "
                "kaart of each organisation. From them it writes an annual report per "
                "organisation that contains no names and protects small numbers. Everything "
                "stays on this computer; vpdesk never connects to a network."
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
                "locks itself after a few minutes without use (Ctrl+L locks at once)."
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
                "beside it. A backup opens with the passphrase the vault had when it was made."
            )
            .replace("%1", f"<code>{escape(str(backups_dir()))}</code>")
            .replace("%2", str(backup_keep())),
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
                "and an internal case number, never names or text."
            ),
        ),
        (
            QCoreApplication.translate("Help", "Bringing in your existing spreadsheet"),
            QCoreApplication.translate(
                "Help",
                "Save your Excel sheet as CSV (semicolon separated) with one row per case and "
                "column names such as case_ref, organisation, opened and behaviours; then "
                "choose File › Import cases (CSV)…. Dutch labels (Pesten, Leidinggevende) "
                "are understood. If anything in the file is wrong, nothing is imported and "
                "every problem is listed with its line number. The manual lists all columns."
            ),
        ),
        (
            QCoreApplication.translate("Help", "Looking around first"),
            QCoreApplication.translate(
                "Help",
                "The demo vault is filled with invented organisations and cases, so you can "
                "try everything without risk. Its passphrase is <b>%1</b>; it is kept in %2, "
                "away from your own vaults."
            )
            .replace("%1", escape(DEMO_PASSPHRASE))
            .replace("%2", f"<code>{escape(str(demo_vault_path().parent))}</code>"),
        ),
    ]
    body = "".join(f"<h3>{escape(title)}</h3><p>{text}</p>" for title, text in sections)
    more = QCoreApplication.translate("Help", "Help › User manual (F1) explains every part of vpdesk step by step.")
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


def first_run_guide_due() -> bool:
    """True until the guide has been shown once on this computer account."""
    value = ui_settings.ui_settings().value(FIRST_RUN_SHOWN)
    return str(value).strip().lower() not in ("1", "true", "yes", "on")


def show_guide(window: QWidget) -> FirstRunGuide:
    """Open the guide beside ``window`` (not modal: it may stay open while trying things)."""
    guide = window.findChild(FirstRunGuide)
    if guide is None:  # one guide per window, shown again when asked for again
        on_demo = getattr(window, "open_demo", None)
        guide = FirstRunGuide(window, on_demo if callable(on_demo) else None)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def show_first_run_guide_once(window: QWidget) -> FirstRunGuide | None:
    """Show the guide if this is the first start; remember that it was shown."""
    if not first_run_guide_due():
        return None
    settings = ui_settings.ui_settings()
    settings.setValue(FIRST_RUN_SHOWN, True)
    settings.sync()
    return show_guide(window)


def schedule_first_run_guide(window: QWidget) -> None:
    """Show the guide once the window is on screen (on the first start only)."""
    QTimer.singleShot(0, window, lambda: show_first_run_guide_once(window))


# -- the user manual -------------------------------------------------------------------------


def manual_path(lang: str) -> Path | None:
    """The manual in ``lang`` ("nl" or "en"), wherever this installation carries it."""
    name = "handleiding.md" if lang == "nl" else "manual.md"
    roots = (resources_dir().parent / "docs", Path(__file__).resolve().parents[2] / "docs")
    for root in roots:
        if (root / name).is_file():
            return root / name
    return None


class ManualViewer(QDialog):
    """The Markdown manual with its screenshots, read inside vpdesk (no browser, no network)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("User manual"))
        self.setWindowIcon(app_icon())
        self.resize(900, 760)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setSearchPaths([str(path.parent)])
        self.text.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        self.text.setAccessibleName(self.tr("User manual"))
        self._fit_images(IMAGE_WIDTH)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fit_images(self, width: int) -> None:
        """Show the screenshots at ``width`` pixels (they are made at full screen size)."""
        document = self.text.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                image_format = fragment.charFormat().toImageFormat()
                if fragment.isValid() and image_format.isValid():
                    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image_format.name()))
                    if isinstance(image, (QImage, QPixmap)) and image.width() > width:
                        image_format.setWidth(width)
                        image_format.setHeight(image.height() * width / image.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image_format)
                iterator += 1
            block = block.next()


def show_manual(window: QWidget) -> ManualViewer | None:
    """Open the manual in the window's language; say so if this installation lacks it."""
    from vpdesk.gui.i18n import current_language

    path = manual_path(current_language()) or manual_path("en")
    if path is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("Help", "User manual"),
            QCoreApplication.translate("Help", "The user manual is not part of this installation. It is in the docs folder of vpdesk's source."),
        )
        return None
    viewer = window.findChild(ManualViewer)
    if viewer is None or viewer.path != path:
        viewer = ManualViewer(path, window)
    viewer.show()
    viewer.raise_()
    return viewer


# -- the menu --------------------------------------------------------------------------------


@dataclass
class HelpActions:
    """The Help menu's actions (tests and the window reach them here)."""

    guide: QAction
    manual: QAction
    about: QAction
    about_qt: QAction


def show_about(window: QWidget) -> AboutDialog:
    """Open the About dialog (window-modal)."""
    dialog = window.findChild(AboutDialog)
    if dialog is None:
        dialog = AboutDialog(window)
    dialog.open()
    return dialog


def install_help_menu(window: QWidget, menu: QMenu, about_text: str | None = None) -> HelpActions:
    """Fill ``menu`` with the guide, the manual and the About dialogs of ``window``.

    ``about_text`` is the About item's text where the window already has it translated.
    """

    def action(text: str, slot: Callable[[], Any], shortcut: str | None = None) -> QAction:
        made = QAction(text, window)
        if shortcut:
            made.setShortcut(QKeySequence(shortcut))
            made.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        made.triggered.connect(lambda _checked=False: slot())
        menu.addAction(made)
        return made

    guide = action(QCoreApplication.translate("Help", "&Getting started"), lambda: show_guide(window))
    manual = action(QCoreApplication.translate("Help", "User &manual"), lambda: show_manual(window), "F1")
    menu.addSeparator()
    about = action(
        about_text or QCoreApplication.translate("Help", "&About vpdesk"), lambda: show_about(window)
    )
    about_qt = action(
        QCoreApplication.translate("Help", "About &Qt"), lambda: QMessageBox.aboutQt(window)
    )
    return HelpActions(guide, manual, about, about_qt)
