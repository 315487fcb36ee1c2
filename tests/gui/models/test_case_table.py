"""The case list model: filtering, sorting, display strings, model contract, speed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from tests.gui.test_case_helpers import fill_vault
from vpdesk.domain.models import CaseRow
from vpdesk.gui.models.case_table import (
    CASE_ID_ROLE,
    COL_BEHAVIOUR,
    COL_NEXT_DUE,
    COL_OPENED,
    COL_REF,
    COL_STATUS,
    CaseFilter,
    CaseTableModel,
)
from vpdesk.gui.pages.cases import next_reference


def _texts(model: CaseTableModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_model_passes_the_item_model_tester_through_load_filter_sort_and_clear(qtbot, vault):
    ids = fill_vault(vault)
    model = CaseTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(vault.cases.rows())
    assert model.rowCount() == 3
    model.set_filter(CaseFilter(organisation_id=ids["org"]))
    assert model.rowCount() == 2
    model.sort(COL_REF, Qt.SortOrder.AscendingOrder)
    model.upsert(vault.cases.rows([ids["closed"]])[0])
    model.remove(ids["third"])
    model.clear()
    assert model.rowCount() == 0


def test_rows_show_dutch_dates_labels_and_status(vault):
    ids = fill_vault(vault)
    model = CaseTableModel()
    model.set_rows(vault.cases.rows())
    row = model.row_of(ids["first"])
    assert model.index(row, COL_OPENED).data() == "04-03-2025"
    assert model.index(row, COL_BEHAVIOUR).data() == "Pesten, Intimidatie"
    assert model.index(row, COL_STATUS).data() == "Open"
    assert model.index(row, COL_REF).data(CASE_ID_ROLE) == ids["first"]
    closed = model.row_of(ids["closed"])
    assert model.index(closed, COL_STATUS).data() == "Closed"
    # The open step of the first case (due 11-03-2025) is overdue: shown in bold red.
    due = model.index(row, COL_NEXT_DUE)
    assert due.data() == "11-03-2025"
    assert due.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert due.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(closed, COL_NEXT_DUE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_filters_by_organisation_year_status_behaviour_and_search_ids(vault):
    ids = fill_vault(vault)
    model = CaseTableModel()
    model.set_rows(vault.cases.rows())
    model.set_filter(CaseFilter(year=2026))
    assert sorted(_texts(model, COL_REF)) == ["2026-001", "2026-002"]
    model.set_filter(CaseFilter(status="closed"))
    assert _texts(model, COL_REF) == ["2026-001"]
    model.set_filter(CaseFilter(behaviour="intimidation"))
    assert _texts(model, COL_REF) == ["2025-901"]
    model.set_filter(CaseFilter(organisation_id=ids["other"]))
    assert _texts(model, COL_REF) == ["2026-001"]
    model.set_filter(CaseFilter(ids=frozenset(vault.cases.search("Anna"))))
    assert _texts(model, COL_REF) == ["2026-002"]
    model.set_filter(CaseFilter(organisation_id=ids["org"], year=2026, ids=frozenset({ids["first"]})))
    assert model.rowCount() == 0


def test_sorting_each_column_keeps_persistent_selection(vault):
    ids = fill_vault(vault)
    model = CaseTableModel()
    model.set_rows(vault.cases.rows())
    assert _texts(model, COL_REF) == ["2026-002", "2026-001", "2025-901"]  # newest first
    model.sort(COL_REF, Qt.SortOrder.AscendingOrder)
    assert _texts(model, COL_REF) == ["2025-901", "2026-001", "2026-002"]
    from PySide6.QtCore import QPersistentModelIndex

    keep = QPersistentModelIndex(model.index(model.row_of(ids["closed"]), 0))
    model.sort(COL_NEXT_DUE, Qt.SortOrder.AscendingOrder)
    assert _texts(model, COL_REF)[0] == "2025-901"  # the only case with a step due
    assert keep.data(CASE_ID_ROLE) == ids["closed"]
    model.sort(COL_STATUS, Qt.SortOrder.DescendingOrder)
    assert _texts(model, COL_STATUS)[0] == "Open"


def test_next_reference_follows_the_highest_number_of_the_year():
    assert next_reference(set(), 2026) == "2026-001"
    assert next_reference({"2026-001", "2026-014", "2025-200", "x"}, 2026) == "2026-015"
    assert next_reference({"2026-999"}, 2026) == "2026-1000"


def _rows(n: int) -> list[CaseRow]:
    start = date(2020, 1, 1)
    behaviours = ("bullying", "intimidation", "discrimination")
    return [
        CaseRow(
            id=i,
            ref=f"{2020 + i % 7}-{i:05d}",
            organisation_id=i % 5 + 1,
            organisation=f"Organisatie {i % 5}",
            opened=start + timedelta(days=i % 2500),
            closed=None if i % 3 else start + timedelta(days=i % 2500 + 30),
            behaviours=(behaviours[i % 3],),
            next_due=start + timedelta(days=i % 3000) if i % 4 == 0 else None,
        )
        for i in range(1, n + 1)
    ]


def test_ten_thousand_rows_load_filter_and_sort(qtbot):
    # Timings are measured by bench/run.py; here: the results on a big model.
    rows = _rows(10_000)
    model = CaseTableModel()
    model.set_rows(rows)
    model.set_filter(CaseFilter(organisation_id=3, status="open"))
    assert 0 < model.rowCount() < 10_000
    model.sort(COL_BEHAVIOUR, Qt.SortOrder.AscendingOrder)
    model.set_filter(CaseFilter())
    model.sort(COL_REF, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 10_000
    refs = [model.data(model.index(r, COL_REF)) for r in range(0, 10_000, 7)]
    assert refs == sorted(refs, reverse=True)
