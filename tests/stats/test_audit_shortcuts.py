"""The audit's shortcuts answer exactly what solving would.

Protection asks, for every cell it might hide, whether a pinned count would then still be
pinned. Some answers are given without solving the larger part that hiding makes: a count
held by row duals under which the cell has no reduced cost, or by the rows of its own part
alone; a count moved in its own part alone to a point that the other rows hold too; a point
found feasible earlier. These tests hold each shortcut to the question asked the long way on
small hand-built tables, and the protected tables of demo vaults to the ones protection gives
when every question is solved.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.support import PASSPHRASE
from vpdesk.demo import generate_demo
from vpdesk.stats import audit
from vpdesk.stats import release as rel
from vpdesk.stats.audit import AuditTable, GroupSpec, ReaderModel
from vpdesk.stats.suppression import SECONDARY
from vpdesk.vault import Vault

SPECS = {
    "g": GroupSpec("g", ("a", "b", "c"), single=True),
    "h": GroupSpec("h", ("p", "q"), single=True),
    # A finer kind of "b": at most b.
    "f": GroupSpec("f", ("f1",), single=False, within="g", parents=("b",)),
}


def _table() -> AuditTable:
    """12 cases; b is hidden but works out as 12 - 5 - 0 = 7."""
    cells: dict[tuple[str, str], Any] = {
        ("totals", "cases_opened"): 12,
        ("totals", "cases_closed"): 6,
        ("totals", "carried_over"): 0,
        ("totals", "open_at_year_end"): 6,
        ("g", "a"): 5,
        ("g", "b"): SECONDARY,
        ("g", "c"): 0,
        ("h", "p"): 6,
        ("h", "q"): 6,
        ("f", "f1"): 5,
    }
    return AuditTable(year=2025, scope=1, threshold=5, cells=cells)


@pytest.mark.parametrize(
    ("cell", "stays", "relaxed", "pinned_after"),
    [
        # The same sum: b becomes 5..7; b's part alone shows that, with a point of all rows.
        (("g", "a"), False, True, False),
        # The sum's total holds b, but h's cells and the totals' identity hold the total: b's
        # part alone lets b move, with a point that h's row rules out; solving the whole says.
        (("totals", "cases_opened"), False, None, True),
        (("h", "p"), True, None, True),  # no row of b's holds it
        # A row of b's, but not one that holds b (5 <= 7 has room); b's part alone tells.
        (("f", "f1"), True, False, True),
    ],
)
def test_a_pinned_count_is_said_to_stay_pinned_only_where_solving_agrees(
    cell: tuple[str, str], stays: bool, relaxed: bool | None, pinned_after: bool
) -> None:
    table = _table()
    model = ReaderModel([table], SPECS)
    b = model.var(table, ("g", "b"))
    assert model.pinned(b, 7)
    assert model.stays_pinned(b, 7, table, cell) is stays
    assert model._frees_relaxed(b, 7, table, cell) is relaxed
    assert model.frees(b, 7, table, cell) is not pinned_after
    with model.trying(table, cell):
        assert model.pinned(b, 7) is pinned_after
    assert model.pinned(b, 7)  # shown again
    assert model.interval(b) == (7, 7)


def test_a_count_held_by_a_cell_is_asked_again_once_that_cell_is_hidden() -> None:
    table = _table()
    model = ReaderModel([table], SPECS)
    b = model.var(table, ("g", "b"))
    assert model.pinned(b, 7)
    model.hide(table, ("h", "p"))  # not what holds b
    assert model.pinned(b, 7)
    model.hide(table, ("g", "a"))  # what holds b: its proof no longer does
    assert not model.pinned(b, 7)
    assert model.interval(b) == (5, 7)


def test_a_count_shown_at_another_value_forgets_what_was_learnt_with_the_old_one() -> None:
    table = _table()
    model = ReaderModel([table], SPECS)
    b = model.var(table, ("g", "b"))
    assert model.interval(b) == (7, 7)
    with model.trying(table, ("g", "a")):
        assert model.interval(b) == (5, 7)
    model.hide(table, ("g", "a"))
    model.show(table, ("g", "a"), 6)  # b is now 12 - 6 - 0
    fresh = _table()
    fresh.cells[("g", "a")] = 6
    assert model.interval(b) == ReaderModel([fresh], SPECS).interval(b) == (6, 6)
    assert model.pinned(b, 6)
    assert not model.pinned(b, 7)


def _protected(path: Path, year: int, *, shortcuts: bool, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    with monkeypatch.context() as m:
        if not shortcuts:
            # Every question solved: no proof or feasible point found earlier is reused.
            m.setattr(ReaderModel, "stays_pinned", lambda *_: False)
            m.setattr(ReaderModel, "_held", lambda *_, **__: False)
            m.setattr(audit._Part, "certifies", lambda *_: False)
            m.setattr(ReaderModel, "_frees_relaxed", lambda *_: None)
        with Vault.open(path, PASSPHRASE, write=False) as vault:
            family = rel.build_family(vault, year=year, threshold=5, personal=True)
    return [(d.key, d.kind, dict(d.cells), sorted(d.null_groups)) for d in family.drafts]


@pytest.mark.parametrize(("cases", "seed"), [(600, 5), (1500, 11)])
def test_protection_hides_the_same_cells_as_when_every_question_is_solved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cases: int, seed: int
) -> None:
    path = tmp_path / "demo.vpdesk"
    with Vault.create(path, PASSPHRASE) as vault:
        generate_demo(vault, cases=cases, seed=seed, today=date(2026, 11, 30))
        years = sorted({int(y) for (y,) in vault.db.query("SELECT substr(opened, 1, 4) FROM cases")})
    hidden = 0
    for year in years[-2:]:
        fast = _protected(path, year, shortcuts=True, monkeypatch=monkeypatch)
        slow = _protected(path, year, shortcuts=False, monkeypatch=monkeypatch)
        assert fast == slow
        hidden += sum(c == SECONDARY for _, kind, cells, _ in fast if kind == "new" for c in cells.values())
    assert hidden > 0  # protection had work to do


def test_the_model_protection_leaves_behind_answers_as_a_fresh_one(tmp_path: Path) -> None:
    """Hiding cell after cell hands solvers on, keeps proofs and points: none may go stale."""
    path = tmp_path / "demo.vpdesk"
    with Vault.create(path, PASSPHRASE) as vault:
        generate_demo(vault, cases=900, seed=7, today=date(2026, 11, 30))
    with Vault.open(path, PASSPHRASE, write=False) as vault:
        family = rel.build_family(vault, year=2025, threshold=5, personal=True)
    assert family.model is not None
    used = family.model.findings().findings
    fresh = ReaderModel([d.audit_table() for d in family.drafts], rel.SPECS).findings().findings
    assert used == fresh
    assert sum(f.low != f.high for f in used) > 20  # many counts hidden, with room
