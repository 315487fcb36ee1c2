"""One read-only table model over a list of items, each shown through a function giving its cells.

Every small table of the window (a case's records, organisations, activities, the dashboard's
steps and signals, the audit log) is one of these; only the case list, which must stay fast
with tens of thousands of rows, has a model of its own (:mod:`vpdesk.gui.models.case_table`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt

from vpdesk.gui.models.table_base import FlatTableModel, Index

T = TypeVar("T")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def first_line(text: str, limit: int = 80) -> str:
    """The start of a note for a table cell."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class ListTableModel(FlatTableModel, Generic[T]):
    """The items of a list as rows; ``cells(item)`` gives the texts of a row.

    ``tooltip(item, column)`` and ``user_data(item, column)`` answer ``Qt.ToolTipRole`` and
    ``Qt.UserRole`` (None: no answer); columns in ``right_aligned`` are aligned right.
    """

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[T], Sequence[str]],
        parent: QObject | None = None,
        *,
        tooltip: Callable[[T, int], str | None] | None = None,
        user_data: Callable[[T, int], Any] | None = None,
        right_aligned: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._cells = cells
        self._tooltip = tooltip
        self._user_data = user_data
        self._right = right_aligned
        self._items: list[T] = []
        self._text: list[Sequence[str]] = []

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._text = [self._cells(item) for item in self._items]
        self.endResetModel()

    def items(self) -> list[T]:
        return list(self._items)

    def item(self, row: int) -> T | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def _row_count(self) -> int:
        return len(self._items)

    def _column_count(self) -> int:
        return len(self._headers)

    def _header(self, section: int) -> str:
        return self._headers[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self._cell(index)
        if cell is None:
            return None
        row, col = cell
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[row][col]
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(self._items[row], col)
        if role == Qt.ItemDataRole.UserRole and self._user_data is not None:
            return self._user_data(self._items[row], col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self._right:
            return _RIGHT
        return None
