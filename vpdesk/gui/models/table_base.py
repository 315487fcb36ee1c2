"""What every flat table model of the window shares: its size, its header row, valid cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class FlatTableModel(QAbstractTableModel):
    """A table without children: a model gives ``_row_count``, ``_column_count`` and
    ``_header`` (the text of a column), and answers ``data`` for the cells ``_cell`` finds."""

    def _row_count(self) -> int:
        raise NotImplementedError

    def _column_count(self) -> int:
        raise NotImplementedError

    def _header(self, section: int) -> str:
        raise NotImplementedError

    def _cell(self, index: Index) -> tuple[int, int] | None:
        """The row and column of ``index``, None when it is not a cell of the table."""
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if 0 <= row < self._row_count() and 0 <= col < self._column_count():
            return row, col
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else self._column_count()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self._column_count()
        ):
            return self._header(section)
        return None
