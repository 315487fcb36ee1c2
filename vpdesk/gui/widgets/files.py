"""Asking where a file the window writes (a report, an export, a figures file) is to go."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QFormLayout, QLineEdit, QPushButton, QWidget

from vpdesk.gui.widgets.forms import buddy_label
from vpdesk.gui.widgets.layouts import hbox


def ask_save_path(
    parent: QWidget, title: str, suggestion: str, file_filter: str, suffix: str, *, native: bool = True
) -> Path | None:
    """The file the adviser chose to write (None: cancelled).

    The file name chooses the format, so it must say which: ``suffix`` is added to a name
    typed without it. ``native=False`` uses Qt's own dialog instead of the system's.
    """
    options: dict[str, Any] = {} if native else {"options": QFileDialog.Option.DontUseNativeDialog}
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggestion, file_filter, **options)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def path_row(form: QFormLayout, label: str, edit: QLineEdit, choose: Callable[[], None]) -> QPushButton:
    """A file or folder field with a Choose… button after it (``choose`` asks), as one row of
    ``form`` under ``label``; the button is returned."""
    button = QPushButton(QCoreApplication.translate("Files", "Choose…"))
    button.clicked.connect(choose)
    form.addRow(buddy_label(label, edit), hbox((edit, 1), button))
    return button
