"""The pages' record lists: rows chosen one at a time by keyboard, never edited in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView

from vpdesk.gui.widgets.record_table import record_table


def test_a_record_table_selects_whole_rows_and_never_edits(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = QStandardItemModel(3, 2)
    for row in range(3):
        for column in range(2):
            model.setItem(row, column, QStandardItem(f"{row}-{column}"))
    table = record_table(model, "Activiteiten", widths=(120,), row_numbers=False)
    qtbot.addWidget(table)
    table.show()
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1]
    qtbot.keyClick(table, Qt.Key.Key_F2)  # no editor opens
    assert table.state() != QAbstractItemView.State.EditingState
    assert model.item(1, 0).text() == "1-0"
    assert table.accessibleName() == "Activiteiten"
    assert table.horizontalHeader().sectionSize(0) == 120
    assert not table.verticalHeader().isVisible()
