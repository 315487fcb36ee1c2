"""The review step of the intervisie export: the stripped summary, editable, checked before the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from vpdesk.domain.errors import VpdeskError
from vpdesk.gui.widgets.files import ask_save_path
from vpdesk.gui.widgets.forms import current_lang
from vpdesk.gui.widgets.layouts import hbox, vbox, wrapped_label
from vpdesk.report.leaks import describe_hits
from vpdesk.vault import Vault


class IntervisionDialog(QDialog):
    """Shows the draft with roles and relative days; lines the leak check flags are marked."""

    def __init__(self, vault: Vault, kind: str, record_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from vpdesk.report.intervision import draft_mediation, draft_melding

        self.setWindowTitle(self.tr("Intervisie export: review"))
        self.resize(720, 600)
        self._vault = vault
        lang = current_lang()
        draft = (
            draft_mediation(vault, record_id, lang)
            if kind == "mediation"
            else draft_melding(vault, record_id, lang)
        )
        self.written: Path | None = None
        intro = self.tr(
            "Names, contact details, departments and the organisation are replaced by roles, dates by "
            "the days since the first contact. Read the text and change what could still identify "
            "someone; the PDF is written only when the check finds nothing."
        )
        layout = vbox(wrapped_label(intro, self), parent=self)
        self.title = QLineEdit(draft.title, self)
        self.title.setAccessibleName(self.tr("Title"))
        layout.addWidget(self.title)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Case summary"))
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(draft.text)
        layout.addWidget(self.text, 1)
        self.findings = QLabel(self)
        self.findings.setWordWrap(True)
        layout.addWidget(self.findings)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.write_button = QPushButton(self.tr("&Write PDF…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        layout.addLayout(hbox(None, self.check_button, self.write_button, self.close_button))
        self.check_button.clicked.connect(self.check)
        self.write_button.clicked.connect(self.choose_and_write)
        self.close_button.clicked.connect(self.reject)
        self._show(draft.leaks, draft.leaky_lines)
        self.text.setFocus()

    def check(self) -> bool:
        """Run the leak check on the text as it is now; True when nothing was found."""
        from vpdesk.report.intervision import check_text

        leaks, lines = check_text(self._vault, f"{self.title.text()}\n{self.text.toPlainText()}")
        # the title is line 0 of what was checked
        self._show(leaks, [n - 1 for n in lines if n > 0])
        return not leaks

    def _show(self, leaks: list[Any], lines: list[int]) -> None:
        marks = []
        document = self.text.document()
        for number in lines:
            block = document.findBlockByLineNumber(number)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor("#F8D7DA"))
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = QTextCursor(block)
            selection.cursor = cursor
            marks.append(selection)
        self.text.setExtraSelections(marks)
        self.marked_lines = list(lines)
        if leaks:
            self.findings.setText(
                self.tr("Still found: %1. The marked lines hold it.").replace(
                    "%1", describe_hits(leaks, current_lang())
                )
            )
        else:
            self.findings.setText(self.tr("The check found no identifying data."))
        self.write_button.setEnabled(not leaks)

    def choose_and_write(self) -> None:
        if not self.check():
            return
        path = ask_save_path(
            self, self.tr("Write the case summary"), "intervisie.pdf", self.tr("PDF (*.pdf)"), ".pdf"
        )
        if path is not None:
            self.write_to(path)

    def write_to(self, path: Path) -> bool:
        """Check again and write the PDF to ``path``; False (with the findings shown) if refused."""
        from vpdesk.report.intervision import SummaryRefused, render_summary
        from vpdesk.report.output import write_atomically

        try:
            pdf = render_summary(self._vault, self.title.text().strip(), self.text.toPlainText())
            write_atomically(pdf, path)
        except SummaryRefused:
            self.check()
            return False
        except VpdeskError as exc:
            QMessageBox.warning(self, self.tr("Not written"), str(exc))
            return False
        if getattr(self._vault, "writable", False):
            self._vault.audit.record("intervision_export")
        self.written = path
        self.findings.setText(self.tr("The case summary was written."))
        return True
