"""The case list's strings, made once per distinct value, are those of one row at a time."""

from __future__ import annotations

import gc
from datetime import date

from vpdesk.demo import generate_demo
from vpdesk.gui.models.case_table import _prepare_row, prepare_rows
from vpdesk.vault import Vault


def test_prepared_rows_equal_rows_prepared_one_by_one(qapp, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    generate_demo(vault, cases=600, seed=4, today=date(2026, 6, 15))
    rows = vault.cases.rows()
    prepared = prepare_rows(rows)
    one_by_one = [_prepare_row(r, prepared.labels, prepared.today) for r in rows]
    # kept per column: display[column][row]
    assert [tuple(row) for row in zip(*prepared.display, strict=True)] == [p[0] for p in one_by_one]
    assert [tuple(row) for row in zip(*prepared.keys, strict=True)] == [p[1] for p in one_by_one]
    assert prepared.overdue == [p[2] for p in one_by_one]
    assert any(prepared.overdue) and len(set(prepared.display[2])) > 100
    assert gc.isenabled()  # the collector, paused while the rows were made, runs again
