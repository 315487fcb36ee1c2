"""The case list's strings, made once per distinct value, are those of one row at a time."""

from __future__ import annotations

import gc
from datetime import date

from vpdesk.demo import generate_demo
from vpdesk.gui.models.case_table import (
    CaseFilter,
    CaseTableModel,
    _case_row,
    _prepare_row,
    prepare_columns,
    prepare_rows,
)
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


def _by_case(prepared) -> dict[int, tuple]:  # type: ignore[no-untyped-def,type-arg]
    """Each case's display strings, sort keys and overdue flag, by case id."""
    ids = prepared.columns[0]
    return {
        case_id: (
            tuple(column[i] for column in prepared.display),
            tuple(column[i] for column in prepared.keys),
            prepared.overdue[i],
        )
        for i, case_id in enumerate(ids)
    }


def test_the_list_read_by_field_shows_what_the_case_rows_show(qapp, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    generate_demo(vault, cases=600, seed=5, today=date(2026, 6, 15))
    from_rows = _by_case(prepare_rows(vault.cases.rows()))
    columns = vault.cases.list_columns()
    assert _by_case(prepare_columns(columns)) == from_rows
    assert {_case_row([c[i] for c in columns]) for i in range(len(columns[0]))} == set(vault.cases.rows())
    # A vault from before the kept tallies (opened read-only, not upgraded) reads the same.
    vault.db.execute("DROP TABLE case_tallies")
    assert _by_case(prepare_columns(vault.cases.list_columns())) == from_rows


def test_filtering_by_field_accepts_what_the_filter_accepts(qapp, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    generate_demo(vault, cases=400, seed=6, today=date(2026, 6, 15))
    rows = vault.cases.rows()
    columns = vault.cases.list_columns()
    by_id = {r.id: r for r in rows}
    some = frozenset(r.id for r in rows[::7])
    filters = [
        CaseFilter(organisation_id=rows[0].organisation_id),
        CaseFilter(year=2025),
        CaseFilter(status="open"),
        CaseFilter(status="closed", year=2026),
        CaseFilter(behaviour="integrity"),  # a broad kind: its finer kinds match too
        CaseFilter(behaviour=rows[3].behaviours[0], status="open"),
        CaseFilter(ids=some, organisation_id=rows[1].organisation_id),
    ]
    for case_filter in filters:
        accepted = case_filter.accepting(columns)
        assert accepted is not None
        expected = [case_filter.accepts(by_id[i]) for i in columns[0]]
        assert accepted == expected and any(expected) and not all(expected), case_filter
    assert CaseFilter().accepting(columns) is None


def test_a_case_without_its_tally_or_organisation_is_still_listed(qapp, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    """What only a damaged vault holds: the case list still shows every case."""
    generate_demo(vault, cases=60, seed=8, today=date(2026, 6, 15))
    rows = {r.id: r for r in vault.cases.rows()}
    with_codes = next(r for r in rows.values() if r.behaviours)
    vault.db.execute("DELETE FROM case_tallies WHERE case_id = ?", (with_codes.id,))
    orphan = next(i for i in rows if i != with_codes.id)
    conn = vault.db.conn  # outside a transaction: the foreign keys can be switched off
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE cases SET organisation_id = 9999 WHERE id = ?", (orphan,))
    conn.execute("PRAGMA foreign_keys = ON")
    model = CaseTableModel()
    model.set_prepared(prepare_columns(vault.cases.list_columns()))
    assert model.total_count() == len(rows)
    assert model.case_row(with_codes.id) == with_codes  # its behaviours worked out anew
    listed = model.case_row(orphan)
    assert listed is not None and listed.organisation == "" and listed.ref == rows[orphan].ref
