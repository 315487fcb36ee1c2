"""The access export in the window: review each free text, black out passages, save a PDF.

The case is read and the PDF is built in the background; the only thing written is the PDF
the adviser chooses to save.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.errors import VpdeskError
from vpdesk.gui.tasks import run_task
from vpdesk.gui.widgets.files import ask_save_path
from vpdesk.gui.widgets.forms import language_combo
from vpdesk.markup import escape
from vpdesk.report.access_export import (
    AccessData,
    Passage,
    add_range,
    format_day,
    load_access_data,
    redact,
    remove_range,
    write_access_export,
)
from vpdesk.vault import Vault


def _to_py(text: str, pos16: int) -> int:
    """A Qt (UTF-16) position in ``text`` as a Python string index."""
    units = 0
    for index, ch in enumerate(text):
        if units >= pos16:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _to_qt(text: str, index: int) -> int:
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in text[:index])


class AccessExportDialog(QDialog):
    """Review the free texts of one case, black out what is about others, save the PDF."""

    def __init__(self, parent: QWidget | None, vault: Vault, case_id: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Access export"))
        self.resize(900, 640)
        self._vault = vault
        self._case_id = case_id
        self._data: AccessData | None = None
        self._passages: list[Passage] = []
        self.redactions: dict[str, list[tuple[int, int]]] = {}
        self.saved_to: Path | None = None
        self._busy = False

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The reporter has the right to see their data. Select text about other people "
                "and click \u201cBlack out\u201d: the PDF shows a black bar in its place and does not "
                "contain the text."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.passage_list = QListWidget()
        self.passage_list.setAccessibleName(self.tr("Passages"))
        self.passage_list.currentRowChanged.connect(self._show_passage)
        split.addWidget(self.passage_list)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text_view.setAccessibleName(self.tr("Passage text"))
        self.text_view.selectionChanged.connect(self._update_buttons)
        right_layout.addWidget(self.text_view, 2)
        row = QHBoxLayout()
        self.black_button = QPushButton(self.tr("&Black out"))
        self.black_button.clicked.connect(self.black_out_selection)
        self.restore_button = QPushButton(self.tr("Rest&ore"))
        self.restore_button.clicked.connect(self.restore_selection)
        row.addWidget(self.black_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        right_layout.addLayout(row)
        right_layout.addWidget(QLabel(self.tr("Preview of what will be exported:")))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview"))
        right_layout.addWidget(self.preview, 3)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Language:")))
        self.language = language_combo(current="nl")
        bottom.addWidget(self.language)
        self.message = QLabel()
        self.message.setWordWrap(True)
        bottom.addWidget(self.message, 1)
        layout.addLayout(bottom)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(
            self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.clicked.connect(self.save_pdf)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.save_button.setEnabled(False)
        self._update_buttons()
        self.message.setText(self.tr("Loading the case…"))
        run_task(
            self,
            lambda _report: load_access_data(vault, case_id),
            on_success=self.set_data,
            on_failure=self._load_failed,
        )

    # -- data ----------------------------------------------------------------------------

    def _kind_label(self, passage: Passage) -> str:
        labels = {
            "accused": self.tr("Accused"),
            "conversation": self.tr("Conversation"),
            "step": self.tr("Step"),
            "referral": self.tr("Referral"),
        }
        text = labels.get(passage.kind, passage.kind)
        return f"{text} {format_day(passage.day, 'nl')}" if passage.day else text

    def set_data(self, data: AccessData) -> None:
        """Show the loaded case's passages (called on the GUI thread)."""
        if not shiboken6.isValid(self):  # closed (e.g. by a lock) while loading
            return
        self._data = data
        self._passages = data.passages()
        self.passage_list.clear()
        for passage in self._passages:
            item = QListWidgetItem(self._kind_label(passage))
            item.setData(Qt.ItemDataRole.UserRole, passage.key)
            self.passage_list.addItem(item)
        self.message.setText("" if self._passages else self.tr("This case has no free text to review."))
        if self._passages:
            self.passage_list.setCurrentRow(0)
        self.save_button.setEnabled(True)
        self._refresh_preview()

    def _load_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.message.setText(self.tr("The case could not be read."))

    def current_passage(self) -> Passage | None:
        row = self.passage_list.currentRow()
        return self._passages[row] if 0 <= row < len(self._passages) else None

    def _show_passage(self, _row: int) -> None:
        passage = self.current_passage()
        self.text_view.setPlainText(passage.text if passage else "")
        self._paint_redactions()
        self._update_buttons()

    def _paint_redactions(self) -> None:
        """Mark blacked-out characters dark in the review view (the adviser still reads them)."""
        passage = self.current_passage()
        selections = []
        if passage is not None:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#202020"))
            fmt.setForeground(QColor("#d0d0d0"))
            for start, end in self.redactions.get(passage.key, []):
                cursor = QTextCursor(self.text_view.document())
                cursor.setPosition(_to_qt(passage.text, start))
                cursor.setPosition(_to_qt(passage.text, end), QTextCursor.MoveMode.KeepAnchor)
                extra = QTextEdit.ExtraSelection()
                extra.cursor = cursor  # type: ignore[attr-defined]
                extra.format = fmt  # type: ignore[attr-defined]
                selections.append(extra)
        self.text_view.setExtraSelections(selections)

    def _selection(self) -> tuple[int, int] | None:
        passage = self.current_passage()
        cursor = self.text_view.textCursor()
        if passage is None or not cursor.hasSelection():
            return None
        return (_to_py(passage.text, cursor.selectionStart()), _to_py(passage.text, cursor.selectionEnd()))

    def _update_buttons(self) -> None:
        has = self._selection() is not None
        self.black_button.setEnabled(has)
        self.restore_button.setEnabled(has)

    def select_text(self, start: int, end: int) -> None:
        """Select characters ``start..end`` of the current passage (keyboard users, tests)."""
        passage = self.current_passage()
        if passage is None:
            return
        cursor = self.text_view.textCursor()
        cursor.setPosition(_to_qt(passage.text, start))
        cursor.setPosition(_to_qt(passage.text, end), QTextCursor.MoveMode.KeepAnchor)
        self.text_view.setTextCursor(cursor)

    def black_out_selection(self) -> None:
        passage, chosen = self.current_passage(), self._selection()
        if passage is None or chosen is None:
            return
        self.redactions[passage.key] = add_range(
            self.redactions.get(passage.key, []), chosen, len(passage.text)
        )
        self._changed()

    def restore_selection(self) -> None:
        passage, chosen = self.current_passage(), self._selection()
        if passage is None or chosen is None:
            return
        ranges = remove_range(self.redactions.get(passage.key, []), chosen, len(passage.text))
        if ranges:
            self.redactions[passage.key] = ranges
        else:
            self.redactions.pop(passage.key, None)
        self._changed()

    def _changed(self) -> None:
        self._paint_redactions()
        self._refresh_preview()
        current = self.passage_list.currentItem()
        if current is not None:
            passage = self.current_passage()
            marked = passage is not None and passage.key in self.redactions
            font = current.font()
            font.setBold(marked)
            current.setFont(font)

    def preview_text(self) -> str:
        """The passages as they will be exported (plain text)."""
        parts = []
        for passage in self._passages:
            body = redact(passage.text, self.redactions.get(passage.key, []))
            parts.append(f"{self._kind_label(passage)}\n{body}")
        return "\n\n".join(parts)

    def _refresh_preview(self) -> None:
        html = []
        for passage in self._passages:
            body = escape(redact(passage.text, self.redactions.get(passage.key, [])))
            html.append(
                f"<p><b>{escape(self._kind_label(passage))}</b><br/>{body.replace(chr(10), '<br/>')}</p>"
            )
        self.preview.setHtml("".join(html))

    # -- saving --------------------------------------------------------------------------

    def save_pdf(self) -> None:
        """Ask where, then build and write the PDF in the background."""
        if self._data is None or self._busy:
            return
        suggestion = str(Path(QDir.homePath()) / self.tr("access-export.pdf"))
        out = ask_save_path(
            self,
            self.tr("Save access export"),
            suggestion,
            self.tr("PDF files (*.pdf)"),
            ".pdf",
            native=False,
        )
        if out is None:
            return
        vault, case_id = self._vault, self._case_id
        lang = str(self.language.currentData() or "nl")
        redactions = {k: list(v) for k, v in self.redactions.items()}
        self._busy = True
        self.save_button.setEnabled(False)

        def done(path: Path) -> None:
            if not shiboken6.isValid(self):
                return
            self._busy = False
            self.save_button.setEnabled(True)
            self.saved_to = path
            self.message.setText(self.tr("Saved as %1.").replace("%1", path.name))

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._busy = False
            self.save_button.setEnabled(True)
            text = self.tr("The PDF could not be saved. Check that the folder exists and has space.")
            if not isinstance(exc, VpdeskError):
                text = self.tr("The PDF could not be made.")
            self.message.setText(text)
            QMessageBox.warning(self, self.tr("Access export"), text)

        run_task(
            self,
            lambda _report: write_access_export(vault, case_id, lang=lang, redactions=redactions, out=out),
            on_success=done,
            on_failure=failed,
            progress_label=self.tr("Writing the PDF…"),
        )


def open_access_export(parent: QWidget, vault: Vault | None, case_id: int | None, dirty: bool) -> None:
    """Open the export for a saved case (an unsaved edit is not in the vault yet)."""
    if vault is None or case_id is None:
        return
    if dirty:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("AccessExportDialog", "Access export"),
            QCoreApplication.translate(
                "AccessExportDialog", "Save the case first: the export shows what is saved."
            ),
        )
        return
    dialog = AccessExportDialog(parent, vault, case_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
