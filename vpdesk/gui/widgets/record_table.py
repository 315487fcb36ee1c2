"""The read-only list of records at the top of a page: one row chosen at a time, to edit below."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def record_table(
    model: QAbstractItemModel,
    name: str,
    parent: QWidget | None = None,
    *,
    widths: Sequence[int] = (),
    alternating: bool = False,
    row_numbers: bool = True,
) -> QTableView:
    """A table over ``model`` whose rows are chosen, never edited in place.

    ``name`` is what a screen reader calls it; ``widths`` sizes the first columns (the last
    one takes the rest of the width); ``row_numbers=False`` hides the row header.
    """
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(alternating)
    table.verticalHeader().setVisible(row_numbers)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    if widths:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
    return table
