"""The case list's cached orders give exactly the order of a plain sort, and keep selections."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from tests.gui.models.test_case_table import _rows
from vpdesk.gui.models.case_table import (
    CASE_ID_ROLE,
    COL_NEXT_DUE,
    COL_REF,
    CaseFilter,
    CaseTableModel,
    _prepare_row,
    prepare_rows,
)


def _expected(model: CaseTableModel, rows, column: int, descending: bool, keep) -> list[int]:  # type: ignore[no-untyped-def]
    """The order the model promises: by the column, ties by reference, then by position."""
    prepared = prepare_rows(rows, orders=False)
    index = [i for i, r in enumerate(rows) if keep(r)]
    index.sort(key=lambda i: (prepared.keys[column][i], prepared.keys[COL_REF][i]))
    if descending:
        index.reverse()
    return [rows[i].id for i in index]


def _ids(model: CaseTableModel) -> list[int]:
    return [model.index(r, 0).data(CASE_ID_ROLE) for r in range(model.rowCount())]


def test_every_column_and_direction_sorts_as_a_plain_sort(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(3000)
    model = CaseTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(rows)
    f = CaseFilter(organisation_id=2, status="open")
    for case_filter, keep in ((CaseFilter(), lambda r: True), (f, f.accepts)):
        model.set_filter(case_filter)
        for column in range(COL_REF, COL_NEXT_DUE + 1):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                model.sort(column, order)
                descending = order == Qt.SortOrder.DescendingOrder
                assert _ids(model) == _expected(model, rows, column, descending, keep)


def test_orders_are_rebuilt_after_a_change_and_selection_follows_a_sort(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableView

    rows = _rows(500)
    model = CaseTableModel()
    model.set_rows(rows)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    chosen = rows[123].id
    view.selectionModel().setCurrentIndex(
        model.index(model.row_of(chosen), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    for column in range(COL_REF, COL_NEXT_DUE + 1):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        assert view.selectionModel().currentIndex().data(CASE_ID_ROLE) == chosen
    # A changed row is sorted into place (the cached orders are not reused stale).
    changed = rows[5]._replace(ref="0000-first")
    model.upsert(changed)
    model.sort(COL_REF, Qt.SortOrder.AscendingOrder)
    assert _ids(model)[0] == changed.id
    assert model.case_row(changed.id) == changed
    assert _prepare_row(changed, model._labels, model._today)[0][0] == "0000-first"
