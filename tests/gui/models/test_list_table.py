"""The one list-backed table model: rows, cells, tool tips, user data, alignment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from vpdesk.gui.models.list_table import ListTableModel, first_line


def test_list_table_passes_the_model_tester_and_answers_each_role(qtbot) -> None:  # type: ignore[no-untyped-def]
    model: ListTableModel[tuple[str, int]] = ListTableModel(
        ("Name", "Count"),
        lambda item: (item[0], str(item[1])),
        tooltip=lambda item, column: item[0] if column == 0 else None,
        user_data=lambda item, _column: item[1],
        right_aligned=frozenset({1}),
    )
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_items([("a", 1), ("b", 22)])
    assert model.rowCount() == 2 and model.columnCount() == 2
    assert model.index(1, 1).data() == "22"
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "b"
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, 1).data(Qt.ItemDataRole.UserRole) == 1
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"
    assert model.item(1) == ("b", 22) and model.item(5) is None
    assert model.items() == [("a", 1), ("b", 22)]
    model.set_items([])
    assert model.rowCount() == 0
    del tester


def test_first_line_shortens_a_note_for_a_cell() -> None:
    assert first_line("  eerste regel\ntweede") == "eerste regel"
    assert first_line("x" * 100, 10) == "x" * 9 + "…"
    assert first_line("") == ""
