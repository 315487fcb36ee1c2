"""One report from several advisers, from the window: share an organisation's figures (an
aggregate file under a passphrase the advisers share) and combine such files into one report.

The work is :func:`vpdesk.stats.combine.write_contribution` and
:func:`vpdesk.stats.combine.combine`, as for ``vpdesk aggregate`` and ``vpdesk combine``;
these dialogs only ask and show, and run the work in the background.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QWidget,
)

from vpdesk.gui.formats import file_slug
from vpdesk.gui.messages import user_message
from vpdesk.gui.tasks import run_task
from vpdesk.gui.widgets.files import ask_save_path
from vpdesk.gui.widgets.forms import language_combo
from vpdesk.gui.widgets.layouts import hbox, vbox, wrapped_label
from vpdesk.gui.widgets.passphrase_form import PassphraseForm, secret_field
from vpdesk.vault import Vault
from vpdesk.vault.aggregate import AggregateUnreadable

SUFFIX = ".vpagg"


def _default_year() -> int:
    """Last year until the spring, when annual reports are written; this year after that."""
    today = date.today()
    return today.year - (1 if today.month < 4 else 0)


class _Unreadable(Exception):
    """One of the files to combine does not open (wrong shared passphrase, damaged, not one)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class ShareFiguresDialog(QDialog):
    """Write one organisation's counts of a year for a combined report (``vpdesk aggregate``)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share figures for a combined report"))
        self.setMinimumWidth(520)
        self._vault = vault
        self.written: Path | None = None
        intro = self.tr(
            "Writes the exact counts of one organisation and year, nothing else, in a file "
            "encrypted with a passphrase you agree with the other advisers. The organisation's "
            "table of that year is released now, as the annual report would release it."
        )
        layout = vbox(wrapped_label(intro), parent=self)
        form = QFormLayout()
        self.organisation = QComboBox(self)
        for org_id, name in vault.organisations.names().items():
            self.organisation.addItem(name, org_id)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        self.year = QSpinBox(self)
        self.year.setRange(1900, 9998)
        self.year.setValue(_default_year())
        form.addRow(self.tr("&Year:"), self.year)
        self.shared = PassphraseForm(
            form,
            self.tr("Shared &passphrase:"),
            self.tr("Shared passphrase"),
            self.tr("Shared passphrase again"),
            self,
        )
        layout.addLayout(form)
        self.message = wrapped_label(parent=self, name=self.tr("Message"))
        self.write_button = QPushButton(self.tr("&Write file…"), self)
        self.write_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        layout.addWidget(self.message)
        layout.addLayout(hbox(None, self.write_button, self.close_button))
        self.write_button.clicked.connect(self.choose_and_write)
        self.close_button.clicked.connect(self.reject)
        for field in (self.shared.passphrase, self.shared.repeat):
            field.textChanged.connect(lambda _text: self.message.clear())
        self.organisation.setFocus()

    def choose_and_write(self) -> None:
        problem = self.shared.problem(self.tr("Type the passphrase you share with the other advisers."))
        if not problem and self._vault.verify_passphrase(self.shared.passphrase.text()):
            problem = self.tr("The shared passphrase must differ from this vault's own passphrase.")
        if problem:
            self.message.setText(problem)
            self.shared.passphrase.setFocus()
            return
        if self.organisation.currentData() is None:
            self.message.setText(self.tr("Add the organisation first."))
            return
        slug = file_slug(self.organisation.currentText())
        suggestion = str(Path(QDir.homePath()) / f"{slug or 'cijfers'}-{self.year.value()}{SUFFIX}")
        out = ask_save_path(
            self, self.tr("Write the figures file"), suggestion, self.tr("vpdesk figures (*.vpagg)"), SUFFIX
        )
        if out is not None:
            self.write_to(out)

    def write_to(self, out: Path) -> None:
        from vpdesk.stats.combine import write_contribution

        vault, shared = self._vault, self.shared.passphrase.text()
        year, org_id = self.year.value(), int(self.organisation.currentData())

        def work(_progress: Any) -> Any:
            return write_contribution(
                vault, year=year, organisation_id=org_id, threshold=None, out=out, shared=shared
            )

        def done(handed: Any) -> None:
            self.written = out
            text = self.tr(
                "The figures were written to %1. Send it to the adviser who combines them."
            ).replace("%1", out.name)
            if handed.unreleased:
                text += " " + self.tr(
                    "%1 other tables of this year are not released yet; release them first, or the "
                    "combined report is not checked against them."
                ).replace("%1", str(handed.unreleased))
            self.message.setText(text)
            self.write_button.setEnabled(True)

        self.write_button.setEnabled(False)
        self.message.setText(self.tr("Writing the figures file…"))
        run_task(self, work, on_success=done, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.write_button.setEnabled(True)
        self.message.setText(user_message(exc))


class CombineDialog(QDialog):
    """Combine advisers' figures files into one annual report (``vpdesk combine``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Combine advisers' figures"))
        self.setMinimumWidth(560)
        self.written: Path | None = None
        intro = self.tr(
            "One annual report of an organisation from the figures files of several advisers. "
            "The sums are protected so that the combined report reveals nothing that an "
            "adviser's own report hides."
        )
        layout = vbox(wrapped_label(intro), parent=self)
        files_label = QLabel(self.tr("&Figures files:"), self)
        layout.addWidget(files_label)
        self.files = QListWidget(self)
        self.files.setAccessibleName(self.tr("Figures files"))
        files_label.setBuddy(self.files)
        layout.addWidget(self.files)
        self.add_button = QPushButton(self.tr("&Add files…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        layout.addLayout(hbox(self.add_button, self.remove_button, None))
        form = QFormLayout()
        self.shared = secret_field(self.tr("Shared passphrase"))
        form.addRow(self.tr("Shared &passphrase:"), self.shared)
        self.lang = language_combo(self)
        form.addRow(self.tr("&Language:"), self.lang)
        layout.addLayout(form)
        self.message = wrapped_label(parent=self, name=self.tr("Message"))
        self.pdf_button = QPushButton(self.tr("Save P&DF…"), self)
        self.docx_button = QPushButton(self.tr("Save as &Word…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        layout.addWidget(self.message)
        layout.addLayout(hbox(None, self.pdf_button, self.docx_button, self.close_button))
        self.add_button.clicked.connect(self.add_files)
        self.remove_button.clicked.connect(self.remove_file)
        self.pdf_button.clicked.connect(lambda: self.choose_and_write(".pdf"))
        self.docx_button.clicked.connect(lambda: self.choose_and_write(".docx"))
        self.close_button.clicked.connect(self.reject)
        self.shared.textChanged.connect(lambda _text: self.message.clear())
        self.add_button.setFocus()

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def add_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add figures files"),
            QDir.homePath(),
            self.tr("vpdesk figures (*.vpagg);;All files (*)"),
        )
        present = {str(p) for p in self.paths()}
        for name in names:
            if name not in present:
                self.files.addItem(name)
                present.add(name)
        self.message.clear()

    def remove_file(self) -> None:
        row = self.files.currentRow()
        if row >= 0:
            self.files.takeItem(row)

    def choose_and_write(self, suffix: str) -> None:
        if self.files.count() < 2:
            self.message.setText(self.tr("Add the figures files of at least two advisers."))
            self.add_button.setFocus()
            return
        if not self.shared.text():
            self.message.setText(self.tr("Type the passphrase you share with the other advisers."))
            self.shared.setFocus()
            return
        word = suffix == ".docx"
        name = self.tr("combined-annual-report") + suffix
        out = ask_save_path(
            self,
            self.tr("Save the combined report"),
            str(Path(QDir.homePath()) / name),
            self.tr("Word documents (*.docx)") if word else self.tr("PDF files (*.pdf)"),
            suffix,
        )
        if out is None:
            return
        if any(_same(out, p) for p in self.paths()):
            self.message.setText(self.tr("The report cannot replace one of the figures files."))
            return
        self.write_to(out)

    def write_to(self, out: Path) -> None:
        from vpdesk.report.combined import write_combined
        from vpdesk.stats.combine import combine, decode
        from vpdesk.vault.aggregate import read_aggregate_file

        paths, shared, lang = self.paths(), self.shared.text(), str(self.lang.currentData() or "nl")

        def work(_progress: Any) -> int:
            parts = []
            for path in paths:
                try:
                    parts.append(decode(read_aggregate_file(path, shared), str(path)))
                except AggregateUnreadable:
                    raise _Unreadable(path.name) from None
            write_combined(combine(parts, [str(p) for p in paths]), out, lang)
            return len(parts)

        def done(count: int) -> None:
            self.written = out
            self.message.setText(
                self.tr("The combined report of %1 advisers was saved as %2.")
                .replace("%1", str(count))
                .replace("%2", out.name)
            )
            self._enable(True)

        self._enable(False)
        self.message.setText(self.tr("Combining the figures…"))
        run_task(self, work, on_success=done, on_failure=self._failed)

    def _enable(self, on: bool) -> None:
        for button in (self.pdf_button, self.docx_button, self.add_button, self.remove_button):
            button.setEnabled(on)

    def _failed(self, exc: BaseException) -> None:
        self._enable(True)
        if isinstance(exc, _Unreadable):
            self.message.setText(
                self.tr(
                    "%1 could not be read: the shared passphrase is not the one it was written with, "
                    "or the file is damaged or not a figures file."
                ).replace("%1", exc.name)
            )
            self.shared.setFocus()
            return
        self.message.setText(user_message(exc))


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
