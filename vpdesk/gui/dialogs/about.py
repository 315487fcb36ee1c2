"""The About dialog: vpdesk's version and the bundled parts with their licence texts."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vpdesk import __version__
from vpdesk.gui.icons import app_icon
from vpdesk.paths import resource


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
                "https://download.qt.io/official_releases/",
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
        Component(
            "ReportLab", _module_version("reportlab", "Version"), "BSD-3-Clause", ("reportlab-BSD.txt",)
        ),
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
        Component(
            "openpyxl",
            "3.1.5",
            "MIT",
            ("openpyxl-MIT.txt", "et-xmlfile-MIT.txt"),
            QCoreApplication.translate("Help", "Writes the case list as an Excel workbook."),
        ),
        Component(
            "python-docx",
            _module_version("docx"),
            "MIT",
            ("python-docx-MIT.txt",),
            QCoreApplication.translate("Help", "Writes the annual report as a Word document."),
        ),
        Component("lxml", _module_version("lxml"), "BSD-3-Clause", ("lxml-BSD.txt",)),
        Component("Pillow", _module_version("PIL"), "MIT-CMU", ("pillow-MIT-CMU.txt",)),
        Component("typing_extensions", "4", "PSF-2.0", ("typing-extensions-PSF.txt",)),
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
            parts.append(
                QCoreApplication.translate(
                    "Help", "The licence file %1 is missing from this installation."
                ).replace("%1", name)
            )
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
