"""Writing the "Meten = weten" mediation year report from the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.errors import VpdeskError
from vpdesk.gui.messages import user_message
from vpdesk.gui.widgets.files import ask_save_path
from vpdesk.gui.widgets.forms import language_combo
from vpdesk.gui.widgets.layouts import hbox, wrapped_label
from vpdesk.stats.mediation import MediationThresholdRefused
from vpdesk.vault import Vault


class MediationReportDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meten = weten: mediation report"))
        self._vault = vault
        self.written: Path | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year - (1 if date.today().month < 4 else 0))
        form.addRow(self.tr("&Year"), self.year)
        self.organisation = QComboBox(self)
        self.organisation.addItem(self.tr("All organisations"), None)
        for org in vault.organisations.list():
            self.organisation.addItem(org.name, org.id)
        form.addRow(self.tr("&Organisation"), self.organisation)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(3, 50)
        self.threshold.setValue(5)
        form.addRow(self.tr("&Smallest count shown"), self.threshold)
        self.lang = language_combo(self)
        form.addRow(self.tr("&Language"), self.lang)
        layout.addLayout(form)
        self.message = wrapped_label(parent=self)
        layout.addWidget(self.message)
        self.write_button = QPushButton(self.tr("&Write PDF…"), self)
        self.word_button = QPushButton(self.tr("Write as Word docu&ment…"), self)
        close = QPushButton(self.tr("Close"), self)
        layout.addLayout(hbox(None, self.write_button, self.word_button, close))
        self.write_button.clicked.connect(lambda: self.choose_and_write(".pdf"))
        self.word_button.clicked.connect(lambda: self.choose_and_write(".docx"))
        close.clicked.connect(self.reject)

    def choose_and_write(self, suffix: str = ".pdf") -> None:
        """Ask where, then write the report; ``.docx`` is the same report as a Word document."""
        word = suffix == ".docx"
        path = ask_save_path(
            self,
            self.tr("Write the mediation report"),
            f"meten-is-weten-{self.year.value()}{suffix}",
            self.tr("Word documents (*.docx)") if word else self.tr("PDF (*.pdf)"),
            suffix,
        )
        if path is not None:
            self.write_to(path)

    def write_to(self, path: Path) -> bool:
        from vpdesk.report.mediation import write_mediation_report

        try:
            write_mediation_report(
                self._vault,
                year=self.year.value(),
                organisation_id=self.organisation.currentData(),
                threshold=self.threshold.value(),
                lang=self.lang.currentData(),
                out=path,
            )
        except MediationThresholdRefused as exc:
            # One threshold per year: a second one could be combined with the first.
            self.threshold.setValue(exc.released)
            QMessageBox.warning(
                self,
                self.tr("Not written"),
                self.tr(
                    "The mediation figures for %1 were released with %2 as the smallest count shown; "
                    "figures with another one could be combined with them. The report is set to %2 now."
                )
                .replace("%1", str(exc.year))
                .replace("%2", str(exc.released)),
            )
            return False
        except VpdeskError as exc:
            QMessageBox.warning(self, self.tr("Not written"), user_message(exc))
            return False
        self.written = path
        self.message.setText(self.tr("The mediation report was written."))
        return True
